/**
 * The span stage's candidates: for one content run the tagger predicted, alternative bounds cut
 * at or extended to clause boundaries (comma, `that`, who/which, coordination, prepositions,
 * quotation marks, sentence ends), never into another predicted run nor out of the paragraph;
 * and which runs are settled (left as tagged).
 */
import type { Doc } from '../model/doc.ts';
import { POS } from '../model/doc.ts';
import { CLASS_OF, type DocInfo } from './features.ts';

/** A run of tokens [a, b] (inclusive), as spansOf gives them. */
export interface TokRun { cls: number; a: number; b: number }

/** What the span stage reads of the tagger's output. */
export interface SpanContext {
  info: DocInfo;
  labels: Uint8Array;
  margins: Float32Array;
  /** First-pass labels: where the two passes disagree, the span is less sure. */
  labels1: Uint8Array;
}

/**
 * One candidate: tokens [a, b] inclusive. `ld`/`rd`: how its left/right bound moved from the
 * tagger's (0 kept, 1 cut inwards, 2 extended), `lk`/`rk`: the boundary it moved to (BOUNDARY_*).
 */
export interface SpanCandidate { a: number; b: number; ld: number; lk: number; rd: number; rk: number; li: number; ri: number }

// Boundary kinds of a token (what a bound may be moved next to).
export const B_NONE = 0, B_COMMA = 1, B_THAT = 2, B_WH = 3, B_CONJ = 4, B_PUNCT = 5, B_ADP = 6, B_SCONJ = 7, B_QUOTE = 8, B_STOP = 9, B_TO = 10;
/** Bound moved to the sentence's first / last token. */
const B_SENT = 11;
const WH = new Set(['who', 'which', 'whom', 'whose', 'where', 'when', 'while', 'whether']);
const PUNCT_BREAK = new Set([';', ':', '—', '–', '-', '--', '(', ')', '[', ']']);

/** How token i may bound a clause (B_NONE when it does not). */
export function boundaryKind(doc: Doc, info: DocInfo, i: number): number {
  const w = doc.lower[i]!;
  if (info.qm[i]! !== 0) return B_QUOTE;
  if (w === ',') return B_COMMA;
  if (w === 'that') return B_THAT;
  if (w === '.' || w === '!' || w === '?') return B_STOP;
  if (PUNCT_BREAK.has(w)) return B_PUNCT;
  if (WH.has(w)) return B_WH;
  if (w === 'to') return B_TO;
  const p = doc.tokPos[i]!;
  if (p === POS.CCONJ) return B_CONJ;
  if (p === POS.SCONJ) return B_SCONJ;
  if (p === POS.ADP) return B_ADP;
  return B_NONE;
}

/** At most this many cut points on the right (nearest the tagger's end first), and so on. */
const MAX_RIGHT_CUTS = 4;
const MAX_RIGHT_EXT = 3;
const MAX_LEFT_CUTS = 2;
const MAX_LEFT_EXT = 2;
/** How far a bound may move outwards, in tokens. */
const EXT_REACH = 40;
/** How far into the span a left cut may be. */
const LEFT_CUT_REACH = 8;

/**
 * Candidate bounds for a predicted content run: the run itself first, then every combination of
 * a left bound (kept, cut after a boundary near the start, extended back to one before it) and
 * a right bound (kept, cut before a boundary, extended to the next boundaries or the sentence
 * end). Bounds stay inside the run's paragraph and sentences (extensions within the first /
 * last sentence), and every candidate is non-empty.
 */
export function spanCandidates(doc: Doc, info: DocInfo, c: TokRun, labels: Uint8Array | null = null, out: SpanCandidate[] = []): SpanCandidate[] {
  const para = doc.tokParagraph[c.a]!;
  const pLo = doc.paraStartTok[para]!, pHi = doc.paraEndTok[para]! - 1;
  let sLo = Math.max(pLo, doc.sentStartTok[doc.tokSentence[c.a]!]!);
  let sHi = Math.min(pHi, doc.sentEndTok[doc.tokSentence[c.b]!]! - 1);
  // Never into another predicted content run: two runs grown into one span would both claim the
  // same gold item, and only one can match it.
  if (labels) {
    for (let k = c.a - 1; k >= sLo; k--) if (CLASS_OF[labels[k]!] === 1) { sLo = k + 1; break; }
    for (let k = c.b + 1; k <= sHi; k++) if (CLASS_OF[labels[k]!] === 1) { sHi = k - 1; break; }
  }
  const kinds = boundaryKinds(doc, info);
  // Left bounds: start, dir, kind (3 ints each); distinct starts by construction. (Plain writes,
  // no helper closures: this runs for every predicted span.)
  const L = LEFTS;
  let nl = 0;
  L[0] = c.a; L[1] = 0; L[2] = 0; nl = 1;
  let n = 0;
  for (let k = c.a; k < c.b && k < c.a + LEFT_CUT_REACH && n < MAX_LEFT_CUTS; k++) {
    const kind = kindAt(doc, info, kinds, k);
    if (kind === B_THAT || kind === B_COMMA || kind === B_PUNCT || kind === B_QUOTE || kind === B_WH) { L[nl * 3] = k + 1; L[nl * 3 + 1] = 1; L[nl * 3 + 2] = kind; nl++; n++; }
  }
  n = 0;
  let last = c.a;
  for (let k = c.a - 1; k >= sLo && k >= c.a - EXT_REACH && n < MAX_LEFT_EXT; k--) {
    const kind = kindAt(doc, info, kinds, k);
    if (kind === B_THAT || kind === B_COMMA || kind === B_PUNCT || kind === B_QUOTE) {
      if (k + 1 < last) { L[nl * 3] = k + 1; L[nl * 3 + 1] = 2; L[nl * 3 + 2] = kind; nl++; n++; last = k + 1; }
      if (kind === B_QUOTE && n < MAX_LEFT_EXT) { L[nl * 3] = k; L[nl * 3 + 1] = 2; L[nl * 3 + 2] = B_QUOTE + 16; nl++; n++; last = k; }
    }
  }
  if (sLo < last) { L[nl * 3] = sLo; L[nl * 3 + 1] = 2; L[nl * 3 + 2] = B_SENT; nl++; }
  // Right bounds: end, dir, kind.
  const R = RIGHTS;
  let nr = 0;
  R[0] = c.b; R[1] = 0; R[2] = 0; nr = 1;
  n = 0;
  for (let k = c.b; k > c.a && n < MAX_RIGHT_CUTS; k--) {
    const kind = kindAt(doc, info, kinds, k);
    // A run ending in punctuation: cutting it off changes nothing the scorer sees.
    if (kind === B_NONE || (k === c.b && (kind === B_COMMA || kind === B_STOP || kind === B_QUOTE || kind === B_PUNCT))) continue;
    R[nr * 3] = k - 1; R[nr * 3 + 1] = 1; R[nr * 3 + 2] = kind; nr++;
    n++;
  }
  n = 0;
  last = c.b;
  for (let k = c.b + 1; k <= sHi && k <= c.b + EXT_REACH && n < MAX_RIGHT_EXT; k++) {
    const kind = kindAt(doc, info, kinds, k);
    if (kind === B_QUOTE) { R[nr * 3] = k; R[nr * 3 + 1] = 2; R[nr * 3 + 2] = B_QUOTE + 16; nr++; n++; last = k; }
    else if (kind !== B_NONE && k - 1 > last) { R[nr * 3] = k - 1; R[nr * 3 + 1] = 2; R[nr * 3 + 2] = kind; nr++; n++; last = k - 1; }
  }
  if (sHi > last) { R[nr * 3] = sHi; R[nr * 3 + 1] = 2; R[nr * 3 + 2] = B_SENT; nr++; }
  // Into `out`, reusing its objects (the model passes a pool).
  let m = 0;
  for (let li = 0; li < nl; li++) {
    const a = L[li * 3]!;
    for (let ri = 0; ri < nr; ri++) {
      const b = R[ri * 3]!;
      if (b < a) continue;
      const x = out[m] ?? (out[m] = { a: 0, b: 0, ld: 0, lk: 0, rd: 0, rk: 0, li: 0, ri: 0 });
      x.a = a; x.b = b; x.ld = L[li * 3 + 1]!; x.lk = L[li * 3 + 2]!; x.rd = R[ri * 3 + 1]!; x.rk = R[ri * 3 + 2]!; x.li = li; x.ri = ri;
      m++;
    }
  }
  out.length = m;
  return out;
}

const LEFTS = new Int32Array(3 * (2 + MAX_LEFT_CUTS + MAX_LEFT_EXT));
const RIGHTS = new Int32Array(3 * (2 + MAX_RIGHT_CUTS + MAX_RIGHT_EXT));

/** Boundary kinds of a doc's tokens, worked out when first asked for (255: not yet). */
const kindCache = new WeakMap<Doc, Uint8Array>();
function boundaryKinds(doc: Doc, info: DocInfo): Uint8Array {
  let arr = kindCache.get(doc);
  if (!arr || arr.length !== info.n) { arr = new Uint8Array(info.n).fill(255); kindCache.set(doc, arr); }
  return arr;
}
function kindAt(doc: Doc, info: DocInfo, kinds: Uint8Array, i: number): number {
  const k = kinds[i]!;
  return k !== 255 ? k : (kinds[i] = boundaryKind(doc, info, i));
}

/**
 * The span stage's two tuning values (src/resources reads SPAN_SETTLED and SPAN_SURE for
 * experiments): `settledLen`, the tokens a quoted run needs to be settled; `sure`, the mean label
 * margin above which a run is settled (pass-2 model units; off by default).
 */
export interface SpanSettings { readonly settledLen: number; readonly sure: number }
export const SPAN_DEFAULTS: SpanSettings = { settledLen: 6, sure: Infinity };

/**
 * Runs the span stage leaves alone. A run that opens with a quotation mark and stays inside the
 * quotation for at least SETTLED_LEN tokens is a direct quotation whose bounds the marks fix
 * (the stage would only risk dropping direct speech, which recall must keep); short quoted runs
 * (scare quotes, titles) still go through it.
 */
export function settled(doc: Doc, info: DocInfo, c: TokRun, margins: Float32Array | null = null, settings: SpanSettings = SPAN_DEFAULTS): boolean {
  const { settledLen: SETTLED_LEN, sure: SURE } = settings;
  // Optional (SPAN_SURE): a run the tagger is very sure of (mean label margin >= SURE) is skipped.
  // At 400 (a third of the runs) the stage costs a third less for -0.003 dev F1, but two rows of
  // test/quotes that the stage fixes (a coordinated clause cut, two partial quotations) come
  // back: off by default.
  if (margins && SURE < Infinity) {
    let sum = 0;
    for (let i = c.a; i <= c.b; i++) sum += margins[i]!;
    if (sum >= SURE * (c.b - c.a + 1)) return true;
  }
  if (c.b - c.a + 1 < SETTLED_LEN || info.qm[c.a]! === 0) return false;
  for (let i = c.a; i <= c.b; i++) if (info.inq[i]! !== 1) return false;
  return true;
}
