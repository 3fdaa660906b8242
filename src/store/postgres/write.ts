import type pg from 'pg';
import { isWellFormed } from '../../ingest/well-formed.ts';
import { ClaimgraphError } from '../../model/errors.ts';
import type { Extraction } from '../../model/items.ts';
import { itemColumns, itemTables, type ColumnType, type ItemContext } from '../schema.ts';
import type { Ledger, PutResult } from '../store.ts';
import { PgIdentityIndex } from './identities.ts';

const NO_SPAN = { start: 0, end: 0, text: '' };

/** An item's own span; an entity, which has none, is located by its first mention (as sqlite/write.ts). */
function spanOf(item: object): { start: number; end: number; text: string } {
  const i = item as { start?: unknown; mentions?: { start: number; end: number; text: string }[] };
  if (typeof i.start === 'number') return item as { start: number; end: number; text: string };
  return i.mentions?.[0] ?? NO_SPAN;
}

const ARRAY: Record<ColumnType | 'json', string> = { integer: 'integer[]', real: 'double precision[]', text: 'text[]', json: 'json[]' };

/** One INSERT per item table, filled from ../schema.ts: every item of an article in one statement (unnest of arrays). */
const inserts = itemTables.map((table) => {
  const columns = [...itemColumns.filter((c) => c.name !== 'key'), ...table.columns];
  const types = columns.map((c) => (c.name === 'json' ? ARRAY.json : ARRAY[c.type]));
  return {
    table,
    columns,
    sql: `INSERT INTO ${table.name} (${columns.map((c) => c.name).join(', ')})
      SELECT * FROM unnest(${types.map((t, i) => `$${i + 1}::${t}`).join(', ')})`,
  };
});

/** A 64-bit lock key per article id: writers of one id wait for each other, writers of others do not. */
const LOCK = 'SELECT pg_advisory_xact_lock(hashtextextended($1, 0))';

/**
 * `put` on PostgreSQL: one transaction per call. Each article takes a transaction-level advisory
 * lock on its id before it reads the stored hash, so two workers putting the same article never
 * both insert it: the second waits, then finds the first's row (same hash: unchanged). Speaker
 * counts are kept here (see migrations.ts), identities as in SQLite.
 */
export async function putLedgers(client: pg.PoolClient, ledgers: readonly Ledger[]): Promise<PutResult> {
  const result: PutResult = { added: 0, replaced: 0, unchanged: 0 };
  const now = new Date().toISOString();
  const identities = new PgIdentityIndex(client);
  const touched = new Set<string>();
  const shrunk = new Set<string>();
  const added: Set<string>[] = [];
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
      for (const surname of await identities.surnamesOf(old.key)) { touched.add(surname); shrunk.add(surname); }
      await uncount(client, old.key);
      await client.query('DELETE FROM articles WHERE key = $1', [old.key]);
    }
    for (const [field, value] of [['id', id], ['text', text], ['title', title], ['byline', ledger.document.byline], ['url', url], ['source', source]] as const) {
      if (typeof value === 'string' && !isWellFormed(value)) {
        throw new ClaimgraphError('E_INPUT_ENCODING', `document ${JSON.stringify(id)}: ${field} holds a lone UTF-16 surrogate, which UTF-8 cannot store (readInputs replaces them)`, { id });
      }
    }
    const key = (await client.query<{ key: number }>(`INSERT INTO articles (id, hash, date, title, byline, url, source, text, ingested)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING key`, [id, ledger.hash, date, title, ledger.document.byline ?? null, url, source, text, now])).rows[0]!.key;
    await insertItems(client, key, ledger);
    await count(client, ledger);
    added.push(await identities.note(ledger.extraction.quotes, touched));
    if (old) result.replaced++;
    else result.added++;
  }
  await identities.regroup(touched, added, shrunk);
  return result;
}

async function insertItems(client: pg.PoolClient, article: number, ledger: Ledger): Promise<void> {
  const context: ItemContext = { articleDate: ledger.document.date, extraction: ledger.extraction };
  for (const { table, columns, sql } of inserts) {
    const items = ledger.extraction[table.layer as keyof Extraction] as readonly { id: string }[];
    if (!items.length) continue;
    const values: unknown[][] = columns.map(() => []);
    for (const item of items) {
      const span = spanOf(item);
      const base: Record<string, unknown> = { article, item: item.id, span_start: span.start, span_end: span.end, text: span.text, json: JSON.stringify(item) };
      columns.forEach((c, i) => values[i]!.push(c.from ? c.from(item as never, context) : base[c.name]));
    }
    await client.query(sql, values);
  }
}

/** The article's quotations added to `speakers` and `speaker_roles` (first spelling written is the row's name). */
async function count(client: pg.PoolClient, ledger: Ledger): Promise<void> {
  const bySpeaker = new Map<string, { name: string; quotes: number }>();
  const byRole = new Map<string, { name: string; role: string; quotes: number }>();
  for (const q of ledger.extraction.quotes) {
    const name = q.speaker?.name;
    if (!name) continue;
    const k = name.toLowerCase();
    const s = bySpeaker.get(k) ?? bySpeaker.set(k, { name, quotes: 0 }).get(k)!;
    s.quotes++;
    const role = q.speaker!.role?.text;
    if (role != null) {
      const rk = `${k}\u0000${role}`;
      const r = byRole.get(rk) ?? byRole.set(rk, { name, role, quotes: 0 }).get(rk)!;
      r.quotes++;
    }
  }
  if (bySpeaker.size) {
    const rows = [...bySpeaker.values()];
    // Grouped again in SQL: lower() there may fold letters that JavaScript's toLowerCase keeps apart.
    await client.query(`INSERT INTO speakers (name, quotes, articles)
      SELECT min(name), sum(quotes), 1 FROM unnest($1::text[], $2::integer[]) AS v(name, quotes) GROUP BY lower(name)
      ON CONFLICT ((lower(name))) DO UPDATE SET quotes = speakers.quotes + excluded.quotes, articles = speakers.articles + 1`,
    [rows.map((r) => r.name), rows.map((r) => r.quotes)]);
  }
  if (byRole.size) {
    const rows = [...byRole.values()];
    await client.query(`INSERT INTO speaker_roles (name, role, quotes)
      SELECT min(name), role, sum(quotes) FROM unnest($1::text[], $2::text[], $3::integer[]) AS v(name, role, quotes) GROUP BY lower(name), role
      ON CONFLICT ((lower(name)), role) DO UPDATE SET quotes = speaker_roles.quotes + excluded.quotes`,
    [rows.map((r) => r.name), rows.map((r) => r.role), rows.map((r) => r.quotes)]);
  }
}

/** A stored article's quotations taken off the counts, before it is deleted. */
async function uncount(client: pg.PoolClient, article: number): Promise<void> {
  await client.query(`UPDATE speakers s SET quotes = s.quotes - d.n, articles = s.articles - 1
    FROM (SELECT lower(speaker) AS k, count(*)::integer AS n FROM quotes WHERE article = $1 AND speaker IS NOT NULL GROUP BY lower(speaker)) d
    WHERE lower(s.name) = d.k`, [article]);
  await client.query(`UPDATE speaker_roles r SET quotes = r.quotes - d.n
    FROM (SELECT lower(speaker) AS k, role, count(*)::integer AS n FROM quotes WHERE article = $1 AND speaker IS NOT NULL AND role IS NOT NULL GROUP BY lower(speaker), role) d
    WHERE lower(r.name) = d.k AND r.role = d.role`, [article]);
  await client.query('DELETE FROM speakers WHERE quotes <= 0');
  await client.query('DELETE FROM speaker_roles WHERE quotes <= 0');
}
