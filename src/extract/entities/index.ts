import type { Doc } from '../../model/doc.ts';
import type { Entity, Quotation } from '../../model/items.ts';
import type { Place } from '../../model/context.ts';
import { lowerBound } from '../../analyze/lookup.ts';
import { findNameRuns } from './01-names.ts';
import { classify } from './02-classify.ts';
import { fromSeed, link, type Building } from './03-link.ts';
import { corefer } from './04-corefer.ts';
import { countryWords } from './gazetteer.ts';

/**
 * People and organizations named in the article, every mention linked, in order:
 * 1. runs of name tokens, inside quotations too (particles, hyphens, `of the` joined);
 * 2. each run split into title and name and classified: person, organization, or a lone word
 *    that may be a short name; places (the places stage's, world-countries', place words) left out;
 * 3. names linked to entities: the quotes stage's people first (their ids stay, quotations
 *    reference them), then full names, short names, acronyms;
 * 4. pronouns, descriptions (`the general`) and quotation speakers linked to the entities named before them.
 */
export function extractEntities(doc: Doc, quotes: readonly Quotation[], seeds: readonly Entity[], places: readonly Place[] = []): Entity[] {
  return entityLayer(doc, quotes, seeds, places).entities;
}

/**
 * The entities, and the quotations with their speakers' entity ids updated where two of the
 * quotes stage's people turned out to be one (`Ursula von der Leyen` and `Von der Leyen`).
 */
export function entityLayer(doc: Doc, quotes: readonly Quotation[], seeds: readonly Entity[], places: readonly Place[] = []): { entities: Entity[]; quotes: readonly Quotation[] } {
  const referenced = new Set<string>();
  for (const q of quotes) if (q.speaker?.entity) referenced.add(q.speaker.entity);
  const countries = countryWords();
  // People the quotes stage took for entities but that are countries or capitals (`Russian Federation`) belong to the places stage, unless a quotation names them as its speaker.
  const entities: Building[] = seeds.filter((e) => referenced.has(e.id) || !countries.has(e.name.toLowerCase())).map(fromSeed);
  // An entity no quotation references keeps its id but takes its mentions and name from this stage's reading (`General Staff` | `Armed Forces of Ukraine`, not one run).
  for (const e of entities) if (!referenced.has(e.id)) e.mentions.length = 0;
  let next = 0;
  for (const s of seeds) next = Math.max(next, Number(/^e(\d+)$/.exec(s.id)?.[1] ?? 0));
  const nextId = () => `e${++next}`;
  const sortedPlaces = [...places].sort((a, b) => a.start - b.start);
  const isPlace = (start: number, end: number) => {
    const k = lowerBound(sortedPlaces.length, (i) => sortedPlaces[i]!.end <= start);
    return k < sortedPlaces.length && sortedPlaces[k]!.start < end;
  };
  const aliases = link(doc, classify(doc, findNameRuns(doc), isPlace), entities, nextId);
  const follow = (id: string) => { let x = id; for (let guard = 0; aliases.has(x) && guard < 100; guard++) x = aliases.get(x)!; return x; };
  const relinked = aliases.size === 0 ? quotes : quotes.map((q) => (q.speaker?.entity && aliases.has(q.speaker.entity) ? { ...q, speaker: { ...q.speaker, entity: follow(q.speaker.entity) } } : q));
  corefer(doc, entities, relinked);
  const kept = referencedOrNamed(entities.map(finish), relinked);
  return { entities: kept.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start), quotes: relinked };
}

/** Entities with a mention; one a quotation references keeps at least the speaker's mention. */
function referencedOrNamed(entities: Entity[], quotes: readonly Quotation[]): Entity[] {
  const referenced = new Set(quotes.map((q) => q.speaker?.entity).filter((x): x is string => !!x));
  return entities.filter((e) => e.mentions.length > 0 || referenced.has(e.id));
}

function finish(e: Building): Entity {
  const seen = new Set<number>();
  const mentions = e.mentions.filter((m) => (seen.has(m.start) ? false : (seen.add(m.start), true))).sort((a, b) => a.start - b.start);
  const titleSeen = new Set<number>();
  const titles = e.titles.filter((t) => (titleSeen.has(t.start) ? false : (titleSeen.add(t.start), true))).sort((a, b) => a.start - b.start);
  return { id: e.id, kind: e.kind, name: e.name, mentions, role: e.role, titles, confidence: Math.round(e.confidence * 100) / 100, rule: e.rule };
}
