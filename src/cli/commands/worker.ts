import type PgBoss from 'pg-boss';
import { ClaimgraphError } from '../../model/errors.ts';
import type { Document } from '../../model/document.ts';
import type { Extraction } from '../../model/items.ts';
import { ARTICLES_QUEUE, openQueue, pendingJobs, requirePostgres, type ArticleJob } from '../../queue/index.ts';
import { displayLocation, openStore, storeLocation } from '../../store/index.ts';
import type { StoredArticle } from '../../store/store.ts';
import type { CommandIo } from '../io.ts';
import { command } from '../command.ts';
import { wholeNumber } from '../options.ts';
import { identityRules } from '../../link/identity-rules.ts';

const LOG_EVERY_MS = 5000;

export interface WorkerSummary {
  /** Jobs taken (a retried job counts each time). */
  jobs: number;
  added: number;
  replaced: number;
  unchanged: number;
  failed: number;
  seconds: number;
}

export const workerCommand = command({
  name: 'worker',
  synopsis: ['worker --db postgres://USER@HOST:PORT/DB [--batch N] [--until-empty] [--json]'],
  description: `Takes articles that 'claimgraph ingest --queue' put on the queue in that database, extracts them
and stores them there. Run as many workers as you like, on as many machines as reach the database:
each job goes to one worker; a worker killed mid-job loses nothing (the job is retried by another
once it times out, and an article is stored once however often it is retried).`,
  args: {
    rest: { type: 'positional', required: false, valueHint: 'none', description: 'refused: the command takes options only' },
    db: { type: 'string', valueHint: 'URL', description: 'the PostgreSQL store holding the queue (or CLAIMGRAPH_DB)' },
    batch: { type: 'string', valueHint: 'N', description: 'jobs taken at a time and stored in one transaction (default 5)' },
    'until-empty': { type: 'boolean', default: false, description: 'exit once no job is waiting or running (else run until SIGINT/SIGTERM)' },
    poll: { type: 'string', valueHint: 'SECONDS', description: 'wait between looks at an empty queue (default 1)' },
    maintenance: { type: 'string', valueHint: 'SECONDS', description: 'how often to look for jobs whose worker died (default 30)' },
    json: { type: 'boolean', default: false, description: 'print the summary as one JSON line' },
  },
  run: workerRun,
});

async function workerRun(values: { db?: string | undefined; batch?: string | undefined; 'until-empty': boolean; poll?: string | undefined; maintenance?: string | undefined; json: boolean; _: string[] }, io: CommandIo): Promise<number> {
  const positionals = values._;
  if (positionals.length) throw new ClaimgraphError('E_USAGE', `worker takes no arguments, got ${JSON.stringify(positionals.join(' '))}`);
  const db = storeLocation(values.db);
  if (!db) throw new ClaimgraphError('E_USAGE', "worker needs --db postgres://...; see 'claimgraph worker --help'");
  requirePostgres(db, 'worker');
  const batch = wholeNumber('batch', values.batch, 5, 1, 'jobs');
  const poll = wholeNumber('poll', values.poll, 1, 1, 'seconds');
  const maintenance = wholeNumber('maintenance', values.maintenance, 30, 1, 'seconds');

  const store = await openStore(db, { identities: identityRules });
  let boss: PgBoss | null = null;
  let stop = false;
  const onSignal = () => { stop = true; };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const started = Date.now();
  const summary: WorkerSummary = { jobs: 0, added: 0, replaced: 0, unchanged: 0, failed: 0, seconds: 0 };
  let status = 0;
  try {
    boss = await openQueue(db, { supervise: true, maintenanceSeconds: maintenance });
    const extract = lazyExtractor();
    let lastLog = started;
    while (!stop) {
      const jobs = await boss.fetch<ArticleJob>(ARTICLES_QUEUE, { batchSize: batch });
      if (!jobs?.length) {
        if (values['until-empty'] && (await pendingJobs(boss)) === 0) break;
        await new Promise((r) => setTimeout(r, poll * 1000));
        continue;
      }
      summary.jobs += jobs.length;
      const ledgers: StoredArticle[] = [];
      const done: string[] = [];
      for (const job of jobs) {
        const { document, hash } = job.data;
        try {
          // Stored by an earlier try of this job, or by another: nothing to extract.
          if ((await store.hashes([document.id])).get(document.id) === hash) summary.unchanged++;
          else ledgers.push({ document, hash, extraction: await extract(document) });
          done.push(job.id);
        } catch (e) {
          // An extraction bug costs this article only: the job is failed (retried, then kept as failed), the batch goes on.
          summary.failed++;
          status = 2;
          io.report(e, { id: document.id });
          await boss.fail(ARTICLES_QUEUE, job.id, { message: (e as Error).message ?? String(e) });
        }
      }
      const result = await store.put(ledgers);
      summary.added += result.added;
      summary.replaced += result.replaced;
      summary.unchanged += result.unchanged;
      // Completed only after the put committed: a worker that dies before this line leaves the jobs to be retried.
      if (done.length) await boss.complete(ARTICLES_QUEUE, done);
      if (Date.now() - lastLog >= LOG_EVERY_MS) {
        lastLog = Date.now();
        process.stderr.write(`worker: ${summary.jobs} jobs: ${summary.added} added, ${summary.replaced} replaced, ${summary.unchanged} unchanged, ${summary.failed} failed\n`);
      }
    }
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    await boss?.stop({ graceful: false, wait: true, close: true }).catch(() => undefined);
    await store.close();
  }
  summary.seconds = (Date.now() - started) / 1000;
  if (values.json) io.stdout.write(JSON.stringify(summary) + '\n');
  else {
    io.stdout.write(`worker: ${summary.jobs} jobs in ${summary.seconds.toFixed(1)} s: ${summary.added} added, ${summary.replaced} replaced, `
      + `${summary.unchanged} unchanged, ${summary.failed} failed; ${displayLocation(db)}\n`);
  }
  return status;
}

/** The pipeline, loaded on the first article that needs extracting. */
function lazyExtractor(): (d: Document) => Promise<Extraction> {
  let extract: ((d: Document) => { extraction: Extraction }) | null = null;
  return async (d) => {
    extract ??= (await import('../../extract/pipeline.ts')).extractDocument;
    return extract(d).extraction;
  };
}
