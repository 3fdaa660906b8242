/**
 * `claimgraph watch --db postgres://...` (issue 17): new and changed articles go on the workers'
 * queue in that database, unchanged ones do not, and a worker stores what was queued. A real
 * PostgreSQL (../store/pg-server.ts), pg-boss's real queue, the real worker command.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../../src/cli/report.ts';
import { watchCommand } from '../../src/cli/commands/watch.ts';
import { openQueue, pendingJobs } from '../../src/queue/index.ts';
import { openPostgresStore } from '../../src/store/postgres/index.ts';
import { startPgServer, type PgServer } from '../store/pg-server.ts';
import { ManualClock } from './manual-clock.ts';
import { tempDir } from './helpers.ts';
import { identityRules } from '../../src/link/identity-rules.ts';

const bin = join(resolve(fileURLToPath(import.meta.url), '../../..'), 'bin/claimgraph');
const tmp = tempDir('claimgraph-watch-queue-');
let server: PgServer;
beforeAll(async () => { server = await startPgServer(); }, 120_000);
afterAll(async () => {
  await server?.stop();
  tmp.remove();
});

async function watch(args: string[], clock: ManualClock) {
  let stdout = '';
  const errors: string[] = [];
  const out = new Writable({ write(chunk, _enc, done) { stdout += String(chunk); done(); } });
  const status = await watchCommand(args, { stdin: Readable.from([]), stdout: out, report: (e, where) => errors.push(describeError(e, where)) }, { clock });
  return { status, lines: stdout.trim().split('\n'), errors };
}

describe('claimgraph watch with PostgreSQL', () => {
  it('refuses a postgres:// store without --state', async () => {
    await expect(watch(['--config', 'none.json', '--db', 'postgres://x@127.0.0.1:1/db', '--once'], new ManualClock())).rejects.toThrow(/needs --state FILE/);
  });

  it('queues new and changed articles for the workers, not unchanged ones; a worker stores them', async () => {
    const db = await server.database();
    const dir = join(tmp.dir, 'q');
    mkdirSync(join(dir, 'inbox'), { recursive: true });
    writeFileSync(join(dir, 'inbox', 'a.txt'), '"We will rebuild the school," said mayor Ivan Fedorov.');
    writeFileSync(join(dir, 'inbox', 'b.txt'), '"The ferry is running again," said port director Mykola Savchenko.');
    const config = join(dir, 'watch.json');
    writeFileSync(config, JSON.stringify({ sources: [{ name: 'inbox', folder: 'inbox', every: '1m' }] }));
    const args = ['--config', config, '--db', db, '--state', join(dir, 'state.watch'), '--once'];
    const clock = new ManualClock();

    const first = await watch(args, clock);
    expect(first.errors).toEqual([]);
    expect(first.status).toBe(0);
    const boss = await openQueue(db);
    try {
      expect(await pendingJobs(boss)).toBe(2);
      // Nothing is stored until a worker runs.
      const before = await openPostgresStore(db, { identities: identityRules });
      expect((await before.stats()).articles).toBe(0);
      await before.close();

      await new Promise<void>((done, fail) => execFile(process.execPath, [bin, 'worker', '--db', db, '--until-empty', '--poll', '1'], (e, _o, err) => (e ? fail(new Error(`${e.message}\n${err}`)) : done())));
      expect(await pendingJobs(boss)).toBe(0);
      const store = await openPostgresStore(db, { identities: identityRules });
      try {
        expect((await store.articles()).map((a) => a.id).sort()).toEqual(['a', 'b']);
        expect((await store.quotes({ speaker: 'Ivan Fedorov' })).map((q) => q.item.text)).toEqual(['"We will rebuild the school,"']);
      } finally {
        await store.close();
      }

      // One file changes: only it is queued again; the unchanged one was already stored.
      writeFileSync(join(dir, 'inbox', 'a.txt'), '"We will rebuild the school by May," said mayor Ivan Fedorov.');
      clock.advance(60_000);
      const second = await watch(args, clock);
      expect(second.status).toBe(0);
      expect(await pendingJobs(boss)).toBe(1);
    } finally {
      await boss.stop({ graceful: false, wait: true, close: true });
    }
  }, 180_000);
});
