import { analyze } from '../analyze/index.ts';
import type { Doc } from '../model/doc.ts';
import type { Document } from '../model/document.ts';
import type { Extraction } from '../model/items.ts';
import { extractQuotes } from './quotes/index.ts';
import { extractFigures } from './figures/index.ts';
import { extractDates } from './dates/index.ts';
import { entityLayer } from './entities/index.ts';
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
 * 2. quotes (with speakers and the article's people): figures need to know whose words they stand in.
 * 3. places: people's names (from 2) are not places (`Shelby Wilder`, `Vladimir Putin`).
 * 4. entities: every person and organization, all mentions linked; after quotes, whose people it
 *    extends (speakers' entity ids follow where two of them turn out to be one), and after places,
 *    whose spans it leaves out.
 * 5. figures: claimant comes from the quotation a figure sits in.
 * 6. equipment: reads only the Doc.
 * 7. dates: resolved against the article's date; each names the quotations and figures it qualifies.
 * 8. claims: quotations are claims, their speakers claimants; dates date them; entities name the parties.
 * Each layer passes the furniture guard as it is made (page furniture yields no items; a dateline
 * no quotation or speaker), so that no later stage refers to an item the guard drops.
 */
export function extractDocument(document: Document, options: ExtractOptions = {}): { doc: Doc; extraction: Extraction } {
  const resources = options.resources ?? defaultResources();
  const doc = analyze(document);
  const guard = new FurnitureGuard(doc);
  const found = extractQuotes(doc);
  const people = guard.entities(found.entities);
  const places = guard.keep(extractPlaces(doc, people, resources.gazetteer));
  const layer = entityLayer(doc, guard.quotes(found.quotes, people), people, places);
  const entities = guard.entities(layer.entities);
  const quotes = guard.quotes(layer.quotes, entities);
  const figures = guard.keep(extractFigures(doc, quotes));
  const equipment = guard.keep(extractEquipment(doc, options.equipment ?? resources.equipment));
  const dates = guard.keep(extractDates(doc, quotes, figures));
  const made = extractClaims(doc, { quotes, entities, dates });
  const claims = guard.keep(made.claims);
  const kept = new Set(claims.map((c) => c.id));
  const rebuttals = guard.keep(made.rebuttals).filter((r) => kept.has(r.claim)).map((r) => r.answers.every((a) => kept.has(a)) ? r : { ...r, answers: r.answers.filter((a) => kept.has(a)) });
  return { doc, extraction: { quotes, entities, figures, places, equipment, dates, claims, rebuttals } };
}
