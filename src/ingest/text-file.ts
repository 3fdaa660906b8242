import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { makeDocument, type Document } from '../model/document.ts';
import { ClaimgraphError } from '../model/errors.ts';
import { binaryReason, decodeUtf8, utf16Error, DEFAULT_MAX_BYTES, tooLarge, type IngestOptions } from './bytes.ts';
import { parseHeader } from './header.ts';

/** The file name without its extension: `articles/pokrovsk.txt` -> `pokrovsk`. */
export function idFromPath(path: string): string {
  return basename(path, extname(path));
}

/**
 * A plain text file -> Document: strict UTF-8, an optional `date YYYY-MM-DD` header, the rest
 * verbatim. The size is checked before anything is read.
 */
export async function readTextFile(path: string, options: IngestOptions & { id?: string } = {}): Promise<Document> {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const info = await statFile(path);
  if (info.size > max) throw tooLarge(info.size, max, { file: path });
  const bytes = await readFile(path).catch((e: unknown) => { throw fsError(e, path); });
  // A pipe or device reports no size up front.
  if (bytes.length > max) throw tooLarge(bytes.length, max, { file: path });
  return textFileDocument(bytes, path, options.id ?? idFromPath(path));
}

/** The checks and the header, on bytes already read. */
export function textFileDocument(bytes: Uint8Array, file: string, id: string): Document {
  if (bytes.length === 0) throw new ClaimgraphError('E_INPUT_EMPTY', 'file is empty', { file });
  const utf16 = utf16Error(bytes, { file });
  if (utf16) throw utf16;
  const binary = binaryReason(bytes);
  if (binary) throw new ClaimgraphError('E_INPUT_BINARY', `binary data, not text: ${binary}`, { file });
  const raw = decodeUtf8(bytes, { file });
  const header = parseHeader(raw, file);
  const text = raw.slice(header.bodyStart);
  if (!text.trim()) {
    throw new ClaimgraphError('E_INPUT_EMPTY', header.date ? 'has a date header but no article text' : 'holds only white space', { file });
  }
  // A plain text file names no outlet: its path is not one (facts the article states would be claimed by a path).
  return makeDocument({ id, text, date: header.date, source: null });
}

export function statFile(path: string) {
  return stat(path).catch((e: unknown) => { throw fsError(e, path); });
}

/** A file system error that is the input's fault, as a ClaimgraphError; anything else unchanged. */
export function fsError(e: unknown, path: string): unknown {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new ClaimgraphError('E_INPUT_MISSING', 'no such file or directory', { file: path });
  if (code === 'EACCES' || code === 'EPERM') return new ClaimgraphError('E_INPUT_MISSING', 'permission denied', { file: path });
  if (code === 'EISDIR') return new ClaimgraphError('E_INPUT_MISSING', 'is a directory, not a file', { file: path });
  return e;
}
