import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import { UNIT_WORDS, SCALE_WORDS, SCALE_SUFFIXES, VAGUE_PLURALS, FRACTION_WORDS, FEW_WORDS } from '../lexicon/figure-numbers.ts';
import { UNITS, MULTI_WORD_UNITS } from '../lexicon/units.ts';
import { MONTH_WORDS } from '../lexicon/months.ts';
import type { Found } from './01-find-numbers.ts';
import { CIVILIAN_NOUNS, MILITARY_NOUNS, EQUIPMENT_NOUNS, MUNITION_NOUNS, CASUALTY_NOUNS, DISPLACED_CUES } from '../lexicon/figure-categories.ts';

const COUNT_NOUNS = [CIVILIAN_NOUNS, MILITARY_NOUNS, EQUIPMENT_NOUNS, MUNITION_NOUNS, CASUALTY_NOUNS, DISPLACED_CUES];
import type { NumberPhrase } from './types.ts';

/**
 * Step 2: give each number its value. Digits: sign x number x scale (`$3bn`, `1.2 million`,
 * `300-400` as low/high). Words: additive with scales (`one hundred and fifty`, `half a
 * million`). Vague plurals: a range one order of magnitude wide (`tens of thousands` = 10,000 to
 * 100,000). Fractions and ratios as decimals (`two-thirds` = 0.667, `one of four` = 0.25).
 * Returns null for years ("in 2022"), which look like plain four-digit numbers.
 */
export function parseValue(doc: Doc, f: Found): NumberPhrase | null {
  const p = f.phrase;
  if (f.digits) {
    const d = f.digits;
    let scale = d.scale;
    for (const w of f.words) scale *= SCALE_WORDS.get(w) ?? SCALE_SUFFIXES.get(w) ?? 1;
    const sign = d.negative ? -1 : 1;
    p.scale = scale;
    if (d.denominator !== null) { p.value = d.a / d.denominator; return p; }
    if (d.b !== null) {
      p.low = sign * d.a * scale;
      p.high = d.b * scale;
      if (p.low >= p.high) return null; // "2-0", "5-5": a score or a split vote
      return p;
    }
    if (d.tolerance !== null) {
      // "2,000.45±0.01": the value with the bounds the tolerance gives (rounded: 2000.45 - 0.01 is 2000.4399999).
      const value = sign * d.a * scale;
      const tol = d.tolerance * scale;
      p.value = value;
      p.low = Number((value - tol).toPrecision(12));
      p.high = Number((value + tol).toPrecision(12));
      return p;
    }
    if (isYear(doc, p, d.a)) return null;
    p.value = sign * d.a * scale;
    return p;
  }
  const w = f.words;
  if (!w.length) return p; // a fraction sign, valued in step 1
  if (p.kind === 'vague') {
    if (w[0] === 'several') {
      const rest = w.slice(1);
      const last = rest[rest.length - 1]!;
      if (VAGUE_PLURALS.has(last)) { [p.low, p.high] = VAGUE_PLURALS.get(last)!; return p; }
      const mult = rest.reduce((m, x) => m * (x === 'dozen' ? 12 : SCALE_WORDS.get(x) ?? 1), 1);
      const [lo, hi] = FEW_WORDS.get('several')!;
      p.low = lo * mult;
      p.high = hi * mult;
      p.scale = mult;
      return p;
    }
    const parts = w.filter((x) => x !== 'of').map((x) => VAGUE_PLURALS.get(x)!);
    let low = 1;
    for (const [lo] of parts) low *= lo;
    p.low = low;
    p.high = (low / parts[0]![0]) * parts[0]![1];
    return p;
  }
  if (p.kind === 'ratio') {
    p.value = UNIT_WORDS.get(w[0]!)! / UNIT_WORDS.get(w[w.length - 1]!)!;
    return p;
  }
  const [value, scale] = wordsValue(w);
  p.value = value;
  p.scale = scale;
  return p;
}

/** Additive reading of number words; returns [value, largest scale]. */
export function wordsValue(words: readonly string[]): [number, number] {
  let total = 0;
  let current = 0;
  let fraction = 0;
  let maxScale = 1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === 'and' || w === '-' || w === ',') continue;
    if (w === 'a' || w === 'an') { current = current || 1; continue; }
    if (w === 'half' && i === 0) { fraction = 0.5; continue; }
    if (w === 'half' && words[i - 1] === 'a' && words[i - 2] === 'and') { current += 0.5; continue; } // "two and a half"
    if (FRACTION_WORDS.has(w)) { current = (current || 1) * FRACTION_WORDS.get(w)!; continue; }
    if (w === 'dozen') { current = (current || 1) * 12; continue; }
    const u = UNIT_WORDS.get(w);
    if (u !== undefined) { current += u; continue; }
    const s = SCALE_WORDS.get(w);
    if (s !== undefined) {
      maxScale = Math.max(maxScale, s);
      if (fraction) { total += fraction * s; fraction = 0; current = 0; continue; }
      if (s === 100) current = (current || 1) * 100;
      else { total += (current || 1) * s; current = 0; }
    }
  }
  return [total + current + fraction, maxScale];
}

/**
 * A plain four-digit number from 1000 to 2100 is a year unless a unit or a counted plural noun
 * follows ("1000 hp", "2000 people"), or a hedge comes before it ("about 1500").
 */
function isYear(doc: Doc, p: NumberPhrase, value: number): boolean {
  if (!p.bare || !Number.isInteger(value) || value < 1700 || value > 2150 || doc.tokens[p.first]!.length !== 4) return false;
  const next = p.last + 1 < doc.tokens.length ? doc.lower[p.last + 1]! : '';
  if (UNITS.has(next) || MULTI_WORD_UNITS.has(next)) return next === 's';
  // "2000 people" is a count; "2023 budget" is a year: near-present values need a noun that counts.
  const countNoun = COUNT_NOUNS.some((set) => set.has(next));
  if (countNoun || (value < 1900 && next && !MONTH_WORDS.has(next) && next.length > 3 && next.endsWith('s') && doc.tokPos[p.last + 1] === POS.NOUN
    && doc.tokSentence[p.last + 1] === doc.tokSentence[p.last])) return false;
  const prev = p.first > 0 ? doc.lower[p.first - 1]! : '';
  if (prev === 'than' || prev === 'about' || prev === 'around' || prev === 'nearly' || prev === 'almost'
    || prev === 'approximately' || prev === 'roughly' || prev === 'some' || prev === 'least') return false;
  return true;
}
