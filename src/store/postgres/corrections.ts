import type pg from 'pg';
import type { Correction, CorrectionKind, NewCorrection } from '../../model/corrections.ts';
import { CORRECTION_COLUMNS as COLUMNS, correctionOfRow as correction, countsOf, rowOfCorrection, type CorrectionRow as Row } from '../correction-row.ts';
import type { CorrectionLog } from '../corrections.ts';
import type { Page } from '../store.ts';
import { pgError } from './open.ts';

/**
 * Corrections in PostgreSQL's `corrections` table (migration 7, ./migrations.ts), the same rows as
 * SQLite's (../sqlite/corrections.ts): only ever added, not tied to `articles`, so a re-ingest by any
 * worker leaves them.
 */
export class PgCorrections implements CorrectionLog {
  constructor(private readonly pool: pg.Pool, private readonly url: string) {}

  private async rows<T extends pg.QueryResultRow = Row>(sql: string, params: unknown[] = []): Promise<T[]> {
    try {
      return (await this.pool.query<T>(sql, params)).rows;
    } catch (e) {
      throw pgError(this.url, e);
    }
  }

  async add(c: NewCorrection): Promise<Correction> {
    const [row] = await this.rows(
      `INSERT INTO corrections (kind, article, hash, layer, span_start, span_end, span_text, value, note, author, created)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING ${COLUMNS}`, rowOfCorrection(c, new Date().toISOString()));
    return correction(row!);
  }

  async forArticles(ids: readonly string[]): Promise<Map<string, Correction[]>> {
    const out = new Map<string, Correction[]>();
    if (!ids.length) return out;
    for (const row of await this.rows(`SELECT ${COLUMNS} FROM corrections WHERE article = ANY($1::text[]) ORDER BY id`, [[...new Set(ids)]])) {
      const list = out.get(row.article!) ?? [];
      list.push(correction(row));
      out.set(row.article!, list);
    }
    return out;
  }

  async ofKinds(kinds: readonly CorrectionKind[]): Promise<Correction[]> {
    return (await this.rows(`SELECT ${COLUMNS} FROM corrections WHERE kind = ANY($1::text[]) ORDER BY id`, [kinds])).map(correction);
  }

  async list(filter: Page & { article?: string } = {}): Promise<{ total: number; items: Correction[] }> {
    const limit = filter.limit ?? 100;
    const offset = filter.offset ?? 0;
    const where = filter.article !== undefined ? 'WHERE article = $3' : '';
    const params: unknown[] = [limit, offset, ...(filter.article !== undefined ? [filter.article] : [])];
    const items = (await this.rows(`SELECT ${COLUMNS} FROM corrections ${where} ORDER BY id DESC LIMIT $1 OFFSET $2`, params)).map(correction);
    const [count] = await this.rows<{ n: string }>(`SELECT count(*) AS n FROM corrections ${where.replace('$3', '$1')}`, params.slice(2));
    return { total: Number(count!.n), items };
  }

  async counts(): Promise<Map<string, number>> {
    return countsOf(await this.rows<{ kind: string; layer: string | null; n: string }>('SELECT kind, layer, count(*) AS n FROM corrections GROUP BY kind, layer'));
  }
}
