import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import { UNITS, MULTI_WORD_UNITS, type UnitInfo } from '../lexicon/units.ts';
import { PARTIES, AGENT_VERBS } from '../lexicon/figure-parties.ts';
import { CASUALTY_NOUNS } from '../lexicon/figure-categories.ts';
import { MONTH_WORDS } from '../lexicon/months.ts';
import type { NumberPhrase } from './types.ts';

/**
 * Step 5: what is counted, and whose it is.
 * Unit, first found wins: a unit written against the digits (`12km`, `45%`); a unit word or two
 * after (`per cent`, `sq km`, `miles`, `6.1-inch`); the noun phrase after (`Russian fighters`,
 * `heart transplants`: up to three adjectives and nouns, the last noun is the head); "of" and a
 * noun phrase after a vague count or fraction (`tens of thousands of soldiers`); a currency sign;
 * "the number of X ... N" earlier in the sentence (`number of dead and wounded reaching 1.2m`).
 * `inSpan` says whether the unit words belong in the figure's span (only when they follow it
 * directly, as gold spans do).
 */
export interface UnitFound {
  readonly start: number;
  readonly end: number;
  readonly head: string;
  readonly info: UnitInfo | null;
  readonly inSpan: boolean;
  /** Where the figure's span stops when the unit is in it: the first noun of a noun phrase. */
  readonly spanEnd: number;
  /** Tokens [first, last] of the unit when written as tokens after the number. */
  readonly lastTok: number;
}

const NP_POS = new Set<number>([POS.NOUN, POS.ADJ, POS.PROPN]);
const INCH: UnitInfo = { dim: 'length', name: 'inch' };
const INCH_AFTER: ReadonlySet<string> = new Set(['.', ')', ';', 'thick', 'long', 'wide', 'tall', 'high', 'deep', 'across', 'in', 'diameter', 'x', '×']);

/** A token without the full stop the tokenizer leaves on a sentence's last abbreviation: `ft.`. */
export const bareWord = (w: string) => (w.length >= 2 && w.endsWith('.') && !UNITS.has(w) ? w.slice(0, -1) : w);
/** End of token k without that full stop. */
const wordEnd = (doc: Doc, k: number) => doc.tokEnd[k]! - (bareWord(doc.lower[k]!) !== doc.lower[k] ? 1 : 0);
const NP_MAX = 3;

export function findUnit(doc: Doc, p: NumberPhrase): UnitFound | null {
  const { text, lower, tokStart, tokEnd, tokPos } = doc;
  const n = lower.length;
  const sentence = doc.tokSentence[p.last]!;
  const inSentence = (k: number) => k < n && doc.tokSentence[k] === sentence;
  if (p.attachedUnit) {
    const s = p.unitStart >= p.start && p.unitStart <= p.end ? p.unitStart : p.end;
    return { start: s, end: p.end, head: text.slice(s, p.end), info: p.attachedUnit, inSpan: true, spanEnd: p.end, lastTok: p.last };
  }
  let k = p.last + 1;
  // "6.1-inch", "20,000-strong force": a hyphen glued on both sides.
  if (inSentence(k + 1) && lower[k] === '-' && tokStart[k] === tokEnd[p.last] && tokEnd[k] === tokStart[k + 1]) {
    if (lower[k + 1] === 'strong') k += 2;
    else {
      const u = UNITS.get(lower[k + 1]!);
      if (u) {
        // "15-year-old"
        let last = k + 1;
        if (lower[last + 1] === '-' && lower[last + 2] === 'old') last += 2;
        return { start: tokStart[k + 1]!, end: tokEnd[last]!, head: text.slice(tokStart[k + 1]!, tokEnd[last]!), info: u, inSpan: true, spanEnd: tokEnd[last]!, lastTok: last };
      }
    }
  }
  if (inSentence(k)) {
    const w = lower[k]!;
    const multi = MULTI_WORD_UNITS.get(w);
    if (multi) {
      for (const [rest, info] of multi) {
        if (rest.every((r, j) => inSentence(k + 1 + j) && bareWord(lower[k + 1 + j]!) === r)) {
          const last = k + rest.length;
          const end = wordEnd(doc, last);
          return { start: tokStart[k]!, end, head: text.slice(tokStart[k]!, end), info, inSpan: true, spanEnd: end, lastTok: last };
        }
      }
    }
    // "2 in thick", "the pencil is 2 in.": inches, when nothing or a dimension follows.
    if (w === 'in' && (!inSentence(k + 1) || INCH_AFTER.has(lower[k + 1]!))) {
      return { start: tokStart[k]!, end: tokEnd[k]!, head: 'in', info: INCH, inSpan: true, spanEnd: tokEnd[k]!, lastTok: k };
    }
    const u = UNITS.get(bareWord(w));
    if (u && !(u.dim === 'currency' && p.currency)) {
      if (!(w.length === 1 && tokStart[k] !== tokEnd[p.last] && w !== '%')) {
        const end = wordEnd(doc, k);
        return { start: tokStart[k]!, end, head: text.slice(tokStart[k]!, end), info: u, inSpan: true, spanEnd: end, lastTok: k };
      }
    }
  }
  // A noun phrase right after: "300 to 400 Russian fighters".
  const np = p.kind === 'ratio' || NP_NOT_FIRST.has(lower[k] ?? '') ? null : nounPhrase(doc, k, inSentence);
  if (np) {
    const [first, last, headTok, firstNoun] = np;
    const info = UNITS.get(lower[headTok]!) ?? null;
    // With a currency sign the noun after is what is bought ("a $900 generator"): not in the span.
    const inSpan = !p.currency || info?.dim === 'currency';
    return { start: tokStart[first]!, end: tokEnd[last]!, head: doc.tokens[headTok]!, info, inSpan, spanEnd: tokEnd[firstNoun]!, lastTok: last };
  }
  // "of" + noun phrase after a vague count, a scale or a fraction: "tens of thousands of soldiers".
  if (inSentence(k) && lower[k] === 'of' && (p.kind !== 'digits' || p.scale > 1)) {
    let j = k + 1;
    while (inSentence(j) && (tokPos[j] === POS.DET || lower[j] === 'its' || lower[j] === 'their' || lower[j] === 'his' || lower[j] === 'her')) j++;
    const np2 = nounPhrase(doc, j, inSentence);
    if (np2) {
      const [first, last, headTok] = np2;
      return { start: tokStart[first]!, end: tokEnd[last]!, head: doc.tokens[headTok]!, info: UNITS.get(lower[headTok]!) ?? null, inSpan: false, spanEnd: p.end, lastTok: last };
    }
  }
  // "23 of 26 drones": the part counts what the whole counts (the span stays on the part).
  if (inSentence(k + 2) && lower[k] === 'of' && p.kind === 'digits' && !p.currency && isWholeNumberToken(doc, k + 1)) {
    const np3 = nounPhrase(doc, k + 2, inSentence);
    if (np3) {
      const [first, last, headTok] = np3;
      return { start: tokStart[first]!, end: tokEnd[last]!, head: doc.tokens[headTok]!, info: UNITS.get(lower[headTok]!) ?? null, inSpan: false, spanEnd: p.end, lastTok: p.last };
    }
  }
  if (p.currency) return { start: p.start, end: p.start, head: p.currency, info: { dim: 'currency', name: p.currency }, inSpan: false, spanEnd: p.end, lastTok: p.last };
  return numberOf(doc, p, inSentence);
}

/** Token k is a whole number in digits ("26", "1,200"). */
function isWholeNumberToken(doc: Doc, k: number): boolean {
  const t = doc.tokens[k]!;
  if (!t.length || t.length > 12) return false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c === 44 && i > 0))) return false;
  }
  return true;
}

/** Words that start a time expression, not what is counted: "3 last week", "20 previous days". */
const NP_NOT_FIRST = new Set(['last', 'next', 'previous', 'past', 'following', 'same', 'this', 'that']);

/**
 * Up to three adjectives and nouns from k: [first, last, head, first noun]; the last noun is the
 * head. Months and units of time stop it.
 */
function nounPhrase(doc: Doc, k: number, inSentence: (k: number) => boolean): [number, number, number, number] | null {
  const { lower, tokPos, tokens } = doc;
  let j = k;
  let head = -1;
  let firstNoun = -1;
  while (inSentence(j) && j - k < NP_MAX) {
    const pos = tokPos[j]!;
    const w = lower[j]!;
    const casualty = CASUALTY_NOUNS.has(w) && (pos === POS.VERB || pos === POS.ADJ);
    if (!NP_POS.has(pos) && !casualty) break;
    if (MONTH_WORDS.has(w) || w === 'a' || w === 'per') break;
    // "Ukrainians", "Israelis": a people is a head noun; "Russian" is not.
    const people = PARTIES.has(w) && w.endsWith('s') && w !== 'houthis';
    if (pos === POS.PROPN && !PARTIES.has(w) && /^[A-Z]/.test(tokens[j]!) && j > k) break;
    if (pos === POS.NOUN || casualty || people || (pos === POS.PROPN && !PARTIES.has(w))) { head = j; if (firstNoun < 0 && (pos !== POS.PROPN || people)) firstNoun = j; }
    j++;
    if (UNITS.has(w) && head === j - 1) break; // "1000 hp barrier": stop at the unit
  }
  if (head < 0) return null;
  return [k, head, head, firstNoun < 0 ? head : firstNoun];
}

/** "the (total) number of dead and wounded ... reaching almost 1.2 million". */
function numberOf(doc: Doc, p: NumberPhrase, inSentence: (k: number) => boolean): UnitFound | null {
  const { lower, tokStart, tokEnd, tokPos, text } = doc;
  const sentStart = doc.sentStartTok[doc.tokSentence[p.first]!]!;
  for (let j = p.first - 2; j >= Math.max(sentStart, p.first - 14); j--) {
    if ((lower[j] === 'number' || lower[j] === 'toll' || lower[j] === 'total') && lower[j + 1] === 'of') {
      let e = j + 2;
      let last = -1;
      while (inSentence(e) && e < p.first && e - j < 7) {
        const pos = tokPos[e]!;
        if (pos === POS.NOUN || pos === POS.ADJ || CASUALTY_NOUNS.has(lower[e]!)) last = e;
        else if (!(pos === POS.CCONJ && last >= 0)) break;
        e++;
      }
      if (last < 0) return null;
      return { start: tokStart[j + 2]!, end: tokEnd[last]!, head: text.slice(tokStart[j + 2]!, tokEnd[last]!), info: null, inSpan: false, spanEnd: p.end, lastTok: p.last };
    }
    // "Russian losses rose to 600,000", "the death toll has reached 52": a casualty noun as subject,
    // only a short verb group between it and the number.
    if (CASUALTY_NOUNS.has(lower[j]!) && tokPos[j] === POS.NOUN && p.first - j <= 5 && verbGroupBetween(doc, j + 1, p.first)) {
      return { start: tokStart[j]!, end: tokEnd[j]!, head: doc.tokens[j]!, info: null, inSpan: false, spanEnd: p.end, lastTok: p.last };
    }
    if (tokPos[j] === POS.PUNCT && lower[j] !== '"' && lower[j] !== '“' && lower[j] !== ',') return null;
  }
  return null;
}

const VERB_GROUP_POS = new Set<number>([POS.VERB, POS.AUX, POS.ADP, POS.PART, POS.ADV]);

/** Tokens [from, to) are a short verb group with its particles: "rose to", "have now reached", "stood at". */
function verbGroupBetween(doc: Doc, from: number, to: number): boolean {
  let verb = false;
  for (let k = from; k < to; k++) {
    const pos = doc.tokPos[k]!;
    if (!VERB_GROUP_POS.has(pos)) return false;
    if (pos === POS.VERB) verb = true;
  }
  return verb;
}

/**
 * Whose: a side named inside the unit's noun phrase (`Russian fighters`), a possessive before the
 * number (`Russia's 100,000 troops`), or, when `fallback`, the nearest side named earlier in the
 * sentence with no verb like "killed" between (`Russia ... sending more than 100,000 troops`).
 */
export function findWhose(doc: Doc, p: NumberPhrase, unit: UnitFound | null, fallback: boolean): string | null {
  const { lower, tokStart, tokEnd, text } = doc;
  if (unit && unit.inSpan && unit.end > unit.start) {
    for (let k = p.last + 1; k <= unit.lastTok && k < lower.length; k++) {
      if (PARTIES.has(lower[k]!)) return text.slice(tokStart[k]!, unit.end);
    }
  }
  const sentStart = doc.sentStartTok[doc.tokSentence[p.first]!]!;
  let k = p.first - 1;
  while (k >= sentStart && k >= p.first - 4 && !(lower[k] === "'s" || lower[k] === '’s')) k--;
  if (k > sentStart && (lower[k] === "'s" || lower[k] === '’s') && PARTIES.has(lower[k - 1]!)) return PARTIES.get(lower[k - 1]!)!;
  if (!fallback) return null;
  for (let j = p.first - 1; j >= sentStart && j >= p.first - 30; j--) {
    const w = lower[j]!;
    if (AGENT_VERBS.has(w)) return null;
    if (lower[j + 1] === 'count' || lower[j + 1] === 'estimate' || lower[j + 1] === 'estimates') continue; // "By Ukraine's count"
    if (PARTIES.has(w) && /^[A-Z]/.test(doc.tokens[j]!)) {
      if (lower[j + 1] === "'s" && (lower[j + 2] === 'count' || lower[j + 2] === 'estimate')) continue;
      return text.slice(tokStart[j]!, tokEnd[j]!);
    }
  }
  return null;
}
