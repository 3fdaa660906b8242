import type { Entry } from './gazetteer.ts';

/**
 * The gazetteer's tables as one file: building them from the npm packages' data costs about 0.6 s
 * of CPU and 100 MB of RSS in every process that meets a place name; reading this file costs a few
 * milliseconds. `npm run build` writes it (dist/gazetteer.bin); src/resources/gazetteer-file.ts reads it,
 * and builds the tables in memory when it is missing or was made from other data or code (its
 * fingerprint differs). This file only encodes and decodes. Nothing is downloaded: everything
 * comes from node_modules.
 *
 * Layout: "CGGZ", the header's length (uint32 LE), the header (JSON: fingerprint, the small
 * tables, and where each typed array lies), then the typed arrays, each 8-byte aligned.
 */
export interface GazetteerTables {
  readonly fingerprint: string;
  /** Towns by index: GeoNames id, position, population, rank, interned country and admin1 codes, NFC name. */
  readonly townId: Int32Array;
  readonly townLat: Float64Array;
  readonly townLon: Float64Array;
  readonly townPop: Int32Array;
  readonly townRank: Uint8Array;
  readonly townCountry: Uint16Array;
  readonly townAdmin1: Uint16Array;
  readonly townNameAt: Int32Array;
  readonly townNameChars: Uint16Array;
  readonly codes: readonly string[];
  /** Regions, countries and landmarks; a name's ref -1 - k is others[k]. */
  readonly others: readonly Entry[];
  /** Country code and its entry in `others`, in the order met. */
  readonly countries: readonly (readonly [string, number])[];
  readonly demonyms: readonly (readonly [string, string])[];
  readonly neighbours: readonly (readonly [string, readonly string[]])[];
  /** Name keys (UTF-16 in one array), their refs (town index >= 0, other -1 - k), the most words of a name they start (0: none). */
  readonly keyAt: Int32Array;
  readonly keyChars: Uint16Array;
  readonly refAt: Int32Array;
  readonly refs: Int32Array;
  readonly longest: Uint8Array;
  /** Open-addressing hash table over the keys: key index + 1, 0 for an empty slot. */
  readonly slots: Int32Array;
  readonly stats: { readonly towns: number; readonly regions: number; readonly countries: number; readonly keys: number };
}

/** Bump when the layout or the meaning of a table changes. */
export const FORMAT = 1;
const MAGIC = 0x5a474743; // "CGGZ"

/** FNV-1a over UTF-16 code units; findKey computes the same over a string. */
export function hashTable(keyAt: Int32Array, keyChars: Uint16Array): Int32Array {
  const n = keyAt.length - 1;
  let size = 16;
  while (size < n * 2) size *= 2;
  const slots = new Int32Array(size);
  const mask = size - 1;
  for (let k = 0; k < n; k++) {
    let h = 0x811c9dc5;
    for (let i = keyAt[k]!; i < keyAt[k + 1]!; i++) h = Math.imul(h ^ keyChars[i]!, 0x01000193);
    let s = (h >>> 0) & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = k + 1;
  }
  return slots;
}

/** The index of `key` among the tables' keys, or -1. */
export function findKey(t: GazetteerTables, key: string): number {
  const mask = t.slots.length - 1;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  const { keyAt, keyChars, slots } = t;
  for (let s = (h >>> 0) & mask; ; s = (s + 1) & mask) {
    const k = slots[s]! - 1;
    if (k < 0) return -1;
    const from = keyAt[k]!;
    if (keyAt[k + 1]! - from !== key.length) continue;
    let i = 0;
    while (i < key.length && keyChars[from + i] === key.charCodeAt(i)) i++;
    if (i === key.length) return k;
  }
}

/** A string stored at [at[i], at[i + 1]) of `chars`. */
export function stringAt(at: Int32Array, chars: Uint16Array, i: number): string {
  const from = at[i]!;
  const to = at[i + 1]!;
  let s = '';
  // fromCharCode.apply on a subarray is fast, but bounded by the argument count: names are short.
  for (let o = from; o < to; o += 4096) s += String.fromCharCode.apply(null, chars.subarray(o, Math.min(to, o + 4096)) as unknown as number[]);
  return s;
}

type ArrayName = 'townId' | 'townLat' | 'townLon' | 'townPop' | 'townRank' | 'townCountry' | 'townAdmin1' | 'townNameAt' | 'townNameChars'
  | 'keyAt' | 'keyChars' | 'refAt' | 'refs' | 'longest' | 'slots';
const ARRAYS: Record<ArrayName, Int32ArrayConstructor | Float64ArrayConstructor | Uint8ArrayConstructor | Uint16ArrayConstructor> = {
  townId: Int32Array, townLat: Float64Array, townLon: Float64Array, townPop: Int32Array, townRank: Uint8Array, townCountry: Uint16Array,
  townAdmin1: Uint16Array, townNameAt: Int32Array, townNameChars: Uint16Array,
  keyAt: Int32Array, keyChars: Uint16Array, refAt: Int32Array, refs: Int32Array, longest: Uint8Array, slots: Int32Array,
};
const ARRAY_NAMES = Object.keys(ARRAYS) as ArrayName[];

interface Header {
  format: number;
  fingerprint: string;
  codes: string[];
  others: Entry[];
  countries: [string, number][];
  demonyms: [string, string][];
  neighbours: [string, string[]][];
  stats: GazetteerTables['stats'];
  /** Per typed array: byte offset from the file's start and element count. */
  arrays: Record<ArrayName, [number, number]>;
}

const align8 = (n: number) => (n + 7) & ~7;

export function encodeTables(t: GazetteerTables): Buffer {
  const arrays = {} as Header['arrays'];
  const header: Header = {
    format: FORMAT, fingerprint: t.fingerprint, codes: [...t.codes], others: [...t.others],
    countries: t.countries.map(([c, k]) => [c, k]), demonyms: t.demonyms.map(([d, c]) => [d, c]),
    neighbours: t.neighbours.map(([c, list]) => [c, [...list]]), stats: t.stats, arrays,
  };
  // The offsets depend on the header's length, which holds them: fix the header's size first.
  const measure = () => Buffer.byteLength(JSON.stringify(header));
  for (const name of ARRAY_NAMES) arrays[name] = [0, t[name].length];
  let headerBytes = measure() + 256;
  for (;;) {
    let at = align8(8 + headerBytes);
    for (const name of ARRAY_NAMES) { arrays[name] = [at, t[name].length]; at = align8(at + t[name].byteLength); }
    if (measure() <= headerBytes) break;
    headerBytes = measure() + 256;
  }
  const last = arrays[ARRAY_NAMES[ARRAY_NAMES.length - 1]!];
  const size = align8(last[0] + t[ARRAY_NAMES[ARRAY_NAMES.length - 1]!].byteLength);
  const out = Buffer.alloc(size);
  out.writeUInt32LE(MAGIC, 0);
  out.writeUInt32LE(headerBytes, 4);
  out.write(JSON.stringify(header).padEnd(headerBytes, ' '), 8, 'utf8');
  for (const name of ARRAY_NAMES) {
    const a = t[name];
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, arrays[name][0]);
  }
  return out;
}

/** The tables in `bytes`, or null when they are not ours, not whole, or made from other sources (another fingerprint). */
export function decodeTables(bytes: Buffer, expected: string): GazetteerTables | null {
  if (bytes.length < 8 || bytes.readUInt32LE(0) !== MAGIC) return null;
  const headerBytes = bytes.readUInt32LE(4);
  if (8 + headerBytes > bytes.length) return null;
  let header: Header;
  try {
    header = JSON.parse(bytes.toString('utf8', 8, 8 + headerBytes)) as Header;
  } catch {
    return null;
  }
  if (header.format !== FORMAT || header.fingerprint !== expected) return null;
  // Typed arrays need aligned offsets; a Buffer from a pool may not start at one.
  const buffer = bytes.byteOffset % 8 === 0 ? bytes : Buffer.from(bytes);
  const arrays = {} as Record<ArrayName, Int32Array | Float64Array | Uint8Array | Uint16Array>;
  for (const name of ARRAY_NAMES) {
    const [offset, length] = header.arrays[name];
    const Type = ARRAYS[name];
    if (offset % 8 !== 0 || offset + length * Type.BYTES_PER_ELEMENT > buffer.length) return null;
    arrays[name] = new Type(buffer.buffer as ArrayBuffer, buffer.byteOffset + offset, length);
  }
  const t = {
    fingerprint: header.fingerprint, codes: header.codes, others: header.others, countries: header.countries,
    demonyms: header.demonyms, neighbours: header.neighbours, stats: header.stats, ...arrays,
  } as GazetteerTables;
  const towns = t.townId.length;
  const keys = t.keyAt.length - 1;
  const whole = t.townLat.length === towns && t.townLon.length === towns && t.townPop.length === towns && t.townRank.length === towns
    && t.townCountry.length === towns && t.townAdmin1.length === towns && t.townNameAt.length === towns + 1
    && t.refAt.length === keys + 1 && t.longest.length === keys && t.slots.length > keys && (t.slots.length & (t.slots.length - 1)) === 0;
  return whole ? t : null;
}
