import type pg from 'pg';
import { isWellFormed } from '../../ingest/well-formed.ts';
import { ClaimgraphError } from '../../model/errors.ts';
import type { Extraction } from '../../model/items.ts';
import { itemColumns, itemTables, type ColumnType, type ItemContext } from '../schema.ts';
import type { IdentityRules, StoredArticle, PutResult } from '../store.ts';
import { FTS_COLUMNS, ftsVector, type FtsTable } from './fts.ts';
import { PgIdentityIndex } from './identities.ts';

const NO_SPAN = { start: 0, end: 0, text: '' };

/** An item's own span; an entity, which has none, is located by its first mention (as sqlite/write.ts). */
function spanOf(item: object): { start: number; end: number; text: string } {
  const i = item as { start?: unknown; mentions?: { start: number; end: number; text: string }[] };
  if (typeof i.start === 'number') return item as { start: number; end: number; text: string };
  return i.mentions?.[0] ?? NO_SPAN;
}

const ARRAY: Record<ColumnType | 'json', string> = { integer: 'integer[]', real: 'double precision[]', text: 'text[]', json: 'json[]' };

/**
 * One INSERT per item table, filled from ../schema.ts: every item of an article in one statement
 * (unnest of arrays). A table with full text also gets each row's vector and length (./fts.ts).
 */
const inserts = itemTables.map((table) => {
  const columns = [...itemColumns.filter((c) => c.name !== 'key'), ...table.columns];
  const fts = table.name in FTS_COLUMNS ? FTS_COLUMNS[table.name as FtsTable] : undefined;
  const types = [...columns.map((c) => (c.name === 'json' ? ARRAY.json : ARRAY[c.type])), ...(fts ? ['tsvector[]', 'integer[]'] : [])];
  const names = [...columns.map((c) => c.name), ...(fts ? ['fts', 'fts_length'] : [])];
  return {
    table,
    columns,
    fts,
    sql: `INSERT INTO ${table.name} (${names.join(', ')})
      SELECT * FROM unnest(${types.map((t, i) => `$${i + 1}::${t}`).join(', ')})`,
  };
});

/** Rows and tokens added to (or, negative, taken from) each table's full text: bm25's totals. */
type Totals = Map<FtsTable, { rows: number; tokens: number }>;
function addTotal(totals: Totals, table: FtsTable, rows: number, tokens: number): void {
  const t = totals.get(table) ?? totals.set(table, { rows: 0, tokens: 0 }).get(table)!;
  t.rows += rows;
  t.tokens += tokens;
}

/** A 64-bit lock key per article id: writers of one id wait for each other, writers of others do not. */
const LOCK = 'SELECT pg_advisory_xact_lock(hashtextextended($1, 0))';
/** The lock on the counts and identities every put updates (a random key of our own). */
const SPEAKERS_LOCK = 'SELECT pg_advisory_xact_lock(7165418263527061)';

/** Speaker counts to add or take off: per spelling (lower-cased), quotations and articles; per spelling and role, quotations. */
interface Counts {
  speakers: Map<string, { name: string; quotes: number; articles: number }>;
  roles: Map<string, { name: string; role: string; quotes: number }>;
}
const noCounts = (): Counts => ({ speakers: new Map(), roles: new Map() });

/**
 * `put` on PostgreSQL: one transaction per call. Each article takes a transaction-level advisory
 * lock on its id before it reads the stored hash, so two workers putting the same article never
 * both insert it: the second waits, then finds the first's row (same hash: unchanged).
 *
 * Articles and items are written first, in parallel with other writers; the speaker counts and
 * identities every article touches are then updated under one lock, taken last and held to the
 * commit: two writers updating the same speakers in different orders deadlocked.
 */
export async function putLedgers(client: pg.PoolClient, ledgers: readonly StoredArticle[], rules: IdentityRules): Promise<PutResult> {
  const result: PutResult = { added: 0, replaced: 0, unchanged: 0 };
  const now = new Date().toISOString();
  const identities = new PgIdentityIndex(client, rules);
  const touched = new Set<string>();
  const shrunk = new Set<string>();
  const added: StoredArticle[] = [];
  const removed = noCounts();
  const totals: Totals = new Map();
  // Locks in id order: two calls holding the same ids cannot deadlock.
  for (const id of [...new Set(ledgers.map((l) => l.document.id))].sort()) await client.query(LOCK, [id]);
  for (const ledger of ledgers) {
    const { id, date, title, url, source, text } = ledger.document;
    const old = (await client.query<{ key: number; hash: string }>('SELECT key, hash FROM articles WHERE id = $1', [id])).rows[0];
    if (old && old.hash === ledger.hash) {
      result.unchanged++;
      continue;
    }
    if (old) {
      // Written earlier in this call (one id twice in a batch): its counts were never applied.
      const earlier = added.findIndex((l) => l.document.id === id);
      if (earlier >= 0) added.splice(earlier, 1);
      else {
        for (const surname of await identities.surnamesOf(old.key)) { touched.add(surname); shrunk.add(surname); }
        await storedCounts(client, old.key, removed);
      }
      for (const table of Object.keys(FTS_COLUMNS) as FtsTable[]) {
        const r = (await client.query<{ rows: string; tokens: string }>(`SELECT count(*) AS rows, coalesce(sum(fts_length), 0) AS tokens FROM ${table} WHERE ${table === 'articles' ? 'key' : 'article'} = $1`, [old.key])).rows[0]!;
        addTotal(totals, table, -Number(r.rows), -Number(r.tokens));
      }
      await client.query('DELETE FROM articles WHERE key = $1', [old.key]);
    }
    for (const [field, value] of [['id', id], ['text', text], ['title', title], ['byline', ledger.document.byline], ['url', url], ['source', source]] as const) {
      if (typeof value === 'string' && !isWellFormed(value)) {
        throw new ClaimgraphError('E_INPUT_ENCODING', `document ${JSON.stringify(id)}: ${field} holds a lone UTF-16 surrogate, which UTF-8 cannot store (readInputs replaces them)`, { id });
      }
    }
    const fts = ftsVector(title, text);
    addTotal(totals, 'articles', 1, fts.length);
    const key = (await client.query<{ key: number }>(`INSERT INTO articles (id, hash, date, title, byline, url, source, text, ingested, retrieved, encoding, fts, fts_length)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::tsvector, $13) RETURNING key`,
    [id, ledger.hash, date, title, ledger.document.byline ?? null, url, source, text, now, ledger.document.retrieved ?? null, ledger.document.encoding ?? null, fts.vector, fts.length])).rows[0]!.key;
    await insertItems(client, key, ledger, totals);
    added.push(ledger);
    if (old) result.replaced++;
    else result.added++;
  }
  if (!added.length && !removed.speakers.size) return result;
  await client.query(SPEAKERS_LOCK);
  for (const [table, t] of totals) await client.query('UPDATE fts_totals SET rows = rows + $2, tokens = tokens + $3 WHERE name = $1', [table, t.rows, t.tokens]);
  await applyCounts(client, removed, -1);
  await client.query('DELETE FROM speakers WHERE quotes <= 0');
  await client.query('DELETE FROM speaker_roles WHERE quotes <= 0');
  const counts = noCounts();
  for (const ledger of added) countQuotes(ledger, counts);
  await applyCounts(client, counts, 1);
  const names: Set<string>[] = [];
  for (const ledger of added) names.push(await identities.note(ledger.extraction.quotes, touched));
  await identities.regroup([...touched].sort(), names, shrunk);
  return result;
}

async function insertItems(client: pg.PoolClient, article: number, ledger: StoredArticle, totals: Totals): Promise<void> {
  const context: ItemContext = { articleDate: ledger.document.date, extraction: ledger.extraction };
  for (const { table, columns, fts, sql } of inserts) {
    const items = ledger.extraction[table.layer as keyof Extraction] as readonly { id: string }[];
    if (!items.length) continue;
    const values: unknown[][] = columns.map(() => []);
    for (const item of items) {
      const span = spanOf(item);
      const base: Record<string, unknown> = { article, item: item.id, span_start: span.start, span_end: span.end, text: span.text, json: JSON.stringify(item) };
      columns.forEach((c, i) => values[i]!.push(c.from ? c.from(item as never, context) : base[c.name]));
    }
    if (fts) {
      const [a, b] = fts.map((name) => values[columns.findIndex((c) => c.name === name)]!);
      const vectors = items.map((_, i) => ftsVector(a![i] as string | null, b![i] as string | null));
      values.push(vectors.map((v) => v.vector), vectors.map((v) => v.length));
      addTotal(totals, table.name as FtsTable, items.length, vectors.reduce((n, v) => n + v.length, 0));
    }
    await client.query(sql, values);
  }
}

/** A-Z folded, as SQLite's NOCASE and the SQL function `nocase` (migrations.ts) do. */
const nocase = (s: string) => s.replace(/[A-Z]+/g, (m) => m.toLowerCase());

/** An article's quotations, counted per spelling (any case) and per spelling and role. */
function countQuotes(ledger: StoredArticle, counts: Counts): void {
  const seen = new Set<string>();
  for (const q of ledger.extraction.quotes) {
    const name = q.speaker?.name;
    if (!name) continue;
    const k = nocase(name);
    const s = counts.speakers.get(k) ?? counts.speakers.set(k, { name, quotes: 0, articles: 0 }).get(k)!;
    s.quotes++;
    if (!seen.has(k)) { seen.add(k); s.articles++; }
    const role = q.speaker!.role?.text;
    if (role != null) {
      const rk = `${k}\u0000${role}`;
      const r = counts.roles.get(rk) ?? counts.roles.set(rk, { name, role, quotes: 0 }).get(rk)!;
      r.quotes++;
    }
  }
}

/** A stored article's quotations, counted as countQuotes does, before it is deleted. */
async function storedCounts(client: pg.PoolClient, article: number, counts: Counts): Promise<void> {
  const rows = await client.query<{ speaker: string; role: string | null }>('SELECT speaker, role FROM quotes WHERE article = $1 AND speaker IS NOT NULL ORDER BY key', [article]);
  countQuotes({ extraction: { quotes: rows.rows.map((r) => ({ speaker: { name: r.speaker, role: r.role === null ? null : { text: r.role } } })) } } as unknown as StoredArticle, counts);
}

/**
 * Adds (sign 1) or takes off (sign -1) the counts, in one statement per table. A spelling new to
 * the store gets a row under the first spelling given; an existing row keeps its spelling.
 */
async function applyCounts(client: pg.PoolClient, counts: Counts, sign: 1 | -1): Promise<void> {
  const speakers = [...counts.speakers.values()];
  const roles = [...counts.roles.values()];
  if (sign === 1) {
    if (speakers.length) {
      await client.query(`INSERT INTO speakers (name, quotes, articles)
        SELECT (array_agg(name ORDER BY i))[1], sum(quotes), sum(articles) FROM unnest($1::text[], $2::integer[], $3::integer[]) WITH ORDINALITY AS v(name, quotes, articles, i)
        GROUP BY nocase(name) ORDER BY nocase(name)
        ON CONFLICT ((nocase(name))) DO UPDATE SET quotes = speakers.quotes + excluded.quotes, articles = speakers.articles + excluded.articles`,
      [speakers.map((r) => r.name), speakers.map((r) => r.quotes), speakers.map((r) => r.articles)]);
    }
    if (roles.length) {
      await client.query(`INSERT INTO speaker_roles (name, role, quotes)
        SELECT (array_agg(name ORDER BY i))[1], role, sum(quotes) FROM unnest($1::text[], $2::text[], $3::integer[]) WITH ORDINALITY AS v(name, role, quotes, i)
        GROUP BY nocase(name), role ORDER BY nocase(name), role
        ON CONFLICT ((nocase(name)), role) DO UPDATE SET quotes = speaker_roles.quotes + excluded.quotes`,
      [roles.map((r) => r.name), roles.map((r) => r.role), roles.map((r) => r.quotes)]);
    }
    return;
  }
  if (speakers.length) {
    await client.query(`UPDATE speakers s SET quotes = s.quotes - d.quotes, articles = s.articles - d.articles
      FROM (SELECT nocase(name) AS k, sum(quotes)::integer AS quotes, sum(articles)::integer AS articles
            FROM unnest($1::text[], $2::integer[], $3::integer[]) AS v(name, quotes, articles) GROUP BY nocase(name)) d
      WHERE nocase(s.name) = d.k`, [speakers.map((r) => r.name), speakers.map((r) => r.quotes), speakers.map((r) => r.articles)]);
  }
  if (roles.length) {
    await client.query(`UPDATE speaker_roles r SET quotes = r.quotes - d.quotes
      FROM (SELECT nocase(name) AS k, role, sum(quotes)::integer AS quotes FROM unnest($1::text[], $2::text[], $3::integer[]) AS v(name, role, quotes) GROUP BY nocase(name), role) d
      WHERE nocase(r.name) = d.k AND r.role = d.role`, [roles.map((r) => r.name), roles.map((r) => r.role), roles.map((r) => r.quotes)]);
  }
}
