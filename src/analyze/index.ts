import type { Doc } from '../model/doc.ts';
import type { Document } from '../model/document.ts';
import { winkAnalyze } from './wink.ts';
import { paragraphBreaks } from './paragraphs.ts';

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
 */
export function analyze(document: Document): Doc {
  const text = document.text;
  const w = winkAnalyze(text);
  const n = w.tokens.length;
  const tokens: string[] = [];
  const lower: string[] = [];
  const tokStart = new Int32Array(n);
  const tokEnd = new Int32Array(n);
  const tokPos = new Uint8Array(n);
  const winkToOurs = new Int32Array(n).fill(-1);
  let cursor = 0;
  let k = 0;
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
    tokens.push(t);
    lower.push(t.toLowerCase());
    tokStart[k] = at;
    tokEnd[k] = at + t.length;
    tokPos[k] = w.pos[i]!;
    winkToOurs[i] = k;
    cursor = at + t.length;
    k++;
  }
  const starts = tokStart.slice(0, k);
  const ends = tokEnd.slice(0, k);

  // Sentence starts: wink's, plus every paragraph start.
  const paraBreakAt = paragraphBreaks(text);
  const tokParagraph = new Int32Array(k);
  const sentStartFlags = new Uint8Array(k + 1);
  for (const first of w.sentenceStarts) {
    let j = first;
    while (j < n && winkToOurs[j]! < 0) j++;
    if (j < n) sentStartFlags[winkToOurs[j]!] = 1;
  }
  const paraStarts: number[] = [];
  let b = 0;
  let para = -1;
  for (let i = 0; i < k; i++) {
    let newPara = i === 0;
    while (b < paraBreakAt.length && paraBreakAt[b]! <= starts[i]!) { b++; newPara = true; }
    if (newPara) { para++; paraStarts.push(i); sentStartFlags[i] = 1; }
    tokParagraph[i] = para;
  }
  const sentStarts: number[] = [];
  for (let i = 0; i < k; i++) if (sentStartFlags[i]) sentStarts.push(i);
  const tokSentence = new Int32Array(k);
  for (let s = 0; s < sentStarts.length; s++) {
    const end = s + 1 < sentStarts.length ? sentStarts[s + 1]! : k;
    for (let i = sentStarts[s]!; i < end; i++) tokSentence[i] = s;
  }
  const toRanges = (startsArr: number[]) => {
    const st = Int32Array.from(startsArr);
    const en = new Int32Array(startsArr.length);
    for (let s = 0; s < startsArr.length; s++) en[s] = s + 1 < startsArr.length ? startsArr[s + 1]! : k;
    return [st, en] as const;
  };
  const [sentStartTok, sentEndTok] = toRanges(sentStarts);
  const [paraStartTok, paraEndTok] = toRanges(paraStarts);
  return {
    document, text, tokens, lower,
    tokStart: starts, tokEnd: ends, tokPos: tokPos.slice(0, k),
    tokSentence, tokParagraph, sentStartTok, sentEndTok, paraStartTok, paraEndTok,
  };
}
