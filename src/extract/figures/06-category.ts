import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import type { FigureCategory } from '../../model/items.ts';
import {
  MILITARY_NOUNS, CIVILIAN_NOUNS, CASUALTY_NOUNS, CASUALTY_CUES, EQUIPMENT_NOUNS, MUNITION_NOUNS, TERRITORY_NOUNS,
  DISPLACED_CUES, MONEY_NOUNS, TERRITORY_CUES, AGE_WORDS, AGE_CUES, BODIES_FOUND_NOUNS, GRAVE_CUES, CIVILIAN_BY_DEFAULT,
  MILITARY_CUES, NOT_OBJECTS, HISTORICAL_MARKERS,
} from '../lexicon/figure-categories.ts';
import type { NumberPhrase } from './types.ts';
import type { UnitFound } from './05-unit-and-whose.ts';

/** How far a cue word may stand from the figure, in tokens, within its clause. */
const CUE_BEFORE = 6;
const CUE_AFTER = 8;

/**
 * Step 6: the category (vocabulary and rules in lexicon/figure-categories.ts). The unit decides
 * first (currency: money; length or area: territory; tanks: equipment; missiles: munitions);
 * people are casualties when a cue such as "killed" or "losing" stands in the same clause
 * (scanning stops at commas, semicolons and conjunctions), else troops or other.
 */
export function categorize(doc: Doc, p: NumberPhrase, unit: UnitFound | null): FigureCategory {
  const words = unit ? unitWords(doc, unit) : [];
  // `16 facilities last year`: a time word after the counted noun is when, not the unit.
  const found = unit?.info?.dim ?? null;
  const dim = found === 'time' && words.length > 1 && !TIME_WORD.test(words[0]!) ? null : found;
  if (p.currency || dim === 'currency' || words.some((w) => MONEY_NOUNS.has(w))) return 'money';
  // `45-year-old`, `aged 45`: an age, before `years` reads as a duration.
  if (words.some((w) => AGE_WORDS.has(w)) || AGE_CUES.has(doc.lower[p.first - 1] ?? '') || (doc.lower[p.first - 1] === 'of' && doc.lower[p.first - 2] === 'age')) return 'age';
  if (dim === 'time') return 'duration';
  if (dim === 'length' || dim === 'area') return 'territory';
  const cues = clauseWords(doc, p, unit);
  if (dim === 'percent') return cues.some((w) => TERRITORY_CUES.has(w)) ? 'territory' : 'other';
  if (dim) return 'other';
  const head = headWord(words);
  // `440 bodies were found in a mass grave`: the dead of a grave are counted where found, not claimed as losses.
  if (BODIES_FOUND_NOUNS.has(head) || (CASUALTY_NOUNS.has(head) && cues.some((w) => GRAVE_CUES.has(w)))) return 'bodies-found';
  const category = byCountedThing(head, words, cues, unit !== null);
  // `27 million Soviet citizens died during the Second World War`, `580 death camps`: a past war's figures are history, not this war's.
  if (HISTORICAL_KINDS.has(category) && historical(doc, p)) return 'historical';
  return category;
}

/** Words after which a unit's noun phrase says when or where, not what: `facilities last year`. */
const PHRASE_ENDS: ReadonlySet<string> = new Set(['last', 'this', 'next', 'per', 'in', 'on', 'at', 'a', 'an', 'the', 'since', 'over', 'each', 'every', 'from', 'for']);

/** The counted noun: the last word of the unit's phrase before a word that starts a time or place phrase. */
function headWord(words: readonly string[]): string {
  let end = words.length;
  for (let k = 1; k < words.length; k++) if (PHRASE_ENDS.has(words[k]!)) { end = k; break; }
  return end ? words[end - 1]! : '';
}

const TIME_WORD = /^(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|yrs?|hrs?|decades?|centuries|century)$/;

/** Categories a past war's figures would be filed under. */
const HISTORICAL_KINDS: ReadonlySet<FigureCategory> = new Set(['military-casualties', 'civilian-casualties', 'troops', 'displaced-people', 'objects', 'other']);

function byCountedThing(head: string, words: readonly string[], cues: readonly string[], hasUnit: boolean): FigureCategory {
  const has = (set: ReadonlySet<string>) => words.some((w) => set.has(w));
  const cue = (set: ReadonlySet<string>) => cues.some((w) => set.has(w));
  if (has(DISPLACED_CUES) || (cue(DISPLACED_CUES) && !has(MILITARY_NOUNS))) return 'displaced-people';
  if (has(MUNITION_NOUNS)) return 'munitions';
  if (has(EQUIPMENT_NOUNS)) return 'equipment';
  if (has(MILITARY_NOUNS)) return cue(CASUALTY_CUES) ? 'military-casualties' : 'troops';
  if (has(CIVILIAN_NOUNS)) return cue(CASUALTY_CUES) ? 'civilian-casualties' : 'other';
  // The casualty noun must be what is counted (`300 casualties`), not a modifier (`580 death camps`).
  if (CASUALTY_NOUNS.has(head)) {
    if (cue(CIVILIAN_NOUNS)) return 'civilian-casualties';
    // `the death toll rose to 52`, `52 dead` with no soldiers, losses or side named: most often a strike on a town.
    if (CIVILIAN_BY_DEFAULT.has(head) && !cue(MILITARY_NOUNS) && !cue(MILITARY_CUES)) return 'civilian-casualties';
    return 'military-casualties';
  }
  if (has(TERRITORY_NOUNS)) return 'territory';
  if (!hasUnit && (cue(CASUALTY_CUES) || cue(CIVILIAN_BY_DEFAULT))) {
    if (cue(CIVILIAN_NOUNS)) return 'civilian-casualties';
    if (cue(MILITARY_NOUNS)) return 'military-casualties';
    // `the death toll from the strike rose to 45`: a toll with no soldiers named counts the dead of a strike.
    if (cue(CIVILIAN_BY_DEFAULT) && !cue(MILITARY_CUES)) return 'civilian-casualties';
  }
  // `16 facilities`, `300 votes`: a count of things, not a measure.
  if (hasUnit && /^[a-z][a-z-]*s$/.test(head) && !NOT_OBJECTS.has(head)) return 'objects';
  return 'other';
}

/** Whether the figure's sentence speaks of a past war: `Second World War`, `the Nazis`, `in 1943`. */
function historical(doc: Doc, p: NumberPhrase): boolean {
  const sentence = doc.tokSentence[p.first]!;
  const from = doc.tokStart[doc.sentStartTok[sentence]!]!;
  const to = doc.tokEnd[doc.sentEndTok[sentence]! - 1]!;
  return HISTORICAL_MARKERS.test(doc.text.slice(from, to));
}

function unitWords(doc: Doc, unit: UnitFound): string[] {
  return doc.text.slice(unit.start, unit.end).toLowerCase().split(/[^a-z0-9-]+/).filter(Boolean);
}

const isBoundary = (doc: Doc, k: number) => {
  const w = doc.lower[k]!;
  const pos = doc.tokPos[k];
  return w === ',' || w === ';' || w === ':' || w === '.' || w === 'but' || w === 'while' || w === 'whereas'
    || w === '(' || w === ')' || (pos === POS.SCONJ && w !== 'that');
};

/** Lowercased words of the figure's clause near it: CUE_BEFORE before, CUE_AFTER after the unit. */
function clauseWords(doc: Doc, p: NumberPhrase, unit: UnitFound | null): string[] {
  const out: string[] = [];
  const sentence = doc.tokSentence[p.first]!;
  for (let k = p.first - 1; k >= 0 && k >= p.first - CUE_BEFORE && doc.tokSentence[k] === sentence; k--) {
    if (isBoundary(doc, k)) break;
    out.push(doc.lower[k]!);
  }
  // After the figure only strong boundaries stop the scan, so that an aside such as ", including
  // three children," does not hide "were killed".
  const from = Math.max(p.last, unit && unit.inSpan ? unit.lastTok : p.last) + 1;
  for (let k = from; k < doc.lower.length && k < from + CUE_AFTER && doc.tokSentence[k] === sentence; k++) {
    const w = doc.lower[k]!;
    if (w === ';' || w === '.' || w === 'but' || w === 'while' || w === 'whereas') break;
    out.push(w);
  }
  return out;
}
