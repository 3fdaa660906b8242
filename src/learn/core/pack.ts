import { deflateSync, inflateSync } from 'node:zlib';

/**
 * How the learned models turn weights into bytes and back: one place for the three model files
 * (tagger `CGP1`, linker `CLK1`, span stage `CSP1`). Each file is a little-endian header (a
 * 4-byte magic, then the model's own fields) and a deflated body of weights, either Int16
 * quantized (the largest |weight| maps to ±32767; `scale` turns them back) or Float32 as is.
 */

/** Int16 quantization of `n` weights (`at(i)` reads weight i), deflated. */
export function packInt16(n: number, at: (i: number) => number): { scale: number; body: Buffer } {
  let max = 0;
  for (let i = 0; i < n; i++) max = Math.max(max, Math.abs(at(i)));
  const scale = max > 0 ? max / 32767 : 1;
  const q = new Int16Array(n);
  for (let i = 0; i < n; i++) q[i] = Math.round(at(i) / scale);
  return { scale, body: deflateSync(Buffer.from(q.buffer, q.byteOffset, q.byteLength), { level: 6 }) };
}

/** The Int16 weights of a body written by packInt16 (times its scale they are the weights). */
export function unpackInt16(body: Buffer): Int16Array {
  let raw = inflateSync(body);
  if (raw.byteOffset % 2) raw = Buffer.from(raw);
  return new Int16Array(raw.buffer, raw.byteOffset, raw.byteLength >> 1);
}

/** Float32 weights as they are, deflated. */
export function packFloat32(w: Float32Array): Buffer {
  return deflateSync(Buffer.from(w.buffer, w.byteOffset, w.byteLength));
}

export function unpackFloat32(body: Buffer): Float32Array {
  const raw = Buffer.from(inflateSync(body));
  return new Float32Array(raw.buffer, raw.byteOffset, raw.byteLength >> 2);
}

/** Writes a header field by field (little-endian), each at the next offset. */
export class HeaderWriter {
  private readonly parts: Buffer[] = [];

  u32(v: number): this {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(v, 0);
    this.parts.push(b);
    return this;
  }

  f32(v: number): this {
    const b = Buffer.alloc(4);
    b.writeFloatLE(v, 0);
    this.parts.push(b);
    return this;
  }

  f32s(v: ArrayLike<number>): this {
    for (let i = 0; i < v.length; i++) this.f32(v[i]!);
    return this;
  }

  u8s(v: ArrayLike<number>): this {
    this.parts.push(Buffer.from(Array.from(v)));
    return this;
  }

  bytes(b: Buffer): this {
    this.parts.push(b);
    return this;
  }

  done(): Buffer {
    return Buffer.concat(this.parts);
  }
}

/** Reads a header written by HeaderWriter, field by field. */
export class HeaderReader {
  at = 0;

  constructor(readonly buf: Buffer) {}

  u32(): number {
    const v = this.buf.readUInt32LE(this.at);
    this.at += 4;
    return v;
  }

  f32(): number {
    const v = this.buf.readFloatLE(this.at);
    this.at += 4;
    return v;
  }

  f32s(n: number, into: Float32Array): Float32Array {
    for (let i = 0; i < n; i++) into[i] = this.f32();
    return into;
  }

  u8s(n: number, into: Uint8Array): Uint8Array {
    for (let i = 0; i < n; i++) into[i] = this.buf[this.at + i]!;
    this.at += n;
    return into;
  }

  bytes(n: number): Buffer {
    const b = this.buf.subarray(this.at, this.at + n);
    this.at += n;
    return b;
  }

  /** Everything after the fields read so far. */
  rest(): Buffer {
    return this.buf.subarray(this.at);
  }
}
