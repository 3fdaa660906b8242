import { queryTerms, toHit, type SnippetRow } from '../query-terms.ts';
import type { SearchFilter, SearchHit, SearchOptions, SearchPage, SearchScope } from '../store.ts';
import type { Db } from './open.ts';
import { StatementCache, type Params } from './statements.ts';

const SNIPPET_TOKENS = 24;

export { MAX_QUERY_CHARS, MAX_QUERY_WORDS } from '../query-terms.ts';

/**
 * A user's query (../query-terms.ts reads and bounds it) -> an FTS5 query that cannot be a syntax
 * error: each term a quoted FTS5 string (all must match), a prefix term followed by `*`.
 */
export function ftsQuery(query: string): string {
  return queryTerms(query).map((t) => `"${t.text.replace(/"/g, '""')}"${t.prefix ? '*' : ''}`).join(' ');
}

type Row = SnippetRow;

const SQL: Record<SearchScope, string> = {
  articles: `SELECT a.id AS article, a.title, a.date, NULL AS item, 0 AS base,
      a.text AS body, s.snip
    FROM (SELECT rowid, snippet(articles_fts, 1, char(2), char(3), '', ${SNIPPET_TOKENS}) AS snip, rank
          FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?) s
    JOIN articles a ON a.key = s.rowid ORDER BY s.rank`,
  quotes: `SELECT a.id AS article, a.title, a.date, q.item, q.span_start AS base,
      q.text AS body, s.snip
    FROM (SELECT rowid, snippet(quotes_fts, 0, char(2), char(3), '', ${SNIPPET_TOKENS}) AS snip, rank
          FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rank LIMIT ?) s
    JOIN quotes q ON q.key = s.rowid JOIN articles a ON a.key = q.article ORDER BY s.rank`,
  claims: `SELECT a.id AS article, a.title, a.date, c.item, c.span_start AS base,
      c.text AS body, s.snip
    FROM (SELECT rowid, snippet(claims_fts, 0, char(2), char(3), '', ${SNIPPET_TOKENS}) AS snip, rank
          FROM claims_fts WHERE claims_fts MATCH ? ORDER BY rank LIMIT ?) s
    JOIN claims c ON c.key = s.rowid JOIN articles a ON a.key = c.article ORDER BY s.rank`,
};

/** Per scope: the FTS table, the joins to its rows, the snippet's column, and the column a speaker filter reads. */
const PAGED: Record<SearchScope, { fts: string; from: string; item: string; base: string; body: string; column: number; speaker: string }> = {
  articles: {
    fts: 'articles_fts', from: 'articles_fts JOIN articles a ON a.key = articles_fts.rowid', item: 'NULL', base: '0', body: 'a.text', column: 1,
    speaker: 'EXISTS (SELECT 1 FROM quotes q WHERE q.article = a.key AND q.speaker = @speaker)',
  },
  quotes: {
    fts: 'quotes_fts', from: 'quotes_fts JOIN quotes q ON q.key = quotes_fts.rowid JOIN articles a ON a.key = q.article',
    item: 'q.item', base: 'q.span_start', body: 'q.text', column: 0, speaker: 'q.speaker = @speaker',
  },
  claims: {
    fts: 'claims_fts', from: 'claims_fts JOIN claims c ON c.key = claims_fts.rowid JOIN articles a ON a.key = c.article',
    item: 'c.item', base: 'c.span_start', body: 'c.text', column: 0, speaker: 'c.claimant = @speaker',
  },
};


export class Searcher {
  private readonly statements;
  private readonly prepared: StatementCache;

  constructor(db: Db) {
    this.prepared = new StatementCache(db);
    this.statements = {
      articles: db.prepare<[string, number], Row>(SQL.articles),
      quotes: db.prepare<[string, number], Row>(SQL.quotes),
      claims: db.prepare<[string, number], Row>(SQL.claims),
    };
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const scope = options.scope ?? 'articles';
    const rows = this.statements[scope].all(ftsQuery(query), options.limit ?? 20);
    return rows.map((row) => toHit(row, scope));
  }

  /** A page of hits with only the filters given in the WHERE clause, and the count of all hits. */
  page(query: string, filter: SearchFilter = {}): SearchPage {
    const scope = filter.scope ?? 'articles';
    const p = PAGED[scope];
    const params: Params = { q: ftsQuery(query) };
    const where = [`${p.fts} MATCH @q`];
    if (filter.speaker !== undefined) { where.push(p.speaker); params.speaker = filter.speaker; }
    if (filter.source !== undefined) { where.push('a.source = @source COLLATE NOCASE'); params.source = filter.source; }
    if (filter.from !== undefined) { where.push('a.date >= @from'); params.from = filter.from; }
    if (filter.to !== undefined) { where.push('a.date <= @to'); params.to = filter.to; }
    const condition = where.join(' AND ');
    const total = this.prepared.get<{ n: number }>(`SELECT count(*) AS n FROM ${p.from} WHERE ${condition}`).get(params)!.n;
    const rows = this.prepared.get<Row>(`SELECT a.id AS article, a.title, a.date, ${p.item} AS item, ${p.base} AS base, ${p.body} AS body,
        snippet(${p.fts}, ${p.column}, char(2), char(3), '', ${SNIPPET_TOKENS}) AS snip
      FROM ${p.from} WHERE ${condition} ORDER BY ${p.fts}.rank LIMIT @limit OFFSET @offset`)
      .all({ ...params, limit: filter.limit ?? 20, offset: filter.offset ?? 0 });
    return { total, hits: rows.map((row) => toHit(row, scope)) };
  }

}
