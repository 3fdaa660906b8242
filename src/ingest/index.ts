import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, relative, sep } from 'node:path';
import type { Document } from '../model/document.ts';
import { ClaimgraphError } from '../model/errors.ts';
import { DEFAULT_MAX_BYTES, tooLarge, type IngestOptions } from './bytes.ts';
import { listInputFiles } from './directory.ts';
import { readJsonlEntries } from './jsonl.ts';
import { wellFormedDocument } from './well-formed.ts';
import { fsError, idFromPath, readTextFile, statFile, textFileDocument } from './text-file.ts';

export { DEFAULT_MAX_BYTES, type IngestOptions } from './bytes.ts';
export { parseHeader, type Header } from './header.ts';
export { readTextFile, textFileDocument, idFromPath } from './text-file.ts';
export { readJsonl, readJsonlEntries, parseLine, type JsonlEntry, type JsonlOptions } from './jsonl.ts';
export { listInputFiles } from './directory.ts';
// html.ts (linkedom, Readability) and feed.ts (fast-xml-parser) are imported where a page or a
// feed is met: loading them costs about 0.2 s of CPU, which a run over text or JSON Lines need not pay.

/** The name standard input goes by in messages. */
export const STDIN = '<stdin>';

export interface ReadOptions extends IngestOptions {
  /**
   * Called with each bad input (a file, or one JSONL line), after which reading goes on with the
   * next. Without it, the first bad input throws.
   */
  readonly onError?: (error: ClaimgraphError) => void;
  /**
   * Called with anything else one file's reading threw (a parser's own failure: a bug, not bad
   * input we recognize) and the file; reading goes on with the next file. Without it, it throws.
   */
  readonly onFailure?: (error: unknown, file: string) => void;
  /**
   * Called with each warning (code W_...): a document read with lone surrogates replaced, or an id
   * already read in this run. Without it, warnings are dropped.
   */
  readonly onWarning?: (warning: ClaimgraphError) => void;
  /**
   * Of a directory's files, read only those this accepts (`claimgraph watch` rereads the changed
   * ones); their ids stay those a whole read of the directory gives.
   */
  readonly only?: (file: string) => boolean;
  /** Where `-` reads from: JSON Lines. Defaults to process.stdin. */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
}

/**
 * Paths -> Documents, one at a time and in order: a .jsonl file gives one per line, an .html page
 * one article, an RSS or Atom feed (.xml, .rss, .atom) one per item, a directory every such file
 * under it (sorted, recursive), `-` JSON Lines on standard input, and a .txt file one plain-text
 * article. A file with another extension is recognized by its first bytes (a feed, a page, or text).
 *
 * Every document leaves here well-formed (a lone surrogate becomes U+FFFD, with a warning), so that
 * what is extracted and what is stored are one string, unless `keepAnyText` asks for the texts as
 * given (nothing is stored then); an id read twice in one run is a warning.
 */
export async function* readInputs(paths: readonly string[], options: ReadOptions = {}): AsyncGenerator<Document> {
  const seen = new Map<string, string>();
  for await (const { document, file } of readAll(paths, options)) {
    let out = document;
    // Answered, not stored (`keepAnyText`): the text stays as given, so offsets slice the caller's string.
    const fixed = options.keepAnyText ? null : wellFormedDocument(document);
    if (fixed) {
      out = fixed.document;
      options.onWarning?.(new ClaimgraphError('W_INPUT_REPAIRED',
        `document ${JSON.stringify(out.id)}: lone UTF-16 surrogates replaced by U+FFFD (${fixed.repaired.join('; ')})`, { file, id: out.id }));
    }
    const before = seen.get(out.id);
    if (before !== undefined) {
      options.onWarning?.(new ClaimgraphError('W_INPUT_DUPLICATE',
        `document ${JSON.stringify(out.id)} was already read in this run${before === file ? '' : ` (from ${before})`}; this one replaces it`, { file, id: out.id }));
    } else seen.set(out.id, file);
    yield out;
  }
}

async function* readAll(paths: readonly string[], options: ReadOptions): AsyncGenerator<{ document: Document; file: string }> {
  const fail = (e: unknown, file?: string) => {
    if (e instanceof ClaimgraphError && options.onError) options.onError(e);
    else if (!(e instanceof ClaimgraphError) && file !== undefined && options.onFailure) options.onFailure(e, file);
    else throw e;
  };
  const fromFile = async function* (file: string, id: string | undefined) {
    try {
      for await (const document of readFileDocuments(file, id, options, fail)) yield { document, file };
    } catch (e) {
      fail(e, file);
    }
  };
  for (const path of paths) {
    try {
      if (path === '-') {
        for await (const document of jsonlDocuments(options.stdin ?? process.stdin, STDIN, { ...options, allowEmpty: true }, fail)) yield { document, file: STDIN };
        continue;
      }
      const info = await statFile(path);
      if (!info.isDirectory()) {
        yield* fromFile(path, undefined);
        continue;
      }
      const files = await listInputFiles(path, (e) => fail(e));
      if (!files.length) throw new ClaimgraphError('E_INPUT_EMPTY', 'directory holds no .txt, .jsonl, .html or feed files', { file: path });
      for (const file of files) {
        if (options.only && !options.only(file)) continue;
        const id = relative(path, file).split(sep).join('/').replace(/\.[^./]*$/, '');
        yield* fromFile(file, id);
      }
    } catch (e) {
      fail(e, path);
    }
  }
}

type Format = 'jsonl' | 'html' | 'feed' | 'text';

const FORMAT_BY_EXTENSION: Record<string, Format> = {
  '.jsonl': 'jsonl', '.txt': 'text', '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.xml': 'feed', '.rss': 'feed', '.atom': 'feed', '.rdf': 'feed',
};

/** What the first bytes of a file say it is: markup that opens a feed or a page, else text. */
export function sniffFormat(bytes: Uint8Array): Format {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1').replace(/^\ufeff|^\xef\xbb\xbf/, '').trimStart().toLowerCase();
  if (!head.startsWith('<')) return 'text';
  if (/<(rss|feed|rdf:rdf)[\s>]/.test(head)) return 'feed';
  if (head.startsWith('<!doctype html') || /<(html|head|body)[\s>]/.test(head)) return 'html';
  return 'text';
}

async function readCapped(path: string, max: number): Promise<Uint8Array> {
  const info = await statFile(path);
  if (info.size > max) throw tooLarge(info.size, max, { file: path });
  const bytes = await readFile(path).catch((e: unknown) => { throw fsError(e, path); });
  if (bytes.length > max) throw tooLarge(bytes.length, max, { file: path });
  return bytes;
}

async function* readFileDocuments(path: string, id: string | undefined, options: ReadOptions, fail: (e: unknown) => void): AsyncGenerator<Document> {
  const format: Format | undefined = FORMAT_BY_EXTENSION[extname(path).toLowerCase()];
  if (format === 'text') {
    yield await readTextFile(path, id === undefined ? options : { ...options, id });
    return;
  }
  if (format === 'jsonl') {
    const stream = createReadStream(path, { highWaterMark: 1 << 16 });
    try {
      yield* jsonlDocuments(stream, path, options, fail);
    } catch (e) {
      throw fsError(e, path);
    } finally {
      stream.destroy();
    }
    return;
  }
  const bytes = await readCapped(path, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const kind = format ?? sniffFormat(bytes);
  if (kind === 'html') yield (await import('./html.ts')).htmlDocument(bytes, path, id ?? idFromPath(path), null, options.onWarning);
  else if (kind === 'feed') {
    for (const entry of (await import('./feed.ts')).feedEntries(bytes, path)) {
      if (entry instanceof ClaimgraphError) fail(entry);
      else yield entry;
    }
  } else yield textFileDocument(bytes, path, id ?? idFromPath(path));
}

async function* jsonlDocuments(input: AsyncIterable<Uint8Array | string>, file: string, options: IngestOptions & { allowEmpty?: boolean }, fail: (e: unknown) => void): AsyncGenerator<Document> {
  for await (const entry of readJsonlEntries(input, file, { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, allowEmpty: options.allowEmpty, keepAnyText: options.keepAnyText })) {
    if (entry instanceof ClaimgraphError) fail(entry);
    else yield entry;
  }
}
