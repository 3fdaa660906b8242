import type { Doc } from '../../model/doc.ts';
import type { Entity, Quotation } from '../../model/items.ts';
import type { Place } from '../../model/context.ts';
import { lowerBound } from '../../analyze/lookup.ts';
import { pairMarks } from '../quotes/01-pair-marks.ts';
import { tokenMaskOf } from '../quotes/02-find-attribution.ts';
import { collectPeople, type PeopleIndex } from '../speakers/people.ts';
import { findNameRuns } from './01-names.ts';
import { classify } from './02-classify.ts';
import { fromSeed, link, type Building } from './03-link.ts';
import { corefer as linkReferences } from './04-corefer.ts';
import { KNOWN_ORGS } from '../lexicon/titles-entities.ts';
import { countryWords } from './country-words.ts';

/**
 * People and organizations named in the article, every mention linked, before any quotation is
 * read (the speaker stage resolves each speaker to one of them), in order:
 * 0. `findPeople`: names outside quotations, grouped by person (`Andrii Hnatov`, then `Hnatov`),
 *    with their roles: the index the places stage and the speaker stage read;
 * 1. runs of name tokens, inside quotations too (particles, hyphens, `of the` joined);
 * 2. each run split into title and name and classified: person, organization, or a lone word
 *    that may be a short name; places (the places stage's, world-countries', place words) left out;
 * 3. names linked to entities: step 0's people first (they keep their ids), then full names,
 *    short names, acronyms; each of step 0's people is told the id of the entity it became;
 * 4. after the speaker stage: speakers' mentions joined to their entities, pronouns and
 *    descriptions (`the general`, `the ministry`) linked to the entities named before them.
 */
export function findPeople(doc: Doc): PeopleIndex {
  return collectPeople(doc, tokenMaskOf(doc, pairMarks(doc)));
}

/** Step 0's people as entities: what the places stage reads (people's names are not places) and what step 3 starts from. */
export function peopleOf(people: PeopleIndex): Entity[] {
  return people.entities.map((e) => ({ id: e.id, kind: e.kind, name: e.name, mentions: e.mentions, role: e.role }));
}

/** The entities with their names linked (steps 1 to 3), before pronouns and descriptions are. */
export interface LinkedEntities {
  readonly entities: Building[];
}

/**
 * Steps 1 to 3. `seeds` are step 0's people as the caller keeps them (`peopleOf(people)`, less
 * those the furniture guard dropped); `people` learns which entity each of its people became
 * (`entityId`: merged into another, or null when this stage found it no person or organization:
 * `Russian Federation` is the places stage's), so that a speaker is decided with its final id.
 */
export function linkEntities(doc: Doc, people: PeopleIndex, places: readonly Place[] = [], seeds: readonly Entity[] = peopleOf(people)): LinkedEntities {
  // People step 0 took for entities but that are countries or capitals (`Russian Federation`,
  // `United States`) belong to the places stage; `Kremlin` is an organization known by name.
  const countries = countryWords();
  const entities: Building[] = seeds.filter((e) => !countries.has(e.name.toLowerCase()) || KNOWN_ORGS.has(e.name.toLowerCase())).map(fromSeed);
  // Each keeps its id but takes its mentions and name from this stage's reading (`General Staff` |
  // `Armed Forces of Ukraine`, not one run), whether or not it will turn out to speak: `fromSeed`
  // starts it with none.
  let next = 0;
  for (const s of seeds) next = Math.max(next, Number(/^e(\d+)$/.exec(s.id)?.[1] ?? 0));
  const nextId = () => `e${++next}`;
  const sortedPlaces = [...places].sort((a, b) => a.start - b.start);
  const isPlace = (start: number, end: number) => {
    const k = lowerBound(sortedPlaces.length, (i) => sortedPlaces[i]!.end <= start);
    return k < sortedPlaces.length && sortedPlaces[k]!.start < end;
  };
  const aliases = link(doc, classify(doc, findNameRuns(doc), isPlace), entities, nextId);
  const ids = new Set(entities.map((e) => e.id));
  const follow = (id: string) => { let x = id; for (let guard = 0; aliases.has(x) && guard < 100; guard++) x = aliases.get(x)!; return x; };
  for (const p of people.entities) {
    const id = follow(p.id);
    p.entityId = ids.has(id) ? id : null;
  }
  return { entities };
}

/**
 * Step 4, once the speaker stage has decided each quotation's speaker against the linked entities:
 * a speaker's mention joins its entity (`he told Wilder` is Hnatov's `he`, and tells that he is a
 * man), a quotation's own speaker is not its `he`, and pronouns and descriptions go to the
 * entities named before them. Speakers are read, never changed. An entity with no mention is
 * left out unless a quotation's speaker is it.
 */
export function corefer(doc: Doc, linked: LinkedEntities, quotes: readonly Quotation[]): Entity[] {
  linkReferences(doc, linked.entities, quotes);
  const referenced = new Set<string>();
  for (const q of quotes) if (q.speaker?.entity) referenced.add(q.speaker.entity);
  const kept = linked.entities.map(finish).filter((e) => e.mentions.length > 0 || referenced.has(e.id));
  return kept.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}

/** Steps 1 to 4 with the quotations given (none: no speaker is known). */
export function extractEntities(doc: Doc, people: PeopleIndex, places: readonly Place[] = [], quotes: readonly Quotation[] = []): Entity[] {
  return corefer(doc, linkEntities(doc, people, places), quotes);
}

function finish(e: Building): Entity {
  const seen = new Set<number>();
  const mentions = e.mentions.filter((m) => (seen.has(m.start) ? false : (seen.add(m.start), true))).sort((a, b) => a.start - b.start);
  const titleSeen = new Set<number>();
  const titles = e.titles.filter((t) => (titleSeen.has(t.start) ? false : (titleSeen.add(t.start), true))).sort((a, b) => a.start - b.start);
  return { id: e.id, kind: e.kind, name: e.name, mentions, role: e.role, titles, confidence: Math.round(e.confidence * 100) / 100, rule: e.rule };
}
