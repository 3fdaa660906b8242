import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../../src/cli/report.ts';
import { watchCommand } from '../../src/cli/commands/watch.ts';
import { openSqliteStore } from '../../src/store/index.ts';
import { ManualClock } from './manual-clock.ts';
import { rss, TestServer, withEtag } from './server.ts';
import { tempDir } from './helpers.ts';
import { identityRules } from '../../src/link/identity-rules.ts';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const tmp = tempDir('claimgraph-watch-cli-');
let server: TestServer;
beforeAll(async () => { server = await new TestServer().start(); });
afterAll(async () => {
  await server.stop();
  tmp.remove();
});

const items = [{ guid: 'c-1', title: 'Ferry', text: '"The ferry is running again," said port director Mykola Savchenko.' }];

async function run(args: string[], clock?: ManualClock) {
  let stdout = '';
  const errors: string[] = [];
  const out = new Writable({ write(chunk, _enc, done) { stdout += String(chunk); done(); } });
  const status = await watchCommand(args, { stdin: Readable.from([]), stdout: out, report: (e, where) => errors.push(describeError(e, where)) }, { clock });
  return { status, lines: stdout.trim().split('\n'), errors };
}

describe('claimgraph watch (the command)', () => {
  it('--once polls what is due, logs one line per source, stores through the ingest path, and exits 1 when a poll failed', async () => {
    server.routes.set('/cli.xml', withEtag(() => rss('Wire', items)));
    const dir = join(tmp.dir, 'once');
    mkdirSync(join(dir, 'inbox'), { recursive: true });
    writeFileSync(join(dir, 'inbox', 'note.txt'), '"We will rebuild the school," said mayor Ivan Fedorov.');
    const config = join(dir, 'watch.json');
    writeFileSync(config, JSON.stringify({ defaults: { every: '1m' }, sources: [
      { name: 'wire', feed: server.url('/cli.xml') },
      { name: 'inbox', folder: 'inbox' },
    ] }));
    const db = join(dir, 'ledger.db');
    const clock = new ManualClock();

    const first = await run(['--config', config, '--db', db, '--once'], clock);
    expect(first).toEqual({ status: 0, errors: [], lines: [
      '2026-01-01T00:00:00.000Z info wire: 1 items: 1 new, 0 changed, 0 unchanged',
      '2026-01-01T00:00:00.000Z info inbox: 1 file new or changed: 1 new, 0 changed, 0 unchanged',
    ] });
    const second = await run(['--config', config, '--db', db, '--once'], clock);
    expect(second.lines).toEqual(['2026-01-01T00:00:00.000Z info watch: no source is due; the next is due at 2026-01-01T00:01:00.000Z']);
    clock.advance(60_000);
    const third = await run(['--config', config, '--db', db, '--once'], clock);
    expect(third.lines).toEqual(['2026-01-01T00:01:00.000Z info wire: not modified (304)', '2026-01-01T00:01:00.000Z info inbox: no file changed (1 files)']);

    const store = openSqliteStore(db, { identities: identityRules });
    expect((await store.article('c-1'))!.retrieved).toBe('2026-01-01T00:00:00.000Z');
    expect((await store.article('note'))!.retrieved).toBeNull();
    expect((await store.stats()).articles).toBe(2);
    await store.close();

    writeFileSync(config, JSON.stringify({ sources: [{ name: 'gone', feed: server.url('/nothing-here.xml') }] }));
    const failed = await run(['--config', config, '--db', db, '--once'], clock);
    expect(failed.status).toBe(1);
    expect(failed.lines).toEqual([`2026-01-01T00:01:00.000Z error gone: HTTP 404 Not Found from ${server.url('/nothing-here.xml')}; failure 1 in a row, next try in 30 min`]);
  });

  it('refuses a missing option or a bad config in one line naming the file', async () => {
    await expect(run(['--db', 'x.db'])).rejects.toThrow('watch needs --config FILE');
    const config = join(tmp.dir, 'bad.json');
    writeFileSync(config, JSON.stringify({ sources: [{ feed: 'https://example.org/rss', every: 'often' }] }));
    await expect(run(['--config', config, '--db', join(tmp.dir, 'bad.db')])).rejects.toSatisfy((e: Error) =>
      describeError(e).startsWith(`${config}: bad watch config: sources.0.every: a duration such as`));
  });

  it('runs as a process until SIGTERM, polling on its interval, and leaves a store another process can read', async () => {
    server.routes.set('/proc.xml', withEtag(() => rss('Wire', items)));
    const dir = join(tmp.dir, 'proc');
    mkdirSync(dir);
    const config = join(dir, 'watch.json');
    writeFileSync(config, JSON.stringify({ sources: [{ name: 'wire', feed: server.url('/proc.xml'), every: '200ms' }] }));
    const db = join(dir, 'ledger.db');
    const child = spawn(join(root, 'bin/claimgraph'), ['watch', '--config', config, '--db', db], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (d) => { err += String(d); });
    // Stop once it has polled three times.
    await new Promise<void>((done) => child.stdout.on('data', (d) => {
      out += String(d);
      if ((out.match(/ info wire: /g) ?? []).length >= 3) done();
    }));
    child.kill('SIGTERM');
    const status = await new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    expect({ status, err }).toEqual({ status: 0, err: '' });
    const lines = out.trim().split('\n').map((l) => l.replace(/^\S+ /, ''));
    expect(lines.slice(0, 4)).toEqual([
      `info watch: 1 source from ${config}, store ${db}`,
      'info wire: 1 items: 1 new, 0 changed, 0 unchanged',
      'info wire: not modified (304)',
      'info wire: not modified (304)',
    ]);
    const store = openSqliteStore(db, { identities: identityRules });
    expect((await store.stats()).articles).toBe(1);
    await store.close();
  }, 60_000);
});
