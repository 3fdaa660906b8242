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
import type { FeatureSeq } from './perceptron.ts';
import { scratchSeq } from './simd.ts';
import { clauseFacts } from './clause-facts.ts';
import { stackFactsOf } from './stack-facts.ts';
import type { DocInfo } from './doc-info.ts';
import type { FeatureCtx } from './feature-context.ts';
import { clauseGroup, cueGroup, lexicalGroup, nearCueGroup, quoteGroup, stackGroup, FIRST_PASS_LAYOUT, SECOND_PASS_LAYOUT, N_STACK } from './feature-groups.generated.ts';

export { LABELS, O, BC, IC, BS, IS, BQ, IQ, N_LABELS, CLASS_OF, bioAllowed } from './labels.ts';
export { docInfo, type CueLexicon, type DocInfo } from './doc-info.ts';

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
 * Template ids where each group starts (a token's features are numbered from 1 in this order;
 * feature j of a token sits at offs[i] + j - 1), counted from the template table (templates.ts).
 * The first pass writes every base template (FULL), the second a lighter subset of them (LIGHT)
 * and then the stacked ones.
 */
const FULL = FIRST_PASS_LAYOUT;
const LIGHT = SECOND_PASS_LAYOUT;

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
