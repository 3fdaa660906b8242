import type { Doc } from '../../model/doc.ts';
import { UNIT_WORDS, SCALE_WORDS, VAGUE_PLURALS, FRACTION_WORDS, FEW_WORDS } from '../lexicon/figure-numbers.ts';
import type { NumberPhrase } from './types.ts';

/** True when tokens i and i+1 touch (no space between). */
export const glued = (doc: Doc, i: number) => i + 1 < doc.tokens.length && doc.tokEnd[i] === doc.tokStart[i + 1];

/**
 * Groups number words from token i: returns [last token, words, kind] or null.
 * Reads: unit words with "-" and "and" between them, scales, "a"/"an" before a scale or fraction,
 * "half a million", fractions after a count ("two-thirds", "a third"), vague plurals with "of"
 * ("tens of thousands"), rough counts ("several hundred"), and "one of four" ratios.
 */
/** The lowercased token k if it is in `sentence`, else ''. */
function wordAt(doc: Doc, sentence: number, k: number): string {
  return k < doc.lower.length && doc.tokSentence[k] === sentence ? doc.lower[k]! : '';
}

/** Words that can start a number in words; any other token is skipped at the cost of one lookup. */
export const NUMBER_WORD_STARTS: ReadonlySet<string> = new Set([
  ...UNIT_WORDS.keys(), ...SCALE_WORDS.keys(), ...VAGUE_PLURALS.keys(), ...FEW_WORDS.keys(), 'a', 'an', 'half',
]);

/**
 * A cheap test before the set lookup: the first two letters and the length of every start word,
 * as one bit per length under each two-letter prefix. Most tokens fail it without hashing.
 */
const PREFIX_LENGTHS = new Uint32Array(27 * 27);
const prefixIndex = (w: string): number => {
  const c0 = w.charCodeAt(0) - 96;
  if (c0 < 1 || c0 > 26) return -1;
  if (w.length === 1) return c0 * 27;
  const c1 = w.charCodeAt(1) - 96;
  return c1 < 1 || c1 > 26 ? -1 : c0 * 27 + c1;
};
for (const w of NUMBER_WORD_STARTS) PREFIX_LENGTHS[prefixIndex(w)]! |= 1 << Math.min(w.length, 31);

/** True when the lowercased token may start a number in words. */
export function mayStartNumberWord(w: string): boolean {
  if (w.length > 31) return false;
  const k = prefixIndex(w);
  return k >= 0 && (PREFIX_LENGTHS[k]! & (1 << w.length)) !== 0 && NUMBER_WORD_STARTS.has(w);
}

/** What may follow "a"/"an" in a number: "a thousand", "a dozen", "a few hundred", "a third". */
export const AFTER_A: ReadonlySet<string> = new Set([...SCALE_WORDS.keys(), ...FRACTION_WORDS.keys(), 'dozen', 'few']);

export function findWords(doc: Doc, i: number): [number, string[], NumberPhrase['kind']] | null {
  const { lower } = doc;
  const w = lower[i]!;
  const sentence = doc.tokSentence[i]!;
  const at = (k: number) => wordAt(doc, sentence, k);
  // Vague plurals: "dozens", "tens of thousands", "hundreds of millions".
  if (VAGUE_PLURALS.has(w)) {
    if ((w === 'tens' || w === 'scores') && at(i + 1) !== 'of') return null;
    const words = [w];
    let k = i;
    while (at(k + 1) === 'of' && VAGUE_PLURALS.has(at(k + 2)) && VAGUE_PLURALS.get(at(k + 2))![0] > VAGUE_PLURALS.get(words[words.length - 1]!)![0]) {
      words.push('of', at(k + 2));
      k += 2;
    }
    if (w === 'tens' && words.length === 1) return null;
    return [k, words, 'vague'];
  }
  // Rough counts: "several hundred", "a few thousand", "many thousands".
  const roughAt = FEW_WORDS.has(w) && w !== 'some' ? i : w === 'a' && at(i + 1) === 'few' ? i + 1 : -1;
  if (roughAt >= 0) {
    let k = roughAt;
    const words = ['several'];
    while (SCALE_WORDS.has(at(k + 1)) || VAGUE_PLURALS.has(at(k + 1)) || at(k + 1) === 'dozen') {
      const nx = at(k + 1);
      words.push(nx === 'dozen' ? 'dozen' : VAGUE_PLURALS.has(nx) ? nx : nx);
      k++;
      if (VAGUE_PLURALS.has(nx)) break;
    }
    return words.length > 1 ? [k, words, 'vague'] : null;
  }
  // "a"/"an" only before a scale, "dozen" or a fraction: "a thousand", "a dozen", "a third".
  if (w === 'a' || w === 'an') {
    const nx = at(i + 1);
    if (!(SCALE_WORDS.has(nx) && nx !== 'mn' && nx !== 'bn') && nx !== 'dozen' && !(FRACTION_WORDS.has(nx) && at(i + 2) !== '-' && !/s$/.test(nx) && nx !== 'fourth' && nx !== 'fifth')) return null;
  } else if (w === 'half') {
    const prev = i > 0 ? lower[i - 1]! : '';
    if (prev === 'a' || prev === 'the' || prev === 'first' || prev === 'second' || prev === 'in' || prev === 'other' || prev === 'one' || prev === 'this' || prev === 'that' || prev === 'next' || prev === 'last') return null;
    if (at(i + 1) === '-' || at(i + 1) === 'time' || at(i + 1) === 'way') return null;
  } else if (w === 'dozen') {
    return null; // "a baker's dozen"; "a dozen" and "two dozen" start at the word before
  } else if (!UNIT_WORDS.has(w) && !(SCALE_WORDS.has(w) && w !== 'bn' && w !== 'mn' && w !== 'tn')) return null;
  const words = [w];
  let k = i;
  for (;;) {
    const nx = at(k + 1);
    if (!nx) break;
    const prev = words[words.length - 1]!;
    if (SCALE_WORDS.has(nx) && nx !== 'bn' && nx !== 'mn' && nx !== 'tn' && !SCALE_WORDS.has(prev) || (SCALE_WORDS.has(nx) && prev === 'hundred' && nx !== 'hundred')) { words.push(nx); k++; continue; }
    if (SCALE_WORDS.has(prev) && (nx === 'and' || nx === ',') && UNIT_WORDS.has(at(k + 2))) { words.push('and', at(k + 2)); k += 2; continue; }
    if (nx === '-' && glued(doc, k) && glued(doc, k + 1)) {
      const after = at(k + 2);
      if (UNIT_WORDS.has(after) && (UNIT_WORDS.get(prev) ?? 0) >= 20 && (UNIT_WORDS.get(after) ?? 10) < 10) { words.push(after); k += 2; continue; }
      if (FRACTION_WORDS.has(after) && UNIT_WORDS.has(prev)) { words.push(after); k += 2; break; }
      break;
    }
    if (UNIT_WORDS.has(nx) && (UNIT_WORDS.get(prev) ?? 0) >= 20 && (UNIT_WORDS.get(prev) ?? 0) % 10 === 0 && (UNIT_WORDS.get(prev) ?? 0) < 100 && UNIT_WORDS.get(nx)! < 10) { words.push(nx); k++; continue; }
    if (UNIT_WORDS.has(nx) && (prev === 'hundred' || SCALE_WORDS.has(prev)) && words.length > 1) { words.push(nx); k++; continue; }
    // "a half a million": the fraction of a scale.
    if (nx === 'half' && (prev === 'a' || prev === 'one') && at(k + 2) === 'a' && SCALE_WORDS.has(at(k + 3))) { words.push('half', 'a', at(k + 3)); k += 3; break; }
    if (FRACTION_WORDS.has(nx) && (UNIT_WORDS.has(prev) || prev === 'a' || prev === 'an') && prev !== 'dozen') { words.push(nx); k++; break; }
    if (nx === 'a' && prev === 'half' && SCALE_WORDS.has(at(k + 2))) { words.push('a', at(k + 2)); k += 2; break; }
    // "two and a half miles"
    if (nx === 'and' && at(k + 2) === 'a' && at(k + 3) === 'half' && (UNIT_WORDS.has(prev) || SCALE_WORDS.has(prev))) { words.push('and', 'a', 'half'); k += 3; break; }
    if (nx === 'dozen' && (UNIT_WORDS.has(prev) || prev === 'a' || prev === 'an')) { words.push(nx); k++; continue; }
    break;
  }
  if ((w === 'a' || w === 'an') && words.length === 1) return null;
  const lastWord = words[words.length - 1]!;
  const kind: NumberPhrase['kind'] = FRACTION_WORDS.has(lastWord) ? 'fraction' : 'words';
  // "one of four", "one out of three": a ratio.
  if (kind === 'words' && words.length === 1 && UNIT_WORDS.has(w)) {
    const ofAt = at(k + 1) === 'of' ? k + 1 : at(k + 1) === 'out' && at(k + 2) === 'of' ? k + 2 : -1;
    if (ofAt > 0 && UNIT_WORDS.has(at(ofAt + 1)) && UNIT_WORDS.get(at(ofAt + 1))! > UNIT_WORDS.get(w)!) {
      return [ofAt + 1, [...words, 'of', at(ofAt + 1)], 'ratio'];
    }
  }
  return [k, words, kind];
}
