import type { Claim, Rebuttal } from '../../model/claims.ts';
import type { Figure, Quotation } from '../../model/items.ts';
import type { ClaimFilter, ClaimRecord, FigureFilter, IdentityRules, Located, Mention, MentionKind, Page, PlaceCount, PlaceFilter, QuoteFilter, SpeakerCount } from '../store.ts';
import type { ReadCache } from './cache.ts';
import { IdentityLookup } from './identities.ts';
import type { Db } from './open.ts';
import { StatementCache, type Params } from './statements.ts';

const DEFAULT_LIMIT = 100;
const page = (p: Page = {}) => ({ limit: p.limit ?? DEFAULT_LIMIT, offset: p.offset ?? 0 });

interface ItemRow {
  article: string;
  date: string | null;
  json: string;
}

const located = <T>(row: ItemRow): Located<T> => ({ article: row.article, date: row.date, item: JSON.parse(row.json) as T });


interface IdentityRow {
  id: string;
  name: string;
  quotes: number;
  articles: number;
  ambiguous: string;
}

/**
 * The ledger's queries, as SQL over the tables of ../schema.ts. A query's WHERE clause holds only
 * the filters given, so that SQLite plans each shape with the index that fits it (a clause like
 * `? IS NULL OR col = ?` would hide the index); each shape is prepared once and kept.
 */
export class Queries {
  private readonly prepared: StatementCache;
  private readonly s;

  private readonly lookup: IdentityLookup;

  constructor(db: Db, private readonly cache: ReadCache, rules: IdentityRules) {
    this.prepared = new StatementCache(db);
    this.lookup = new IdentityLookup(db, rules);
    this.s = {
      identities: db.prepare<[number, number], IdentityRow>(
        'SELECT id, name, quotes, articles, ambiguous FROM identities ORDER BY quotes DESC, name LIMIT ? OFFSET ?'),
      identity: db.prepare<[string], IdentityRow>('SELECT id, name, quotes, articles, ambiguous FROM identities WHERE id = ?'),
      spellings: db.prepare<[string], { name: string; quotes: number; articles: number }>(
        'SELECT name, quotes, articles FROM speakers WHERE identity = ? ORDER BY quotes DESC, name'),
      // For a page of identities at once: two statements, not two per identity.
      pageSpellings: db.prepare<[string], { identity: string; name: string; quotes: number; articles: number }>(
        'SELECT identity, name, quotes, articles FROM speakers WHERE identity IN (SELECT value FROM json_each(?)) ORDER BY quotes DESC, name'),
      pageRoles: db.prepare<[string], { identity: string; role: string }>(`SELECT s.identity, r.role FROM speakers s JOIN speaker_roles r ON r.name = s.name
        WHERE s.identity IN (SELECT value FROM json_each(?)) GROUP BY s.identity, r.role ORDER BY sum(r.quotes) DESC, r.role`),
      rebuttalsOf: db.prepare<[number, string], { json: string }>('SELECT json FROM rebuttals WHERE article = ? AND claim = ? ORDER BY key'),
    };
  }


  private items<R>(select: string, conditions: [string, string | number | null | undefined][], order: string, p: Page): R[] {
    const given = conditions.filter(([, v]) => v !== undefined && v !== null);
    const params: Params = { ...page(p) };
    // A condition without a `?` is only switched on by its value.
    given.forEach(([c, v], i) => { if (c.includes('?')) params[`p${i}`] = v!; });
    const where = given.length ? `WHERE ${given.map(([c], i) => c.replace(/\?/g, `@p${i}`)).join(' AND ')}` : '';
    return this.prepared.get<R>(`${select} ${where} ORDER BY ${order} LIMIT @limit OFFSET @offset`).all(params);
  }

  quotes(filter: QuoteFilter = {}): Located<Quotation>[] {
    const spellings = filter.speaker === undefined ? [] : this.spellingsOf(filter.speaker);
    if (spellings.length) return this.quotesOfSpellings(spellings, filter);
    // Newest first, in text order within an article.
    return this.items<ItemRow>('SELECT a.id AS article, a.date, q.json FROM quotes q JOIN articles a ON a.key = q.article',
      [['a.id = ?', filter.article]], 'q.period DESC, q.key', filter).map(located<Quotation>);
  }

  /** Every stored spelling of the identities a typed name finds; else the name itself. */
  private spellingsOf(name: string): string[] {
    const out: string[] = [];
    for (const id of this.lookup.resolve(name)) for (const s of this.s.spellings.all(id)) out.push(s.name);
    return out.length ? out : [name];
  }

  /**
   * Quotations of one or several spellings, newest first: each spelling's first `offset + limit` from its
   * (speaker, period) index, merged. A lookup reads a page per spelling, never every quotation of a
   * much-quoted person (`speaker IN (...)` would sort them all).
   */
  private quotesOfSpellings(spellings: readonly string[], filter: QuoteFilter): Located<Quotation>[] {
    const { limit, offset } = page(filter);
    const article = filter.article !== undefined ? 'AND article = (SELECT key FROM articles WHERE id = @article)' : '';
    // The page of keys is chosen from the (speaker, period) index alone (it holds the key), and only
    // its rows are read: sorting whole rows read every quotation of the speaker in the periods it
    // spans (0.24 s for 47,000 quotations sharing a few dates; 0.012 s so).
    const parts = spellings.map((_s, i) => `SELECT q.key, q.period, q.article, q.json FROM quotes q
      WHERE q.key IN (SELECT key FROM quotes WHERE speaker = @s${i} ${article} ORDER BY period DESC, key LIMIT @n)`).join(' UNION ALL ');
    const sql = `SELECT a.id AS article, a.date, u.json FROM (${parts}) u JOIN articles a ON a.key = u.article
      ORDER BY u.period DESC, u.key LIMIT @limit OFFSET @offset`;
    const params: Params = { limit, offset, n: limit + offset };
    spellings.forEach((s, i) => { params[`s${i}`] = s; });
    if (filter.article !== undefined) params.article = filter.article;
    return this.prepared.get<ItemRow>(sql).all(params).map(located<Quotation>);
  }

  speakers(filter: Page & { name?: string } = {}): SpeakerCount[] {
    const { limit, offset } = page(filter);
    const rows = filter.name !== undefined
      ? this.lookup.resolve(filter.name).map((id) => this.s.identity.get(id)!).filter(Boolean)
        .sort((a, b) => b.quotes - a.quotes || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).slice(offset, offset + limit)
      : this.s.identities.all(limit, offset);
    const ids = JSON.stringify(rows.map((r) => r.id));
    const spellings = new Map<string, { name: string; quotes: number; articles: number }[]>();
    for (const { identity, ...s } of this.s.pageSpellings.all(ids)) (spellings.get(identity) ?? spellings.set(identity, []).get(identity)!).push(s);
    const roles = new Map<string, string[]>();
    for (const { identity, role } of this.s.pageRoles.all(ids)) (roles.get(identity) ?? roles.set(identity, []).get(identity)!).push(role);
    return rows.map((row) => ({
      id: row.id, name: row.name, quotes: row.quotes, articles: row.articles,
      roles: roles.get(row.id) ?? [], spellings: spellings.get(row.id) ?? [], ambiguous: JSON.parse(row.ambiguous) as string[],
    }));
  }

  figures(filter: FigureFilter = {}): Located<Figure>[] {
    return this.items<ItemRow>('SELECT a.id AS article, a.date, f.json FROM figures f JOIN articles a ON a.key = f.article', [
      ['f.category = ?', filter.category], ['f.claimant = ?', filter.claimant], ['f.period >= ?', filter.from], ['f.period <= ?', filter.to],
    ], 'f.period, f.key', filter).map(located<Figure>);
  }

  claims(filter: ClaimFilter = {}): ClaimRecord[] {
    type Row = ItemRow & { title: string | null; url: string | null; articleKey: number; item: string };
    const query = () => this.items<Row>(
      'SELECT a.id AS article, a.date, a.title, a.url, a.key AS articleKey, c.item, c.json FROM claims c JOIN articles a ON a.key = c.article', [
        ['c.claimant = ?', filter.claimant], ['c.proposition = ?', filter.proposition],
        // Contested: the claims the rebuttals name, found from the rebuttals (far fewer than the
        // claims) by key, rather than a lookup of rebuttals for every claim.
        ['c.key IN (SELECT rc.key FROM rebuttals r JOIN claims rc ON rc.article = r.article AND rc.item = r.claim)', filter.contested ? 1 : undefined],
      ], 'c.period, c.key', filter);
    // A page of contested claims still sorts every contested claim: kept until the store changes.
    const rows = filter.contested && filter.claimant === undefined && filter.proposition === undefined
      ? this.cache.get(`claims:contested:${JSON.stringify(page(filter))}`, query)
      : query();
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
    // Every mention with a position is grouped (about 1.2 s on a 50,000-article store): each page
    // is kept until the store changes (./cache.ts).
    const rows = this.cache.get(`places:${JSON.stringify(params)}`, () => this.prepared.get<PlaceCount>(`SELECT p.name, p.geoname_id AS geonameId, p.country,
        json_extract(p.json, '$.lat') AS lat, json_extract(p.json, '$.lon') AS lon,
        count(*) AS mentions, count(DISTINCT p.article) AS articles
      FROM places p ${join} WHERE ${where.join(' AND ')}
      GROUP BY coalesce(p.geoname_id, p.name) ORDER BY mentions DESC, p.name LIMIT @limit OFFSET @offset`).all(params));
    return rows.map((row) => ({ ...row }));
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
    return this.prepared.get<{ article: string; date: string | null; title: string | null; name: string; spans: string }>(sql)
      .all({ name, ...page(p) })
      .map((row) => ({ article: row.article, date: row.date, title: row.title, name: row.name, spans: JSON.parse(row.spans) as Mention['spans'] }));
  }
}
