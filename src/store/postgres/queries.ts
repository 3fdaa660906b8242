import type { Claim, Rebuttal } from '../../model/claims.ts';
import type { Figure, Quotation } from '../../model/items.ts';
import type { ClaimFilter, ClaimRecord, FigureFilter, IdentityRules, Located, Mention, MentionKind, Page, PlaceCount, PlaceFilter, QuoteFilter, SpeakerCount } from '../store.ts';
import { resolveIdentities } from './identities.ts';
import type { Sql } from './open.ts';

const DEFAULT_LIMIT = 100;
const page = (p: Page = {}) => ({ limit: p.limit ?? DEFAULT_LIMIT, offset: p.offset ?? 0 });

/** The pg driver parses `json` columns itself. */
interface ItemRow {
  article: string;
  date: string | null;
  json: unknown;
}

const located = <T>(row: ItemRow): Located<T> => ({ article: row.article, date: row.date, item: row.json as T });

interface IdentityRow {
  id: string;
  name: string;
  quotes: number;
  articles: number;
  ambiguous: string;
}

/**
 * The ledger's queries on PostgreSQL: the same answers, in the same order, as sqlite/queries.ts
 * (the contract suite runs both). A WHERE clause holds only the filters given; names compare
 * through `nocase()`, which the indexes are on.
 */
export class PgQueries {
  constructor(private readonly sql: Sql, private readonly rules: IdentityRules) {}

  private async items<R extends object>(select: string, conditions: [string, string | number | null | undefined][], order: string, p: Page): Promise<R[]> {
    const given = conditions.filter(([, v]) => v !== undefined && v !== null);
    const { limit, offset } = page(p);
    const params: unknown[] = given.map(([, v]) => v);
    const where = given.length ? `WHERE ${given.map(([c], i) => c.replace(/\?/g, `$${i + 1}`)).join(' AND ')}` : '';
    const n = params.length;
    return (await this.sql.query<R>(`${select} ${where} ORDER BY ${order} LIMIT $${n + 1} OFFSET $${n + 2}`, [...params, limit, offset])).rows;
  }

  async quotes(filter: QuoteFilter = {}): Promise<Located<Quotation>[]> {
    const spellings = filter.speaker === undefined ? [] : await this.spellingsOf(filter.speaker);
    return (await this.items<ItemRow>('SELECT a.id AS article, a.date, q.json FROM quotes q JOIN articles a ON a.key = q.article', [
      [spellings.length > 1 ? 'nocase(q.speaker) IN (SELECT nocase(n) FROM unnest(?::text[]) n)' : 'nocase(q.speaker) = nocase(?)', spellings.length > 1 ? spellings as never : spellings[0]],
      ['a.id = ?', filter.article],
    ], 'q.period DESC NULLS LAST, q.key', filter)).map(located<Quotation>);
  }

  /** Every stored spelling of the identities a typed name finds; else the name itself. */
  private async spellingsOf(name: string): Promise<string[]> {
    const ids = await resolveIdentities(this.sql, this.rules, name);
    if (!ids.length) return [name];
    const r = await this.sql.query<{ name: string }>('SELECT name FROM speakers WHERE identity = ANY($1::text[]) ORDER BY quotes DESC, nocase(name)', [ids]);
    return r.rows.length ? r.rows.map((x) => x.name) : [name];
  }

  async speakers(filter: Page & { name?: string } = {}): Promise<SpeakerCount[]> {
    const { limit, offset } = page(filter);
    let rows: IdentityRow[];
    if (filter.name !== undefined) {
      const ids = await resolveIdentities(this.sql, this.rules, filter.name);
      rows = (await this.sql.query<IdentityRow>(`SELECT id, name, quotes, articles, ambiguous FROM identities WHERE id = ANY($1::text[])
        ORDER BY quotes DESC, nocase(name) LIMIT $2 OFFSET $3`, [ids, limit, offset])).rows;
    } else {
      rows = (await this.sql.query<IdentityRow>('SELECT id, name, quotes, articles, ambiguous FROM identities ORDER BY quotes DESC, nocase(name) LIMIT $1 OFFSET $2', [limit, offset])).rows;
    }
    const ids = rows.map((r) => r.id);
    const spellings = new Map<string, { name: string; quotes: number; articles: number }[]>();
    const sp = await this.sql.query<{ identity: string; name: string; quotes: number; articles: number }>(
      'SELECT identity, name, quotes, articles FROM speakers WHERE identity = ANY($1::text[]) ORDER BY quotes DESC, nocase(name)', [ids]);
    for (const { identity, ...s } of sp.rows) (spellings.get(identity) ?? spellings.set(identity, []).get(identity)!).push(s);
    const roles = new Map<string, string[]>();
    const rr = await this.sql.query<{ identity: string; role: string }>(`SELECT s.identity, r.role FROM speakers s JOIN speaker_roles r ON nocase(r.name) = nocase(s.name)
      WHERE s.identity = ANY($1::text[]) GROUP BY s.identity, r.role ORDER BY sum(r.quotes) DESC, r.role COLLATE "C"`, [ids]);
    for (const { identity, role } of rr.rows) (roles.get(identity) ?? roles.set(identity, []).get(identity)!).push(role);
    return rows.map((row) => ({
      id: row.id, name: row.name, quotes: row.quotes, articles: row.articles,
      roles: roles.get(row.id) ?? [], spellings: spellings.get(row.id) ?? [], ambiguous: JSON.parse(row.ambiguous) as string[],
    }));
  }

  async figures(filter: FigureFilter = {}): Promise<Located<Figure>[]> {
    return (await this.items<ItemRow>('SELECT a.id AS article, a.date, f.json FROM figures f JOIN articles a ON a.key = f.article', [
      ['f.category = ?', filter.category], ['nocase(f.claimant) = nocase(?)', filter.claimant], ['f.period >= ?', filter.from], ['f.period <= ?', filter.to],
    ], 'f.period NULLS FIRST, f.key', filter)).map(located<Figure>);
  }

  async claims(filter: ClaimFilter = {}): Promise<ClaimRecord[]> {
    const rows = await this.items<ItemRow & { title: string | null; url: string | null; articlekey: number; item: string }>(
      'SELECT a.id AS article, a.date, a.title, a.url, a.key AS articlekey, c.item, c.json FROM claims c JOIN articles a ON a.key = c.article', [
        ['nocase(c.claimant) = nocase(?)', filter.claimant], ['c.proposition = ?', filter.proposition],
        ['EXISTS (SELECT 1 FROM rebuttals r WHERE r.article = c.article AND r.claim = c.item) = ?', filter.contested ? true as never : undefined],
      ], 'c.period NULLS FIRST, c.key', filter);
    const out: ClaimRecord[] = [];
    for (const row of rows) {
      const rebuttals = (await this.sql.query<{ json: unknown }>('SELECT json FROM rebuttals WHERE article = $1 AND claim = $2 ORDER BY key', [row.articlekey, row.item])).rows;
      out.push({ article: row.article, date: row.date, title: row.title, url: row.url, item: row.json as Claim, rebuttals: rebuttals.map((r) => r.json as Rebuttal) });
    }
    return out;
  }

  async places(filter: PlaceFilter = {}): Promise<PlaceCount[]> {
    const { limit, offset } = page(filter);
    const where = ["(p.json->>'lat') IS NOT NULL"];
    const params: unknown[] = [];
    const add = (c: string, v: unknown) => { params.push(v); where.push(c.replace('?', `$${params.length}`)); };
    if (filter.from !== undefined) add('p.period >= ?', filter.from);
    if (filter.to !== undefined) add('p.period <= ?', filter.to);
    if (filter.source !== undefined) add('nocase(a.source) = nocase(?)', filter.source);
    const join = filter.source !== undefined ? 'JOIN articles a ON a.key = p.article' : '';
    const n = params.length;
    // One row per place (its GeoNames id, else its name); name and position from one of its rows, as SQLite's bare columns do.
    const r = await this.sql.query<{ name: string; geonameId: number | null; country: string | null; lat: number; lon: number; mentions: string; articles: string }>(
      `SELECT (array_agg(p.name ORDER BY p.key DESC))[1] AS name, (array_agg(p.geoname_id ORDER BY p.key DESC))[1] AS "geonameId",
          (array_agg(p.country ORDER BY p.key DESC))[1] AS country,
          (array_agg((p.json->>'lat')::double precision ORDER BY p.key DESC))[1] AS lat, (array_agg((p.json->>'lon')::double precision ORDER BY p.key DESC))[1] AS lon,
          count(*) AS mentions, count(DISTINCT p.article) AS articles
        FROM places p ${join} WHERE ${where.join(' AND ')}
        GROUP BY coalesce(p.geoname_id::text, p.name) ORDER BY mentions DESC, nocase(name) LIMIT $${n + 1} OFFSET $${n + 2}`, [...params, limit, offset]);
    return r.rows.map((x) => ({ ...x, mentions: Number(x.mentions), articles: Number(x.articles) }));
  }

  async mentioning(kind: MentionKind, name: string, p: Page = {}): Promise<Mention[]> {
    const table = kind === 'place' ? 'places' : 'equipment';
    const { limit, offset } = page(p);
    const named = '(nocase(t.name) = nocase($1) OR nocase(t.text) = nocase($1))';
    const r = await this.sql.query<{ article: string; date: string | null; title: string | null; name: string; spans: Mention['spans'] }>(`
      WITH hits AS (
        SELECT article, period FROM ${table} WHERE nocase(name) = nocase($1)
        UNION SELECT article, period FROM ${table} WHERE nocase(text) = nocase($1)),
      pg AS (SELECT article, max(period) AS period FROM hits GROUP BY article ORDER BY max(period) DESC NULLS LAST, article LIMIT $2 OFFSET $3)
      SELECT a.id AS article, a.date, a.title,
        (SELECT (array_agg(t.name ORDER BY nocase(t.name), t.name))[1] FROM ${table} t WHERE t.article = pg.article AND ${named}) AS name,
        (SELECT json_agg(json_build_object('start', t.span_start, 'end', t.span_end, 'text', t.text) ORDER BY t.span_start)
           FROM ${table} t WHERE t.article = pg.article AND ${named}) AS spans
      FROM pg JOIN articles a ON a.key = pg.article ORDER BY pg.period DESC NULLS LAST, pg.article`, [name, limit, offset]);
    return r.rows;
  }
}
