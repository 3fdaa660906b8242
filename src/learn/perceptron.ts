/**
 * Averaged structured perceptron over hashed features, with first-order label transitions and
 * Viterbi decoding under hard constraints (e.g. I-C only after B-C / I-C).
 *
 * Weights live in one Float32Array: bucket b, label y at `b * STRIDE + y` (STRIDE = 8 so one
 * feature's label weights share a cache line). Features are raw 32-bit hashes; the bucket is
 * `h & mask`. A sequence's features are a slice of a flat Uint32Array with per-token offsets.
 *
 * Saved as a small header, transitions, and the weights quantized to Int16, deflated (core/pack.ts);
 * averaged with core/averaged.ts; decoded by viterbi.ts.
 */
import { AveragedWeights } from './core/averaged.ts';
import { HeaderReader, HeaderWriter, packInt16, unpackInt16 } from './core/pack.ts';
import { SimdEmitter } from './simd.ts';
import { NEG, STRIDE, Viterbi, predecessorLists } from './viterbi.ts';

export { STRIDE } from './viterbi.ts';
const MAGIC = 0x31504743; // 'CGP1'

export interface FeatureSeq {
  /** Feature hashes of every token, token i's in [offs[i], offs[i+1]). */
  readonly feats: Uint32Array;
  readonly offs: Int32Array;
}

/**
 * Whether every token of [from, to) has at most 258 features, so the SIMD kernel's i16 sums of
 * 8-bit weights (|w| <= 127) cannot overflow; a model with more features per token is scored by
 * the JS loop (same integer arithmetic in doubles).
 */
function fitsI16(offs: Int32Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (offs[i + 1]! - offs[i]! > 258) return false;
  return true;
}

export class Perceptron {
  readonly nLabels: number;
  readonly bits: number;
  readonly mask: number;
  /** Emission weights while training, (1 << bits) * STRIDE (empty for a loaded model), averaged. */
  private readonly emission: AveragedWeights;
  /** Quantized emission weights of a loaded model (same layout), times qscale. */
  private q: Int8Array | null = null;
  private qscale = 1;
  private simd: SimdEmitter | null = null;
  /** Transition weights: row p (previous label; row nLabels = start), column y, averaged. */
  private readonly transitions: AveragedWeights;
  /** 1 where a transition is allowed (same layout as trans). */
  readonly allowed: Uint8Array;
  /** Free-form settings saved with the model (e.g. how its features were made). */
  meta: Record<string, unknown> = {};
  private emis = new Float32Array(0);

  constructor(nLabels: number, bits: number, allowed?: Uint8Array, alloc = true) {
    if (nLabels > STRIDE) throw new Error(`at most ${STRIDE} labels`);
    this.nLabels = nLabels;
    this.bits = bits;
    this.mask = (1 << bits) - 1;
    this.emission = new AveragedWeights(alloc ? (1 << bits) * STRIDE : 0);
    this.transitions = new AveragedWeights((nLabels + 1) * nLabels);
    this.allowed = allowed ?? new Uint8Array((nLabels + 1) * nLabels).fill(1);
  }

  /** Emission weights (training; empty for a loaded model). */
  get w(): Float32Array {
    return this.emission.w;
  }

  /** Transition weights. */
  get trans(): Float32Array {
    return this.transitions.w;
  }

  /** Allocate the averaging accumulators. */
  startTraining(): void {
    this.emission.startTraining();
    this.transitions.startTraining();
  }

  private ensure(n: number): void {
    if (this.emis.length < n * STRIDE) this.emis = new Float32Array(Math.max(n, 256) * 2 * STRIDE);
  }

  /** Emission scores of tokens [from, to) into `out` (row i - from, STRIDE wide). */
  emissions(seq: FeatureSeq, from: number, to: number, out: Float32Array): void {
    if (this.simd && fitsI16(seq.offs, from, to)) { out.set(this.simd.rows(seq.feats, seq.offs, from, to, this.qscale)); return; }
    if (this.q) { this.emissionsQ(seq, from, to, out, this.q); return; }
    const { feats, offs } = seq;
    const w = this.w;
    const mask = this.mask;
    for (let i = from; i < to; i++) {
      const o = (i - from) * STRIDE;
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
      const e = offs[i + 1]!;
      for (let k = offs[i]!; k < e; k++) {
        const b = (feats[k]! & mask) * STRIDE;
        s0 += w[b]!; s1 += w[b + 1]!; s2 += w[b + 2]!; s3 += w[b + 3]!;
        s4 += w[b + 4]!; s5 += w[b + 5]!; s6 += w[b + 6]!; s7 += w[b + 7]!;
      }
      out[o] = s0; out[o + 1] = s1; out[o + 2] = s2; out[o + 3] = s3;
      out[o + 4] = s4; out[o + 5] = s5; out[o + 6] = s6; out[o + 7] = s7;
    }
  }

  /** Same with the Int8 weights of a loaded model (the SIMD kernel's arithmetic: exact integer sums, then one scale). */
  private emissionsQ(seq: FeatureSeq, from: number, to: number, out: Float32Array, w: Int8Array): void {
    const { feats, offs } = seq;
    const mask = this.mask;
    const sc = this.qscale;
    for (let i = from; i < to; i++) {
      const o = (i - from) * STRIDE;
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
      const e = offs[i + 1]!;
      for (let k = offs[i]!; k < e; k++) {
        const b = (feats[k]! & mask) * STRIDE;
        s0 += w[b]!; s1 += w[b + 1]!; s2 += w[b + 2]!; s3 += w[b + 3]!;
        s4 += w[b + 4]!; s5 += w[b + 5]!; s6 += w[b + 6]!; s7 += w[b + 7]!;
      }
      out[o] = s0 * sc; out[o + 1] = s1 * sc; out[o + 2] = s2 * sc; out[o + 3] = s3 * sc;
      out[o + 4] = s4 * sc; out[o + 5] = s5 * sc; out[o + 6] = s6 * sc; out[o + 7] = s7 * sc;
    }
  }

  /** Emission scores of every token of a sequence of n tokens: row i at i * STRIDE. */
  scoreAll(seq: FeatureSeq, n: number, out?: Float32Array): Float32Array {
    const e = out ?? new Float32Array(n * STRIDE);
    this.emissions(seq, 0, n, e);
    return e;
  }

  /**
   * Best label sequence for tokens [from, to) into labels[from..to), from emission rows at
   * absolute token positions (emis[i * STRIDE + y]). Returns its score.
   */
  viterbi(emis: Float32Array, from: number, to: number, labels: Uint8Array, margins?: Float32Array): number {
    return this.viterbiAt(emis, 0, from, to, labels, margins);
  }

  /** Viterbi where token i's emission row starts at shift + i * STRIDE. */
  private viterbiAt(emis: Float32Array, shift: number, from: number, to: number, labels: Uint8Array, margins?: Float32Array): number {
    return this.decoder().decode(emis, shift + from * STRIDE, to - from, from, labels, margins);
  }

  private viterbiCache: Viterbi | null = null;
  /** The decoder over the current transitions (rebuilt while training, cached once the model is frozen). */
  private decoder(): Viterbi {
    if (this.viterbiCache && !this.transitions.training) return this.viterbiCache;
    const L = this.nLabels;
    const T = this.viterbiCache?.T ?? new Float32Array(this.trans.length);
    for (let i = 0; i < T.length; i++) T[i] = this.allowed[i] ? this.trans[i]! : NEG;
    this.viterbiCache ??= new Viterbi(L, T, predecessorLists(L, this.allowed));
    return this.viterbiCache;
  }

  /**
   * Emission rows of tokens [from, to) (row i - from): with SIMD a view on wasm memory, valid
   * until the next call on any model; else this model's own buffer.
   */
  emissionRows(seq: FeatureSeq, from: number, to: number): Float32Array {
    if (this.simd && fitsI16(seq.offs, from, to)) return this.simd.rows(seq.feats, seq.offs, from, to, this.qscale);
    this.ensure(to - from);
    this.emissions(seq, from, to, this.emis);
    return this.emis;
  }

  /**
   * Decode the units [a, b) of one window [from, to): emission rows once for the window, then
   * Viterbi per unit (no per-paragraph calls into wasm, no copies).
   */
  decodeUnits(seq: FeatureSeq, from: number, to: number, units: readonly (readonly [number, number])[], labels: Uint8Array, margins?: Float32Array): void {
    if (to <= from) return;
    const rows = this.emissionRows(seq, from, to);
    for (const [a, b] of units) this.viterbiAt(rows, -from * STRIDE, a, b, labels, margins);
  }

  /** Decode tokens [from, to) (emissions computed here; `base` rows, absolute, are added). */
  decode(seq: FeatureSeq, from: number, to: number, labels: Uint8Array, margins?: Float32Array, base?: Float32Array): number {
    const n = to - from;
    if (n <= 0) return 0;
    this.ensure(n);
    const emis = this.emis;
    this.emissions(seq, from, to, emis);
    if (base) {
      const b0 = from * STRIDE;
      for (let k = 0; k < n * STRIDE; k++) emis[k]! += base[b0 + k]!;
    }
    // viterbi() reads absolute rows: shift by viewing emis as starting at `from`.
    return this.viterbiRel(emis, from, to, labels, margins);
  }

  /** Viterbi over rows relative to `from`. */
  private viterbiRel(emis: Float32Array, from: number, to: number, labels: Uint8Array, margins?: Float32Array): number {
    return this.viterbiAt(emis, -from * STRIDE, from, to, labels, margins);
  }

  /**
   * One structured-perceptron step on tokens [from, to) with gold labels; `pred` receives the
   * prediction. Returns the number of token errors.
   */
  train(seq: FeatureSeq, from: number, to: number, gold: Uint8Array, pred: Uint8Array, base?: Float32Array): number {
    const { emission, transitions } = this;
    if (!emission.training) throw new Error('call startTraining() first');
    const n = to - from;
    if (n <= 0) return 0;
    this.decode(seq, from, to, pred, undefined, base);
    const L = this.nLabels;
    const { feats, offs } = seq;
    const mask = this.mask;
    let errors = 0;
    for (let i = from; i < to; i++) {
      const g = gold[i]!;
      const p = pred[i]!;
      if (g !== p) {
        errors++;
        for (let k = offs[i]!; k < offs[i + 1]!; k++) {
          const b = (feats[k]! & mask) * STRIDE;
          emission.add(b + g, 1);
          emission.add(b + p, -1);
        }
      }
      const gp = i === from ? L : gold[i - 1]!;
      const pp = i === from ? L : pred[i - 1]!;
      if (gp !== pp || g !== p) {
        transitions.add(gp * L + g, 1);
        transitions.add(pp * L + p, -1);
      }
    }
    emission.step();
    transitions.step();
    return errors;
  }

  /** Replace the weights by their averages and drop the training state. */
  finalize(): void {
    this.emission.finalize();
    this.transitions.finalize();
    this.viterbiCache = null;
  }

  /**
   * Serialize: magic, bits, labels, scale, body length, transitions, allowed, settings (JSON),
   * then the Int16-quantized emission weights of the L labels per bucket (deflated).
   */
  toBuffer(): Buffer {
    if (this.q) throw new Error('a loaded model is not re-saved');
    const L = this.nLabels;
    const { scale, body } = packInt16((1 << this.bits) * L, (i) => this.w[Math.floor(i / L) * STRIDE + (i % L)]!);
    const meta = Buffer.from(JSON.stringify(this.meta), 'utf8');
    return new HeaderWriter().u32(MAGIC).u32(this.bits).u32(L).f32(scale).u32(body.length)
      .f32s(this.trans).u8s(this.allowed).u32(meta.length).bytes(meta).bytes(body).done();
  }

  static fromBuffer(buf: Buffer): Perceptron {
    const r = new HeaderReader(buf);
    if (r.u32() !== MAGIC) throw new Error('not a claimgraph perceptron file');
    const bits = r.u32();
    const L = r.u32();
    const scale = r.f32();
    const bodyLen = r.u32();
    const T = (L + 1) * L;
    const trans = r.f32s(T, new Float32Array(T));
    const allowed = r.u8s(T, new Uint8Array(T));
    const m = new Perceptron(L, bits, allowed, false);
    m.trans.set(trans);
    m.meta = JSON.parse(r.bytes(r.u32()).toString('utf8')) as Record<string, unknown>;
    const q = unpackInt16(r.bytes(bodyLen));
    const nb = 1 << bits;
    // Scored with 8-bit weights (8 bytes per bucket: both models' tables, 1 MB each, stay in
    // cache far better than at 16 bits). Dev F1 of the tagger alone 0.717 -> 0.719 (noise).
    // toBuffer maps the largest weight to ±32767, so this is the step that maps it to ±127.
    const k = 32767 / 127;
    const w = new Int8Array(nb * STRIDE);
    for (let b = 0; b < nb; b++) {
      const o = b * L;
      const d = b * STRIDE;
      for (let y = 0; y < L; y++) w[d + y] = Math.round(q[o + y]! / k);
    }
    m.q = w;
    // The kernel multiplies in f32: the same scale on both paths.
    m.qscale = Math.fround(scale * k);
    m.simd = SimdEmitter.create(w, m.mask);
    return m;
  }

}
