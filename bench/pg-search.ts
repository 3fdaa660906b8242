/**
 * `npx tsx bench/pg-search.ts`: search on PostgreSQL against SQLite, on the same articles: the
 * first BENCH_PG_ARTICLES (default 840) texts of ../shared/data/polnear/train.jsonl stored with
 * empty extractions (article search reads the text alone) into a fresh SQLite file and a throwaway
 * PostgreSQL (test/store/pg-server.ts), then a few queries, each page of 20 compared whole (hits,
 * order, snippets, total) and timed (median of 5, after one warm-up). Prints a table.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeDocument } from '../src/model/document.ts';
import type { Extraction } from '../src/model/items.ts';
import { contentHash } from '../src/store/hash.ts';
import { openStore } from '../src/store/index.ts';
import type { Store } from '../src/store/store.ts';
import { startPgServer } from '../test/store/pg-server.ts';
import { identityRules } from '../src/link/identity-rules.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, process.env.CLAIMGRAPH_SHARED ?? '../shared');
const count = Number(process.env.BENCH_PG_ARTICLES ?? 840);
const queries = ['the', 'said', 'Trump', 'president trump', '"the president"', 'elect*', 'the of and to a'];
const empty: Extraction = { quotes: [], entities: [], figures: [], places: [], equipment: [], dates: [], claims: [], rebuttals: [] };

const ledgers = readFileSync(join(shared, 'data', 'polnear', 'train.jsonl'), 'utf8').split('\n').filter(Boolean).slice(0, count).map((line, i) => {
  const { text } = JSON.parse(line) as { text: string };
  const document = makeDocument({ id: `a${String(i).padStart(4, '0')}`, text });
  return { document, hash: contentHash(document), extraction: empty };
});

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

const tmp = mkdtempSync(join(tmpdir(), 'claimgraph-bench-pg-search-'));
const server = await startPgServer();
const stores: [string, Store][] = [['SQLite', await openStore(join(tmp, 'ledger.db'), { identities: identityRules })], ['PostgreSQL', await openStore(await server.database('search'), { identities: identityRules })]];
try {
  const put: string[] = [];
  for (const [name, store] of stores) {
    const { ms } = await timed(async () => { for (let i = 0; i < ledgers.length; i += 50) await store.put(ledgers.slice(i, i + 50)); });
    put.push(`${name} ${(ms / 1000).toFixed(1)} s`);
  }
  const rows: string[] = [];
  for (const q of queries) {
    const cells: string[] = [];
    const pages: string[] = [];
    let total = 0;
    for (const [, store] of stores) {
      await store.searchPage(q, { limit: 20 });
      const runs: number[] = [];
      for (let r = 0; r < 5; r++) {
        const { ms, value } = await timed(() => store.searchPage(q, { limit: 20 }));
        runs.push(ms);
        pages[pages.length] = JSON.stringify(value);
        total = value.total;
      }
      cells.push(runs.sort((a, b) => a - b)[2]!.toFixed(1));
    }
    rows.push(`| \`${q}\` | ${total} | ${cells.join(' | ')} | ${pages[4] === pages[9] ? 'same' : 'DIFFERENT'} |`);
  }
  process.stdout.write(`\nSearch, ${ledgers.length} PolNeAR train articles (put: ${put.join(', ')}); load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}, ${new Date().toISOString()}\n\n`
    + '| query | hits | SQLite ms | PostgreSQL ms | page of 20 |\n| --- | --- | --- | --- | --- |\n' + rows.join('\n') + '\n');
} finally {
  await Promise.all(stores.map(([, s]) => s.close()));
  await server.stop();
  rmSync(tmp, { recursive: true, force: true });
}
