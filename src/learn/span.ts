/**
 * Span stage: after the tagger and the linker, every content span the tagger predicted is given a
 * second look at the span level. Alternative bounds are generated (cut at or extended to clause
 * boundaries: comma, `that`, who/which, coordination, prepositions, quotation marks, sentence
 * ends) and a ranking perceptron over span features (cue word and strength, where the cue lies,
 * first/last words, tagger labels and margins inside and just outside, quotation layout, source
 * kind) picks one of them, or "drop" (the span is no attribution).
 *
 * Why: token-local features cannot see a whole span at once; PolNeAR's boundary misses (trailing
 * adjuncts, clauses cut at the wrong comma) and false spans are span-level decisions.
 *
 * The model is models/attrib-span.bin (made by `npm run train:span`); without it nothing changes.
 * Its features: span-features.ts; the candidate bounds: span-candidates.ts.
 */
import type { Doc } from '../model/doc.ts';
import { HashedScorer } from './core/averaged.ts';
import { HeaderReader, HeaderWriter, packInt16, unpackInt16 } from './core/pack.ts';
import { SpanFeatures } from './span-features.ts';
import { SPAN_DEFAULTS, settled, spanCandidates, type SpanCandidate, type SpanContext, type SpanSettings, type TokRun } from './span-candidates.ts';

export { boundaryKind, settled, spanCandidates, SPAN_DEFAULTS, type SpanCandidate, type SpanContext, type SpanSettings, type TokRun } from './span-candidates.ts';

const MAGIC = 0x31505343; // 'CSP1'

/** Ranking perceptron over candidate bounds (and "drop") of one predicted content span. */
export class SpanModel {
  /** The weights and the feature list (the averaged perceptron of core/averaged.ts). */
  private readonly h: HashedScorer;
  /** The features of a run, a bound, a pair or drop, written into h's list. */
  private readonly fx: SpanFeatures;
  /** Added to the score of "drop" and of the tagged bounds: set on dev after training (F1 is not what the perceptron minimizes). */
  dropBias = 0;
  keepBias = 0;
  /** Not stored in the file: the loader sets them (SPAN_SETTLED, SPAN_SURE). */
  settings: SpanSettings = SPAN_DEFAULTS;

  constructor(bits = 18) {
    this.h = new HashedScorer(bits);
    this.fx = new SpanFeatures(this.h);
  }

  get bits(): number {
    return this.h.bits;
  }

  get w(): Float32Array {
    return this.h.w;
  }

  /** All features of candidate x (null: drop) into this.buf (training). */
  private features(doc: Doc, t: SpanContext, x: SpanCandidate | null): void {
    this.h.clear();
    if (!x) { this.fx.drop(doc, t); return; }
    this.fx.left(doc, t, x.a, x.ld, x.lk);
    this.fx.right(doc, t, x.b, x.rd, x.rk);
    this.fx.pair(doc, t, x);
  }

  private score(): number {
    return this.h.score();
  }

  private pool: SpanCandidate[] = [];
  private leftScore = new Float32Array(16);
  private rightScore = new Float32Array(32);

  /**
   * Index of the best candidate, or -1 for drop. A candidate's score is the sum of its left
   * bound's, its right bound's and the pair's: each bound is scored once, not once per pairing.
   */
  best(doc: Doc, t: SpanContext, c: TokRun, cands: readonly SpanCandidate[], src: TokRun | null, cue: TokRun | null): number {
    this.fx.setRun(doc, t, c, src, cue);
    this.h.clear();
    this.fx.drop(doc, t);
    const training = this.h.weights.training;
    let bs = this.score() + (training ? 0 : this.dropBias), bi = -1;
    const ls = this.leftScore.fill(NaN), rs = this.rightScore.fill(NaN);
    this.fx.prefix(t, cands);
    for (let k = 0; k < cands.length; k++) {
      const x = cands[k]!;
      let sl = ls[x.li]!;
      if (sl !== sl) { this.fx.left(doc, t, x.a, x.ld, x.lk); sl = ls[x.li] = this.score(); }
      let sr = rs[x.ri]!;
      if (sr !== sr) { this.fx.right(doc, t, x.b, x.rd, x.rk); sr = rs[x.ri] = this.score(); }
      this.fx.pair(doc, t, x);
      const s = sl + sr + this.score() + (k === 0 && !training ? this.keepBias : 0);
      if (s > bs) { bs = s; bi = k; }
    }
    this.fx.endRun();
    return bi;
  }

  /** The span to keep for content run c (quoted sentences are kept as they are: see settled) (new bounds, the same, or null to drop it). */
  choose(doc: Doc, t: SpanContext, c: TokRun, src: TokRun | null, cue: TokRun | null): TokRun | null {
    if (settled(doc, t.info, c, t.margins, this.settings)) return c;
    const cands = spanCandidates(doc, t.info, c, t.labels, this.pool);
    const k = this.best(doc, t, c, cands, src, cue);
    if (k < 0) return null;
    const x = cands[k]!;
    return x.a === c.a && x.b === c.b ? c : { cls: c.cls, a: x.a, b: x.b };
  }

  startTraining(): void {
    this.h.weights.startTraining();
  }

  private update(doc: Doc, t: SpanContext, c: TokRun, x: SpanCandidate | null, src: TokRun | null, cue: TokRun | null, d: number): void {
    this.fx.setRun(doc, t, c, src, cue);
    this.features(doc, t, x);
    this.h.update(d);
  }

  /**
   * One training step. `gain[k]` is how good candidate k is (char Jaccard with the best-matching
   * gold item; under 0.5 it would not count), `gain` of drop is implied: drop is right when no
   * candidate reaches 0.5. Updates when the prediction misses and something better existed.
   * Returns 1 on an update.
   */
  train(doc: Doc, t: SpanContext, c: TokRun, cands: readonly SpanCandidate[], gain: readonly number[], src: TokRun | null, cue: TokRun | null, slack = 0.2): number {
    let gi = -1, gBest = 0.5 - 1e-9;
    for (let k = 0; k < cands.length; k++) if (gain[k]! > gBest) { gBest = gain[k]!; gi = k; }
    const p = this.best(doc, t, c, cands, src, cue);
    const gp = p < 0 ? (gi < 0 ? 1 : 0) : gain[p]! >= 0.5 ? gain[p]! : -1;
    // Right enough: drop when nothing counts, or a candidate that counts and is near the best.
    const ok = gi < 0 ? p < 0 : p >= 0 && gp >= 0.5 && gp >= gBest - slack;
    let err = 0;
    if (!ok) {
      err = 1;
      this.update(doc, t, c, gi < 0 ? null : cands[gi]!, src, cue, 1);
      this.update(doc, t, c, p < 0 ? null : cands[p]!, src, cue, -1);
    }
    this.h.weights.step();
    return err;
  }

  finalize(): void {
    this.h.weights.finalize();
  }

  /** Magic, bits, scale, the two biases, then the weights quantized to Int16, deflated (most buckets are 0). */
  toBuffer(): Buffer {
    const { scale, body } = packInt16(this.w.length, (i) => this.w[i]!);
    return new HeaderWriter().u32(MAGIC).u32(this.bits).f32(scale).f32(this.dropBias).f32(this.keepBias).bytes(body).done();
  }

  static fromBuffer(buf: Buffer, path = 'span model'): SpanModel {
    if (buf.length < 20 || buf.readUInt32LE(0) !== MAGIC) throw new Error(`${path}: not a claimgraph span model file`);
    const r = new HeaderReader(buf);
    r.u32();
    const m = new SpanModel(r.u32());
    const scale = r.f32();
    m.dropBias = r.f32();
    m.keepBias = r.f32();
    const q = unpackInt16(r.rest());
    if (q.length !== m.w.length) throw new Error(`${path}: span model size does not match its header`);
    for (let i = 0; i < q.length; i++) m.w[i] = q[i]! * scale;
    return m;
  }
}
