/**
 * The article queue: pg-boss (10.x, the last for Node 20) in the same PostgreSQL database as the
 * store, in its own schema `pgboss`. `claimgraph ingest --queue` puts one job per article (the whole
 * document in the job); `claimgraph worker`, on any number of machines, takes jobs one at a time,
 * extracts and stores them. There is no queue of our own: pg-boss takes a job with `SKIP LOCKED`
 * (one worker per job), and a job whose worker dies stays `active` until it expires, then is
 * retried by another worker. The store's `put` is idempotent by id and hash in one transaction, so
 * a retried job stores its article once.
 */
import PgBoss from 'pg-boss';
import { ClaimgraphError } from '../model/errors.ts';
import type { Document } from '../model/document.ts';

export const ARTICLES_QUEUE = 'claimgraph-articles';

/** What a job carries: the document as read, and its content hash (the store's skip test). */
export interface ArticleJob {
  readonly document: Document;
  readonly hash: string;
}

export interface QueueOptions {
  /** Seconds a job may stay active before it is taken as lost (its worker died) and retried. */
  readonly jobTimeout?: number;
  /** How often this process checks for lost jobs (pg-boss maintenance; one process at a time does it). */
  readonly maintenanceSeconds?: number;
  /** Whether this process looks for lost jobs at all (a worker does; an enqueuer need not). */
  readonly supervise?: boolean;
}

export const DEFAULT_JOB_TIMEOUT = 600;
/** Retries of a job: a worker killed mid-job costs one. */
const RETRY_LIMIT = 5;

/** Connects pg-boss to the database at `url` (creating its schema and the articles queue once). */
export async function openQueue(url: string, options: QueueOptions = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    application_name: 'claimgraph-queue',
    max: 2,
    schedule: false,
    supervise: options.supervise ?? false,
    maintenanceIntervalSeconds: options.maintenanceSeconds ?? 30,
  });
  // pg-boss reports its own background failures as events; one line each, the process goes on.
  boss.on('error', (e: Error) => process.stderr.write(`claimgraph: queue: ${e.message}\n`));
  await boss.start();
  const queue = await boss.getQueue(ARTICLES_QUEUE);
  if (!queue) {
    try {
      await boss.createQueue(ARTICLES_QUEUE, { name: ARTICLES_QUEUE, retryLimit: RETRY_LIMIT, retryDelay: 1, expireInSeconds: options.jobTimeout ?? DEFAULT_JOB_TIMEOUT });
    } catch (e) {
      // Another process created it between our look and our create.
      if (!(await boss.getQueue(ARTICLES_QUEUE))) throw e;
    }
  } else if (options.jobTimeout !== undefined && queue.expireInSeconds !== options.jobTimeout) {
    await boss.updateQueue(ARTICLES_QUEUE, { name: ARTICLES_QUEUE, expireInSeconds: options.jobTimeout });
  }
  return boss;
}

/** Puts the documents on the queue in one insert. */
export async function enqueue(boss: PgBoss, jobs: readonly ArticleJob[]): Promise<void> {
  if (!jobs.length) return;
  await boss.insert(jobs.map((data) => ({ name: ARTICLES_QUEUE, data: data as unknown as object })));
}

/** Jobs not finished yet: waiting, waiting for a retry, or active (possibly with a worker that died). */
export async function pendingJobs(boss: PgBoss): Promise<number> {
  return boss.getQueueSize(ARTICLES_QUEUE, { before: 'completed' });
}

export function requirePostgres(location: string, what: string): void {
  if (!/^postgres(ql)?:\/\//i.test(location)) {
    throw new ClaimgraphError('E_USAGE', `${what} needs a PostgreSQL store (--db postgres://USER@HOST:PORT/DB, or CLAIMGRAPH_DB): the queue lives in that database`);
  }
}
