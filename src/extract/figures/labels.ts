import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import { LABEL_BEFORE, LABEL_BEFORE_CAPITALIZED, CLOCK_AFTER } from '../lexicon/figure-traps.ts';
import { CURRENCY_COUNTRY_CODES, UNITS } from '../lexicon/units.ts';
import { MONTH_WORDS } from '../lexicon/months.ts';
import { EQUIPMENT_NOUNS, CIVILIAN_NOUNS, MILITARY_NOUNS, MUNITION_NOUNS } from '../lexicon/figure-categories.ts';
import { PARTIES } from '../lexicon/figure-parties.ts';

/**
 * Traps for step 1: numbers that name, date or time something rather than count it. Each check
 * looks at one or two tokens around the number.
 */

/** Labels written abbreviated with a full stop that may end a sentence for the tokenizer: "Figs. 7". */
const ABBREVIATED_LABELS: ReadonlySet<string> = new Set(['fig', 'figs', 'eq', 'eqs', 'ref', 'refs', 'no', 'nos', 'art', 'vol', 'ch', 'sec', 'para', 'pp', 'p']);

export function isCapitalized(t: string): boolean {
  const c = t.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** True when the token after `last` is a counted noun or a unit: "3 people", "12 km", "40 Leopard tanks". */
export function countedAfter(doc: Doc, last: number): boolean {
  const sentence = doc.tokSentence[last];
  for (let k = last + 1; k <= last + 3 && k < doc.tokens.length && doc.tokSentence[k] === sentence; k++) {
    const w = doc.lower[k]!;
    if (UNITS.has(w) || EQUIPMENT_NOUNS.has(w) || PARTIES.has(w) || CIVILIAN_NOUNS.has(w) || MILITARY_NOUNS.has(w) || MUNITION_NOUNS.has(w)) return true;
    const pos = doc.tokPos[k];
    if (pos === POS.NOUN && w.length > 3 && w.endsWith('s')) return true;
    if (pos !== POS.PROPN && pos !== POS.ADJ && !(pos === POS.PUNCT && w === '-')) return false;
  }
  return false;
}

/**
 * A label before the number: "No. 10", "Article 5", "Euro 2024", "iPhone 15", "Channel One";
 * or after it: "12 Bankova Street" (an address); or around it: "Syrskyi, 58, said" (an age),
 * "Zelensky (1)" (a caption number).
 */
export function isLabel(doc: Doc, first: number, last: number, plain: boolean): boolean {
  const p = first - 1;
  const sentence = doc.tokSentence[first];
  const counted = countedAfter(doc, last);
  // "Figs. 7" when the tokenizer split the full stop off the abbreviation (and maybe ended a sentence there).
  if (p > 0 && doc.lower[p] === '.' && doc.tokEnd[p - 1] === doc.tokStart[p]
    && (LABEL_BEFORE.has(doc.lower[p - 1]!) || LABEL_BEFORE.has(`${doc.lower[p - 1]!}.`))
    && (doc.tokSentence[p] === sentence || (isCapitalized(doc.tokens[p - 1]!) && ABBREVIATED_LABELS.has(doc.lower[p - 1]!)))) return true;
  if (p >= 0 && doc.tokSentence[p] === sentence) {
    const lw = doc.lower[p]!;
    if (LABEL_BEFORE.has(lw)) return true;

    const t = doc.tokens[p]!;
    if (plain && isCapitalized(t) && !MONTH_WORDS.has(lw) && !CURRENCY_COUNTRY_CODES.has(t)) {
      if (LABEL_BEFORE_CAPITALIZED.has(lw)) return true;
      const sentenceStart = doc.sentStartTok[sentence!] === p;
      if (!sentenceStart && !counted && !PARTIES.has(lw)) return true;
    }
    // "Syrskyi, 58, now commands": an age in apposition.
    if (plain && lw === ',' && p > 0 && doc.tokPos[p - 1] === POS.PROPN && doc.lower[last + 1] === ',') return true;
    if (plain && lw === '(' && doc.lower[last + 1] === ')') return true;
  }
  // "12 Bankova Street": a bare number before a name that counts nothing.
  const n = last + 1;
  if (plain && n < doc.tokens.length && doc.tokSentence[n] === sentence && isCapitalized(doc.tokens[n]!)
    && doc.tokPos[n] === POS.PROPN && !counted && !UNITS.has(doc.lower[n]!)) return true;
  return false;
}

/** A clock word, a month or a label after the number's last token. */
export function trapAfter(doc: Doc, last: number, value: number, bare: boolean): boolean {
  const n = last + 1;
  if (n >= doc.tokens.length) return false;
  const lw = doc.lower[n]!;
  if (CLOCK_AFTER.has(lw)) return true;
  // "three o'clock" (the tokenizer may split it: o ’ clock)
  if (lw === 'o' && n + 2 < doc.tokens.length && doc.lower[n + 2] === 'clock') return true;
  if (bare && value >= 1 && value <= 31 && Number.isInteger(value)) {
    if (MONTH_WORDS.has(lw)) return true;
    if (lw === 'of' && n + 1 < doc.tokens.length && MONTH_WORDS.has(doc.lower[n + 1]!)) return true;
  }
  return false;
}

/** A month before a day number: "March 29", "Feb. 24". */
export function monthBefore(doc: Doc, i: number, value: number, bare: boolean): boolean {
  if (!bare || i === 0) return false;
  const lw = doc.lower[i - 1]!;
  return MONTH_WORDS.has(lw) && (value <= 31 || (value >= 1000 && value <= 2100));
}

/** Three or more bare digit groups in a row ("+380 44 123 4567"): a phone number. */
export function phoneRun(doc: Doc, i: number): number {
  let j = i;
  while (j + 1 < doc.tokens.length && doc.tokStart[j + 1]! - doc.tokEnd[j]! === 1 && /^\+?\d{2,4}$/.test(doc.tokens[j + 1]!)
    && /^\+?\(?\d{2,4}\)?$/.test(doc.tokens[j]!)) j++;
  return j - i >= 2 ? j : -1;
}

