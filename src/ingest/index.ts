import { createReadStream } from 'node:fs';
import { extname, relative, sep } from 'node:path';
import type { Document } from '../model/document.ts';
import { ClaimgraphError } from '../model/errors.ts';
import { DEFAULT_MAX_BYTES, type IngestOptions } from './bytes.ts';
import { listInputFiles } from './directory.ts';
import { readJsonlEntries } from './jsonl.ts';
import { fsError, readTextFile, statFile } from './text-file.ts';

export { DEFAULT_MAX_BYTES, type IngestOptions } from './bytes.ts';
export { parseHeader, type Header } from './header.ts';
export { readTextFile, textFileDocument, idFromPath } from './text-file.ts';
export { readJsonl, readJsonlEntries, parseLine, type JsonlEntry, type JsonlOptions } from './jsonl.ts';
export { listInputFiles } from './directory.ts';

/** The name standard input goes by in messages. */
export const STDIN = '<stdin>';

export interface ReadOptions extends IngestOptions {
  /**
   * Called with each bad input (a file, or one JSONL line), after which reading goes on with the
   * next. Without it, the first bad input throws.
   */
  readonly onError?: (error: ClaimgraphError) => void;
  /** Where `-` reads from: JSON Lines. Defaults to process.stdin. */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
}

/**
 * Paths -> Documents, one at a time and in order: a .jsonl file gives one per line, a directory
 * every .txt and .jsonl file under it (sorted, recursive), `-` JSON Lines on standard input, and any
 * other file is one plain-text article.
 */
export async function* readInputs(paths: readonly string[], options: ReadOptions = {}): AsyncGenerator<Document> {
  const fail = (e: unknown) => {
    if (!(e instanceof ClaimgraphError) || !options.onError) throw e;
    options.onError(e);
  };
  for (const path of paths) {
    try {
      if (path === '-') {
        yield* jsonlDocuments(options.stdin ?? process.stdin, STDIN, { ...options, allowEmpty: true }, fail);
        continue;
      }
      const info = await statFile(path);
      if (!info.isDirectory()) {
        yield* readFileDocuments(path, undefined, options, fail);
        continue;
      }
      const files = await listInputFiles(path);
      if (!files.length) throw new ClaimgraphError('E_INPUT_EMPTY', 'directory holds no .txt or .jsonl files', { file: path });
      for (const file of files) {
        const id = relative(path, file).split(sep).join('/').replace(/\.[^./]*$/, '');
        try {
          yield* readFileDocuments(file, id, options, fail);
        } catch (e) {
          fail(e);
        }
      }
    } catch (e) {
      fail(e);
    }
  }
}

async function* readFileDocuments(path: string, id: string | undefined, options: ReadOptions, fail: (e: unknown) => void): AsyncGenerator<Document> {
  if (extname(path).toLowerCase() !== '.jsonl') {
    yield await readTextFile(path, id === undefined ? options : { ...options, id });
    return;
  }
  const stream = createReadStream(path, { highWaterMark: 1 << 16 });
  try {
    yield* jsonlDocuments(stream, path, options, fail);
  } catch (e) {
    throw fsError(e, path);
  } finally {
    stream.destroy();
  }
}

async function* jsonlDocuments(input: AsyncIterable<Uint8Array | string>, file: string, options: IngestOptions & { allowEmpty?: boolean }, fail: (e: unknown) => void): AsyncGenerator<Document> {
  for await (const entry of readJsonlEntries(input, file, { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, allowEmpty: options.allowEmpty })) {
    if (entry instanceof ClaimgraphError) fail(entry);
    else yield entry;
  }
}
