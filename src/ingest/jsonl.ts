import { makeDocument, type Document } from '../model/document.ts';
import { ClaimgraphError } from '../model/errors.ts';
import { binaryReason, decodeUtf8, utf16Error, DEFAULT_MAX_BYTES, tooLarge, type IngestOptions } from './bytes.ts';
import { isCalendarDate } from './header.ts';
import { idFromPath } from './text-file.ts';

export interface JsonlOptions extends IngestOptions {
  /** Standard input may hold no documents at all; a file may not. */
  readonly allowEmpty?: boolean;
}

/** What one line gives: a Document, or the error that names what is wrong with it. */
export type JsonlEntry = Document | ClaimgraphError;

const NEWLINE = 10;
const BINARY_SAMPLE = 64 * 1024;

/**
 * JSON Lines `{id, text, date, title?, url?, source?}` -> Documents, streamed: lines are split on
 * bytes (a newline byte never occurs inside a UTF-8 sequence), so each line is decoded strictly and
 * memory holds one line at most. A line over the size cap is counted, not kept.
 *
 * Bad lines come out as ClaimgraphError values, in order, so that a caller can report one and go on
 * with the next document; `readJsonl` is the throwing form.
 */
export async function* readJsonlEntries(
  input: AsyncIterable<Uint8Array | string>,
  file: string,
  options: JsonlOptions = {},
): AsyncGenerator<JsonlEntry> {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const stem = idFromPath(file).replace(/^<|>$/g, '');
  let line = 0;
  let parts: Uint8Array[] = [];
  let size = 0;
  let first = true;
  let entries = 0;
  const finish = (): JsonlEntry | null => {
    line++;
    if (size > max) {
      entries++;
      return tooLarge(size, max, { file, line });
    }
    const bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
    const entry = parseLine(bytes, file, line, stem, options.keepAnyText);
    if (entry) entries++;
    return entry;
  };
  for await (const raw of input) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    if (first && chunk.length) {
      first = false;
      const utf16 = utf16Error(chunk, { file });
      if (utf16) {
        yield utf16;
        return;
      }
      const binary = binaryReason(chunk.subarray(0, BINARY_SAMPLE));
      if (binary) {
        yield new ClaimgraphError('E_INPUT_BINARY', `binary data, not JSON Lines: ${binary}`, { file });
        return;
      }
    }
    let pos = 0;
    while (pos <= chunk.length) {
      const nl = chunk.indexOf(NEWLINE, pos);
      const end = nl < 0 ? chunk.length : nl;
      size += end - pos;
      if (size <= max && end > pos) parts.push(chunk.subarray(pos, end));
      else if (size > max) parts = [];
      if (nl < 0) break;
      const entry = finish();
      parts = [];
      size = 0;
      if (entry) yield entry;
      pos = nl + 1;
    }
  }
  if (size > 0) {
    const entry = finish();
    if (entry) yield entry;
  }
  if (entries === 0 && !options.allowEmpty) {
    yield new ClaimgraphError('E_INPUT_EMPTY', line === 0 ? 'file is empty' : 'holds no documents, only blank lines', { file });
  }
}

/** Like readJsonlEntries, but the first bad line throws. */
export async function* readJsonl(input: AsyncIterable<Uint8Array | string>, file: string, options: JsonlOptions = {}): AsyncGenerator<Document> {
  for await (const entry of readJsonlEntries(input, file, options)) {
    if (entry instanceof ClaimgraphError) throw entry;
    yield entry;
  }
}

const isBlank = (bytes: Uint8Array) => bytes.every((b) => b === 32 || b === 9 || b === 13);
const describeType = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v);

/** One line -> a Document, an error, or null for a blank line. */
export function parseLine(bytes: Uint8Array, file: string, line: number, stem = idFromPath(file), keepAnyText = false): JsonlEntry | null {
  if (isBlank(bytes)) return null;
  const where = { file, line };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return new ClaimgraphError('E_INPUT_BINARY', `binary data, not JSON: a NUL byte at column ${nul + 1}`, where);
  let json: string;
  try {
    json = decodeUtf8(bytes, where);
  } catch (e) {
    if (e instanceof ClaimgraphError) return e;
    throw e;
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    return new ClaimgraphError('E_INPUT_JSON', `not JSON: ${(e as Error).message}`, where);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return new ClaimgraphError('E_INPUT_FIELD', `expected a JSON object {"id", "text", "date"}, got ${describeType(value)}`, where);
  }
  const o = value as Record<string, unknown>;
  if (typeof o.text !== 'string') {
    return new ClaimgraphError('E_INPUT_FIELD', o.text === undefined ? 'no "text" field' : `"text" must be a string, got ${describeType(o.text)}`, where);
  }
  if (!keepAnyText && !o.text.trim()) {
    return new ClaimgraphError('E_INPUT_EMPTY', o.text ? '"text" holds only white space' : '"text" is empty', where);
  }
  // An escaped NUL gets past the byte check: it is as much binary data as a raw one.
  const nulChar = o.text.indexOf('\u0000');
  if (nulChar >= 0 && !keepAnyText) return new ClaimgraphError('E_INPUT_BINARY', `binary data, not text: "text" holds a NUL character (\\u0000) at character ${nulChar}`, where);
  let id: string;
  if (o.id === undefined || o.id === null) id = `${stem}-${line}`;
  else if (typeof o.id === 'string' || typeof o.id === 'number') id = String(o.id);
  else return new ClaimgraphError('E_INPUT_FIELD', `"id" must be a string or a number, got ${describeType(o.id)}`, where);
  const context = { ...where, id };
  for (const key of ['title', 'url', 'source'] as const) {
    if (o[key] !== undefined && o[key] !== null && typeof o[key] !== 'string') {
      return new ClaimgraphError('E_INPUT_FIELD', `"${key}" must be a string or null, got ${describeType(o[key])}`, context);
    }
  }
  const date = parseDate(o.date);
  if (date === undefined) {
    return new ClaimgraphError('E_INPUT_FIELD', `"date" must be YYYY-MM-DD or null, got ${JSON.stringify(o.date)?.slice(0, 40)}`, context);
  }
  return makeDocument({
    id,
    text: o.text,
    date,
    title: (o.title as string | null | undefined) ?? null,
    url: (o.url as string | null | undefined) ?? null,
    source: (o.source as string | null | undefined) ?? null,
  });
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;

/** `YYYY-MM-DD`, or a timestamp that starts with one -> the date; null/absent -> null; else undefined. */
function parseDate(v: unknown): string | null | undefined {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v !== 'string') return undefined;
  const m = ISO_DATE.exec(v);
  if (!m || !isCalendarDate(+m[1]!, +m[2]!, +m[3]!)) return undefined;
  return v.slice(0, 10);
}
