import sniffHtmlEncoding from 'html-encoding-sniffer';
import { ClaimgraphError } from '../model/errors.ts';
import { badBytes, binaryReason, decodeUtf8, invalidUtf8At, utf16Error } from './bytes.ts';

/**
 * Which encoding the bytes of a page or a feed are in, decided the way a browser decides
 * (the WHATWG encoding sniffing algorithm): a byte order mark, then the charset of the HTTP
 * Content-Type when the bytes were fetched, then what the document declares in its first bytes
 * (`<meta charset>` / `<meta http-equiv="Content-Type">` in the first 1024 bytes of a page; the XML
 * declaration of a feed), else UTF-8. Unlike a browser, whose last resort is windows-1252, the
 * last resort here is strict UTF-8, so that a page that declares nothing and is not UTF-8 is
 * refused with the bytes named rather than read as wrong letters.
 *
 * Plain text and JSON Lines declare nothing and stay UTF-8 only (bytes.ts).
 */

/** Who declared an encoding. */
export type CharsetSource = 'BOM' | 'HTTP Content-Type' | '<meta charset>' | 'XML declaration';

export interface Charset {
  /** The WHATWG name in lower case, as TextDecoder#encoding gives it: `utf-8`, `windows-1251`, `koi8-r`. */
  readonly encoding: string;
  /** Who declared it; null when nothing usable did and UTF-8 is taken. */
  readonly source: CharsetSource | null;
  /** A declaration naming no encoding claimgraph can decode: named in the error if UTF-8 fails too. */
  readonly unknown?: { readonly label: string; readonly source: CharsetSource };
}

/**
 * An encoding label (`cp1251`, `latin1`, `Windows-1251`) -> the encoding's WHATWG name in lower
 * case, or null for a label the Encoding Standard does not know or Node cannot decode (`replacement`,
 * `x-user-defined`, `iso-8859-16`). Node's TextDecoder holds the standard's table of labels.
 */
export function encodingName(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

const isUtf16 = (encoding: string) => encoding === 'utf-16le' || encoding === 'utf-16be';

/** The first 1024 bytes as Latin-1: every declaration we look for is ASCII. */
const head = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString('latin1');

/** What a `<meta>` in the first 1024 bytes names as charset, as written; only read to name it in an error. */
const META_LABEL = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([^\s"'>;/]+)/i;

/**
 * The first two steps of both sniffing orders: a BOM, then the HTTP charset. A label it does not
 * know is kept to name in an error, and the caller reads on (as a browser ignores it and reads on).
 */
function bomOrTransport(bytes: Uint8Array, transport?: string | null): { charset: Charset } | { unknown: Charset['unknown'] } {
  const bom = bomEncoding(bytes);
  if (bom) return { charset: { encoding: bom, source: 'BOM' } };
  if (!transport) return { unknown: undefined };
  const name = encodingName(transport);
  if (name) return { charset: { encoding: name, source: 'HTTP Content-Type' } };
  return { unknown: { label: transport, source: 'HTTP Content-Type' } };
}

/** An HTML page's encoding: BOM, the HTTP charset (`transport`), the `<meta>` prescan, else UTF-8. */
export function htmlCharset(bytes: Uint8Array, transport?: string | null): Charset {
  const first = bomOrTransport(bytes, transport);
  if ('charset' in first) return first.charset;
  let unknown = first.unknown;
  // The prescan of the HTML standard (html-encoding-sniffer); '' when the page declares nothing it knows.
  const sniffed = sniffHtmlEncoding(bytes, { defaultEncoding: '' });
  const name = sniffed ? encodingName(sniffed) : null;
  if (name) return { encoding: name, source: '<meta charset>' };
  if (sniffed) unknown ??= { label: sniffed, source: '<meta charset>' };
  else {
    const label = META_LABEL.exec(head(bytes))?.[1];
    if (label && !encodingName(label)) unknown ??= { label, source: '<meta charset>' };
  }
  return { encoding: 'utf-8', source: null, ...(unknown ? { unknown } : {}) };
}

const XML_DECLARATION = /^<\?xml\s[^>]*?\bencoding\s*=\s*(["'])\s*([^"']*?)\s*\1/;

/** A feed's encoding: BOM, the HTTP charset (`transport`), the XML declaration's `encoding`, else UTF-8. */
export function xmlCharset(bytes: Uint8Array, transport?: string | null): Charset {
  const first = bomOrTransport(bytes, transport);
  if ('charset' in first) return first.charset;
  let unknown = first.unknown;
  const label = XML_DECLARATION.exec(head(bytes))?.[2];
  if (label) {
    const name = encodingName(label);
    // A declaration read as ASCII cannot be UTF-16 without a BOM: the rule of the HTML prescan, here too.
    if (name) return { encoding: isUtf16(name) ? 'utf-8' : name, source: 'XML declaration' };
    unknown ??= { label, source: 'XML declaration' };
  }
  return { encoding: 'utf-8', source: null, ...(unknown ? { unknown } : {}) };
}

/**
 * The bytes of a page or feed as text in `charset`, after the checks every reader makes (UTF-16
 * without a BOM, binary data), each failure a ClaimgraphError naming the file, the charset and
 * who declared it. `what` names the kind of input in the binary message (`HTML`, `a feed`).
 */
export function decodeMarkup(bytes: Uint8Array, charset: Charset, where: { file: string }, what: string): string {
  if (isUtf16(charset.encoding)) {
    const text = decodeLegacy(bytes, charset, where);
    if (text.includes('\0')) throw new ClaimgraphError('E_INPUT_BINARY', `binary data, not ${what}: holds a NUL character`, where);
    return text;
  }
  const utf16 = utf16Error(bytes, where);
  if (utf16) throw utf16;
  const binary = binaryReason(bytes);
  if (binary) throw new ClaimgraphError('E_INPUT_BINARY', `binary data, not ${what}: ${binary}`, where);
  if (charset.encoding === 'utf-8') return decodeUtf8(bytes, where, utf8Note(charset, what));
  // Legacy text is almost never valid UTF-8 once it holds a byte above 127: a page that is, and
  // declares otherwise, declares wrongly (a CMS that moved to UTF-8 and kept its old <meta>).
  // A browser would show it as wrong letters; we refuse it, naming the declaration.
  if (invalidUtf8At(bytes) === bytes.length && bytes.some((b) => b >= 0x80)) {
    throw new ClaimgraphError('E_INPUT_ENCODING',
      `the ${charset.source} declares ${charset.encoding}, but the bytes are UTF-8 (every byte above 127 is part of a valid UTF-8 sequence, which ${charset.encoding} text almost never is): the declaration is wrong; correct or remove it`, where);
  }
  return decodeLegacy(bytes, charset, where);
}

/** What to add to "not valid UTF-8" so that the user knows why UTF-8 was expected. */
function utf8Note(charset: Charset, what: string): string {
  if (charset.source) return `UTF-8 is what the ${charset.source} declares, wrongly`;
  if (charset.unknown) return `the ${charset.unknown.source} names charset ${JSON.stringify(charset.unknown.label)}, which is no encoding claimgraph can decode (see the WHATWG Encoding Standard's labels), so UTF-8 was tried`;
  const declarations = what === 'HTML' ? 'a <meta charset> in the first 1024 bytes' : 'an XML declaration with encoding=';
  return `no charset is declared (no BOM, HTTP Content-Type charset or ${declarations}), so UTF-8 was expected`;
}

/**
 * WHATWG windows-1252 at 0x80-0x9F (the rest is Latin-1). Not Node's TextDecoder: from Node
 * 20.18.3 it reads windows-1252 (and `latin1`, `iso-8859-1`, `ascii`, its labels) as Latin-1,
 * so that 0x92 gives U+0092 rather than ’ (nodejs/node#60888).
 */
const WINDOWS_1252_C1 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f'
  + '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeLegacy(bytes: Uint8Array, charset: Charset, where: { file: string }): string {
  const { encoding } = charset;
  if (encoding === 'windows-1252') {
    // Every byte is a character in windows-1252: nothing can be invalid.
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1')
      .replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]!);
  }
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    const note = charset.source ? `declared by the ${charset.source}` : undefined;
    throw badBytes(bytes, invalidAt(bytes, encoding), encoding, where, note);
  }
}

/**
 * Where decoding `bytes` as `encoding` first fails: the shortest prefix that a streaming decoder
 * refuses (an unfinished sequence at its end is no error while streaming) ends with the bad byte.
 * A binary search of about 24 decodes for 10 MB, paid only on the way to an error.
 */
function invalidAt(bytes: Uint8Array, encoding: string): number {
  const refuses = (n: number) => {
    try {
      new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return false;
    } catch {
      return true;
    }
  };
  let lo = 1;
  let hi = bytes.length;
  if (!refuses(hi)) return bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (refuses(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo - 1;
}
