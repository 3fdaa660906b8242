/** Sentence and clause facts both passes' features read, once per document. */
import type { Doc } from '../model/doc.ts';
import { POS } from '../model/doc.ts';
import { H_COLON, H_COMMA, H_THAT, H_WHICH, H_WHO, type DocInfo } from './doc-info.ts';

/** Sentence and clause facts shared by both passes (computed once per DocInfo). */
export interface ClauseFacts {
  sQuote: Uint8Array; sCue: Uint8Array; sFirstQ: Uint8Array; sLastInq: Uint8Array;
  commaBefore: Uint8Array; commaAfter: Uint8Array; thatAfterCue: Uint8Array; relClause: Uint8Array;
  colonBefore: Uint8Array; commaRaw: Uint16Array; leftVerb: Int32Array; rightVerb: Int32Array; nlBefore: Uint8Array;
}
const clauseCache = new WeakMap<DocInfo, ClauseFacts>();

export function clauseFacts(doc: Doc, info: DocInfo): ClauseFacts {
  const cached = clauseCache.get(info);
  if (cached) return cached;
  const { n, lw, qm, inq, cue, leftCue } = info;
  const pos = doc.tokPos;
  const ss = doc.sentStartTok;
  const se = doc.sentEndTok;
  const nS = ss.length;
  // Per-sentence facts.
  const sQuote = new Uint8Array(nS); // has a double quote mark
  const sCue = new Uint8Array(nS); // max cue strength
  const sFirstQ = new Uint8Array(nS); // first token is an opening quote mark
  const sLastInq = new Uint8Array(nS); // last token inside quotes
  for (let s = 0; s < nS; s++) {
    let hq = 0, hc = 0;
    for (let i = ss[s]!; i < se[s]!; i++) {
      if (qm[i]! >= 1 && qm[i]! <= 3) hq = 1;
      if (cue[i]! > hc) hc = cue[i]!;
    }
    sQuote[s] = hq; sCue[s] = hc;
    const a = ss[s]!;
    sFirstQ[s] = a < se[s]! && (qm[a] === 1 || qm[a] === 3) ? 1 : 0;
    sLastInq[s] = se[s]! > a ? inq[se[s]! - 1]! : 0;
  }
  // Per-token clause facts: commas since sentence start, "that" between the left cue and here,
  // relative pronoun since the last comma, colon seen in sentence.
  const commaBefore = new Uint8Array(n);
  const commaAfter = new Uint8Array(n);
  const thatAfterCue = new Uint8Array(n);
  const relClause = new Uint8Array(n);
  const colonBefore = new Uint8Array(n);
  const commaRaw = new Uint16Array(n);
  const leftVerb = new Int32Array(n).fill(-1);
  const rightVerb = new Int32Array(n).fill(-1);
  for (let s = 0; s < nS; s++) {
    let last = -1;
    for (let i = ss[s]!; i < se[s]!; i++) { leftVerb[i] = last; if (pos[i] === POS.VERB) last = i; }
    last = -1;
    for (let i = se[s]! - 1; i >= ss[s]!; i--) { rightVerb[i] = last; if (pos[i] === POS.VERB) last = i; }
  }
  // A line break is a paragraph break (analyze decides which are: in hard-wrapped text with blank
  // lines between paragraphs, a single newline is a space, and a sentence goes on across it).
  const nlBefore = new Uint8Array(n);
  for (let i = 1; i < n; i++) if (doc.tokParagraph[i] !== doc.tokParagraph[i - 1]) nlBefore[i] = 1;
  for (let s = 0; s < nS; s++) {
    const a = ss[s]!, b = se[s]!;
    let c = 0, rel = 0, col = 0, that = 0;
    for (let i = a; i < b; i++) {
      commaBefore[i] = Math.min(c, 3); commaRaw[i] = c; relClause[i] = rel; colonBefore[i] = col;
      const lc = leftCue[i]!;
      if (lc >= 0 && i > lc) {
        if (i === lc + 1) that = 0;
        thatAfterCue[i] = that;
      }
      if (lw[i] === H_COMMA) { c++; rel = 0; }
      else if (lw[i] === H_WHO || lw[i] === H_WHICH) rel = 1;
      else if (lw[i] === H_COLON) col = 1;
      if (lw[i] === H_THAT && lc >= 0 && i - lc <= 4) that = 1;
      if (cue[i]! >= 2) that = 0;
    }
    c = 0;
    for (let i = b - 1; i >= a; i--) { commaAfter[i] = Math.min(c, 3); if (lw[i] === H_COMMA) c++; }
  }

  const out: ClauseFacts = { sQuote, sCue, sFirstQ, sLastInq, commaBefore, commaAfter, thatAfterCue, relClause, colonBefore, commaRaw, leftVerb, rightVerb, nlBefore };
  clauseCache.set(info, out);
  return out;
}
