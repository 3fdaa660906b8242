import { analyze } from '../analyze/index.ts';
import type { Doc } from '../model/doc.ts';
import type { Document } from '../model/document.ts';
import type { Extraction } from '../model/items.ts';
import { extractQuotes } from './quotes/index.ts';
import { extractFigures } from './figures/index.ts';
import { extractDates } from './dates/index.ts';
import { corefer, findPeople, linkEntities, peopleOf } from './entities/index.ts';
import { extractPlaces } from './places/index.ts';
import { extractEquipment, type EquipmentIndex } from './equipment/index.ts';
import { extractClaims } from './claims/index.ts';
import { FurnitureGuard } from './furniture-guard.ts';
import { defaultResources, type Resources } from '../resources/index.ts';

export interface ExtractOptions {
  /** What the extractors read besides the Doc (src/resources: loadResources at start-up); defaultResources() when absent. */
  readonly resources?: Resources;
  /** The equipment list with the user's entries merged in; the resources' list by default. */
  readonly equipment?: EquipmentIndex;
}

/**
 * The order of extraction, one line of reason each:
 * 1. analyze: tokens, sentences, paragraphs, POS; every later step reads only this.
 * 2. people: the names outside quotations, with roles (`findPeople`), the first step of the
 *    entities stage: places need them (`Shelby Wilder`, `Vladimir Putin` are no places).
 * 3. places: after the people, whose names they leave out, and before the rest of the entities
 *    stage, which leaves out the places (`shelled Kryvyi Rih`).
 * 4. entities: every person and organization, all mentions linked, ids final; each of the people
 *    learns the entity it became. Before quotations: a speaker is decided once, against these.
 * 5. quotes: attributions found, then the speaker stage (speakers/index.ts) decides each speaker,
 *    pronouns too, with the entity id and the rule; nothing rewrites a speaker afterwards.
 * 6. figures: claimant comes from the quotation a figure sits in.
 * 7. equipment: reads only the Doc.
 * 8. dates: resolved against the article's date; each names the quotations and figures it qualifies.
 * 9. claims: quotations are claims, their speakers claimants; dates date them; entities name the parties.
 * Each layer passes the furniture guard as it is made (page furniture yields no items; a dateline
 * no quotation or speaker), so that no later stage refers to an item the guard drops.
 */
export function extractDocument(document: Document, options: ExtractOptions = {}): { doc: Doc; extraction: Extraction } {
  const resources = options.resources ?? defaultResources();
  const doc = analyze(document);
  const guard = new FurnitureGuard(doc);
  const people = findPeople(doc);
  const named = guard.entities(peopleOf(people));
  const places = guard.keep(extractPlaces(doc, named, resources.gazetteer));
  const linked = linkEntities(doc, people, places, named);
  const said = extractQuotes(doc, people, { learned: true, tagger: resources.tagger });
  const entities = guard.entities(corefer(doc, linked, said));
  const quotes = guard.quotes(said, entities);
  const figures = guard.keep(extractFigures(doc, quotes));
  const equipment = guard.keep(extractEquipment(doc, options.equipment ?? resources.equipment));
  const dates = guard.keep(extractDates(doc, quotes, figures));
  const made = extractClaims(doc, { quotes, entities, dates, lemmatizer: resources.lemmatizer });
  const claims = guard.keep(made.claims);
  const kept = new Set(claims.map((c) => c.id));
  const rebuttals = guard.keep(made.rebuttals).filter((r) => kept.has(r.claim)).map((r) => r.answers.every((a) => kept.has(a)) ? r : { ...r, answers: r.answers.filter((a) => kept.has(a)) });
  return { doc, extraction: { quotes, entities, figures, places, equipment, dates, claims, rebuttals } };
}
