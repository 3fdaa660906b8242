// Migrations for both backends come from one list (schema.ts `schemaVersions`): each backend gives
// the DDL of exactly those versions, under the same names, in the same order.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { contentHash } from '../../src/store/hash.ts';
import { schemaVersions } from '../../src/store/schema.ts';
import type { StoredArticle, SearchFilter } from '../../src/store/store.ts';
import { LATEST_VERSION, migrate, openSqliteStore } from '../../src/store/sqlite/index.ts';
import { migrations as sqliteMigrations } from '../../src/store/sqlite/migrations.ts';
import { LedgerWriter } from '../../src/store/sqlite/write.ts';
import { pgMigrations } from '../../src/store/postgres/migrations.ts';
import { corpus } from './corpus.ts';
import { identityRules } from '../../src/link/identity-rules.ts';

const dir = mkdtempSync(join(tmpdir(), 'claimgraph-migrations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('migrations', () => {
  it.each([['sqlite', sqliteMigrations], ['postgres', pgMigrations]] as const)('%s follows the one list of schema versions', (_name, list) => {
    expect(list.map((m) => [m.version, m.name])).toEqual(schemaVersions.map((v) => [v.version, v.name]));
    for (const m of list) expect(m.sql.trim().length).toBeGreaterThan(0);
  });
});

/** The corpus twice, on two outlets and two dates, so that the article filters keep some hits and drop others. */
function ledgers(): StoredArticle[] {
  return [0, 1].flatMap((i) => corpus().map((l) => {
    const document = { ...l.document, id: `${l.document.id}~${i}`, source: i ? 'Kyiv Wire' : 'Steppe Post', date: i ? '2025-08-01' : l.document.date };
    return { document, hash: contentHash(document), extraction: l.extraction };
  }));
}

const filtered: [string, SearchFilter][] = [
  ['the', { scope: 'quotes', source: 'kyiv wire', limit: 50 }],
  ['the', { scope: 'quotes', from: '2025-08-01', to: '2025-08-31', limit: 50 }],
  ['the', { scope: 'claims', source: 'STEPPE POST', to: '2025-06-30', limit: 50 }],
  ['said', { scope: 'articles', source: 'Kyiv Wire', limit: 50 }],
];

describe('migration 8 on a store made at version 7', () => {
  it('adds the search filters\' indexes in place; filtered searches then use them and answer as a new store does', async () => {
    const path = join(dir, 'v7.db');
    const old = new Database(path);
    old.pragma('foreign_keys = ON');
    migrate(old, path, identityRules, false, 7);
    new LedgerWriter(old, identityRules).put(ledgers());
    const names = (db: Database.Database) => (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").all() as { name: string }[]).map((r) => r.name);
    expect(old.pragma('user_version', { simple: true })).toBe(7);
    expect(names(old)).not.toContain('articles_source');
    old.close();

    const upgraded = openSqliteStore(path, { identities: identityRules });
    expect(upgraded.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    const columns = (index: string) => (upgraded.db.pragma(`index_info(${index})`) as { name: string }[]).map((c) => c.name);
    expect(columns('articles_source')).toEqual(['source', 'date']);
    expect(columns('quotes_key_article')).toEqual(['key', 'article']);
    expect(columns('claims_key_article')).toEqual(['key', 'article']);
    // The outlet's article keys come from its index, each matching quotation's article from the narrow one.
    const plan = (upgraded.db.prepare("EXPLAIN QUERY PLAN SELECT quotes_fts.rowid FROM quotes_fts WHERE quotes_fts MATCH 'the' AND (SELECT article FROM quotes INDEXED BY quotes_key_article WHERE key = quotes_fts.rowid) IN (SELECT key FROM articles WHERE source = 'x' COLLATE NOCASE)").all() as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(plan).toMatch(/USING COVERING INDEX quotes_key_article/);
    expect(plan).toMatch(/USING COVERING INDEX articles_source/);

    const made = openSqliteStore(join(dir, 'new.db'), { identities: identityRules });
    await made.put(ledgers());
    for (const [q, f] of filtered) {
      const page = await upgraded.searchPage(q, f);
      expect(page.hits.length).toBeGreaterThan(0);
      expect(page.total).toBeLessThan((await upgraded.searchPage(q, { scope: f.scope, limit: 50 })).total);
      expect(page).toEqual(await made.searchPage(q, f));
    }
    expect(upgraded.integrity()).toBe('ok');
    await Promise.all([upgraded.close(), made.close()]);
  });
});
