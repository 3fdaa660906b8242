import type { Statement } from 'better-sqlite3';
import type { Claim, Rebuttal } from '../../model/claims.ts';
import type { Figure, Quotation } from '../../model/items.ts';
import type { ClaimFilter, ClaimRecord, FigureFilter, Located, Mention, MentionKind, Page, PlaceCount, PlaceFilter, QuoteFilter, SpeakerCount } from '../store.ts';
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

  places(filter: PlaceFilter = {}): PlaceCount[] {
    // One row per place (its GeoNames id, else its name); the position is the stored item's. The
    // article filters join articles only when given.
    const where = ["json_extract(p.json, '$.lat') IS NOT NULL"];
    const params: Params = { ...page(filter) };
    if (filter.from !== undefined) { where.push('p.period >= @from'); params.from = filter.from; }
    if (filter.to !== undefined) { where.push('p.period <= @to'); params.to = filter.to; }
    if (filter.source !== undefined) { where.push('a.source = @source COLLATE NOCASE'); params.source = filter.source; }
    const join = filter.source !== undefined ? 'JOIN articles a ON a.key = p.article' : '';
    return this.statement<PlaceCount>(`SELECT p.name, p.geoname_id AS geonameId, p.country,
        json_extract(p.json, '$.lat') AS lat, json_extract(p.json, '$.lon') AS lon,
        count(*) AS mentions, count(DISTINCT p.article) AS articles
      FROM places p ${join} WHERE ${where.join(' AND ')}
      GROUP BY coalesce(p.geoname_id, p.name) ORDER BY mentions DESC, p.name LIMIT @limit OFFSET @offset`).all(params);
  }

  mentioning(kind: MentionKind, name: string, p: Page = {}): Mention[] {
    const table = kind === 'place' ? 'places' : 'equipment';
    // Articles where it is named, by its canonical name or as written; newest first. The page of
    // articles is chosen from the (name, period, article) indexes alone, and only its mentions are
    // gathered (a town may be named in thousands of articles). UNION rather than OR, so that each
    // side reads its own index.
    const named = `(t.name = @name OR t.text = @name COLLATE NOCASE)`;
    const sql = `
      WITH hits AS (
        SELECT article, period FROM ${table} WHERE name = @name
        UNION SELECT article, period FROM ${table} WHERE text = @name COLLATE NOCASE),
      page AS (SELECT article, max(period) AS period FROM hits GROUP BY article ORDER BY period DESC, article LIMIT @limit OFFSET @offset)
      SELECT a.id AS article, a.date, a.title,
        (SELECT min(t.name) FROM ${table} t WHERE t.article = page.article AND ${named}) AS name,
        (SELECT json_group_array(json_object('start', s.span_start, 'end', s.span_end, 'text', s.text))
           FROM (SELECT t.span_start, t.span_end, t.text FROM ${table} t WHERE t.article = page.article AND ${named} ORDER BY t.span_start) s) AS spans
      FROM page JOIN articles a ON a.key = page.article ORDER BY page.period DESC, page.article`;
    return this.statement<{ article: string; date: string | null; title: string | null; name: string; spans: string }>(sql)
      .all({ name, ...page(p) })
      .map((row) => ({ article: row.article, date: row.date, title: row.title, name: row.name, spans: JSON.parse(row.spans) as Mention['spans'] }));
  }
}
