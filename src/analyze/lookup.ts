import type { Doc } from '../model/doc.ts';
import { POS } from '../model/doc.ts';

/** The first index in [0, length) for which `before(i)` is false; `before` must be true then false along the range. */
export function lowerBound(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token that ends after `offset` (the token containing it, or the next). */
export function tokenAtOrAfter(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokEnd[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index just past the last token that starts before `offset`. */
export function tokenEndBefore(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokStart[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Character span of tokens [first, end). */
export function tokenChars(doc: Doc, first: number, end: number): [number, number] {
  return [doc.tokStart[first]!, doc.tokEnd[end - 1]!];
}

/**
 * A verb, or a word the tagger called a noun where only a verb fits: `Hrebeniuk commands a
 * battalion`, `infantry now advances in groups` (an -s/-ed form right before a determiner,
 * preposition, number or pronoun, and not right after a determiner or adjective).
 */
export function isVerbLike(doc: Doc, k: number): boolean {
  const p = doc.tokPos[k]!;
  if (p === POS.VERB || p === POS.AUX) return true;
  if (p !== POS.NOUN) return false;
  const t = doc.lower[k]!;
  if (!t.endsWith('s') && !t.endsWith('ed')) return false;
  const next = doc.tokPos[k + 1];
  const prev = doc.tokPos[k - 1];
  return (next === POS.DET || next === POS.ADP || next === POS.NUM || next === POS.PRON) && prev !== POS.DET && prev !== POS.ADJ && prev !== POS.NUM;
}

export const isCapitalized = (t: string) => {
  const c = t.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && t[0] !== t[0]!.toLowerCase());
};

/**
 * Title abbreviations wink's tokenizer splits from their period (`Maj` `.`) and its sentence
 * splitter may end a sentence at: analyze keeps the sentence whole, source phrases step over them.
 */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'maj', 'lt', 'col', 'gen', 'sgt', 'capt', 'adm', 'brig', 'cmdr', 'cpl', 'pvt', 'rep', 'sen', 'gov', 'dr', 'mr', 'mrs', 'ms', 'prof', 'rev', 'hon', 'supt', 'insp',
]);

/** Token `k` is a period glued to a title abbreviation before it (`Maj` `.`). */
export function isTitlePeriod(doc: Doc, k: number): boolean {
  return k > 0 && doc.tokens[k] === '.' && doc.tokEnd[k - 1] === doc.tokStart[k] && TITLE_ABBREVIATIONS.has(doc.lower[k - 1]!);
}

/** A name as stored: hard-wrapped text (`United\nStates`) and runs of spaces read as one space. */
export const asName = (s: string): string => (spacedOnce(s) ? s : s.replace(/\s+/g, ' '));

/**
 * True when `s` holds no white space but single U+0020 spaces, so that asName would return it
 * unchanged: nearly every name, checked without a regular expression (asName runs per mention).
 */
function spacedOnce(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (i + 1 < s.length && isSpace(s.charCodeAt(i + 1))) return false;
    } else if (isSpace(c)) return false;
  }
  return true;
}

/** What `\s` matches: ECMAScript's WhiteSpace and LineTerminator code units. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A transcript's question label (`Q    What ...`, `Q: ...`): a lone capital letter, no initial of a name. */
export function isQuestionLabel(text: string, tokens: readonly string[], tokEnd: Int32Array, i: number): boolean {
  if (tokens[i] !== 'Q') return false;
  const after = text.slice(tokEnd[i]!, tokEnd[i]! + 3);
  return after.startsWith(':') || after.startsWith('  ') || after.startsWith('\n') || after.startsWith('\t');
}
