/**
 * Token features for the attribution tagger, hashed to 32-bit ints in one flat Uint32Array per
 * document (see FeatureSeq in perceptron.ts). Word-level facts (hash of the lowercased form,
 * shape, suffix) are cached per distinct token string, so extraction allocates nothing per token
 * after warm-up apart from the output arrays.
 *
 * Two feature sets:
 * - base: lexical window, POS window and bigrams, quotation-mark state tracked per paragraph,
 *   position in the sentence, clause cues (commas, "that", relative pronouns), distance to and
 *   identity of the nearest cue-like word on each side, paragraph/sentence quote layout.
 * - stacked (second pass): base + features of the first pass's labels around the token, in its
 *   sentence, in the neighbouring sentences and paragraph.
 */
import type { Doc } from '../model/doc.ts';
import { POS } from '../model/doc.ts';
import type { FeatureSeq } from './perceptron.ts';
import { fnv1a } from './hash.ts';
import { scratchSeq } from './simd.ts';

/** BIO labels for content (C), source (S) and cue (Q). */
export const LABELS = ['O', 'B-C', 'I-C', 'B-S', 'I-S', 'B-Q', 'I-Q'] as const;
export const O = 0, BC = 1, IC = 2, BS = 3, IS = 4, BQ = 5, IQ = 6;
export const N_LABELS = LABELS.length;
/** Label -> class: 0 = O, 1 = content, 2 = source, 3 = cue. */
export const CLASS_OF = Uint8Array.from([0, 1, 1, 2, 2, 3, 3]);

/** I-X only after B-X or I-X; row N_LABELS is the sequence start. */
export function bioAllowed(): Uint8Array {
  const L = N_LABELS;
  const a = new Uint8Array((L + 1) * L).fill(1);
  for (let p = 0; p <= L; p++) {
    for (const y of [IC, IS, IQ]) {
      const ok = p < L && (p === y || p === y - 1);
      a[p * L + y] = ok ? 1 : 0;
    }
  }
  return a;
}

/** Cue lexicon: lowercased token -> strength 1..4 (learned from train cue spans). */
export type CueLexicon = ReadonlyMap<string, number>;

/**
 * Word-level facts, computed once per distinct token string and kept in a table of typed arrays
 * (one row per word, its id from a Map): hashes of the lowercased form, shape, suffix and prefix,
 * capital, quotation-mark kind, cue strength. Bounded: the table starts over when full.
 */
const WORD_CAP = 1 << 17;
let wordIds = new Map<string, number>();
let wordLex: CueLexicon | null = null;
const wLw = new Uint32Array(WORD_CAP);
const wShape = new Uint32Array(WORD_CAP);
const wSuf3 = new Uint32Array(WORD_CAP);
const wPre2 = new Uint32Array(WORD_CAP);
const wCap = new Uint8Array(WORD_CAP);
/** 0 none, 1 open double, 2 close double, 3 straight double, 4 open single, 5 close single, 6 straight single. */
const wQm = new Uint8Array(WORD_CAP);
const wCue = new Uint8Array(WORD_CAP);


function shapeOf(t: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < t.length && out.length < 6; i++) {
    const c = t.charCodeAt(i);
    let k: string;
    if (c >= 65 && c <= 90) k = 'X';
    else if (c >= 97 && c <= 122) k = 'x';
    else if (c >= 48 && c <= 57) k = 'd';
    else if (c > 127 && t[i]!.toLowerCase() !== t[i]!.toUpperCase()) k = t[i] === t[i]!.toUpperCase() ? 'X' : 'x';
    else k = t[i]!;
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

function quoteMarkOf(t: string): number {
  if (t.length !== 1 && t !== '``' && t !== "''") return 0;
  switch (t) {
    case '“': case '„': case '«': case '``': return 1;
    case '”': case '»': case "''": return 2;
    case '"': return 3;
    case '‘': case '‹': return 4;
    case '’': case '›': return 5;
    case "'": return 6;
    default: return 0;
  }
}

/** Row of token string t in the word table (added on first sight). */
function wordId(t: string, lex: CueLexicon): number {
  const id = wordIds.get(t);
  return id !== undefined ? id : addWord(t, lex);
}

function addWord(t: string, lex: CueLexicon): number {
  if (wordIds.size >= WORD_CAP) wordIds = new Map();
  const id = wordIds.size;
  const lower = t.toLowerCase();
  const c0 = t.charCodeAt(0);
  wLw[id] = fnv1a(lower);
  wShape[id] = fnv1a(shapeOf(t));
  wSuf3[id] = fnv1a(lower.slice(-3));
  wPre2[id] = fnv1a(lower.slice(0, 2));
  wCap[id] = (c0 >= 65 && c0 <= 90) || (c0 > 127 && t[0] !== lower[0]) ? 1 : 0;
  wQm[id] = quoteMarkOf(t);
  // doc.lower[i] is tokens[i].toLowerCase() (analyze), so the strength is a fact of the word.
  wCue[id] = lex.get(lower) ?? 0;
  wordIds.set(t, id);
  return id;
}

/** Per-token facts shared by both feature sets. */
export interface DocInfo {
  readonly n: number;
  readonly lw: Uint32Array;
  readonly shape: Uint32Array;
  readonly suf3: Uint32Array;
  readonly pre2: Uint32Array;
  readonly cap: Uint8Array;
  readonly qm: Uint8Array;
  /** 0 outside quotes, 1 inside double quotes (marks included), 2 inside single quotes only. */
  readonly inq: Uint8Array;
  /** Cue strength 0..4. */
  readonly cue: Uint8Array;
  /** Nearest token in the same sentence with cue >= 2, before / after; -1 if none. */
  readonly leftCue: Int32Array;
  readonly rightCue: Int32Array;
}

const H_THAT = fnv1a('that');
const H_WHO = fnv1a('who');
const H_WHICH = fnv1a('which');
const H_COMMA = fnv1a(',');
const H_COLON = fnv1a(':');
const H_AND = fnv1a('and');
const H_BUT = fnv1a('but');
const H_TO = fnv1a('to');

export function docInfo(doc: Doc, lex: CueLexicon): DocInfo {
  const n = doc.tokens.length;
  const info: DocInfo = {
    n,
    lw: new Uint32Array(n), shape: new Uint32Array(n), suf3: new Uint32Array(n), pre2: new Uint32Array(n),
    cap: new Uint8Array(n), qm: new Uint8Array(n), inq: new Uint8Array(n), cue: new Uint8Array(n),
    leftCue: new Int32Array(n), rightCue: new Int32Array(n),
  };
  if (lex !== wordLex) { wordIds = new Map(); wordLex = lex; }
  wordFacts(doc.tokens, lex, info);
  quoteState(doc, info);
  nearestCues(doc, info);
  return info;
}

function wordFacts(tokens: readonly string[], lex: CueLexicon, info: DocInfo): void {
  const { n, lw, shape, suf3, pre2, cap, qm, cue } = info;
  for (let i = 0; i < n; i++) {
    const id = wordId(tokens[i]!, lex);
    lw[i] = wLw[id]!; shape[i] = wShape[id]!; suf3[i] = wSuf3[id]!; pre2[i] = wPre2[id]!;
    cap[i] = wCap[id]!; qm[i] = wQm[id]!; cue[i] = wCue[id]!;
  }
}

/** Quotation state per paragraph. */
function quoteState(doc: Doc, info: DocInfo): void {
  const { n, qm, inq } = info;
  const ps = doc.paraStartTok, pe = doc.paraEndTok, tokStart = doc.tokStart, tokEnd = doc.tokEnd;
  for (let p = 0; p < ps.length; p++) {
    let dbl = false;
    let sgl = false;
    for (let i = ps[p]!; i < pe[p]!; i++) {
      const q = qm[i]!;
      if (q === 1 || (q === 3 && !dbl)) { dbl = true; inq[i] = 1; continue; }
      if (q === 2 || (q === 3 && dbl)) { inq[i] = dbl ? 1 : 0; dbl = false; sgl = false; continue; }
      if (q === 4 || (q === 6 && !sgl && i + 1 < n && qm[i + 1] === 0 && tokStart[i + 1] === tokEnd[i])) { sgl = true; inq[i] = dbl ? 1 : 2; continue; }
      if ((q === 5 || q === 6) && sgl) { inq[i] = dbl ? 1 : 2; sgl = false; continue; }
      inq[i] = dbl ? 1 : sgl ? 2 : 0;
    }
  }
}

/** Nearest cue (strength >= 2) on each side within the sentence, -1 if none. */
function nearestCues(doc: Doc, info: DocInfo): void {
  const { cue, leftCue, rightCue } = info;
  const ss = doc.sentStartTok, se = doc.sentEndTok;
  leftCue.fill(-1);
  rightCue.fill(-1);
  for (let s = 0; s < ss.length; s++) {
    const a = ss[s]!;
    const b = se[s]!;
    let last = -1;
    for (let i = a; i < b; i++) { leftCue[i] = last; if (cue[i]! >= 2) last = i; }
    last = -1;
    for (let i = b - 1; i >= a; i--) { rightCue[i] = last; if (cue[i]! >= 2) last = i; }
  }
}

const distBucketOf = (d: number) => (d <= 3 ? d : d <= 5 ? 4 : d <= 8 ? 5 : d <= 12 ? 6 : d <= 20 ? 7 : d <= 35 ? 8 : 9);
/** distBucketOf as a table (one predictable range check instead of a chain of branches on varying distances). */
const DIST = Uint8Array.from({ length: 36 }, (_, d) => distBucketOf(d));
const distBucket = (d: number) => (d >= 0 && d <= 35 ? DIST[d]! : distBucketOf(d));
/** 0 below 1, then 1 (< 3), 2 (< 8), 3 (< 20), 4 (< 50), 5: a sum of comparisons, no branches (margins are never NaN). */
const marginBucket = (m: number) => +(m >= 1) + +(m >= 3) + +(m >= 8) + +(m >= 20) + +(m >= 50);
const countBucket = (c: number) => (c <= 2 ? c : 3);

const BOS = 0x1234567;
const EOS = 0x7654321;

/** Base (first pass) features. */
export function baseFeatures(doc: Doc, info: DocInfo, scratch = false, from = 0, to = info.n): FeatureSeq {
  return writeFeatures(doc, info, null, null, true, scratch, null, from, to);
}

/**
 * Second-pass features: first-pass labels and margins around the token, in its sentence and the
 * neighbouring ones; with `withBase`, also a lighter set of the base features.
 * Without them the second pass is residual: its scores are added to the first pass's.
 */
export function stackedFeatures(doc: Doc, info: DocInfo, labels1: Uint8Array, margins1: Float32Array | null = null, withBase = false, scratch = false, skipPara: Uint8Array | null = null, from = 0, to = info.n): FeatureSeq {
  return writeFeatures(doc, info, labels1, margins1, withBase, scratch, skipPara, from, to);
}


/** Sentence and clause facts shared by both passes (computed once per DocInfo). */
interface ClauseFacts {
  sQuote: Uint8Array; sCue: Uint8Array; sFirstQ: Uint8Array; sLastInq: Uint8Array;
  commaBefore: Uint8Array; commaAfter: Uint8Array; thatAfterCue: Uint8Array; relClause: Uint8Array;
  colonBefore: Uint8Array; commaRaw: Uint16Array; leftVerb: Int32Array; rightVerb: Int32Array; nlBefore: Uint8Array;
}
const clauseCache = new WeakMap<DocInfo, ClauseFacts>();

function clauseFacts(doc: Doc, info: DocInfo): ClauseFacts {
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

/** Facts of the first pass's labels that the second pass's features read, once per document. */
interface StackFacts {
  sHas: Uint8Array; pHas: Uint8Array; leftS: Int32Array; rightS: Int32Array; leftQ: Int32Array; rightQ: Int32Array;
  runLen: Uint16Array; runCue: Uint8Array; sPat: Int32Array; runIdx: Uint8Array;
}
const stackCache = new WeakMap<Uint8Array, StackFacts>();

function stackFactsOf(doc: Doc, info: DocInfo, p1: Uint8Array): StackFacts {
  const cached = stackCache.get(p1);
  if (cached) return cached;
  const { n, cue } = info;
  const sentOf = doc.tokSentence;
  const paraOf = doc.tokParagraph;
  const ss = doc.sentStartTok;
  const se = doc.sentEndTok;
  const ps = doc.paraStartTok;
  const nS = ss.length;
  {
    const sHas = new Uint8Array(nS);
    const pHas = new Uint8Array(ps.length);
    const leftS = new Int32Array(n).fill(-1), rightS = new Int32Array(n).fill(-1);
    const leftQ = new Int32Array(n).fill(-1), rightQ = new Int32Array(n).fill(-1);
    const runLen = new Uint16Array(n);
    const runCue = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const c = CLASS_OF[p1[i]!]!;
      if (c) { sHas[sentOf[i]!]! |= 1 << (c - 1); pHas[paraOf[i]!]! |= 1 << (c - 1); }
    }
    for (let s = 0; s < nS; s++) {
      const a = ss[s]!, b = se[s]!;
      let ls = -1, lq = -1;
      for (let i = a; i < b; i++) {
        leftS[i] = ls; leftQ[i] = lq;
        const c = CLASS_OF[p1[i]!]!;
        if (c === 2) ls = i; else if (c === 3) lq = i;
      }
      ls = -1; lq = -1;
      for (let i = b - 1; i >= a; i--) {
        rightS[i] = ls; rightQ[i] = lq;
        const c = CLASS_OF[p1[i]!]!;
        if (c === 2) ls = i; else if (c === 3) lq = i;
      }
    }
    // Sentence pattern: the sequence of first-pass run classes (O runs included), hashed, and
    // each token's run index within it.
    const sPat = new Int32Array(nS);
    const runIdx = new Uint8Array(n);
    for (let s2 = 0; s2 < nS; s2++) {
      let h = 0x2545f491, prev = -1, r = -1;
      for (let i2 = ss[s2]!; i2 < se[s2]!; i2++) {
        const c = CLASS_OF[p1[i2]!]!;
        if (c !== prev || (c !== 0 && (p1[i2]! & 1) === 1)) { r++; if (r < 8) h = Math.imul(h ^ (c + 1), 0x01000193); prev = c; }
        runIdx[i2] = Math.min(r, 7);
      }
      sPat[s2] = (h ^ Math.min(r, 8)) >>> 2;
    }
    // Length of the first-pass content run each token is in.
    let i = 0;
    while (i < n) {
      if (CLASS_OF[p1[i]!] !== 1) { i++; continue; }
      let j = i + 1;
      while (j < n && p1[j] === IC) j++;
      let mc = 0;
      for (let k = i; k < j; k++) if (cue[k]! > mc) mc = cue[k]!;
      for (let k = i; k < j; k++) { runLen[k] = Math.min(j - i, 65535); runCue[k] = mc; }
      i = j;
    }
    const out: StackFacts = { sHas, pHas, leftS, rightS, leftQ, rightQ, runLen, runCue, sPat, runIdx };
    stackCache.set(p1, out);
    return out;
  }
}

/**
 * Buffers reused across calls when `scratch` is set (inference: the features of one pass are
 * consumed before the next call), so tagging allocates no per-document feature array.
 */
let scratchBuf = new Uint32Array(0);
let scratchOffs = new Int32Array(0);

const NO_U8 = new Uint8Array(0);
const NO_I32 = new Int32Array(0);
const NO_U16 = new Uint16Array(0);
const NO_F32 = new Float32Array(0);

/**
 * Everything the feature groups read, in one object of one shape: the stacked-label facts are
 * zero-length arrays in the first pass rather than null, so every group function sees the same
 * field types on every call and V8 compiles it once.
 */
interface FeatureCtx {
  n: number; nS: number;
  lw: Uint32Array; shape: Uint32Array; suf3: Uint32Array; pre2: Uint32Array; cap: Uint8Array; qm: Uint8Array; inq: Uint8Array; cue: Uint8Array;
  leftCue: Int32Array; rightCue: Int32Array;
  pos: Uint8Array; sentOf: Int32Array; paraOf: Int32Array; ss: Int32Array; se: Int32Array; ps: Int32Array; pe: Int32Array;
  sQuote: Uint8Array; sCue: Uint8Array; sFirstQ: Uint8Array; sLastInq: Uint8Array;
  commaBefore: Uint8Array; commaAfter: Uint8Array; thatAfterCue: Uint8Array; relClause: Uint8Array; colonBefore: Uint8Array;
  commaRaw: Uint16Array; leftVerb: Int32Array; rightVerb: Int32Array; nlBefore: Uint8Array;
  p1: Uint8Array; m1: Float32Array; hasM: boolean;
  sHas: Uint8Array; pHas: Uint8Array; leftS: Int32Array; rightS: Int32Array; leftQ: Int32Array; rightQ: Int32Array;
  runLen: Uint16Array; runCue: Uint8Array; sPat: Int32Array; runIdx: Uint8Array;
  f: Uint32Array; offs: Int32Array;
}

/**
 * Template ids where each group starts (a token's features are numbered from 1 in this order;
 * feature j of a token sits at offs[i] + j - 1). The first pass writes every base template
 * (FULL), the second a lighter subset of them (LIGHT, all of them: same dev F1, slower) and then
 * the stacked ones.
 */
const FULL = { lexical: 0, quote: 23, cue: 34, nearCue: 38, clause: 50, end: 68 } as const;
const LIGHT = { lexical: 0, quote: 6, cue: 14, nearCue: 16, clause: 21, end: 25 } as const;
const N_STACK = 26;

/**
 * Features of tokens [from, to) (offsets stay absolute: offs[i] for token i); `skipPara`:
 * paragraphs whose tokens get no features (the caller does not decode them). Every token gets the
 * same number of features, so offsets are laid out first and each feature group then fills its
 * slots in a loop of its own: small functions that V8 optimizes once each, where one large
 * function was compiled and thrown away several times (speed helper's finding).
 */
function writeFeatures(doc: Doc, info: DocInfo, p1: Uint8Array | null, m1: Float32Array | null, withBase: boolean, scratch: boolean, skipPara: Uint8Array | null, from: number, to: number): FeatureSeq {
  const n = info.n;
  const full = p1 === null;
  const G = full ? FULL : LIGHT;
  const perTok = (withBase ? G.end : 0) + (full ? 0 : N_STACK);
  const paraOf = doc.tokParagraph;
  let kept = to - from;
  if (skipPara !== null) for (let i = from; i < to; i++) if (skipPara[paraOf[i]!] === 1) kept--;
  // Scratch: in wasm memory when the emission kernel runs there (read in place), else reused arrays.
  const wasm = scratch ? scratchSeq(n + 1, kept * perTok, to - from) : null;
  if (scratch && !wasm && scratchBuf.length < kept * perTok) scratchBuf = new Uint32Array(Math.max(kept * perTok, 1 << 16) * 2);
  if (scratch && !wasm && scratchOffs.length < n + 1) scratchOffs = new Int32Array(Math.max(n + 1, 1 << 10) * 2);
  const f = wasm ? wasm.feats : scratch ? scratchBuf : new Uint32Array(kept * perTok);
  const offs = wasm ? wasm.offs : scratch ? scratchOffs : new Int32Array(n + 1);
  let k = 0;
  for (let i = from; i < to; i++) {
    offs[i] = k;
    if (skipPara === null || skipPara[paraOf[i]!] !== 1) k += perTok;
  }
  offs[to] = k;

  const cf = clauseFacts(doc, info);
  const sf = p1 ? stackFactsOf(doc, info, p1) : null;
  const c: FeatureCtx = {
    n, nS: doc.sentStartTok.length,
    lw: info.lw, shape: info.shape, suf3: info.suf3, pre2: info.pre2, cap: info.cap, qm: info.qm, inq: info.inq, cue: info.cue,
    leftCue: info.leftCue, rightCue: info.rightCue,
    pos: doc.tokPos, sentOf: doc.tokSentence, paraOf, ss: doc.sentStartTok, se: doc.sentEndTok, ps: doc.paraStartTok, pe: doc.paraEndTok,
    sQuote: cf.sQuote, sCue: cf.sCue, sFirstQ: cf.sFirstQ, sLastInq: cf.sLastInq,
    commaBefore: cf.commaBefore, commaAfter: cf.commaAfter, thatAfterCue: cf.thatAfterCue, relClause: cf.relClause, colonBefore: cf.colonBefore,
    commaRaw: cf.commaRaw, leftVerb: cf.leftVerb, rightVerb: cf.rightVerb, nlBefore: cf.nlBefore,
    p1: p1 ?? NO_U8, m1: m1 ?? NO_F32, hasM: m1 !== null,
    sHas: sf ? sf.sHas : NO_U8, pHas: sf ? sf.pHas : NO_U8,
    leftS: sf ? sf.leftS : NO_I32, rightS: sf ? sf.rightS : NO_I32, leftQ: sf ? sf.leftQ : NO_I32, rightQ: sf ? sf.rightQ : NO_I32,
    runLen: sf ? sf.runLen : NO_U16, runCue: sf ? sf.runCue : NO_U8, sPat: sf ? sf.sPat : NO_I32, runIdx: sf ? sf.runIdx : NO_U8,
    f, offs,
  };
  if (withBase) {
    lexicalGroup(c, from, to, full, G.lexical);
    quoteGroup(c, from, to, full, G.quote);
    cueGroup(c, from, to, full, G.cue);
    nearCueGroup(c, from, to, full, G.nearCue);
    clauseGroup(c, from, to, full, G.clause);
  }
  if (!full) stackGroup(c, from, to, withBase ? G.end : 0);
  return { feats: f.subarray(0, k), offs };
}

// Each feature: template id t and up to three values, hashed inline (multiply-xor, one final
// xor-shift): written out per template, because a helper call is not always inlined and costs
// more than the hash.

/** Word and POS windows, bigrams and trigrams, capitalisation. */
function lexicalGroup(c: FeatureCtx, from: number, to: number, full: boolean, t0: number): void {
  const { n, lw, shape, suf3, pre2, cap, pos, sentOf, ss, se, f, offs } = c;
  let h = 0;
  for (let i = from; i < to; i++) {
    const o = offs[i]!;
    if (offs[i + 1] === o) continue;
    const s = sentOf[i]!;
    const a = ss[s]!, b = se[s]!;
    const lwm1 = i > 0 ? lw[i - 1]! : BOS;
    const lwm2 = i > 1 ? lw[i - 2]! : BOS;
    const lwp1 = i + 1 < n ? lw[i + 1]! : EOS;
    const lwp2 = i + 2 < n ? lw[i + 2]! : EOS;
    const pm1 = i > a ? pos[i - 1]! : 30;
    const pm2 = i > a + 1 ? pos[i - 2]! : 30;
    const pp1 = i + 1 < b ? pos[i + 1]! : 31;
    const pp2 = i + 2 < b ? pos[i + 2]! : 31;
    const pi = pos[i]!;
    let t = t0;
    let k = o + t0;
    // bias
    h = Math.imul(++t ^ Math.imul(1, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(lw[i]!, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    if (full) {
      h = Math.imul(++t ^ Math.imul(shape[i]!, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(suf3[i]!, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(pre2[i]!, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(lwm1, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(lwp1, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(lwm2, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(lwp2, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    }
    h = Math.imul(++t ^ Math.imul(lwm1, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (lw[i]!), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(lw[i]!, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (lwp1), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(pi, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    if (full) {
      h = Math.imul(++t ^ Math.imul(pm1, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(pp1, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(pm2, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(pp2, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(pm1, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (pi), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(pi, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (pp1), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    }
    h = Math.imul(++t ^ Math.imul(pm1, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (pi), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (pp1), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    if (full) {
      h = Math.imul(++t ^ Math.imul(pm2, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (pm1), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (pi), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(pi, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (pp1), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (pp2), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(cap[i]!, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (i > a ? cap[i - 1]! : 2), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(cap[i]!, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (i > a ? cap[i - 1]! : 2), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (i + 1 < b ? cap[i + 1]! : 2), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    }
  }
}

/** Quotation-mark state of the token, its sentence, paragraph start and neighbouring sentences. */
function quoteGroup(c: FeatureCtx, from: number, to: number, full: boolean, t0: number): void {
  const { n, nS, lw, qm, inq, pos, sentOf, paraOf, ss, ps, sQuote, sCue, sFirstQ, sLastInq, f, offs } = c;
  let h = 0;
  for (let i = from; i < to; i++) {
    const o = offs[i]!;
    if (offs[i + 1] === o) continue;
    const s = sentOf[i]!;
    const p = paraOf[i]!;
    const pi = pos[i]!;
    const q = inq[i]!;
    const pa = ps[p]!;
    const prevS = s > 0 && paraOf[ss[s - 1]!] === p ? s - 1 : -1;
    const nextS = s + 1 < nS && paraOf[ss[s + 1]!] === p ? s + 1 : -1;
    let t = t0;
    let k = o + t0;
    // Quotation marks.
    h = Math.imul(++t ^ Math.imul(q, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(q, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (qm[i]!), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(q, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (pi), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    if (full) {
      h = Math.imul(++t ^ Math.imul(q, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (lw[i]!), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(i > 0 ? qm[i - 1]! : 9, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (i + 1 < n ? qm[i + 1]! : 9), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(q, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (i > 0 ? inq[i - 1]! : 9), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (i + 1 < n ? inq[i + 1]! : 9), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    }
    h = Math.imul(++t ^ Math.imul(q, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (sQuote[s]!), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (sFirstQ[s]!), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(q, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (sLastInq[s]!), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (sCue[s]!), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(q, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (qm[pa] === 1 || qm[pa] === 3 ? 1 : 0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (i === pa ? 1 : 0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    // Neighbouring sentences: does the previous end inside quotes, the next start with one?
    h = Math.imul(++t ^ Math.imul(q, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (prevS >= 0 ? sLastInq[prevS]! + 1 : 0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (nextS >= 0 ? sFirstQ[nextS]! + 1 : 0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(q, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (prevS >= 0 ? sCue[prevS]! : 9), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (nextS >= 0 ? sCue[nextS]! : 9), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
  }
}

/** Cue strength of the word and its neighbours. */
function cueGroup(c: FeatureCtx, from: number, to: number, full: boolean, t0: number): void {
  const { n, cue, pos, sentOf, ss, se, f, offs } = c;
  let h = 0;
  for (let i = from; i < to; i++) {
    const o = offs[i]!;
    if (offs[i + 1] === o) continue;
    const s = sentOf[i]!;
    const a = ss[s]!, b = se[s]!;
    const pm1 = i > a ? pos[i - 1]! : 30;
    const pp1 = i + 1 < b ? pos[i + 1]! : 31;
    const pi = pos[i]!;
    let t = t0;
    let k = o + t0;
    // Cue words.
    const cu = cue[i]!;
    h = Math.imul(++t ^ Math.imul(cu, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(cu, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (pi), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    if (full) {
      h = Math.imul(++t ^ Math.imul(cu, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (pm1), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (pp1), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(i > 0 ? cue[i - 1]! : 9, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (i + 1 < n ? cue[i + 1]! : 9), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    }
  }
}

/** Distance to and identity of the nearest cue word either side in the sentence. */
function nearCueGroup(c: FeatureCtx, from: number, to: number, full: boolean, t0: number): void {
  const { n, lw, inq, cue, leftCue, rightCue, pos, commaBefore, commaAfter, thatAfterCue, f, offs } = c;
  let h = 0;
  for (let i = from; i < to; i++) {
    const o = offs[i]!;
    if (offs[i + 1] === o) continue;
    const pi = pos[i]!;
    const q = inq[i]!;
    let t = t0;
    let k = o + t0;
    // Nearest cue on the left / right within the sentence.
    const lc = leftCue[i]!;
    const rc = rightCue[i]!;
    const ld = lc >= 0 ? distBucket(i - lc) : 15;
    const rd = rc >= 0 ? distBucket(rc - i) : 15;
    h = Math.imul(++t ^ Math.imul(ld, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (rd), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(ld, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (q), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (pi), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(rd, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (q), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (pi), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(ld, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (lc >= 0 ? lw[lc]! : 0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(rd, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (rc >= 0 ? lw[rc]! : 0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    if (full) {
      h = Math.imul(++t ^ Math.imul(lc >= 0 ? lw[lc]! : 0, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (thatAfterCue[i]!), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (q), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(rc >= 0 ? lw[rc]! : 0, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (commaAfter[i]!), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (q), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(ld, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (thatAfterCue[i]!), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (commaBefore[i]!), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(rd, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (commaAfter[i]!), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (lc >= 0 ? 1 : 0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(lc >= 0 && lc + 1 < n ? lw[lc + 1]! : 0, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (ld), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (lc >= 0 ? pos[lc]! : 0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(rc >= 0 && rc > 0 ? lw[rc - 1]! : 0, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (rd), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (rc >= 0 ? pos[rc]! : 0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(rc >= 0 ? cue[rc]! : 0, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (lc >= 0 ? cue[lc]! : 0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (pi), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    }
  }
}

/** Position in the sentence and paragraph, commas, relative clause, colon, line breaks, nearest verbs. */
function clauseGroup(c: FeatureCtx, from: number, to: number, full: boolean, t0: number): void {
  const { n, lw, inq, leftCue, rightCue, pos, sentOf, paraOf, ss, se, ps, pe, sQuote, sCue, commaBefore, commaAfter, relClause, colonBefore, commaRaw, leftVerb, rightVerb, nlBefore, f, offs } = c;
  let h = 0;
  for (let i = from; i < to; i++) {
    const o = offs[i]!;
    if (offs[i + 1] === o) continue;
    const s = sentOf[i]!;
    const a = ss[s]!, b = se[s]!;
    const p = paraOf[i]!;
    const pm1 = i > a ? pos[i - 1]! : 30;
    const pp1 = i + 1 < b ? pos[i + 1]! : 31;
    const pi = pos[i]!;
    const q = inq[i]!;
    const pa = ps[p]!;
    const lc = leftCue[i]!;
    const rc = rightCue[i]!;
    const ld = lc >= 0 ? distBucket(i - lc) : 15;
    const rd = rc >= 0 ? distBucket(rc - i) : 15;
    let t = t0;
    let k = o + t0;
    // Position and clause structure.
    const fromStart = distBucket(i - a);
    const toEnd = distBucket(b - 1 - i);
    h = Math.imul(++t ^ Math.imul(fromStart, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (toEnd), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(fromStart, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (pi), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (q), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(toEnd, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (pi), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (q), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(commaBefore[i]!, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (commaAfter[i]!), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (q), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    if (full) {
      h = Math.imul(++t ^ Math.imul(relClause[i]!, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (colonBefore[i]!), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (q), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(commaBefore[i]!, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (ld), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (rd), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(lc >= 0 ? Math.min(commaRaw[i]! - commaRaw[lc]!, 3) : 9, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (lc >= 0 ? lw[lc]! : 0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (q), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(rc >= 0 ? Math.min(commaRaw[rc]! - commaRaw[i]!, 3) : 9, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (rc >= 0 ? lw[rc]! : 0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (pi), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(nlBefore[i]!, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (i + 1 < n ? nlBefore[i + 1]! : 1), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (q), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      const lv = leftVerb[i]!, rv = rightVerb[i]!;
      h = Math.imul(++t ^ Math.imul(lv >= 0 ? lw[lv]! : 0, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (lv >= 0 ? distBucket(i - lv) : 15), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (q), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(rv >= 0 ? lw[rv]! : 0, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (rv >= 0 ? distBucket(rv - i) : 15), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (q), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(lv >= 0 ? lw[lv]! : 0, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (pi), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (lv >= 0 && lv + 1 < n ? pos[lv + 1]! : 31), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(sCue[s]!, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (sQuote[s]!), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(i === a ? 1 : 0, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (i === b - 1 ? 1 : 0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (pi), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(lw[i] === H_THAT ? 1 : lw[i] === H_TO ? 2 : lw[i] === H_AND || lw[i] === H_BUT ? 3 : 0, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (pm1), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (pp1), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(distBucket(i - pa), 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (s === sentOf[pa] ? 1 : 0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(p === 0 ? 1 : p === 1 ? 2 : 0, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (q), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(countBucket(pe[p]! - pa > 60 ? 3 : 0), 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (countBucket(s - sentOf[pa]!)), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    }
  }
}

/** The first pass's labels and margins around the token, in its sentence, the neighbouring sentences and the paragraph. */
function stackGroup(c: FeatureCtx, from: number, to: number, t0: number): void {
  const { n, nS, lw, inq, pos, sentOf, paraOf, ss, se, p1, m1, hasM, sHas, pHas, leftS, rightS, leftQ, rightQ, runLen, runCue, sPat, runIdx, f, offs } = c;
  let h = 0;
  for (let i = from; i < to; i++) {
    const o = offs[i]!;
    if (offs[i + 1] === o) continue;
    const s = sentOf[i]!;
    const a = ss[s]!, b = se[s]!;
    const p = paraOf[i]!;
    const pi = pos[i]!;
    const q = inq[i]!;
    const prevS = s > 0 && paraOf[ss[s - 1]!] === p ? s - 1 : -1;
    const nextS = s + 1 < nS && paraOf[ss[s + 1]!] === p ? s + 1 : -1;
    let t = t0;
    let k = o + t0;
    const c0 = CLASS_OF[p1[i]!]!;
    const cm1 = i > 0 ? CLASS_OF[p1[i - 1]!]! : 7;
    const cm2 = i > 1 ? CLASS_OF[p1[i - 2]!]! : 7;
    const cp1 = i + 1 < n ? CLASS_OF[p1[i + 1]!]! : 7;
    const cp2 = i + 2 < n ? CLASS_OF[p1[i + 2]!]! : 7;
    const mb = hasM ? marginBucket(m1[i]!) : 0;
    h = Math.imul(++t ^ Math.imul(p1[i]!, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (mb), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(p1[i]!, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (lw[i]!), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(p1[i]!, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (i > 0 ? p1[i - 1]! : 9), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (hasM && i > 0 ? marginBucket(m1[i - 1]!) : 0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(p1[i]!, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (i + 1 < n ? p1[i + 1]! : 9), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (hasM && i + 1 < n ? marginBucket(m1[i + 1]!) : 0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(cm1, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(cp1, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(cm1, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (c0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (cp1), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(cm2, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (cm1), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (c0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(c0, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (cp1), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (cp2), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(c0, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (q), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (pi), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    const sh = sHas[s]!;
    const prevH = prevS >= 0 ? sHas[prevS]! : 8;
    const nextH = nextS >= 0 ? sHas[nextS]! : 8;
    h = Math.imul(++t ^ Math.imul(sh, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (c0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(sh, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (prevH), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (c0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(sh, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (nextH), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (c0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(pHas[p]!, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (c0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (q), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    const lS = leftS[i]!, rS = rightS[i]!, lQ = leftQ[i]!, rQ = rightQ[i]!;
    h = Math.imul(++t ^ Math.imul(lS >= 0 ? distBucket(i - lS) : 15, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (rS >= 0 ? distBucket(rS - i) : 15), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (c0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(lQ >= 0 ? distBucket(i - lQ) : 15, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (rQ >= 0 ? distBucket(rQ - i) : 15), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (c0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(lQ >= 0 ? lw[lQ]! : 0, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (rQ >= 0 ? lw[rQ]! : 0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (c0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    // Previous sentence's last label class and next sentence's first.
    const prevLast = s > 0 ? CLASS_OF[p1[se[s - 1]! - 1]!]! : 7;
    const nextFirst = s + 1 < nS ? CLASS_OF[p1[ss[s + 1]!]!]! : 7;
    h = Math.imul(++t ^ Math.imul(prevLast, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (nextFirst), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (c0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(prevLast, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (i === a ? 1 : 0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (q), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    const rl = runLen[i]!;
    h = Math.imul(++t ^ Math.imul(c0 === 1 ? distBucket(rl) : 15, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (sh), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    // Where in its first-pass run the token is, and whether the run holds a cue word.
    const first = c0 !== 0 && (i === 0 || CLASS_OF[p1[i - 1]!] !== c0 || (p1[i]! & 1) === 1) ? 1 : 0;
    const last = c0 !== 0 && (i + 1 === n || CLASS_OF[p1[i + 1]!] !== c0 || (p1[i + 1]! & 1) === 1) ? 1 : 0;
    h = Math.imul(++t ^ Math.imul(first * 2 + last, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (c0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (pi), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(first * 2 + last, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (c0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (lw[i]!), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(c0 === 1 ? runCue[i]! : 9, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (q), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (distBucket(rl)), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(sPat[s]!, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (runIdx[i]!), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (c0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(sPat[s]!, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (q), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (pi), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(sPat[s]!, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (prevS >= 0 ? sPat[prevS]! : 0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (c0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
  }
}
