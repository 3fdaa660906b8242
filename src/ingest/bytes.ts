import { ClaimgraphError } from '../model/errors.ts';

/** The most text one document may hold, in UTF-8 bytes. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export interface IngestOptions {
  /** Per document, in UTF-8 bytes (a text file's size, a JSONL line's length). */
  readonly maxBytes?: number;
  /**
   * A JSON Lines document whose text is empty, white space or holds a NUL character: refused by
   * default (a store has no use for it), kept where every document must be answered
   * (`extract --jsonl`, the evaluation interface, answers it: empty layers for an empty text). The
   * text is then kept as given, lone surrogates too, so that offsets slice the caller's string.
   */
  readonly keepAnyText?: boolean;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

export function tooLarge(size: number, max: number, where: { file: string; line?: number }): ClaimgraphError {
  const what = where.line === undefined ? 'file' : 'line';
  return new ClaimgraphError('E_INPUT_TOO_LARGE',
    `${what} is ${formatBytes(size)}, over the limit of ${formatBytes(max)} per document`, where);
}

const SAMPLE = 64 * 1024;

/**
 * UTF-16 text (a byte order mark FF FE or FE FF, or, without one, a NUL in every other byte of a
 * stretch of ASCII), as the error that says so: it is text, only not in the encoding we read.
 */
export function utf16Error(bytes: Uint8Array, where: { file: string; line?: number }): ClaimgraphError | null {
  let order: 'LE' | 'BE' | null = null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) order = 'LE';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) order = 'BE';
  else {
    const n = Math.min(bytes.length, 512) & ~1;
    if (n >= 4) {
      let even = 0;
      let odd = 0;
      for (let i = 0; i < n; i += 2) {
        if (bytes[i] === 0 && bytes[i + 1] !== 0) even++;
        if (bytes[i + 1] === 0 && bytes[i] !== 0) odd++;
      }
      // Nearly every pair one NUL and one ASCII byte: UTF-16 of Latin text.
      if (odd * 10 >= (n / 2) * 9) order = 'LE';
      else if (even * 10 >= (n / 2) * 9) order = 'BE';
    }
  }
  if (!order) return null;
  return new ClaimgraphError('E_INPUT_ENCODING',
    `UTF-16 (${order === 'LE' ? 'little' : 'big'}-endian) text, not UTF-8; convert it first, e.g. iconv -f UTF-16 -t UTF-8`, where);
}

/**
 * Why `bytes` cannot be text, or null: a NUL byte anywhere, or a sample where more than one byte
 * in ten is a control character other than tab, line feed, form feed and carriage return.
 */
export function binaryReason(bytes: Uint8Array): string | null {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return `holds a NUL byte at byte ${nul}`;
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if ((b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13) || b === 127) control++;
  }
  return n > 0 && control * 10 > n ? `${control} of its first ${n} bytes are control characters` : null;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Strict UTF-8 decoding; a leading byte order mark is dropped. Throws E_INPUT_ENCODING with the line;
 * `declared` says who declared UTF-8 (`<meta charset>`), or what else the reader looked for, when
 * that helps the reader of the message.
 */
export function decodeUtf8(bytes: Uint8Array, where: { file: string; line?: number }, declared?: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw badBytes(bytes, invalidUtf8At(bytes), 'UTF-8', where, declared);
  }
}

/**
 * E_INPUT_ENCODING for the bytes at `at`, which are not valid `encoding`: the bytes, their line and
 * column (counted in bytes, as an editor showing the raw file would), and `note` after them.
 */
export function badBytes(bytes: Uint8Array, at: number, encoding: string, where: { file: string; line?: number }, note?: string): ClaimgraphError {
  let line = where.line ?? 1;
  let lineStart = 0;
  if (where.line === undefined) {
    for (let i = bytes.indexOf(10); i >= 0 && i < at; i = bytes.indexOf(10, i + 1)) { line++; lineStart = i + 1; }
  }
  const seq = Array.from(bytes.subarray(at, at + 4), (b) => b.toString(16).padStart(2, '0')).join(' ');
  return new ClaimgraphError('E_INPUT_ENCODING',
    `not valid ${encoding}: bytes ${seq || '(none)'} at column ${at - lineStart + 1} (byte ${at})${note ? `; ${note}` : ''}`, { ...where, line });
}

/** Where the first ill-formed UTF-8 sequence starts (bytes.length if there is none). */
export function invalidUtf8At(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (need === 0) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    const min = need === 1 ? 0x80 : need === 2 ? 0x800 : 0x10000;
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}
