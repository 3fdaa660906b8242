import { createReadStream } from 'node:fs';
import { SingleBar } from 'cli-progress';
import { listInputFiles, readInputs } from '../../ingest/index.ts';
import { ClaimgraphError } from '../../model/errors.ts';
import { commitDocuments, type CommitProgress } from '../../store/commit.ts';
import { displayLocation, openStore, storeLocation } from '../../store/index.ts';
import type { Extraction } from '../../model/items.ts';
import type { Document } from '../../model/document.ts';
import type { CommandIo } from '../io.ts';
import { command } from '../command.ts';
import { wholeNumber } from '../options.ts';
import { identityRules } from '../../link/identity-rules.ts';

const LOG_EVERY_MS = 5000;

export const ingestCommand = command({
  name: 'ingest',
  synopsis: ['ingest PATH... --db FILE [--batch N] [--json]'],
  description: `Extracts every article and stores it with its whole extraction in the ledger FILE (SQLite; made
if missing). An article already stored with the same content is skipped; a changed one (same id,
new content) replaces its old extraction. Each batch of articles is one transaction: an ingest
killed at any moment leaves every article whole or absent, and the next run goes on from there.

Inputs:
  FILE.txt              one article; an optional first line "date YYYY-MM-DD" gives its date
  FILE.jsonl            one article per line: {"id", "text", "date", "title"?, "url"?, "source"?}
  FILE.html             a web page: its main text, title, byline, date and canonical URL
  FILE.xml|.rss|.atom   an RSS or Atom feed: one article per item
  DIR                   every such file under it, sorted
  -                     JSON Lines on standard input`,
  args: {
    paths: { type: 'positional', required: false, valueHint: 'PATH...', description: 'the articles' },
    db: { type: 'string', valueHint: 'FILE', description: 'the store (required)' },
    batch: { type: 'string', default: '50', valueHint: 'N', description: 'articles per transaction (default 50)' },
    json: { type: 'boolean', default: false, description: 'print the summary as one JSON line' },
    queue: {
      type: 'boolean', default: false,
      description: "with a PostgreSQL --db: put the articles on its queue for 'claimgraph worker'\ninstead of extracting them here (see 'claimgraph worker --help')",
    },
    'job-timeout': { type: 'string', valueHint: 'SECONDS', description: 'with --queue: a job running longer is taken as lost and retried (default 600)' },
  },
  notes: `--db may be a PostgreSQL URL (postgres://USER:PASSWORD@HOST:PORT/DB); CLAIMGRAPH_DB is used when
--db is not given.

A progress bar with rate and ETA shows on a terminal, a log line every few seconds otherwise.
A bad input is reported as "claimgraph: FILE:LINE: message"; the rest is still ingested, and the
exit status is 1.`,
  run: ingestRun,
});

async function ingestRun(values: { db?: string | undefined; batch: string; json: boolean; queue: boolean; 'job-timeout'?: string | undefined; _: string[] }, io: CommandIo): Promise<number> {
  const positionals = values._;
  const db = storeLocation(values.db);
  if (!db) throw new ClaimgraphError('E_USAGE', "ingest needs --db FILE; see 'claimgraph ingest --help'");
  if (!positionals.length) throw new ClaimgraphError('E_USAGE', "ingest needs a FILE or DIR; see 'claimgraph ingest --help'");
  const batchSize = wholeNumber('batch', values.batch, 50, 1, 'articles');

  if (values.queue) {
    const jobTimeout = values['job-timeout'] === undefined ? undefined : wholeNumber('job-timeout', values['job-timeout'], 600, 1, 'seconds');
    return (await import('../enqueue.ts')).enqueueCommand({ db, paths: positionals, batchSize: 100, json: values.json, ...(jobTimeout !== undefined ? { jobTimeout } : {}) }, io);
  }
  const store = await openStore(db, { identities: identityRules });
  let status = 0;
  const stderr = process.stderr;
  const tty = stderr.isTTY === true && process.env.CI !== 'true';
  const total = tty ? await estimateArticles(positionals) : null;
  const bar = tty ? new SingleBar({
    stream: stderr,
    format: 'ingest |{bar}| {value}/{total} articles | {rate}/s | ETA {eta_formatted} | +{added} ~{replaced} ={unchanged}',
    hideCursor: true,
    etaBuffer: 200,
    fps: 5,
  }) : null;
  bar?.start(total ?? 0, 0, { rate: '0', added: 0, replaced: 0, unchanged: 0 });
  const started = Date.now();
  let lastLog = started;
  const rate = (p: CommitProgress) => (p.read / Math.max((Date.now() - started) / 1000, 0.001)).toFixed(1);
  // A log line must not cut into the bar: clear it, write, and let it redraw.
  const report = (e: unknown, where?: { id?: string; file?: string }) => {
    if (bar) stderr.write('\r\x1b[K');
    io.report(e, where);
  };

  let result: CommitProgress;
  try {
    const documents = readInputs(positionals, {
      stdin: io.stdin,
      onError: (e) => {
        report(e);
        status = Math.max(status, 1);
      },
      // A parser's own failure on one file costs only that file: named, and the rest still read.
      onFailure: (e, file) => {
        report(e, { file });
        status = 2;
      },
      onWarning: (w) => report(w),
    });
    result = await commitDocuments(store, documents, {
      extract: lazyExtractor(),
      batchSize,
      onFailure: (e, d) => {
        report(e, { id: d.id });
        status = 2;
      },
      onProgress: (p) => {
        if (bar) {
          if (p.read > bar.getTotal()) bar.setTotal(p.read);
          bar.update(p.read, { rate: rate(p), added: p.added, replaced: p.replaced, unchanged: p.unchanged });
        } else if (Date.now() - lastLog >= LOG_EVERY_MS) {
          lastLog = Date.now();
          stderr.write(`ingest: ${p.read} articles read (${rate(p)}/s): ${p.added} added, ${p.replaced} replaced, ${p.unchanged} unchanged\n`);
        }
      },
    });
    // The estimate may have been off: end the bar at what was read.
    bar?.setTotal(result.read);
    bar?.update(result.read, { rate: rate(result), added: result.added, replaced: result.replaced, unchanged: result.unchanged });
  } finally {
    bar?.stop();
  }
  const stats = await store.stats();
  await store.close();
  const seconds = (Date.now() - started) / 1000;
  const summary = { ...result, seconds, articles_per_second: result.read / Math.max(seconds, 0.001), store: displayLocation(db), stored: stats.articles };
  if (values.json) io.stdout.write(JSON.stringify(summary) + '\n');
  else {
    const nothing = result.added + result.replaced === 0 ? ' (nothing changed)' : '';
    io.stdout.write(`ingested ${result.read} articles in ${seconds.toFixed(1)} s (${summary.articles_per_second.toFixed(1)}/s): `
      + `${result.added} added, ${result.replaced} replaced, ${result.unchanged} unchanged, ${result.failed} failed${nothing}; `
      + `${displayLocation(db)} holds ${stats.articles} articles\n`);
  }
  return status;
}

/** The pipeline, loaded on the first article that needs extracting (a run that changes nothing starts fast). */
export function lazyExtractor(): (d: Document) => Promise<Extraction> {
  let extract: ((d: Document) => { extraction: Extraction }) | null = null;
  return async (d) => {
    extract ??= (await import('../../extract/pipeline.ts')).extractDocument;
    return extract(d).extraction;
  };
}

/**
 * How many articles the inputs hold, for the progress bar's total and ETA: a line per JSON Lines
 * line, an item per <item> or <entry> in a feed, one per other file. Streams, so it costs a read of
 * the input and no memory; a guess is fine (the bar grows if it was short).
 */
async function estimateArticles(paths: readonly string[]): Promise<number | null> {
  let n = 0;
  for (const path of paths) {
    if (path === '-') return null;
    const files = await listInputFiles(path).catch(() => [path]);
    for (const file of files) {
      if (/\.jsonl$/i.test(file)) n += await countInFile(file, (chunk) => count(chunk, '\n'));
      else if (/\.(xml|rss|atom|rdf)$/i.test(file)) n += await countInFile(file, (chunk) => count(chunk, '<item') + count(chunk, '<entry'));
      else n++;
    }
  }
  return n;
}

const count = (s: string, what: string) => {
  let k = 0;
  for (let i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + what.length)) k++;
  return k;
};

async function countInFile(file: string, f: (chunk: string) => number): Promise<number> {
  let n = 0;
  try {
    // latin1 keeps one character per byte: a tag split between chunks is missed, no more.
    for await (const chunk of createReadStream(file, { encoding: 'latin1', highWaterMark: 1 << 20 })) n += f(chunk as string);
  } catch {
    return 1;
  }
  return Math.max(n, 1);
}
