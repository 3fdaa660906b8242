/**
 * Emission scores with WebAssembly SIMD: for each token, the sum over its features of the eight
 * Int8 label weights of the feature's bucket (one 8-byte load widened to i16x8, one add per
 * feature), scaled to Float32. The i16 sums hold up to 258 features per token (32767 / 127;
 * the taggers write 68 at most; perceptron.ts scores a token with more in JS). Used by loaded
 * (quantized) models; the JS fallback in perceptron.ts does the same integer arithmetic.
 *
 * The module is assembled here byte by byte (no toolchain needed); its text form:
 *
 *   (func (export "emis") (param $feat i32) (param $offs i32) (param $n i32) (param $w i32)
 *                         (param $mask i32) (param $out i32) (param $scale f32)
 *     for i in 0..n: acc = 0 (i16x8)
 *       for k in offs[i]..offs[i+1]: acc = i16x8.add(acc, v128.load8x8_s(w + ((feat[k] & mask) << 3)))
 *       out[i*8 .. i*8+8] = f32x4.convert_i32x4_s(i32x4.extend_{low,high}_i16x8_s(acc)) * scale)
 */

const I32 = 0x7f, F32 = 0x7d, V128 = 0x7b;
const LOCAL_GET = 0x20, LOCAL_SET = 0x21, LOCAL_TEE = 0x22;
const I32_CONST = 0x41, I32_LOAD = 0x28, I32_ADD = 0x6a, I32_AND = 0x71, I32_SHL = 0x74, I32_GE_S = 0x4e, I32_LT_S = 0x48;
const BLOCK = 0x02, LOOP = 0x03, BR_IF = 0x0d, END = 0x0b, VOID = 0x40;
const SIMD = 0xfd;
const V128_STORE = [SIMD, 0x0b], V128_CONST = [SIMD, 0x0c], F32X4_SPLAT = [SIMD, 0x13];
const EXT_LO = [SIMD, 0xa7, 0x01], EXT_HI = [SIMD, 0xa8, 0x01];
const LOAD8X8_S = [SIMD, 0x01], I16X8_ADD = [SIMD, 0x8e, 0x01];
const F32X4_CONVERT = [SIMD, 0xfa, 0x01], F32X4_MUL = [SIMD, 0xe6, 0x01];

const uleb = (n: number): number[] => {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
};
const str = (s: string) => [...uleb(s.length), ...Buffer.from(s, 'utf8')];
const section = (id: number, body: number[]) => [id, ...uleb(body.length), ...body];

function moduleBytes(): Uint8Array<ArrayBuffer> {
  // params 0..6, locals: 7 i, 8 k, 9 e (i32); 10 acc, 11 (unused), 12 scale, 13 (unused) (v128)
  const get = (l: number) => [LOCAL_GET, l];
  const set = (l: number) => [LOCAL_SET, l];
  const zero = [...V128_CONST, ...new Array(16).fill(0)];
  const code = [
    ...get(6), ...F32X4_SPLAT, ...set(12),
    I32_CONST, 0, ...set(7),
    BLOCK, VOID,
    ...get(7), ...get(2), I32_GE_S, BR_IF, 0,
    LOOP, VOID,
    ...get(1), ...get(7), I32_CONST, 2, I32_SHL, I32_ADD, I32_LOAD, 2, 0, ...set(8),
    ...get(1), ...get(7), I32_CONST, 2, I32_SHL, I32_ADD, I32_LOAD, 2, 4, ...set(9),
    ...zero, ...set(10),
    BLOCK, VOID,
    ...get(8), ...get(9), I32_GE_S, BR_IF, 0,
    LOOP, VOID,
    ...get(10),
    ...get(3),
    ...get(0), ...get(8), I32_CONST, 2, I32_SHL, I32_ADD, I32_LOAD, 2, 0,
    ...get(4), I32_AND, I32_CONST, 3, I32_SHL, I32_ADD,
    ...LOAD8X8_S, 0, 0,
    ...I16X8_ADD, ...set(10),
    ...get(8), I32_CONST, 1, I32_ADD, LOCAL_TEE, 8, ...get(9), I32_LT_S, BR_IF, 0,
    END,
    END,
    ...get(5), ...get(7), I32_CONST, 5, I32_SHL, I32_ADD,
    ...get(10), ...EXT_LO, ...F32X4_CONVERT, ...get(12), ...F32X4_MUL,
    ...V128_STORE, 4, 0,
    ...get(5), ...get(7), I32_CONST, 5, I32_SHL, I32_ADD,
    ...get(10), ...EXT_HI, ...F32X4_CONVERT, ...get(12), ...F32X4_MUL,
    ...V128_STORE, 4, 16,
    ...get(7), I32_CONST, 1, I32_ADD, LOCAL_TEE, 7, ...get(2), I32_LT_S, BR_IF, 0,
    END,
    END,
    END,
  ];
  const body = [2, 3, I32, 4, V128, ...code];
  const bytes = [
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 7, I32, I32, I32, I32, I32, I32, F32, 0]),
    ...section(2, [1, ...str('e'), ...str('m'), 0x02, 0x00, 1]),
    ...section(3, [1, 0]),
    ...section(7, [1, ...str('emis'), 0x00, 0]),
    ...section(10, [1, ...uleb(body.length), ...body]),
  ];
  return new Uint8Array(bytes);
}

let compiled: WebAssembly.Module | null | undefined;

function wasmModule(): WebAssembly.Module | null {
  if (compiled !== undefined) return compiled;
  try {
    const bytes = moduleBytes();
    compiled = WebAssembly.validate(bytes) ? new WebAssembly.Module(bytes) : null;
  } catch {
    compiled = null;
  }
  return compiled;
}

const PAGE = 65536;
const align16 = (x: number) => (x + 15) & ~15;

type EmisFn = (feat: number, offs: number, n: number, w: number, mask: number, out: number, scale: number) => void;

/**
 * One WebAssembly memory for the weights of every loaded model, then a scratch region for the
 * decode in progress: token offsets, features, emission rows. The feature writer writes straight
 * into it (scratchSeq), the kernel reads the features there and Viterbi reads the rows there, so
 * nothing is copied in or out.
 */
class Arena {
  readonly memory: WebAssembly.Memory;
  readonly fn: EmisFn;
  /** End of the weight tables (bytes); scratch starts after it. */
  weightsEnd = 0;

  constructor(mod: WebAssembly.Module) {
    this.memory = new WebAssembly.Memory({ initial: 1 });
    const inst = new WebAssembly.Instance(mod, { e: { m: this.memory } });
    this.fn = inst.exports.emis as EmisFn;
  }

  ensure(bytes: number): void {
    const have = this.memory.buffer.byteLength;
    if (bytes > have) this.memory.grow(Math.ceil((bytes - have) / PAGE));
  }

  /** Weight tables of models that were garbage-collected, free for the next of the same size. */
  private readonly free: { at: number; bytes: number }[] = [];
  private readonly released = new FinalizationRegistry<{ at: number; bytes: number }>((slot) => this.free.push(slot));

  /** Copy a model's table in (reusing a freed table's place: loading models again does not grow memory). */
  addWeights(owner: object, q: Int8Array): number {
    const k = this.free.findIndex((x) => x.bytes === q.byteLength);
    let at: number;
    if (k >= 0) {
      at = this.free[k]!.at;
      this.free.splice(k, 1);
    } else {
      at = align16(this.weightsEnd);
      this.ensure(at + q.byteLength);
      this.weightsEnd = at + q.byteLength;
    }
    new Int8Array(this.memory.buffer, at, q.length).set(q);
    this.released.register(owner, { at, bytes: q.byteLength });
    return at;
  }
}

let arena: Arena | null | undefined;

function theArena(): Arena | null {
  if (arena === undefined) {
    const mod = process.env.CLAIMGRAPH_NO_SIMD ? null : wasmModule();
    arena = mod ? new Arena(mod) : null;
  }
  return arena;
}

/**
 * Scratch for one decoding window in wasm memory: offsets for nTok tokens (indexed by absolute
 * token), featWords features, and room for winTok emission rows after them. Null without SIMD.
 * The views stay valid until the next call (or a model load).
 */
export function scratchSeq(nTok: number, featWords: number, winTok: number): { feats: Uint32Array; offs: Int32Array } | null {
  const a = theArena();
  if (!a) return null;
  const offsAt = align16(a.weightsEnd);
  const featAt = align16(offsAt + nTok * 4);
  const outAt = align16(featAt + featWords * 4);
  a.ensure(outAt + winTok * 32);
  const buf = a.memory.buffer;
  return { offs: new Int32Array(buf, offsAt, nTok), feats: new Uint32Array(buf, featAt, featWords) };
}

/** One model's Int8 weight table in the shared wasm memory. */
export class SimdEmitter {
  private readonly arena: Arena;
  private readonly wAt: number;
  private readonly mask: number;

  private constructor(a: Arena, q: Int8Array, mask: number) {
    this.arena = a;
    this.mask = mask;
    this.wAt = a.addWeights(this, q);
  }

  /** Null when this runtime lacks WebAssembly SIMD. */
  static create(q: Int8Array, mask: number): SimdEmitter | null {
    const a = theArena();
    return a ? new SimdEmitter(a, q, mask) : null;
  }

  /**
   * Emission rows of tokens [from, to) (row i - from, 8 floats), as a view on wasm memory valid
   * until the next call. Features already in the scratch region (scratchSeq) are read in place;
   * others are copied there first.
   */
  rows(feats: Uint32Array, offs: Int32Array, from: number, to: number, scale: number): Float32Array {
    const a = this.arena;
    const n = to - from;
    let featAt: number, offsAt: number, outAt: number;
    if (feats.buffer === a.memory.buffer && offs.buffer === a.memory.buffer) {
      // Written in place by the feature writer, with room for the rows after the features.
      featAt = feats.byteOffset;
      offsAt = offs.byteOffset + from * 4;
      outAt = align16(feats.byteOffset + feats.byteLength);
      a.ensure(outAt + n * 32);
    } else {
      offsAt = align16(a.weightsEnd);
      featAt = align16(offsAt + (n + 1) * 4);
      const base = offs[from]!;
      const nf = offs[to]! - base;
      outAt = align16(featAt + nf * 4);
      a.ensure(outAt + n * 32);
      const buf = a.memory.buffer;
      const o = new Int32Array(buf, offsAt, n + 1);
      for (let i = 0; i <= n; i++) o[i] = offs[from + i]! - base;
      new Uint32Array(buf, featAt, nf).set(feats.subarray(base, base + nf));
    }
    a.fn(featAt, offsAt, n, this.wAt, this.mask, outAt, scale);
    return new Float32Array(a.memory.buffer, outAt, n * 8);
  }
}
