/**
 * Workers on one PostgreSQL (issue 17): `claimgraph ingest --queue` enqueues N articles, two
 * `claimgraph worker` processes take them, one is killed with SIGKILL mid-run and another started;
 * every article ends up stored exactly once, whole, and the killed worker's jobs were retried.
 * Real processes, a real server (./pg-server.ts), pg-boss's real queue.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/pipeline.ts';
import { openPostgresStore } from '../../src/store/postgres/index.ts';
import { FIXTURE_IDS, readFixture } from './corpus.ts';
import { startPgServer, type PgServer } from './pg-server.ts';
import { identityRules } from '../../src/link/identity-rules.ts';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const bin = join(root, 'bin/claimgraph');
const tmp = mkdtempSync(join(tmpdir(), 'claimgraph-workers-'));
let server: PgServer;
beforeAll(async () => { server = await startPgServer(); });
afterAll(async () => {
  await server?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

const ARTICLES = 30;
const KILL_AFTER = 4;

function writeCorpus(): string {
  const texts = FIXTURE_IDS.map((id) => readFixture(id));
  const lines = Array.from({ length: ARTICLES }, (_, i) => {
    const base = texts[i % texts.length]!;
    return JSON.stringify({ id: `w${String(i).padStart(3, '0')}`, date: base.date, text: `Dispatch ${i} from the southern front.\n\n${base.text}` });
  });
  const path = join(tmp, 'corpus.jsonl');
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

const run = (args: string[]) => new Promise<string>((done, fail) => execFile(process.execPath, [bin, ...args], (e, out, err) => (e ? fail(new Error(`${e.message}\n${err}`)) : done(out))));

interface Exit { code: number | null; signal: NodeJS.Signals | null; out: string; err: string }
function worker(db: string): { child: ChildProcess; exited: Promise<Exit> } {
  const child = spawn(process.execPath, [bin, 'worker', '--db', db, '--until-empty', '--json', '--batch', '2', '--poll', '1', '--maintenance', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (c: Buffer) => { out += c.toString(); });
  child.stderr!.on('data', (c: Buffer) => { err += c.toString(); });
  const exited = new Promise<Exit>((done) => child.on('exit', (code, signal) => done({ code, signal, out, err })));
  return { child, exited };
}

describe('workers on one PostgreSQL (issue 17)', () => {
  it('store every article exactly once when a worker is killed mid-run and another takes over', async () => {
    const db = await server.database();
    const corpus = writeCorpus();
    // A job running 4 s is taken as lost: the killed worker's jobs come back quickly.
    expect(JSON.parse(await run(['ingest', '--queue', corpus, '--db', db, '--json', '--job-timeout', '4']))).toMatchObject({ read: ARTICLES, queued: ARTICLES, unchanged: 0 });

    const client = new pg.Client({ connectionString: db });
    client.on('error', () => {});
    await client.connect();
    const stored = async () => Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM articles')).rows[0]!.n);
    const a = worker(db);
    const b = worker(db);
    // Killed mid-run: articles stored, and both workers holding jobs (each holds at most its batch of 2).
    const active = async () => Number((await client.query<{ n: string }>("SELECT count(*) AS n FROM pgboss.job WHERE name = 'claimgraph-articles' AND state = 'active'")).rows[0]!.n);
    // Both frozen while counting, so the jobs counted active are still held at the kill (a worker
    // could otherwise finish its batch between the count and the signal, and nothing would be retried).
    const freeze = (signal: NodeJS.Signals) => { a.child.kill(signal); b.child.kill(signal); };
    for (let waited = 0; waited < 90_000; waited += 50) {
      if ((await stored()) >= KILL_AFTER) {
        freeze('SIGSTOP');
        if ((await active()) >= 3) break;
        freeze('SIGCONT');
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    a.child.kill('SIGKILL');
    b.child.kill('SIGCONT');
    const ra = await a.exited;
    expect(ra.signal, ra.err).toBe('SIGKILL');
    const c = worker(db);
    const [rb, rc] = await Promise.all([b.exited, c.exited]);
    expect([rb.code, rc.code], rb.err + rc.err).toEqual([0, 0]);
    const sb = JSON.parse(rb.out) as { jobs: number; added: number; replaced: number; failed: number };
    const sc = JSON.parse(rc.out) as typeof sb;

    // Every article once: ids unique and complete, no replacement, nothing failed.
    const ids = (await client.query<{ id: string }>('SELECT id FROM articles ORDER BY id')).rows.map((r) => r.id);
    expect(ids).toEqual(Array.from({ length: ARTICLES }, (_, i) => `w${String(i).padStart(3, '0')}`));
    expect(sb.replaced + sc.replaced).toBe(0);
    expect(sb.failed + sc.failed).toBe(0);
    // What the killed worker had stored stays; the other two added the rest and no more.
    expect(sb.added + sc.added).toBeLessThanOrEqual(ARTICLES);
    // The jobs it held when it died were retried (each try after a timeout counts); every job finished once.
    const jobs = (await client.query<{ state: string; n: string; retries: string }>(
      "SELECT state, count(*) AS n, sum(retry_count) AS retries FROM pgboss.job WHERE name = 'claimgraph-articles' GROUP BY state")).rows;
    expect(jobs.map((j) => [j.state, Number(j.n)])).toEqual([['completed', ARTICLES]]);
    expect(Number(jobs[0]!.retries)).toBeGreaterThanOrEqual(1);
    // Speaker counts were kept once per stored quotation.
    const counts = (await client.query<{ counted: string; quotes: string }>(
      'SELECT (SELECT sum(quotes) FROM speakers) AS counted, (SELECT count(*) FROM quotes WHERE speaker IS NOT NULL) AS quotes')).rows[0]!;
    expect(Number(counts.counted)).toBe(Number(counts.quotes));
    // So were search's totals (bm25's rows and tokens per table), by writers committing side by side.
    const totals = (await client.query<{ name: string; rows: string; tokens: string; n: string; sum: string }>(
      `SELECT t.name, t.rows, t.tokens, x.n, x.sum FROM fts_totals t JOIN (
         SELECT 'articles' AS name, count(*) AS n, sum(fts_length) AS sum FROM articles UNION ALL
         SELECT 'quotes', count(*), sum(fts_length) FROM quotes UNION ALL SELECT 'claims', count(*), sum(fts_length) FROM claims) x USING (name) ORDER BY name`)).rows;
    expect(totals.map((t) => [t.name, Number(t.rows), Number(t.tokens)])).toEqual(totals.map((t) => [t.name, Number(t.n), Number(t.sum ?? 0)]));
    expect(Number(totals.find((t) => t.name === 'articles')!.rows)).toBe(ARTICLES);
    await client.end();

    // Whole: a stored article's extraction is what the pipeline gives for its text.
    const store = await openPostgresStore(db, { identities: identityRules });
    for (const id of ['w000', `w${String(KILL_AFTER).padStart(3, '0')}`, `w${String(ARTICLES - 1).padStart(3, '0')}`]) {
      const ledger = (await store.get(id))!;
      expect(ledger.extraction).toEqual(extractDocument(ledger.document).extraction);
    }
    await store.close();
  }, 180_000);
});
