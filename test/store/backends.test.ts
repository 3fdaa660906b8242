/**
 * The same queries give the same results on SQLite and PostgreSQL (issue 17): real articles
 * (test/fixtures/corpus and test/fixtures/identities, written for the tests) go through the real
 * pipeline and `claimgraph ingest` into an SQLite file and, named by CLAIMGRAPH_DB, a PostgreSQL
 * database; then every `claimgraph query`, `search` and `export` is run on both and compared line
 * for line (times of ingest aside).
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { correctCommand, rateCommand } from '../../src/cli/commands/correct.ts';
import { exportCommand } from '../../src/cli/commands/export.ts';
import { ingestCommand } from '../../src/cli/commands/ingest.ts';
import { query } from '../../src/cli/commands/query.ts';
import { search } from '../../src/cli/commands/search.ts';
import type { CommandIo } from '../../src/cli/io.ts';
import { openStore } from '../../src/store/index.ts';
import type { SearchFilter } from '../../src/store/store.ts';
import { startPgServer, type PgServer } from './pg-server.ts';
import { identityRules } from '../../src/link/identity-rules.ts';

const fixtures = resolve(fileURLToPath(import.meta.url), '../../fixtures');
const inputs = ['corpus', 'identities'].flatMap((d) => readdirSync(join(fixtures, d)).filter((f) => f.endsWith('.txt')).map((f) => join(fixtures, d, f)));
const dir = mkdtempSync(join(tmpdir(), 'claimgraph-backends-'));
const sqlite = join(dir, 'ledger.db');
let server: PgServer;
let postgres: string;

type Command = (argv: readonly string[], io: CommandIo) => Promise<number>;
async function run(command: Command, args: string[]): Promise<string> {
  let stdout = '';
  const out = new Writable({ write(chunk, _enc, done) { stdout += String(chunk); done(); } });
  expect(await command(args, { stdin: Readable.from([]), stdout: out, report: (e) => { throw e; } })).toBe(0);
  return stdout;
}

beforeAll(async () => {
  server = await startPgServer();
  postgres = await server.database();
  await run(ingestCommand, [...inputs, '--db', sqlite]);
  process.env.CLAIMGRAPH_DB = postgres;
  try {
    await run(ingestCommand, inputs);
  } finally {
    delete process.env.CLAIMGRAPH_DB;
  }
}, 120_000);
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** The output with the ingest times (which differ by when each store was written) taken out. */
const same = (s: string) => s.replace(/"ingested":"[^"]*"/g, '"ingested":""');

describe('SQLite and PostgreSQL answer alike', () => {
  it.each([
    ['query', ['speakers', '--limit', '1000']],
    ['query', ['quotes', '--article', '02-zelenskyy']],
    ['query', ['quotes', '--speaker', 'Zelensky']],
    ['query', ['quotes', '--speaker', 'lukashenko']],
    ['query', ['figures', '--limit', '1000']],
    ['query', ['figures', '--category', 'military-casualties']],
    ['query', ['claims', '--limit', '1000']],
    ['query', ['claims', '--contested']],
    ['query', ['contradictions']],
    ['query', ['mentions', '--place', 'Pokrovsk']],
    ['query', ['mentions', '--place', 'donetsk']],
    ['export', ['--format', 'jsonl']],
    ['export', ['--format', 'csv', '--table', 'quotes']],
    ['export', ['--format', 'claimreview']],
  ] as const)('%s %j', async (name, args) => {
    const command = { query, export: exportCommand, search }[name] as Command;
    const a = await run(command, [...args, '--db', sqlite]);
    const b = await run(command, [...args, '--db', postgres]);
    expect(a.trim().length).toBeGreaterThan(0);
    expect(same(b)).toBe(same(a));
  });

  // One tokenizer, one ranking (bm25), one snippet on both (src/store/postgres/fts.ts): the same
  // hits in the same order with the same snippets, byte for byte.
  it.each([
    [['Pokrovsk']], [['encircled', 'Pokrovsk']], [['"Defense Ministry"']], [['Zelensk*']], [['drone', '--in', 'quotes']], [['Pokrovsk', '--in', 'claims']],
    [['the']], [['the', 'war']], [['"the war"']], [['we', '--in', 'quotes']], [['was', '--in', 'claims']], [['Russia\'s']], [['shelling']],
  ] as const)('search %j gives the same hits, in the same order, with the same snippets', async (args) => {
    const a = await run(search, [...args, '--json', '--limit', '100', '--db', sqlite]);
    expect(a.trim().length).toBeGreaterThan(0);
    expect(await run(search, [...args, '--json', '--limit', '100', '--db', postgres])).toBe(a);
  });

  it('counts and pages every search alike, filtered or not', async () => {
    const [a, b] = await Promise.all([openStore(sqlite, { readonly: true, identities: identityRules }), openStore(postgres, { readonly: true, identities: identityRules })]);
    try {
      const queries = ['the', 'said', 'Zelensky', 'Zel*', 'Pokrovsk', '"the president"', 'of the', 'war drones', 'a', 'Russia\'s army', 'killed', 'Ukraine*'];
      const filters: SearchFilter[] = [{}, { limit: 3, offset: 2 }, { from: '2025-11-01' }, { to: '2025-11-05', limit: 5 }, { speaker: 'Volodymyr Zelenskyy' }];
      let compared = 0;
      for (const q of queries) {
        for (const scope of ['articles', 'quotes', 'claims'] as const) {
          for (const f of filters) {
            const filter = { ...f, scope, limit: f.limit ?? 50 };
            const expected = await a.searchPage(q, filter);
            expect(await b.searchPage(q, filter), `${q} ${JSON.stringify(filter)}`).toEqual(expected);
            if (expected.total) compared++;
          }
        }
      }
      expect(compared).toBeGreaterThan(60);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});

// Corrections and verdicts are kept on both backends (issue 13): the same `correct` and `rate` on
// each store read back alike through every query and export that shows them.
/** Also without the times corrections were made (each store's differ). */
const unstamped = (s: string) => same(s).replace(/"created":"[^"]*"/g, '"created":""');

describe('corrections on SQLite and PostgreSQL', () => {
  it('a rejection, a corrected speaker and a verdict made with the CLI show alike', async () => {
    const claim = JSON.parse((await run(query, ['claims', '--limit', '1', '--db', sqlite])).split('\n')[0]!) as { article: string; item: { id: string } };
    const quote = JSON.parse((await run(query, ['quotes', '--speaker', 'Zelensky', '--limit', '2', '--db', sqlite])).trim().split('\n')[1]!) as { article: string; item: { id: string; speaker: { name: string } } };
    for (const db of [sqlite, postgres]) {
      const made = [
        await run(correctCommand, ['--db', db, '--article', quote.article, '--item', quote.item.id, '--speaker', 'Andrii Hnatov', '--author', 'desk', '--note', 'misread']),
        await run(rateCommand, ['--db', db, '--article', claim.article, '--item', claim.item.id, '--rating', 'false', '--author', 'desk']),
      ].map((s) => JSON.parse(s) as { id: number; kind: string; author: string });
      expect(made.map((c) => [c.id, c.kind, c.author])).toEqual([[1, 'speaker', 'desk'], [2, 'rating', 'desk']]);
    }
    for (const args of [['quotes', '--speaker', 'Hnatov'], ['claims', '--limit', '1000'], ['speakers', '--limit', '1000']]) {
      const a = await run(query, [...args, '--db', sqlite]);
      expect(unstamped(await run(query, [...args, '--db', postgres]))).toBe(unstamped(a));
    }
    const moved = (await run(query, ['quotes', '--speaker', 'Hnatov', '--db', postgres])).trim().split('\n').map((l) => JSON.parse(l) as { article: string; item: { id: string; correction?: { was: string } } });
    expect(moved.find((m) => m.article === quote.article && m.item.id === quote.item.id)?.item.correction?.was).toBe(quote.item.speaker.name);
    const review = await run(exportCommand, ['--format', 'claimreview', '--org', 'Desk', '--db', postgres]);
    expect(review).toContain('"alternateName":"false"');
    expect(unstamped(review)).toBe(unstamped(await run(exportCommand, ['--format', 'claimreview', '--org', 'Desk', '--db', sqlite])));
  });
});
