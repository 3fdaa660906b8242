import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import {
  RATE_OPENERS, PERIOD_NOUNS, RATE_ADVERBS, SPAN_OPENERS, SPAN_DETERMINERS, PERIOD_PLURALS, SINCE_STARTERS,
} from '../lexicon/figure-rates.ts';
import { MONTH_WORDS } from '../lexicon/months.ts';
import { UNIT_WORDS } from '../lexicon/figure-numbers.ts';

/**
 * Step 4: the rate or period of a figure, read from the tokens after its unit (`after` is the
 * first token past the unit): "a day", "per week", "daily", "since February 2022", "in three
 * days", "over the past 24 hours". Up to three verbs or adverbs may stand between ("were killed in
 * the past day"). Returns token range [first, last] or null.
 */
export function findRate(doc: Doc, after: number): [number, number] | null {
  const { lower, tokPos } = doc;
  const n = lower.length;
  if (after >= n) return null;
  const sentence = doc.tokSentence[after - 1 < 0 ? 0 : after - 1];
  const inSentence = (k: number) => k < n && doc.tokSentence[k] === sentence;
  // Directly after: "a day", "per week", "daily".
  if (inSentence(after)) {
    const w = lower[after]!;
    if (RATE_ADVERBS.has(w)) return [after, after];
    if (RATE_OPENERS.has(w) && inSentence(after + 1) && PERIOD_NOUNS.has(lower[after + 1]!)) return [after, after + 1];
  }
  // Counted periods, possibly after a short verb group.
  let k = after;
  let skipped = 0;
  while (inSentence(k) && skipped < 3 && (tokPos[k] === POS.VERB || tokPos[k] === POS.AUX || tokPos[k] === POS.ADV) && !SPAN_OPENERS.has(lower[k]!)) { k++; skipped++; }
  if (!inSentence(k)) return null;
  // One short place phrase may stand between: "moved 5,000 troops into the sector in three days".
  if (!SPAN_OPENERS.has(lower[k]!) && lower[k] !== 'since' && tokPos[k] === POS.ADP) {
    let j = k + 1;
    while (inSentence(j) && j - k <= 3 && (tokPos[j] === POS.DET || tokPos[j] === POS.ADJ || tokPos[j] === POS.NOUN || tokPos[j] === POS.PROPN)) j++;
    if (j > k + 1 && inSentence(j) && (SPAN_OPENERS.has(lower[j]!) || lower[j] === 'since')) {
      const rate = findRate(doc, j);
      if (rate && rate[0] === j) return rate;
    }
    return null;
  }
  const opener = lower[k]!;
  if (opener === 'since') return sinceSpan(doc, k, inSentence);
  if (!SPAN_OPENERS.has(opener)) return null;
  let j = k + 1;
  let steps = 0;
  while (inSentence(j) && steps < 4 && (SPAN_DETERMINERS.has(lower[j]!) || UNIT_WORDS.has(lower[j]!) || /^\d{1,3}$/.test(lower[j]!))) { j++; steps++; }
  if (inSentence(j) && PERIOD_PLURALS.has(lower[j]!) && j > k + 1) return [k, j];
  return null;
}

/** "since February 2022", "since the start of the invasion", "since Monday": up to six tokens, stopping at punctuation. */
function sinceSpan(doc: Doc, k: number, inSentence: (k: number) => boolean): [number, number] | null {
  const { lower, tokPos } = doc;
  const first = lower[k + 1] ?? '';
  if (!inSentence(k + 1) || !(MONTH_WORDS.has(first) || SINCE_STARTERS.has(first) || /^\d{4}$/.test(first))) return null;
  let j = k + 1;
  while (inSentence(j + 1) && j - k < 6 && tokPos[j + 1] !== POS.PUNCT && tokPos[j + 1] !== POS.VERB && tokPos[j + 1] !== POS.AUX
    && tokPos[j + 1] !== POS.CCONJ && tokPos[j + 1] !== POS.SCONJ && tokPos[j + 1] !== POS.PRON) j++;
  return [k, j];
}
