import { POS, type Doc } from '../model/doc.ts';
import type { Document } from '../model/document.ts';
import { winkAnalyze, type WinkAnalysis } from './wink.ts';
import { paragraphBreaks } from './paragraphs.ts';
import { findFurniture } from './furniture.ts';
import type { Furniture } from '../model/doc.ts';
import { TITLE_ABBREVIATIONS } from './lookup.ts';

const isSpaceCode = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2028 || c === 0x2029
  || c === 0x0b || c === 0x0c || c === 0x85 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** What String.prototype.trim removes: ECMAScript WhiteSpace and LineTerminator. */
const isJsSpaceCode = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
  || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** `!t.trim()` without making the trimmed string. */
function isBlank(t: string): boolean {
  for (let i = 0; i < t.length; i++) if (!isJsSpaceCode(t.charCodeAt(i))) return false;
  return true;
}

/** How far past white space we look for a token wink normalized or moved; beyond it we drop it. */
const REALIGN_WINDOW = 64;

/**
 * Document -> Doc. wink gives token strings; we align each one to the text ourselves so that
 * offsets are exact whatever wink normalizes, and we force sentence breaks at paragraph breaks.
 * Each loop is a function of its own, optimized on its own type feedback: as one long function it
 * was recompiled five times in the first 100 documents (--trace-opt), a cost every CLI run pays.
 */
export function analyze(document: Document): Doc {
  const text = document.text;
  const w = winkAnalyze(text);
  // Furniture is found on the text as stored; its tokens never reach the Doc (offsets unchanged).
  const furniture = findFurniture(text);
  const a = alignTokens(text, w, furniture);
  const { tokens, lower, k, winkToOurs } = a;
  const starts = a.tokStart.slice(0, k);
  const ends = a.tokEnd.slice(0, k);

  // Sentence starts: wink's, plus every paragraph start.
  const sentStartFlags = new Uint8Array(k + 1);
  markWinkSentences(w.sentenceStarts, winkToOurs, sentStartFlags);
  keepTitlesWithNames(tokens, lower, starts, ends, sentStartFlags, k);
  breakAfterEtc(tokens, lower, sentStartFlags, k);
  const tokParagraph = new Int32Array(k);
  breakAfterDatelines(furniture, starts, sentStartFlags, k);
  const paraStarts = markParagraphs(withFurnitureBreaks(paragraphBreaks(text), furniture), starts, tokParagraph, sentStartFlags);
  const sentStarts: number[] = [];
  for (let i = 0; i < k; i++) if (sentStartFlags[i]) sentStarts.push(i);
  const tokSentence = new Int32Array(k);
  for (let s = 0; s < sentStarts.length; s++) {
    const end = s + 1 < sentStarts.length ? sentStarts[s + 1]! : k;
    for (let i = sentStarts[s]!; i < end; i++) tokSentence[i] = s;
  }
  const [sentStartTok, sentEndTok] = toRanges(sentStarts, k);
  const [paraStartTok, paraEndTok] = toRanges(paraStarts, k);
  return {
    document, text, tokens, lower,
    tokStart: starts, tokEnd: ends, tokPos: a.tokPos.slice(0, k),
    tokSentence, tokParagraph, sentStartTok, sentEndTok, paraStartTok, paraEndTok, furniture,
  };
}

interface Aligned {
  tokens: string[];
  lower: string[];
  tokStart: Int32Array;
  tokEnd: Int32Array;
  tokPos: Uint8Array;
  /** Our token index of each wink token, -1 for the ones dropped. */
  winkToOurs: Int32Array;
  /** How many tokens we kept. */
  k: number;
}

function alignTokens(text: string, w: WinkAnalysis, furniture: readonly Furniture[]): Aligned {
  const n = w.tokens.length;
  const tokens: string[] = [];
  const lower: string[] = [];
  const tokStart = new Int32Array(n);
  const tokEnd = new Int32Array(n);
  const tokPos = new Uint8Array(n);
  const winkToOurs = new Int32Array(n).fill(-1);
  let cursor = 0;
  let k = 0;
  let f = 0;
  for (let i = 0; i < n; i++) {
    const t = w.tokens[i]!;
    // Line breaks and tabs are tokens to wink (type tabCRLF); white space is never one to us.
    if (isBlank(t)) continue;
    while (cursor < text.length && isSpaceCode(text.charCodeAt(cursor))) cursor++;
    let at = text.startsWith(t, cursor) ? cursor : -1;
    if (at < 0) {
      const found = text.indexOf(t, cursor);
      if (found >= 0 && found - cursor <= REALIGN_WINDOW) at = found;
    }
    if (at < 0) continue;
    while (f < furniture.length && furniture[f]!.end <= at) f++;
    const fr = furniture[f];
    if (fr && fr.kind !== 'dateline' && fr.start <= at) { cursor = at + t.length; continue; }
    // wink splits words at letters outside Latin-1 (`W|ą|sik`, `Vu|č|i|ć`): glue the pieces back.
    if (k > 0 && at === tokEnd[k - 1] && splitWord(tokens[k - 1]!, t)) {
      const whole = text.slice(tokStart[k - 1]!, at + t.length);
      tokens[k - 1] = whole;
      lower[k - 1] = whole.toLowerCase();
      tokEnd[k - 1] = at + t.length;
      if (w.pos[i] === PROPN) tokPos[k - 1] = PROPN;
      winkToOurs[i] = k - 1;
      cursor = at + t.length;
      continue;
    }
    tokens.push(t);
    lower.push(t.toLowerCase());
    tokStart[k] = at;
    tokEnd[k] = at + t.length;
    tokPos[k] = w.pos[i]!;
    winkToOurs[i] = k;
    cursor = at + t.length;
    k++;
  }
  return { tokens, lower, tokStart, tokEnd, tokPos, winkToOurs, k };
}

const PROPN = POS.PROPN;
const LETTERS = /^[\p{L}\p{M}]+$/u;

/** Two touching pieces of one word, split by wink at a letter outside Latin-1. */
function splitWord(before: string, piece: string): boolean {
  if (piece.charCodeAt(0) <= 0xff && before.charCodeAt(before.length - 1) <= 0xff) return false;
  return LETTERS.test(before) && LETTERS.test(piece);
}

/**
 * A paragraph ends before furniture and a new one starts after it, so that nothing (a sentence, a
 * quotation's pairing, a reported clause) reaches across an ad or a photo credit.
 */
function withFurnitureBreaks(breaks: number[], furniture: readonly Furniture[]): number[] {
  if (furniture.length === 0) return breaks;
  const extra: number[] = [];
  for (const f of furniture) if (f.kind !== 'dateline') extra.push(f.start, f.end);
  return breaks.concat(extra).sort((x, y) => x - y);
}

/** A dateline is a sentence of its own: `KYIV (Reuters) - Ukraine said ...` reports from `Ukraine`. */
function breakAfterDatelines(furniture: readonly Furniture[], starts: Int32Array, flags: Uint8Array, k: number): void {
  let i = 0;
  for (const f of furniture) {
    if (f.kind !== 'dateline') continue;
    while (i < k && starts[i]! < f.end) i++;
    if (i < k) flags[i] = 1;
  }
}

/** Un-flags a sentence start right after `TITLE.` (the period glued to the title) before a capital: `Maj. Gen. Olena Kravets` is one sentence. */
function keepTitlesWithNames(tokens: readonly string[], lower: readonly string[], starts: Int32Array, ends: Int32Array, flags: Uint8Array, k: number): void {
  for (let i = 2; i < k; i++) {
    if (!flags[i] || tokens[i - 1] !== '.' || ends[i - 2] !== starts[i - 1] || !TITLE_ABBREVIATIONS.has(lower[i - 2]!)) continue;
    const c = tokens[i]!.charCodeAt(0);
    if (c >= 65 && c <= 90) flags[i] = 0;
  }
}

/**
 * `... parks, etc. "We want ...," said the mayor.`: wink reads `etc.` as an abbreviation inside the
 * sentence, and the quotation that opens the next one was swallowed by the clause before it.
 * An opening quotation mark and a capital after `etc.` start a sentence.
 */
function breakAfterEtc(tokens: readonly string[], lower: readonly string[], flags: Uint8Array, k: number): void {
  for (let i = 1; i + 1 < k; i++) {
    if (lower[i - 1] !== 'etc.' || (tokens[i] !== '"' && tokens[i] !== '“')) continue;
    const c = tokens[i + 1]!;
    if (/^\p{Lu}/u.test(c)) flags[i] = 1;
  }
}

/** Flags the first kept token of each of wink's sentences. */
function markWinkSentences(sentenceStarts: Int32Array, winkToOurs: Int32Array, flags: Uint8Array): void {
  const n = winkToOurs.length;
  for (let s = 0; s < sentenceStarts.length; s++) {
    let j = sentenceStarts[s]!;
    while (j < n && winkToOurs[j]! < 0) j++;
    if (j < n) flags[winkToOurs[j]!] = 1;
  }
}

/** Paragraph of each token; a paragraph's first token also starts a sentence. Returns paragraph starts. */
function markParagraphs(paraBreakAt: readonly number[], starts: Int32Array, tokParagraph: Int32Array, sentStartFlags: Uint8Array): number[] {
  const paraStarts: number[] = [];
  let b = 0;
  let para = -1;
  for (let i = 0; i < starts.length; i++) {
    let newPara = i === 0;
    while (b < paraBreakAt.length && paraBreakAt[b]! <= starts[i]!) { b++; newPara = true; }
    if (newPara) { para++; paraStarts.push(i); sentStartFlags[i] = 1; }
    tokParagraph[i] = para;
  }
  return paraStarts;
}

/** Start and end (exclusive) token of each range, from the sorted starts. */
function toRanges(startsArr: readonly number[], k: number): readonly [Int32Array, Int32Array] {
  const st = Int32Array.from(startsArr);
  const en = new Int32Array(startsArr.length);
  for (let s = 0; s < startsArr.length; s++) en[s] = s + 1 < startsArr.length ? startsArr[s + 1]! : k;
  return [st, en];
}
