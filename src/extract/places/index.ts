import type { Doc } from '../../model/doc.ts';
import type { Entity } from '../../model/items.ts';
import type { Place } from '../../model/context.ts';
import { span } from '../../model/span.ts';
import { findMentions, type Mention } from './01-find-mentions.ts';
import { articleContext, refineContext } from './02-context.ts';
import { choosePlaces, isAmbiguous } from './03-choose.ts';
import { isMetonymy } from './04-metonymy.ts';
import type { Gazetteer } from './gazetteer.ts';
import { defaultResources } from '../../resources/index.ts';
import { PERSONAL_TITLES } from '../lexicon/places.ts';
import { SpanIndex } from '../span-index.ts';

/** A first-pass choice this sure is kept as it is. */
const SETTLED = 0.9;

/**
 * Places named in the article, geocoded offline (see README.md):
 * 1. find-mentions: capitalized runs matched against the gazetteer's names, longest first;
 *    names inside a person's name (`Shelby Wilder`, `Vladimir Putin`) are dropped next.
 * 2. context: the countries, regions and unambiguous towns the article names.
 * 3. choose: each mention's entries scored against that context; small or word-like names need a cue.
 *    Then again, with the first choices as context for each other (`Atlanta` ... `Georgia`).
 * 4. metonymy: countries and capitals that speak for their governments.
 */
export function extractPlaces(doc: Doc, entities: readonly Entity[] = [], gaz: Gazetteer = defaultResources().gazetteer): Place[] {
  const people = new SpanIndex(personSpans(entities));
  const surnames = personWords(entities);
  // `Mr. Obama`, `President Trump`: a name after a personal title is a person's throughout the article.
  const found = findMentions(doc, gaz);
  for (const m of found) if (m.first > 0 && PERSONAL_TITLES.has(doc.lower[m.first - 1]!)) surnames.add(m.key);
  const mentions = found.filter((m) => {
    const start = doc.tokStart[m.first]!;
    const end = doc.tokEnd[m.end - 1]!;
    // `Obama said`, `Clinton`, `Scott`: a word of a person's name in this article is that person.
    if (m.end - m.first === 1 && surnames.has(m.key) && !m.entries.some((e) => e.kind === 'country')) return false;
    return !insidePerson(people, start, end, doc.text.slice(start, end));
  });
  const first = articleContext(doc, gaz, mentions);
  const firstChoices = choosePlaces(doc, gaz, mentions, first);
  // Names only one entry fits are settled by the first pass; the second weighs the others again.
  // Names in doubt after the first pass (a clear winner stays: the second pass would only confirm it).
  const doubtful = new Set<Mention>();
  for (const m of mentions) if (isAmbiguous(m)) doubtful.add(m);
  for (const c of firstChoices) if (c.confidence >= SETTLED) doubtful.delete(c.mention);
  let choices = firstChoices;
  if (doubtful.size) {
    const again = choosePlaces(doc, gaz, mentions, refineContext(first, firstChoices), true, (m) => doubtful.has(m));
    choices = [...firstChoices.filter((c) => !doubtful.has(c.mention)), ...again].sort((a, b) => a.mention.first - b.mention.first);
  }
  return choices.map((c, i): Place => {
    const e = c.entry;
    const s = span(doc.text, doc.tokStart[c.mention.first]!, doc.tokEnd[c.mention.end - 1]!);
    // Fields written out rather than spread: V8 clones a spread object slowly, and articles can name thousands of places.
    return {
      start: s.start, end: s.end, text: s.text, id: `pl${i + 1}`, kind: e.kind, name: e.name, geonameId: e.geonameId, lat: e.lat, lon: e.lon,
      country: e.country, admin1: e.admin1, alternatives: c.alternatives, metonymy: isMetonymy(doc, c),
      key: e.geonameId !== null ? `geonames:${e.geonameId}` : e.kind === 'region' && e.admin1 ? `${e.country}.${e.admin1}` : `${e.kind}:${e.name}`,
      confidence: c.confidence, rule: c.rule,
    };
  });
}

/** Lowercased words of the names of people with a first and a last name, or with a title or role (`President Obama`). */
function personWords(entities: readonly Entity[]): Set<string> {
  const out = new Set<string>();
  for (const e of entities) {
    if (e.kind !== 'person' || (!e.name.includes(' ') && !e.role)) continue;
    for (const w of e.name.split(' ')) out.add(w.toLowerCase());
  }
  return out;
}

/** Mentions of people whose name has two words or more, with the name. */
function personSpans(entities: readonly Entity[]): { start: number; end: number; name: string }[] {
  const out: { start: number; end: number; name: string }[] = [];
  for (const e of entities) {
    if (e.kind !== 'person' || !e.name.includes(' ')) continue;
    for (const m of e.mentions) out.push({ start: m.start, end: m.end, name: e.name });
  }
  return out;
}

/**
 * A place name inside a person's name (`Hnatov` of Andrii Hnatov, were it a town) is the person.
 * A place name that is the whole "person" (`New Orleans`) is the place: the people finder guessed.
 */
function insidePerson(people: SpanIndex<{ start: number; end: number; name: string }>, start: number, end: number, text: string): boolean {
  // Indexed by position: a scan of every person's mention per place name was quadratic on a long article (issue 16).
  for (const { item: p } of people.reaching(start, end)) if (p.name !== text) return true;
  return false;
}
