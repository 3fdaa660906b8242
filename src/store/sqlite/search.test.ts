import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpus } from '../../../test/store/corpus.ts';
import { contentHash } from '../hash.ts';
import { SEARCH_COUNT_CAP } from '../query-terms.ts';
import type { StoredArticle, SearchFilter, SearchScope } from '../store.ts';
import { openSqliteStore, type SqliteStore } from './index.ts';
import { ftsQuery } from './search.ts';
import { identityRules } from '../../link/identity-rules.ts';

const dir = mkdtempSync(join(tmpdir(), 'claimgraph-search-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The corpus four times over, the copies on other outlets and dates: equal ranks everywhere (a copy ranks as its original). */
function copies(): StoredArticle[] {
  const out: StoredArticle[] = [];
  for (let i = 0; i < 4; i++) {
    for (const l of corpus()) {
      const document = { ...l.document, id: `${l.document.id}~${i}`, source: i % 2 ? 'Kyiv Wire' : 'Steppe Post', date: i < 2 ? l.document.date : `2025-0${5 + i}-01` };
      out.push({ document, hash: contentHash(document), extraction: l.extraction });
    }
  }
  return out;
}

const TABLE: Record<SearchScope, { fts: string; join: string; item: string; speaker: string }> = {
  articles: { fts: 'articles_fts', join: 'JOIN articles a ON a.key = f.rowid', item: 'NULL', speaker: '(SELECT group_concat(lower(speaker), char(1)) FROM quotes WHERE article = a.key)' },
  quotes: { fts: 'quotes_fts', join: 'JOIN quotes x ON x.key = f.rowid JOIN articles a ON a.key = x.article', item: 'x.item', speaker: 'lower(x.speaker)' },
  claims: { fts: 'claims_fts', join: 'JOIN claims x ON x.key = f.rowid JOIN articles a ON a.key = x.article', item: 'x.item', speaker: 'lower(x.claimant)' },
};

/**
 * What a page must hold, found the slow way: every matching row with its bm25 score and its
 * article's fields, filtered and sorted in JavaScript by score, then storage order.
 */
function expected(store: SqliteStore, query: string, filter: SearchFilter): { total: number; hits: string[] } {
  const scope = filter.scope ?? 'articles';
  const t = TABLE[scope];
  const rows = store.db.prepare(`SELECT f.rowid AS key, bm25(${t.fts}) AS score, a.id AS article, ${t.item} AS item, a.date, a.source, ${t.speaker} AS speakers
    FROM ${t.fts} f ${t.join} WHERE ${t.fts} MATCH ?`).all(ftsQuery(query)) as { key: number; score: number; article: string; item: string | null; date: string | null; source: string | null; speakers: string | null }[];
  const kept = rows.filter((r) => (filter.speaker === undefined || (r.speakers ?? '').split('\u0001').includes(filter.speaker.toLowerCase()))
    && (filter.source === undefined || r.source?.toLowerCase() === filter.source.toLowerCase())
    && (filter.from === undefined || (r.date !== null && r.date >= filter.from))
    && (filter.to === undefined || (r.date !== null && r.date <= filter.to)));
  kept.sort((a, b) => a.score - b.score || a.key - b.key);
  const offset = filter.offset ?? 0;
  return { total: kept.length, hits: kept.slice(offset, offset + (filter.limit ?? 20)).map((r) => `${r.article} ${r.item}`) };
}

describe('search pages on SQLite', () => {
  let store: SqliteStore;
  beforeAll(async () => {
    store = openSqliteStore(join(dir, 'copies.db'), { identities: identityRules });
    await store.put(copies());
  });
  afterAll(() => store.close());

  const cases: [string, SearchFilter][] = [
    ['drones', { scope: 'articles' }],
    ['drones', { scope: 'articles', limit: 3, offset: 5 }],
    ['said', { scope: 'articles', source: 'kyiv wire', limit: 7 }],
    ['said', { scope: 'articles', from: '2025-04-01', to: '2025-06-30', limit: 50 }],
    ['bridge', { scope: 'articles', speaker: 'Oksana Lysenko' }],
    ['fairy tale', { scope: 'quotes' }],
    ['the', { scope: 'quotes', limit: 4, offset: 2 }],
    ['the', { scope: 'quotes', speaker: 'oksana lysenko', limit: 50 }],
    ['the', { scope: 'quotes', source: 'Steppe Post', from: '2025-03-01', limit: 50 }],
    ['undamaged', { scope: 'claims' }],
    ['the', { scope: 'claims', to: '2025-04-30', limit: 50 }],
    ['Zapor*', { scope: 'articles', source: 'Kyiv Wire', speaker: 'Oksana Lysenko' }],
    // The article filters on every scope, alone and together, with offsets (migration 8's indexes).
    ['the', { scope: 'quotes', source: 'KYIV WIRE', limit: 50 }],
    ['the', { scope: 'quotes', source: 'kyiv wire', limit: 3, offset: 2 }],
    ['the', { scope: 'quotes', from: '2025-06-01', to: '2025-07-31', limit: 50 }],
    ['the', { scope: 'quotes', to: '2025-05-31', limit: 4, offset: 1 }],
    ['the', { scope: 'quotes', source: 'Kyiv Wire', from: '2025-05-01', to: '2025-12-31', speaker: 'Oksana Lysenko', limit: 50 }],
    ['the', { scope: 'claims', source: 'steppe post', limit: 50 }],
    ['the', { scope: 'claims', source: 'Kyiv Wire', from: '2025-01-01', to: '2025-06-30', limit: 50 }],
    ['said', { scope: 'articles', source: 'Steppe Post', from: '2025-06-01', limit: 50 }],
    ['said', { scope: 'articles', to: '2025-05-31', limit: 3, offset: 2 }],
    ['drones', { scope: 'articles', source: 'kyiv wire', speaker: 'Oksana Lysenko', to: '2025-12-31' }],
    // A month as the API asks for it (`to=2025-07`: through its end), on every scope, with offsets.
    ['the', { scope: 'quotes', from: '2025-07-01', to: '2025-07\uffff', limit: 50 }],
    ['the', { scope: 'quotes', from: '2025-07-01', to: '2025-07\uffff', limit: 2, offset: 1 }],
    ['said', { scope: 'articles', from: '2025-08-01', to: '2025-08\uffff' }],
    ['the', { scope: 'claims', from: '2025-08-01', to: '2025-08\uffff', limit: 50 }],
    ['the', { scope: 'quotes', source: 'Steppe Post', from: '2025-07-01', to: '2025-07\uffff', limit: 50 }],
    ['pontoon', { scope: 'quotes' }],
  ];

  it.each(cases)('%s %j: the hits in rank order (ties in storage order), the count of every hit', async (query, filter) => {
    const want = expected(store, query, filter);
    const page = await store.searchPage(query, filter);
    expect(page.hits.map((h) => `${h.article} ${h.item}`)).toEqual(want.hits);
    expect(page.total).toBe(want.total);
    expect(page.capped).toBe(false);
  });

  it('the cases above find something and tie: a copy ranks as its original', async () => {
    const some = await Promise.all(cases.slice(0, -1).map(([q, f]) => store.searchPage(q, f)));
    for (const p of some) expect(p.hits.length).toBeGreaterThan(0);
    const all = (await store.searchPage('drones', { scope: 'articles', limit: 200 })).hits.map((h) => h.article);
    // Each article's four copies are next to each other, in the order they were stored.
    expect(all.slice(0, 4).map((id) => id.replace(/~\d$/, ''))).toEqual(Array(4).fill(all[0]!.replace(/~\d$/, '')));
    expect(all.slice(0, 4).map((id) => id.slice(-1))).toEqual(['0', '1', '2', '3']);
  });

  it('an article filter asked for again, after eight others, and after the store changed, finds what a new store would', async () => {
    const month = { scope: 'quotes', from: '2025-07-01', to: '2025-07\uffff', limit: 200 } as const;
    const first = await store.searchPage('the', month);
    for (let d = 1; d <= 9; d++) await store.searchPage('the', { scope: 'quotes', from: `2025-0${d}-01`, limit: 1 });
    expect(await store.searchPage('the', month)).toEqual(first);
    // At most eight sets are kept, each a TEMP table of the connection.
    expect(store.db.prepare("SELECT count(*) AS n FROM temp.sqlite_master WHERE type = 'table' AND name LIKE 'search_articles_%'").get()).toEqual({ n: 8 });
    // A write on this connection, then one by another connection (another process, as
    // `claimgraph ingest` beside `serve`): the next search sees each.
    const [one, two] = copies().slice(0, 2).map((l, i) => ({ ...l, document: { ...l.document, id: `late-${i}`, date: '2025-07-15' } }));
    await store.put([{ ...one!, hash: contentHash(one!.document) }]);
    const afterOwn = await store.searchPage('the', month);
    expect(afterOwn.total).toBeGreaterThan(first.total);
    expect(afterOwn.total).toBe(expected(store, 'the', month).total);
    const other = openSqliteStore(join(dir, 'copies.db'), { identities: identityRules });
    await other.put([{ ...two!, hash: contentHash(two!.document) }]);
    await other.close();
    const afterOther = await store.searchPage('the', month);
    expect(afterOther.total).toBeGreaterThan(afterOwn.total);
    expect(afterOther.hits.map((h) => `${h.article} ${h.item}`)).toEqual(expected(store, 'the', month).hits);
  });

  it('snippets and matches point into the article text', async () => {
    const page = await store.searchPage('bridge', { scope: 'quotes', limit: 50 });
    expect(page.hits.length).toBeGreaterThan(0);
    for (const hit of page.hits) {
      const text = (await store.get(hit.article))!.document.text;
      expect(text.slice(hit.start, hit.end)).toBe(hit.text);
      for (const m of hit.matches) expect(text.slice(m.start, m.end).toLowerCase()).toMatch(/^bridge/);
    }
  });

  it('search() gives the first page of searchPage()', async () => {
    for (const scope of ['articles', 'quotes', 'claims'] as const) {
      expect(await store.search('the', { scope, limit: 9 })).toEqual((await store.searchPage('the', { scope, limit: 9 })).hits);
    }
  });
});

describe('the count of hits stops at the cap', () => {
  it(`counts ${SEARCH_COUNT_CAP.toLocaleString('en')} and says there are more; a filter that leaves fewer is counted exactly`, async () => {
    const store = openSqliteStore(join(dir, 'many.db'), { identities: identityRules });
    const insert = store.db.prepare("INSERT INTO articles (id, hash, date, source, text, ingested) VALUES (?, ?, ?, ?, ?, '2026-01-01T00:00:00Z')");
    const n = SEARCH_COUNT_CAP + 5;
    store.db.transaction(() => {
      for (let i = 0; i < n; i++) insert.run(`a${i}`, `h${i}`, '2025-01-01', i < 3 ? 'Rare Desk' : 'Wire', `needle ${'hay '.repeat(i % 7)}`);
    })();
    const all = await store.searchPage('needle', { limit: 5 });
    expect(all).toMatchObject({ total: SEARCH_COUNT_CAP, capped: true });
    // The shortest texts rank first (bm25), then storage order.
    expect(all.hits.map((h) => h.article)).toEqual(['a0', 'a7', 'a14', 'a21', 'a28']);
    const rare = await store.searchPage('needle', { source: 'rare desk' });
    expect(rare).toMatchObject({ total: 3, capped: false });
    expect(rare.hits.map((h) => h.article)).toEqual(['a0', 'a1', 'a2']);
    await store.close();
  });

  it('with a filter, over more matches than the cap: the pages and the count are exact, up to the cap', async () => {
    const store = openSqliteStore(join(dir, 'many-months.db'), { identities: identityRules });
    const insert = store.db.prepare("INSERT INTO articles (id, hash, date, source, text, ingested) VALUES (?, ?, ?, ?, ?, '2026-01-01T00:00:00Z')");
    const n = SEARCH_COUNT_CAP + 500;
    // One article in three in February; the last 500 all in February; all but three on the wire.
    const inFebruary = (i: number) => i % 3 === 0 || i >= SEARCH_COUNT_CAP;
    store.db.transaction(() => {
      for (let i = 0; i < n; i++) insert.run(`a${i}`, `h${i}`, inFebruary(i) ? '2025-02-10' : '2025-01-01', i < 3 ? 'Rare Desk' : 'Wire', `needle ${'hay '.repeat(i % 7)}`);
    })();
    const february = { from: '2025-02-01', to: '2025-02\uffff' };
    const every = Array.from({ length: n }, (_v, i) => i).filter(inFebruary).length;
    for (const [limit, offset] of [[20, 0], [7, 3000], [50, every - 30]] as const) {
      const page = await store.searchPage('needle', { ...february, limit, offset });
      const want = expected(store, 'needle', { ...february, limit, offset });
      expect(want.total).toBe(every);
      expect(page.hits.map((h) => `${h.article} ${h.item}`)).toEqual(want.hits);
      expect(page).toMatchObject({ total: every, capped: false });
    }
    // Past the end the page is empty and the count is made alone.
    expect(await store.searchPage('needle', { ...february, offset: every + 100 })).toMatchObject({ total: every, capped: false, hits: [] });
    // A filter that passes more than the cap: counted to the cap, and says there are more.
    const wire = await store.searchPage('needle', { source: 'wire', limit: 5, offset: 2 });
    expect(wire).toMatchObject({ total: SEARCH_COUNT_CAP, capped: true });
    expect(wire.hits.map((h) => `${h.article} ${h.item}`)).toEqual(expected(store, 'needle', { source: 'wire', limit: 5, offset: 2 }).hits);
    await store.close();
  });
});
