import type { Correction, CorrectionKind, CorrectionValue, NewCorrection } from '../../model/corrections.ts';
import type { CorrectionLog } from '../corrections.ts';
import type { Page } from '../store.ts';
import type { Db } from './open.ts';

interface Row {
  id: number;
  kind: CorrectionKind;
  article: string | null;
  hash: string | null;
  layer: string | null;
  span_start: number | null;
  span_end: number | null;
  span_text: string | null;
  value: string;
  note: string | null;
  author: string;
  created: string;
}

const COLUMNS = 'id, kind, article, hash, layer, span_start, span_end, span_text, value, note, author, created';

function correction(row: Row): Correction {
  const value = JSON.parse(row.value) as Omit<CorrectionValue, 'kind'>;
  const target = row.article !== null && row.layer !== null
    ? { article: row.article, layer: row.layer as never, start: row.span_start!, end: row.span_end!, text: row.span_text ?? '', hash: row.hash }
    : null;
  return { ...value, kind: row.kind, target, note: row.note, author: row.author, id: row.id, created: row.created } as Correction;
}

/**
 * Corrections in the `corrections` table (migration 7; ../schema.ts): one row per correction, only
 * ever added. Not tied to `articles` by a foreign key, so that a re-ingest leaves them.
 */
export class SqliteCorrections implements CorrectionLog {
  private readonly s;

  constructor(private readonly db: Db) {
    this.s = {
      insert: db.prepare<[string, string | null, string | null, string | null, number | null, number | null, string | null, string, string | null, string, string], unknown>(
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
    const { kind, target, note, author, ...rest } = c;
    const value = JSON.stringify(rest);
    const t = target;
    const info = this.s.insert.run(kind, t?.article ?? null, t?.hash ?? null, t?.layer ?? null, t?.start ?? null, t?.end ?? null, t?.text ?? null,
      value, note, author, new Date().toISOString()) as { lastInsertRowid: number | bigint };
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
    const out = new Map<string, number>();
    for (const r of this.s.counts.all()) {
      out.set(r.kind, (out.get(r.kind) ?? 0) + r.n);
      if (r.layer) out.set(`${r.kind}:${r.layer}`, (out.get(`${r.kind}:${r.layer}`) ?? 0) + r.n);
    }
    return Promise.resolve(out);
  }
}
