import type pg from 'pg';
import { FTS_COLUMNS, ftsVector, type FtsTable } from './fts.ts';

const BATCH = 500;

/**
 * Migration 9's fill: the full-text vector and length of every stored article, quotation and
 * claim, built by ./fts.ts as the writer builds them, then the tables' totals. In key order, a
 * batch at a time, inside the migration's transaction.
 */
export async function fillFts(client: pg.PoolClient): Promise<void> {
  for (const table of Object.keys(FTS_COLUMNS) as FtsTable[]) {
    const [a, b] = FTS_COLUMNS[table];
    for (let after = 0; ;) {
      const rows = (await client.query<{ key: number; a: string | null; b: string | null }>(
        `SELECT key, ${a} AS a, ${b} AS b FROM ${table} WHERE key > $1 ORDER BY key LIMIT ${BATCH}`, [after])).rows;
      if (!rows.length) break;
      const vectors = rows.map((r) => ftsVector(r.a, r.b));
      await client.query(`UPDATE ${table} SET fts = v.fts::tsvector, fts_length = v.length
        FROM unnest($1::integer[], $2::text[], $3::integer[]) AS v(key, fts, length) WHERE ${table}.key = v.key`,
      [rows.map((r) => r.key), vectors.map((v) => v.vector), vectors.map((v) => v.length)]);
      after = rows[rows.length - 1]!.key;
    }
    await client.query(`INSERT INTO fts_totals (name, rows, tokens) SELECT $1, count(*), coalesce(sum(fts_length), 0) FROM ${table}`, [table]);
  }
}
