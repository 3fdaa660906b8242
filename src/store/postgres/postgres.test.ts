/**
 * The PostgreSQL store on a real server that this file starts (test/store/pg-server.ts): the
 * store contract every backend passes, then what is PostgreSQL's own (schema, refusals, racing writers).
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeContract } from '../../../test/store/contract.ts';
import { correctionsContract } from '../../../test/store/corrections-contract.ts';
import { corpus, fixtureLedger } from '../../../test/store/corpus.ts';
import { startPgServer, type PgServer } from '../../../test/store/pg-server.ts';
import { makeDocument } from '../../model/document.ts';
import { ClaimgraphError } from '../../model/errors.ts';
import { contentHash } from '../hash.ts';
import { openStore } from '../index.ts';
import { articlesTable, itemColumns, itemTables, schemaVersions, summaryTables } from '../schema.ts';
import { openPostgresStore, pgMigrations, PG_LATEST_VERSION } from './index.ts';
import { identityRules } from '../../link/identity-rules.ts';

let server: PgServer;
beforeAll(async () => { server = await startPgServer(); });
afterAll(async () => { await server?.stop(); });

/** One database for the contract, emptied before each test (a new database per test costs a second or more). */
let contractDb: string | null = null;
storeContract('postgres', async () => {
  if (!contractDb) contractDb = await server.database('contract');
  const store = await openPostgresStore(contractDb, { identities: identityRules });
  await store.pool.query('TRUNCATE articles, speakers, speaker_roles, identities RESTART IDENTITY CASCADE');
  await store.pool.query('UPDATE fts_totals SET rows = 0, tokens = 0');
  return store;
});

/** Corrections and verdicts on PostgreSQL: the same suite as SQLite's (src/store/corrections.test.ts). */
let correctionsDb: string | null = null;
correctionsContract('postgres', async () => {
  if (!correctionsDb) correctionsDb = await server.database('corrections');
  const store = await openPostgresStore(correctionsDb, { identities: identityRules });
  await store.pool.query('TRUNCATE articles, speakers, speaker_roles, identities, corrections RESTART IDENTITY CASCADE');
  await store.pool.query('UPDATE fts_totals SET rows = 0, tokens = 0');
  return store;
});

describe('postgres store', () => {
  it('creates the tables and columns schema.ts declares, at the latest version', async () => {
    const url = await server.database();
    const store = await openPostgresStore(url, { identities: identityRules });
    const columns = async (t: string) => (await store.pool.query<{ column_name: string }>(
      'SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position', [t])).rows.map((r) => r.column_name).filter((c) => c !== 'fts' && c !== 'fts_length');
    expect(await columns('articles')).toEqual(articlesTable.columns.map((c) => c.name));
    for (const t of itemTables) expect(await columns(t.name)).toEqual([...itemColumns, ...t.columns].map((c) => c.name));
    for (const t of summaryTables) expect(await columns(t.name)).toEqual(t.columns.map((c) => c.name));
    expect((await store.stats()).schemaVersion).toBe(PG_LATEST_VERSION);
    expect(PG_LATEST_VERSION).toBe(schemaVersions[schemaVersions.length - 1]!.version);
    await store.close();
  });

  it('is chosen by a postgres:// location, and a second open finds the schema made', async () => {
    const url = await server.database();
    const a = await openStore(url, { identities: identityRules });
    await a.put(corpus());
    const b = await openStore(url, { readonly: true, identities: identityRules });
    expect((await b.stats()).articles).toBe(4);
    await Promise.all([a.close(), b.close()]);
  });

  it('upgrades a store made at version 8: every stored text indexed with SQLite\'s words, searches as a new store does', async () => {
    const made = await openPostgresStore(await server.database(), { identities: identityRules });
    await made.put(corpus());
    const old = await server.database();
    const c = new pg.Client({ connectionString: old });
    await c.connect();
    for (const m of pgMigrations.filter((m) => m.version <= 8)) await c.query(m.sql);
    await c.query('UPDATE claimgraph_schema SET version = 8');
    // The rows the store holds, copied as an older claimgraph wrote them (the vectors were generated).
    const copy = async (table: string, columns: string[]) => {
      for (const row of (await made.pool.query(`SELECT ${columns.join(', ')} FROM ${table} ORDER BY key`)).rows as Record<string, unknown>[]) {
        await c.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`, columns.map((k) => row[k]));
      }
    };
    const item = ['key', 'article', 'item', 'span_start', 'span_end', 'text', 'json'];
    await copy('articles', ['key', 'id', 'hash', 'date', 'title', 'byline', 'url', 'source', 'text', 'ingested', 'retrieved']);
    await copy('quotes', [...item, 'kind', 'speaker', 'speaker_kind', 'role', 'period']);
    await copy('claims', [...item, 'claimant', 'proposition', 'quote', 'period']);
    expect((await c.query("SELECT count(*)::integer AS n FROM articles WHERE fts @@ 'the'::tsquery")).rows[0].n).toBe(0);
    await c.end();

    const upgraded = await openPostgresStore(old, { identities: identityRules });
    expect((await upgraded.stats()).schemaVersion).toBe(PG_LATEST_VERSION);
    const totals = (s: typeof made) => s.pool.query('SELECT name, rows::integer, tokens::integer FROM fts_totals ORDER BY name').then((r) => r.rows);
    expect(await totals(upgraded)).toEqual(await totals(made));
    expect((await totals(made)).map((t) => t.rows)).toEqual([4, 2, 7]);
    for (const [q, scope] of [['the', 'articles'], ['the', 'quotes'], ['bridges', 'articles'], ['"fairy tale"', 'quotes'], ['Zapor*', 'articles'], ['undamaged', 'claims']] as const) {
      const page = await upgraded.searchPage(q, { scope });
      expect(page.total).toBeGreaterThan(0);
      expect(page).toEqual(await made.searchPage(q, { scope }));
    }
    await Promise.all([made.close(), upgraded.close()]);
  });

  it('stores an article of a million characters of distinct Cyrillic words, whose words would overflow a tsvector, and finds its first words', async () => {
    const store = await openPostgresStore(await server.database(), { identities: identityRules });
    const letters = 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя';
    const word = (i: number) => { let w = ''; for (let n = i + letters.length; n > 0; n = Math.floor(n / letters.length)) w += letters[n % letters.length]; return w; };
    const words: string[] = ['Перший', 'абзац'];
    for (let i = 0, chars = 0; chars < 1_100_000; i++) { words.push(word(i)); chars += words[words.length - 1]!.length + 1; }
    const document = makeDocument({ id: 'long', text: words.join(' ') });
    const empty = { quotes: [], entities: [], figures: [], places: [], equipment: [], dates: [], claims: [], rebuttals: [] };
    expect(await store.put([{ document, hash: contentHash(document), extraction: empty }])).toEqual({ added: 1, replaced: 0, unchanged: 0 });
    const page = await store.searchPage('"перший абзац"');
    expect([page.total, page.hits.map((h) => h.matches.map((m) => m.text))]).toEqual([1, [['Перший абзац']]]);
    expect((await store.get('long'))!.document.text).toBe(document.text);
    await store.close();
  });

  it('migrates once when several processes open a new database together', async () => {
    const url = await server.database();
    const stores = await Promise.all(Array.from({ length: 4 }, () => openPostgresStore(url, { identities: identityRules })));
    for (const s of stores) expect((await s.stats()).schemaVersion).toBe(PG_LATEST_VERSION);
    await Promise.all(stores.map((s) => s.close()));
  });

  it('stores an article once when writers put it at the same time', async () => {
    const url = await server.database();
    const stores = await Promise.all(Array.from({ length: 4 }, () => openPostgresStore(url, { identities: identityRules })));
    const ledger = fixtureLedger('bridge-strike');
    const results = await Promise.all(stores.map((s) => s.put([ledger, fixtureLedger('drone-factory')])));
    expect(results.reduce((n, r) => n + r.added, 0)).toBe(2);
    expect(results.reduce((n, r) => n + r.unchanged, 0)).toBe(6);
    expect((await stores[0]!.stats()).articles).toBe(2);
    expect((await stores[0]!.speakers()).map((s) => [s.name, s.quotes, s.articles])).toEqual([['Oksana Lysenko', 3, 2]]);
    await Promise.all(stores.map((s) => s.close()));
  });

  it('refuses a server it cannot reach, a database that is not a store, and a newer schema, in one line naming it without the password', async () => {
    const refused = async (url: string) => {
      let error: unknown;
      try { await openPostgresStore(url, { identities: identityRules }); } catch (e) { error = e; }
      expect(error).toBeInstanceOf(ClaimgraphError);
      return (error as ClaimgraphError).describe();
    };
    const closed = `postgres://claimgraph:secret@127.0.0.1:1/none`;
    expect(await refused(closed)).toMatch(/^postgres:\/\/claimgraph:\*\*\*@127\.0\.0\.1:1\/none: cannot open the store/);
    const foreign = await server.database();
    const c = new pg.Client({ connectionString: foreign });
    await c.connect();
    await c.query('CREATE TABLE articles (x integer)');
    await c.end();
    expect(await refused(foreign)).toMatch(/: a PostgreSQL database with tables of its own, but not a claimgraph store$/);
    const newer = await server.database();
    (await openPostgresStore(newer, { identities: identityRules })).close();
    const d = new pg.Client({ connectionString: newer });
    await d.connect();
    await d.query('UPDATE claimgraph_schema SET version = 99');
    await d.end();
    expect(await refused(newer)).toMatch(/: store schema version 99 is newer than this claimgraph knows/);
  });
});
