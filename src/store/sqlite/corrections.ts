import type { Correction, CorrectionKind, NewCorrection } from '../../model/corrections.ts';
import { CORRECTION_COLUMNS as COLUMNS, correctionOfRow as correction, countsOf, rowOfCorrection, type CorrectionRow as Row } from '../correction-row.ts';
import type { CorrectionLog } from '../corrections.ts';
import type { Page } from '../store.ts';
import type { Db } from './open.ts';

/**
 * Corrections in the `corrections` table (migration 7; ../schema.ts): one row per correction, only
 * ever added. Not tied to `articles` by a foreign key, so that a re-ingest leaves them.
 */
export class SqliteCorrections implements CorrectionLog {
  private readonly s;

  constructor(private readonly db: Db) {
    this.s = {
      insert: db.prepare<ReturnType<typeof rowOfCorrection>, unknown>(
        'INSERT INTO corrections (kind, article, hash, layer, span_start, span_end, span_text, value, note, author, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'),
      byId: db.prepare<[number | bigint], Row>(`SELECT ${COLUMNS} FROM corrections WHERE id = ?`),
      ofArticle: db.prepare<[string], Row>(`SELECT ${COLUMNS} FROM corrections WHERE article = ? ORDER BY id`),
      ofKinds: db.prepare<[string], Row>(`SELECT ${COLUMNS} FROM corrections WHERE kind IN (SELECT value FROM json_each(?)) ORDER BY id`),
      page: db.prepare<[number, number], Row>(`SELECT ${COLUMNS} FROM corrections ORDER BY id DESC LIMIT ? OFFSET ?`),
      pageOf: db.prepare<[string, number, number], Row>(`SELECT ${COLUMNS} FROM corrections WHERE article = ? ORDER BY id DESC LIMIT ? OFFSET ?`),
      total: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM corrections'),
      totalOf: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM corrections WHERE article = ?'),
      counts: db.prepare<[], { kind: string; layer: string | null; n: number }>('SELECT kind, layer, count(*) AS n FROM corrections GROUP BY kind, layer'),
    };
  }

  add(c: NewCorrection): Promise<Correction> {
    const info = this.s.insert.run(...rowOfCorrection(c, new Date().toISOString())) as { lastInsertRowid: number | bigint };
    return Promise.resolve(correction(this.s.byId.get(info.lastInsertRowid)!));
  }

  forArticles(ids: readonly string[]): Promise<Map<string, Correction[]>> {
    const out = new Map<string, Correction[]>();
    for (const id of new Set(ids)) {
      const rows = this.s.ofArticle.all(id);
      if (rows.length) out.set(id, rows.map(correction));
    }
    return Promise.resolve(out);
  }

  ofKinds(kinds: readonly CorrectionKind[]): Promise<Correction[]> {
    return Promise.resolve(this.s.ofKinds.all(JSON.stringify(kinds)).map(correction));
  }

  list(filter: Page & { article?: string } = {}): Promise<{ total: number; items: Correction[] }> {
    const limit = filter.limit ?? 100;
    const offset = filter.offset ?? 0;
    if (filter.article !== undefined) {
      return Promise.resolve({ total: this.s.totalOf.get(filter.article)!.n, items: this.s.pageOf.all(filter.article, limit, offset).map(correction) });
    }
    return Promise.resolve({ total: this.s.total.get()!.n, items: this.s.page.all(limit, offset).map(correction) });
  }

  counts(): Promise<Map<string, number>> {
    return Promise.resolve(countsOf(this.s.counts.all()));
  }
}
