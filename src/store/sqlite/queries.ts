import type { Statement } from 'better-sqlite3';
import type { Claim, Rebuttal } from '../../model/claims.ts';
import type { Figure, Quotation } from '../../model/items.ts';
import type { ClaimFilter, ClaimRecord, FigureFilter, Located, Mention, MentionKind, Page, QuoteFilter, SpeakerCount } from '../store.ts';
import type { Db } from './open.ts';

const DEFAULT_LIMIT = 100;
const page = (p: Page = {}) => ({ limit: p.limit ?? DEFAULT_LIMIT, offset: p.offset ?? 0 });

interface ItemRow {
  article: string;
  date: string | null;
  json: string;
}

const located = <T>(row: ItemRow): Located<T> => ({ article: row.article, date: row.date, item: JSON.parse(row.json) as T });

type Params = Record<string, string | number | null>;

/**
 * The ledger's queries, as SQL over the tables of ../schema.ts. A query's WHERE clause holds only
 * the filters given, so that SQLite plans each shape with the index that fits it (a clause like
 * `? IS NULL OR col = ?` would hide the index); each shape is prepared once and kept.
 */
export class Queries {
  private readonly cache = new Map<string, Statement<Params, unknown>>();
  private readonly s;

  constructor(private readonly db: Db) {
    this.s = {
      speakers: db.prepare<[number, number], { name: string; quotes: number; articles: number }>(
        'SELECT name, quotes, articles FROM speakers ORDER BY quotes DESC, name LIMIT ? OFFSET ?'),
      speaker: db.prepare<[string], { name: string; quotes: number; articles: number }>('SELECT name, quotes, articles FROM speakers WHERE name = ?'),
      roles: db.prepare<[string], { role: string }>('SELECT role FROM speaker_roles WHERE name = ? ORDER BY quotes DESC, role'),
      rebuttalsOf: db.prepare<[number, string], { json: string }>('SELECT json FROM rebuttals WHERE article = ? AND claim = ? ORDER BY key'),
    };
  }

  /** The statement for this SQL, prepared on first use. */
  private statement<R>(sql: string): Statement<Params, R> {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.db.prepare<Params, unknown>(sql);
      this.cache.set(sql, s);
    }
    return s as Statement<Params, R>;
  }

  private items<R>(select: string, conditions: [string, string | number | null | undefined][], order: string, p: Page): R[] {
    const given = conditions.filter(([, v]) => v !== undefined && v !== null);
    const params: Params = { ...page(p) };
    given.forEach(([, v], i) => { params[`p${i}`] = v!; });
    const where = given.length ? `WHERE ${given.map(([c], i) => c.replace(/\?/g, `@p${i}`)).join(' AND ')}` : '';
    return this.statement<R>(`${select} ${where} ORDER BY ${order} LIMIT @limit OFFSET @offset`).all(params);
  }

  quotes(filter: QuoteFilter = {}): Located<Quotation>[] {
    return this.items<ItemRow>('SELECT a.id AS article, a.date, q.json FROM quotes q JOIN articles a ON a.key = q.article',
      [['q.speaker = ?', filter.speaker], ['a.id = ?', filter.article]],
      // Newest first, in text order within an article. With a speaker, the (speaker, period) index gives
      // the first part of this order and SQLite sorts only within one period: the lookup stops at the
      // limit however often the speaker is quoted.
      'q.period DESC, q.key', filter).map(located<Quotation>);
  }

  speakers(filter: Page & { name?: string } = {}): SpeakerCount[] {
    const { limit, offset } = page(filter);
    const rows = filter.name !== undefined ? this.s.speaker.all(filter.name).slice(offset, offset + limit) : this.s.speakers.all(limit, offset);
    return rows.map((row) => ({ ...row, roles: this.s.roles.all(row.name).map((r) => r.role) }));
  }

  figures(filter: FigureFilter = {}): Located<Figure>[] {
    return this.items<ItemRow>('SELECT a.id AS article, a.date, f.json FROM figures f JOIN articles a ON a.key = f.article', [
      ['f.category = ?', filter.category], ['f.claimant = ?', filter.claimant], ['f.period >= ?', filter.from], ['f.period <= ?', filter.to],
    ], 'f.period, f.key', filter).map(located<Figure>);
  }

  claims(filter: ClaimFilter = {}): ClaimRecord[] {
    const rows = this.items<ItemRow & { title: string | null; url: string | null; articleKey: number; item: string }>(
      'SELECT a.id AS article, a.date, a.title, a.url, a.key AS articleKey, c.item, c.json FROM claims c JOIN articles a ON a.key = c.article', [
        ['c.claimant = ?', filter.claimant], ['c.proposition = ?', filter.proposition],
        ['EXISTS (SELECT 1 FROM rebuttals r WHERE r.article = c.article AND r.claim = c.item) = ?', filter.contested ? 1 : undefined],
      ], 'c.period, c.key', filter);
    return rows.map((row) => ({
      article: row.article, date: row.date, title: row.title, url: row.url, item: JSON.parse(row.json) as Claim,
      rebuttals: this.s.rebuttalsOf.all(row.articleKey, row.item).map((r) => JSON.parse(r.json) as Rebuttal),
    }));
  }

  mentioning(kind: MentionKind, name: string, p: Page = {}): Mention[] {
    const table = kind === 'place' ? 'places' : 'equipment';
    // Articles where it is named, by its canonical name or as written; newest first.
    const sql = `
      SELECT a.id AS article, a.date, a.title, min(t.name) AS name,
        json_group_array(json_object('start', t.span_start, 'end', t.span_end, 'text', t.text)) AS spans
      FROM (SELECT * FROM ${table} WHERE name = @name OR text = @name COLLATE NOCASE ORDER BY article, span_start) t
      JOIN articles a ON a.key = t.article
      GROUP BY t.article ORDER BY a.date DESC, a.id LIMIT @limit OFFSET @offset`;
    return this.statement<{ article: string; date: string | null; title: string | null; name: string; spans: string }>(sql)
      .all({ name, ...page(p) })
      .map((row) => ({ article: row.article, date: row.date, title: row.title, name: row.name, spans: JSON.parse(row.spans) as Mention['spans'] }));
  }
}
