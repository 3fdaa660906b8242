import { queryTerms, SEARCH_COUNT_CAP, toHit, type SnippetRow } from '../query-terms.ts';
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

/**
 * Per scope: the FTS table, the joins from its rows to the item and article, the item's columns,
 * the snippet's column, and how a speaker filter and an article filter (outlet, dates) are checked.
 *
 * A speaker filter is a set of keys the FTS table's rowid must be in (`+rowid IN (...)`: the `+`
 * keeps FTS5 from looking up each key as a query of its own, which took 30 s), read once from an
 * index. An article filter is the set of the keys of the articles that pass, read from an index
 * (`articles_date`, `articles_source`: migration 8); a quotation or claim that matches reaches its
 * article through the narrow (key, article) index. Joining every matching row to its quotation or
 * claim instead read the whole row, JSON and all, to reach one column (8x slower for a speaker on
 * 50,000 articles); a set of every quotation of the articles that pass held hundreds of thousands
 * of keys for a month (quotes in a month 3.6-3.9x slower than with the article set); an outlet had
 * no index, so each match read its article's row (articles of an outlet 8-18x slower).
 */
const SCOPES: Record<SearchScope, { fts: string; join: string; item: string; who: string; base: string; body: string; column: number; speaker: string; article: string }> = {
  articles: {
    fts: 'articles_fts', join: 'JOIN articles a ON a.key = articles_fts.rowid', item: 'NULL', who: 'NULL', base: '0', body: 'a.text', column: 1,
    // The narrow (article, speaker) index read whole: the speaker's index would reach each article
    // through the quotation's row (3.5x slower for a speaker quoted 47,000 times).
    speaker: 'SELECT article FROM quotes INDEXED BY quotes_article_speaker WHERE speaker = @speaker',
    article: '+articles_fts.rowid',
  },
  quotes: {
    fts: 'quotes_fts', join: 'JOIN quotes q ON q.key = quotes_fts.rowid JOIN articles a ON a.key = q.article',
    item: 'q.item', who: 'q.speaker', base: 'q.span_start', body: 'q.text', column: 0,
    speaker: 'SELECT key FROM quotes WHERE speaker = @speaker',
    article: '(SELECT article FROM quotes INDEXED BY quotes_key_article WHERE key = quotes_fts.rowid)',
  },
  claims: {
    fts: 'claims_fts', join: 'JOIN claims c ON c.key = claims_fts.rowid JOIN articles a ON a.key = c.article',
    item: 'c.item', who: 'c.claimant', base: 'c.span_start', body: 'c.text', column: 0,
    speaker: 'SELECT key FROM claims WHERE claimant = @speaker',
    article: '(SELECT article FROM claims INDEXED BY claims_key_article WHERE key = claims_fts.rowid)',
  },
};

/**
 * Full-text search in three steps, so that a common word costs its ranking and no more:
 *
 * 1. The page: the FTS table's rowids that pass the filters (sets of keys, above), ranked by
 *    bm25 (FTS5's `rank`), ties in storage order (rowid), `LIMIT`ed; no join.
 * 2. The count, capped: at most SEARCH_COUNT_CAP + 1 rows are counted (FTS5 walks its doclist
 *    without ranking), so a word in a million rows costs what one in ten thousand does; the page
 *    says `capped` when there are more.
 * 3. Snippets for the page's rows alone (snippet() re-reads and tokenizes each row's text).
 *
 * Before, one statement ranked, joined and made a snippet for every matching row and a second
 * counted them through the joins: 0.1-0.5 s for a common word on 50,000 articles.
 */
export class Searcher {
  private readonly prepared: StatementCache;

  constructor(db: Db) {
    this.prepared = new StatementCache(db);
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    return this.hits(options.scope ?? 'articles', ftsQuery(query), {}, options.limit ?? 20, 0);
  }

  /** A page of hits with only the filters given in the WHERE clause, and the count of all hits up to the cap. */
  page(query: string, filter: SearchFilter = {}): SearchPage {
    const scope = filter.scope ?? 'articles';
    const q = ftsQuery(query);
    const { sql, params } = this.matching(scope, q, filter);
    const n = this.prepared.get<{ n: number }>(`SELECT count(*) AS n FROM (SELECT 1 ${sql} LIMIT @cap)`).get({ ...params, cap: SEARCH_COUNT_CAP + 1 })!.n;
    const hits = this.hits(scope, q, filter, filter.limit ?? 20, filter.offset ?? 0);
    return { total: Math.min(n, SEARCH_COUNT_CAP), capped: n > SEARCH_COUNT_CAP, hits };
  }

  /** `FROM ... WHERE ...` of the FTS rows that match and pass the filters given (only those in the SQL). */
  private matching(scope: SearchScope, q: string, filter: SearchFilter): { sql: string; params: Params } {
    const s = SCOPES[scope];
    const params: Params = { q };
    const where = [`${s.fts} MATCH @q`];
    if (filter.speaker !== undefined) { where.push(`+${s.fts}.rowid IN (${s.speaker})`); params.speaker = filter.speaker; }
    const article: string[] = [];
    if (filter.source !== undefined) { article.push('source = @source COLLATE NOCASE'); params.source = filter.source; }
    if (filter.from !== undefined) { article.push('date >= @from'); params.from = filter.from; }
    if (filter.to !== undefined) { article.push('date <= @to'); params.to = filter.to; }
    if (article.length) where.push(`${s.article} IN (SELECT key FROM articles WHERE ${article.join(' AND ')})`);
    return { sql: `FROM ${s.fts} WHERE ${where.join(' AND ')}`, params };
  }

  private hits(scope: SearchScope, q: string, filter: SearchFilter, limit: number, offset: number): SearchHit[] {
    const s = SCOPES[scope];
    const { sql, params } = this.matching(scope, q, filter);
    const page = this.prepared.get<{ key: number }>(`SELECT ${s.fts}.rowid AS key ${sql} ORDER BY ${s.fts}.rank, ${s.fts}.rowid LIMIT @limit OFFSET @offset`)
      .all({ ...params, limit, offset });
    if (!page.length) return [];
    const rows = this.prepared.get<SnippetRow & { key: number }>(`SELECT ${s.fts}.rowid AS key, a.id AS article, a.title, a.date, ${s.item} AS item, ${s.who} AS speaker,
        ${s.base} AS base, ${s.body} AS body, snippet(${s.fts}, ${s.column}, char(2), char(3), '', ${SNIPPET_TOKENS}) AS snip
      FROM ${s.fts} ${s.join} WHERE ${s.fts} MATCH @q AND ${s.fts}.rowid IN (SELECT value FROM json_each(@keys))`)
      .all({ q, keys: JSON.stringify(page.map((r) => r.key)) });
    const byKey = new Map(rows.map((r) => [r.key, r]));
    return page.flatMap(({ key }) => {
      const row = byKey.get(key);
      return row ? [toHit(row, scope)] : [];
    });
  }
}
