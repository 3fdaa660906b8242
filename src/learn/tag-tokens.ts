/**
 * The tagger's token labels: both passes over an analyzed Doc, decoded in windows of whole
 * paragraphs (tagTokens), with the models warmed up on their first use.
 */
import type { Doc } from '../model/doc.ts';
import { Perceptron } from './perceptron.ts';
import type { FeatureSeq } from './perceptron.ts';
import { baseFeatures, stackedFeatures, docInfo, CLASS_OF, IC, IS, IQ } from './features.ts';
import type { CueLexicon, DocInfo } from './features.ts';
import type { Linker } from './linker.ts';
import type { SpanModel } from './span.ts';
import { analyze } from '../analyze/index.ts';
import { makeDocument } from '../model/document.ts';

export interface TaggerModels {
  lexicon: CueLexicon;
  pass1: Perceptron;
  pass2: Perceptron | null;
  linker: Linker | null;
  /** Logistic weights over confidenceFeatures (null: defaults). */
  calib: number[] | null;
  /** Span stage (span.ts): re-bounds or drops each content span; absent: spans stay as tagged. */
  span?: SpanModel | null;
}

const warmed = new WeakSet<TaggerModels>();

/** The models, warmed up on their first use (see warmUp). */
export function ready(m: TaggerModels): TaggerModels {
  if (!warmed.has(m)) {
    warmed.add(m);
    warmUp(m);
  }
  return m;
}

/**
 * One short document through both passes right after loading: the feature writer serves both,
 * and if it is optimized while only the first pass has run, the second pass's first call throws
 * the optimized code away (V8: "insufficient type feedback"), costing a recompile on the
 * shared cores (cold CPU over PolNeAR train, bench/tagger.ts, 3 A/B runs: 0.535 -> 0.475 µs/char).
 */
function warmUp(m: TaggerModels): void {
  // Several sentences per paragraph, quotation marks, a cue on either side, and a paragraph with
  // nothing: every branch of the feature writer runs once.
  const text = [
    'Kyiv, Nov. 3. "The bridge is gone," the governor said on Monday. "We will rebuild it." He added that the road was closed.',
    'The weather was cold. Trucks waited at the river for hours.',
    'According to the ministry, 40 people were evacuated, officials said. Residents, she said, had "nowhere else to go." Mr. Hale believes the talks will fail; the Kremlin denied it.',
  ].join('\n\n');
  tagTokens(analyze(makeDocument({ id: 'warm-up', text })), m);
}

/**
 * Decode every paragraph of the doc with one model; `base` emission rows (the first pass's, for a
 * residual second pass) are added first. Returns the emission rows used.
 */
export function decodeDoc(doc: Doc, model: Perceptron, seq: FeatureSeq, labels: Uint8Array, margins?: Float32Array, base?: Float32Array | null): Float32Array {
  const em = model.scoreAll(seq, labels.length);
  if (base) for (let k = 0; k < em.length; k++) em[k]! += base[k]!;
  for (let p = 0; p < doc.paraStartTok.length; p++) model.viterbi(em, doc.paraStartTok[p]!, doc.paraEndTok[p]!, labels, margins);
  return em;
}

/** Whether a second-pass model adds to the first pass's scores (residual) or stands alone. */
export const residual = (m: Perceptron) => m.meta.residual === true;

export interface TagResult {
  info: DocInfo;
  labels1: Uint8Array;
  labels: Uint8Array;
  margins: Float32Array;
}

/**
 * Tokens per decoding window. Features are written for one window at a time into a reused
 * buffer, so memory stays bounded (MAX_F words per token of one window) on hostile input such as
 * a megabyte without a paragraph break; paragraphs longer than this are decoded in pieces cut at
 * sentence ends (no PolNeAR paragraph comes near it).
 */
const WINDOW = 8192;

interface DecodeWindow { from: number; to: number; units: [number, number][] }

/** Consecutive decoding units (paragraphs, or pieces of a long one) grouped up to WINDOW tokens. */
function decodeWindows(doc: Doc): DecodeWindow[] {
  const units: [number, number][] = [];
  for (let p = 0; p < doc.paraStartTok.length; p++) {
    const a = doc.paraStartTok[p]!, b = doc.paraEndTok[p]!;
    if (b <= a) continue;
    if (b - a <= WINDOW) { units.push([a, b]); continue; }
    // A long paragraph: pieces of whole sentences up to WINDOW tokens; a longer sentence is cut.
    let pa = a, pb = a;
    for (let s = doc.tokSentence[a]!; pb < b; s++) {
      const end = Math.max(pb + 1, Math.min(doc.sentEndTok[s] ?? b, b));
      if (end - pa <= WINDOW) { pb = end; continue; }
      if (pb > pa) units.push([pa, pb]);
      pa = pb;
      while (end - pa > WINDOW) { units.push([pa, pa + WINDOW]); pa += WINDOW; }
      pb = end;
    }
    if (pb > pa) units.push([pa, pb]);
  }
  const out: DecodeWindow[] = [];
  for (const u of units) {
    const w = out[out.length - 1];
    if (w && u[1] - w.from <= WINDOW && u[0] === w.to) { w.to = u[1]; w.units.push(u); }
    else out.push({ from: u[0], to: u[1], units: [u] });
  }
  return out;
}

/** Run both passes; returns the final token labels. */
export function tagTokens(doc: Doc, m: TaggerModels): TagResult {
  const info = docInfo(doc, m.lexicon);
  const n = info.n;
  if (m.pass2 && residual(m.pass2)) return tagTokensResidual(doc, m, info);
  const labels1 = new Uint8Array(n);
  const margins1 = new Float32Array(n);
  const wins = decodeWindows(doc);
  for (const w of wins) {
    const seq = baseFeatures(doc, info, true, w.from, w.to);
    m.pass1.decodeUnits(seq, w.from, w.to, w.units, labels1, margins1);
  }
  if (!m.pass2) return { info, labels1, labels: labels1, margins: margins1 };
  // The second pass changes nothing in a paragraph where the first found nothing (measured on
  // train: 61 of 258k tokens change label), so those keep the first pass's labels unscored.
  const skip = new Uint8Array(doc.paraStartTok.length).fill(1);
  for (let i = 0; i < n; i++) if (labels1[i] !== 0) skip[doc.tokParagraph[i]!] = 0;
  const labels = Uint8Array.from(labels1);
  const margins = Float32Array.from(margins1);
  for (const w of wins) {
    const units = w.units.filter(([a]) => skip[doc.tokParagraph[a]!] === 0);
    if (units.length === 0) continue;
    const seq = stackedFeatures(doc, info, labels1, margins1, true, true, skip, w.from, w.to);
    m.pass2.decodeUnits(seq, w.from, w.to, units, labels, margins);
  }
  return { info, labels1, labels, margins };
}

/** A residual second pass adds to the first pass's emissions: whole-document arrays (unbounded memory; no shipped model is residual). */
function tagTokensResidual(doc: Doc, m: TaggerModels, info: DocInfo): TagResult {
  const n = info.n;
  const labels1 = new Uint8Array(n);
  const margins1 = new Float32Array(n);
  const em1 = decodeDoc(doc, m.pass1, baseFeatures(doc, info, true), labels1, margins1);
  const labels = new Uint8Array(n);
  const margins = new Float32Array(n);
  decodeDoc(doc, m.pass2!, stackedFeatures(doc, info, labels1, margins1, false, true), labels, margins, em1);
  return { info, labels1, labels, margins };
}


