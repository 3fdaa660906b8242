/**
 * A page decoded from a legacy charset keeps its encoding in the store, beside its URL, retrieval
 * time and content hash (issue 17; the Document field of the charset work, src/ingest/charset.ts):
 * a windows-1251 page and a UTF-8 one through `claimgraph ingest` into SQLite and PostgreSQL (and
 * through `ingest --queue` and a worker), then back through get(), article(), the JSONL export and
 * the HTTP API's article.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.ts';
import { exportCommand } from '../../src/cli/commands/export.ts';
import { ingestCommand } from '../../src/cli/commands/ingest.ts';
import type { CommandIo } from '../../src/cli/io.ts';
import { contentHash } from '../../src/store/hash.ts';
import { openStore } from '../../src/store/index.ts';
import { encodeSingleByte, LEGACY_PAGES, legacyPageHtml } from '../charset-pages.ts';
import { startPgServer, type PgServer } from './pg-server.ts';
import { identityRules } from '../../src/link/identity-rules.ts';

const dir = mkdtempSync(join(tmpdir(), 'claimgraph-encoding-'));
const pages = join(dir, 'pages');
let server: PgServer;
const stores: Record<'sqlite' | 'postgres' | 'postgres through the workers\' queue', string> = { sqlite: join(dir, 'ledger.db'), postgres: '', 'postgres through the workers\' queue': '' };
const bin = join(resolve(fileURLToPath(import.meta.url), '../../..'), 'bin/claimgraph');
const claimgraph = (args: string[]) => new Promise<void>((done, fail) => execFile(process.execPath, [bin, ...args], (e, _o, err) => (e ? fail(new Error(`${e.message}\n${err}`)) : done())));

type Command = (argv: readonly string[], io: CommandIo) => Promise<number>;
async function run(command: Command, args: string[]): Promise<string> {
  let stdout = '';
  const out = new Writable({ write(chunk, _enc, done) { stdout += String(chunk); done(); } });
  expect(await command(args, { stdin: Readable.from([]), stdout: out, report: (e) => { throw e; } })).toBe(0);
  return stdout;
}

beforeAll(async () => {
  mkdirSync(pages);
  writeFileSync(join(pages, 'ua.html'), encodeSingleByte(legacyPageHtml(LEGACY_PAGES.cyrillic, '<meta charset="windows-1251">'), 'windows-1251'));
  writeFileSync(join(pages, 'pl.html'), new TextEncoder().encode(legacyPageHtml(LEGACY_PAGES.polish, '<meta charset="utf-8">')));
  server = await startPgServer();
  stores.postgres = await server.database();
  for (const db of [stores.sqlite, stores.postgres]) await run(ingestCommand, [pages, '--db', db]);
  // The document travels whole in the job: a worker stores the encoding too.
  const queued = stores['postgres through the workers\' queue'] = await server.database();
  await claimgraph(['ingest', '--queue', pages, '--db', queued]);
  await claimgraph(['worker', '--db', queued, '--until-empty', '--poll', '1']);
}, 180_000);
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe.each(['sqlite', 'postgres', 'postgres through the workers\' queue'] as const)('the encoding a page was decoded from, on %s', (backend) => {
  it('is stored with the article and read back, outside the content hash', async () => {
    const store = await openStore(stores[backend], { readonly: true, identities: identityRules });
    try {
      const ua = (await store.get('ua'))!;
      expect(ua.document.encoding).toBe('windows-1251');
      expect(ua.document.text).toBe(LEGACY_PAGES.cyrillic.body.join('\n\n'));
      expect(ua.hash).toBe(contentHash({ ...ua.document, encoding: undefined }));
      expect((await store.get('pl'))!.document).not.toHaveProperty('encoding');
      expect(await store.article('ua')).toMatchObject({ id: 'ua', encoding: 'windows-1251', hash: ua.hash });
      expect((await store.articles()).map((a) => [a.id, a.encoding])).toEqual([['pl', null], ['ua', 'windows-1251']]);

      // The HTTP API's article: its provenance (URL, retrieval time, hash) and the encoding beside them.
      const response = await createApp({ store, token: null, extract: async () => { throw new Error('no extraction here'); } }).request('/api/articles/ua');
      expect(response.status).toBe(200);
      const body = await response.json() as { article: Record<string, unknown> };
      expect(body.article).toMatchObject({ id: 'ua', hash: ua.hash, retrieved: null, encoding: 'windows-1251', url: null });
    } finally {
      await store.close();
    }
  });

  it('is in the JSONL export beside the retrieval time', async () => {
    const lines = (await run(exportCommand, ['--format', 'jsonl', '--db', stores[backend]])).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [l.id, l.retrieved, l.encoding])).toEqual([['pl', null, null], ['ua', null, 'windows-1251']]);
    expect(Object.keys(lines[1]!).slice(0, 8)).toEqual(['id', 'date', 'title', 'byline', 'url', 'retrieved', 'encoding', 'source']);
  });
});
