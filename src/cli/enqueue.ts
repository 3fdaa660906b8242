import { readInputs } from '../ingest/index.ts';
import { enqueue, openQueue, requirePostgres, type ArticleJob } from '../queue/index.ts';
import { contentHash } from '../store/hash.ts';
import { displayLocation, openStore } from '../store/index.ts';
import type { CommandIo } from './io.ts';
import { identityRules } from '../link/identity-rules.ts';

export interface EnqueueOptions {
  readonly db: string;
  readonly paths: readonly string[];
  readonly batchSize: number;
  readonly json: boolean;
  /** Seconds a job may run before it is taken as lost and retried (`--job-timeout`). */
  readonly jobTimeout?: number;
}

/**
 * `claimgraph ingest --queue`: reads the inputs as ingest does (same errors, same warnings), and
 * puts each article whose id and hash are not stored yet on the queue for `claimgraph worker`.
 * Nothing is extracted here.
 */
export async function enqueueCommand(options: EnqueueOptions, io: CommandIo): Promise<number> {
  requirePostgres(options.db, 'ingest --queue');
  const store = await openStore(options.db, { identities: identityRules });
  const boss = await openQueue(options.db, options.jobTimeout !== undefined ? { jobTimeout: options.jobTimeout } : {});
  let status = 0;
  const started = Date.now();
  const summary = { read: 0, queued: 0, unchanged: 0 };
  try {
    let batch: ArticleJob[] = [];
    const flush = async () => {
      const stored = await store.hashes(batch.map((j) => j.document.id));
      const fresh = batch.filter((j) => stored.get(j.document.id) !== j.hash);
      summary.unchanged += batch.length - fresh.length;
      await enqueue(boss, fresh);
      summary.queued += fresh.length;
      batch = [];
    };
    const documents = readInputs(options.paths, {
      stdin: io.stdin,
      onError: (e) => { io.report(e); status = Math.max(status, 1); },
      onFailure: (e, file) => { io.report(e, { file }); status = 2; },
      onWarning: (w) => io.report(w),
    });
    try {
      for await (const document of documents) {
        summary.read++;
        batch.push({ document, hash: contentHash(document) });
        if (batch.length >= options.batchSize) await flush();
      }
    } finally {
      await flush();
    }
  } finally {
    await boss.stop({ graceful: false, wait: true, close: true }).catch(() => undefined);
    await store.close();
  }
  const seconds = (Date.now() - started) / 1000;
  if (options.json) io.stdout.write(JSON.stringify({ ...summary, seconds, store: displayLocation(options.db) }) + '\n');
  else io.stdout.write(`queued ${summary.queued} of ${summary.read} articles in ${seconds.toFixed(1)} s (${summary.unchanged} already stored); 'claimgraph worker --db ...' stores them\n`);
  return status;
}
