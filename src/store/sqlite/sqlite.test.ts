import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { storeContract } from '../../../test/store/contract.ts';
import { corpus } from '../../../test/store/corpus.ts';
import { ClaimgraphError } from '../../model/errors.ts';
import { articlesTable, correctionsTable, itemColumns, itemTables, summaryTables } from '../schema.ts';
import { LATEST_VERSION, migrate, openSqliteStore } from './index.ts';
import { LedgerWriter } from './write.ts';
import { identityRules } from '../../link/identity-rules.ts';

const dir = mkdtempSync(join(tmpdir(), 'claimgraph-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = () => join(dir, `store-${++n}.db`);

storeContract('sqlite', async () => openSqliteStore(fresh(), { identities: identityRules }));

describe('sqlite store', () => {
  it('creates exactly the tables and columns schema.ts declares', () => {
    const store = openSqliteStore(fresh(), { identities: identityRules });
    const columns = (t: string) => (store.db.pragma(`table_info(${t})`) as { name: string }[]).map((c) => c.name);
    expect(columns('articles')).toEqual(articlesTable.columns.map((c) => c.name));
    for (const t of itemTables) expect(columns(t.name)).toEqual([...itemColumns, ...t.columns].map((c) => c.name));
    for (const t of summaryTables) expect(columns(t.name)).toEqual(t.columns.map((c) => c.name));
    expect(columns('corrections')).toEqual(correctionsTable.columns.map((c) => c.name));
    for (const t of itemTables) {
      const indexes = (store.db.pragma(`index_list(${t.name})`) as { name: string }[]).map((i) => i.name);
      for (const c of t.indexes) expect(indexes).toContain(`${t.name}_${c}`);
    }
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    void store.close();
  });

  it('upgrades a file made at version 1 in place, filling the new search indexes from its rows', async () => {
    const path = fresh();
    const old = new Database(path);
    old.pragma('foreign_keys = ON');
    migrate(old, path, identityRules, false, 1);
    new LedgerWriter(old, identityRules).put(corpus());
    expect(old.pragma('user_version', { simple: true })).toBe(1);
    expect(old.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'quotes_fts'").get()).toEqual({ n: 0 });
    old.close();

    const upgraded = openSqliteStore(path, { identities: identityRules });
    expect(upgraded.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect((await upgraded.search('fairy', { scope: 'quotes' })).map((h) => [h.article, h.item])).toEqual([['bridge-strike', 'q2']]);
    expect((await upgraded.search('undamaged', { scope: 'claims' })).map((h) => h.item)).toEqual(['c1']);
    // Migration 4 dated the mentions already there; migration 3 counted the quotations.
    expect((await upgraded.mentioning('place', 'Zaporizhzhia')).map((m) => [m.article, m.spans.length])).toEqual([['drone-factory', 1], ['artillery-delivery', 1]]);
    expect((await upgraded.speakers()).map((s) => [s.name, s.quotes, s.articles])).toEqual([['Oksana Lysenko', 4, 3], ['Petro Marchenko', 2, 1], ['Tomasz Wilk', 1, 1]]);
    expect(await upgraded.put(corpus())).toEqual({ added: 0, replaced: 0, unchanged: 4 });
    expect(upgraded.integrity()).toBe('ok');
    await upgraded.close();
  });

  it('keeps counts, places and contested claims only until the store changes, by this connection or another', async () => {
    const path = fresh();
    const reader = openSqliteStore(path, { identities: identityRules });
    const writer = openSqliteStore(path, { identities: identityRules });
    const ledgers = corpus().map((l) => ({
      ...l, extraction: { ...l.extraction, places: l.extraction.places.map((p) => ({ ...p, lat: 47.8, lon: 35.2 })) },
    }));
    const withClaims = ledgers.filter((l) => l.extraction.claims.length);
    const rest = ledgers.filter((l) => !l.extraction.claims.length);
    await writer.put(rest);
    const before = { stats: await reader.stats(), places: await reader.places(), contested: await reader.claims({ contested: true }) };
    expect(before.contested).toEqual([]);
    // Another connection writes: the reader's next answers are the new store's.
    await writer.put(withClaims);
    const after = { stats: await reader.stats(), places: await reader.places(), contested: await reader.claims({ contested: true }) };
    expect(after.stats.articles).toBe(ledgers.length);
    expect(after.stats).not.toEqual(before.stats);
    expect(after.contested.length).toBe(1);
    expect(after.places.reduce((n, p) => n + p.mentions, 0)).toBe(ledgers.reduce((n, l) => n + l.extraction.places.length, 0));
    // Each answer equals a fresh connection's, and asking again gives the same.
    const fresh2 = openSqliteStore(path, { identities: identityRules });
    for (const s of [reader, fresh2]) {
      expect(await s.stats()).toEqual(after.stats);
      expect(await s.places()).toEqual(after.places);
      expect(await s.claims({ contested: true })).toEqual(after.contested);
    }
    // This connection writes (data_version does not change for its own commits).
    await reader.put(ledgers.map((l) => ({ ...l, hash: `${l.hash}x`, extraction: { ...l.extraction, places: [], claims: [], rebuttals: [] } })));
    expect((await reader.stats()).items).toMatchObject({ places: 0, claims: 0, rebuttals: 0 });
    expect(await reader.places()).toEqual([]);
    expect(await reader.claims({ contested: true })).toEqual([]);
    await Promise.all([reader.close(), writer.close(), fresh2.close()]);
  });

  it.each([
    ['a text file', (p: string) => writeFileSync(p, 'not a database at all, just words'.repeat(40)), /: not a claimgraph store \(not an SQLite database\)$/],
    ['another SQLite database', (p: string) => { const d = new Database(p); d.exec('CREATE TABLE t (x)'); d.close(); }, /: an SQLite database, but not a claimgraph store$/],
    ['a store from a newer claimgraph', (p: string) => { const d = new Database(p); d.pragma('user_version = 99'); d.close(); }, /: store schema version 99 is newer than this claimgraph knows/],
    ['a folder that does not exist', () => {}, /: cannot open the store/],
  ])('refuses %s in one line naming the file', (_name, make, message) => {
    const path = _name.startsWith('a folder') ? join(dir, 'missing', 'x.db') : fresh();
    make(path);
    let error: unknown;
    try { openSqliteStore(path, { identities: identityRules }); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(ClaimgraphError);
    expect((error as ClaimgraphError).describe()).toMatch(message);
    expect((error as ClaimgraphError).describe().startsWith(path)).toBe(true);
  });
});
