import { queryTerms, SEARCH_COUNT_CAP, toHit, type SnippetRow } from '../query-terms.ts';
import type { SearchFilter, SearchHit, SearchOptions, SearchPage, SearchScope } from '../store.ts';
import { ArticleSets } from './article-sets.ts';
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
 * the snippet's column, and how a speaker filter and an article filter (outlet, dates) are checked
 * for the FTS row whose rowid is `k`.
 *
 * A speaker filter is a set of keys the FTS table's rowid must be in (`+rowid IN (...)`: the `+`
 * keeps FTS5 from looking up each key as a query of its own, which took 30 s), read once from an
 * index. An article filter is the set of the keys of the articles that pass (./article-sets.ts:
 * a TEMP table kept for the next search with the same filter); a quotation or claim that matches
 * reaches its article through the narrow (key, article) index (migration 8). Joining every
 * matching row to its quotation or claim instead read the whole row, JSON and all, to reach one
 * column (8x slower for a speaker on 50,000 articles); a set of every quotation of the articles
 * that pass held hundreds of thousands of keys for a month (quotes in a month 3.6-3.9x slower than
 * with the article set); an outlet had no index, so each match read its article's row (articles
 * of an outlet 8-18x slower).
 */
const SCOPES: Record<SearchScope, { fts: string; join: string; item: string; who: string; base: string; body: string; column: number; speaker: string; article: (k: string) => string }> = {
  articles: {
    fts: 'articles_fts', join: 'JOIN articles a ON a.key = articles_fts.rowid', item: 'NULL', who: 'NULL', base: '0', body: 'a.text', column: 1,
    // The narrow (article, speaker) index read whole: the speaker's index would reach each article
    // through the quotation's row (3.5x slower for a speaker quoted 47,000 times).
    speaker: 'SELECT article FROM quotes INDEXED BY quotes_article_speaker WHERE speaker = @speaker',
    article: (k) => `+${k}`,
  },
  quotes: {
    fts: 'quotes_fts', join: 'JOIN quotes q ON q.key = quotes_fts.rowid JOIN articles a ON a.key = q.article',
    item: 'q.item', who: 'q.speaker', base: 'q.span_start', body: 'q.text', column: 0,
    speaker: 'SELECT key FROM quotes WHERE speaker = @speaker',
    article: (k) => `(SELECT article FROM quotes INDEXED BY quotes_key_article WHERE key = ${k})`,
  },
  claims: {
    fts: 'claims_fts', join: 'JOIN claims c ON c.key = claims_fts.rowid JOIN articles a ON a.key = c.article',
    item: 'c.item', who: 'c.claimant', base: 'c.span_start', body: 'c.text', column: 0,
    speaker: 'SELECT key FROM claims WHERE claimant = @speaker',
    article: (k) => `(SELECT article FROM claims INDEXED BY claims_key_article WHERE key = ${k})`,
  },
};

/**
 * Full-text search in three steps, so that a common word costs its ranking and no more:
 *
 * 1. The page: the FTS table's rowids that pass the filters (sets of keys, above), ranked by
 *    bm25 (FTS5's `rank`), ties in storage order (rowid), `LIMIT`ed; no join.
 * 2. The count. Without a filter, at most SEARCH_COUNT_CAP + 1 rows are counted (FTS5 walks its
 *    doclist without ranking), so a word in a million rows costs what one in ten thousand does;
 *    the page says `capped` when there are more. With a filter, the page's statement counts the
 *    rows that pass as it ranks them (`count(*) OVER ()`): every match is checked for the page
 *    anyway, so the count costs keeping the passing rows, not a second pass that checked them all
 *    again (a common word in a month: 12-20 CPU ms with the count beside the page, 20-24 with it
 *    in a statement of its own, on 50,000 articles).
 * 3. Snippets for the page's rows alone (snippet() re-reads and tokenizes each row's text).
 *
 * Before, one statement ranked, joined and made a snippet for every matching row and a second
 * counted them through the joins: 0.1-0.5 s for a common word on 50,000 articles.
 */
export class Searcher {
  private readonly prepared: StatementCache;
  private readonly articleSets: ArticleSets;

  constructor(db: Db) {
    this.prepared = new StatementCache(db);
    this.articleSets = new ArticleSets(db);
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const scope = options.scope ?? 'articles';
    const q = ftsQuery(query);
    return this.snippets(scope, q, this.ranked(scope, q, {}, options.limit ?? 20, 0).keys);
  }

  /** A page of hits with only the filters given in the WHERE clause, and the count of all hits up to the cap. */
  page(query: string, filter: SearchFilter = {}): SearchPage {
    const scope = filter.scope ?? 'articles';
    const q = ftsQuery(query);
    const { keys, n: passing } = this.ranked(scope, q, filter, filter.limit ?? 20, filter.offset ?? 0);
    const hits = this.snippets(scope, q, keys);
    // Counted with the page, unless the page was empty (past the end): then count alone.
    const n = passing ?? this.count(scope, q, filter);
    return { total: Math.min(n, SEARCH_COUNT_CAP), capped: n > SEARCH_COUNT_CAP, hits };
  }

  /** The hits, counted up to SEARCH_COUNT_CAP + 1. */
  private count(scope: SearchScope, q: string, filter: SearchFilter): number {
    const s = SCOPES[scope];
    const { checks, params } = this.filters(scope, q, filter);
    return this.prepared.get<{ n: number }>(`SELECT count(*) AS n FROM (SELECT 1 FROM ${s.fts} WHERE ${[`${s.fts} MATCH @q`, ...checks].join(' AND ')} LIMIT @cap)`)
      .get({ ...params, cap: SEARCH_COUNT_CAP + 1 })!.n;
  }

  /** The checks of the filters given (only those) on the FTS row. */
  private filters(scope: SearchScope, q: string, filter: SearchFilter): { checks: string[]; params: Params } {
    const s = SCOPES[scope];
    const k = `${s.fts}.rowid`;
    const params: Params = { q };
    const checks: string[] = [];
    if (filter.speaker !== undefined) { checks.push(`+${k} IN (${s.speaker})`); params.speaker = filter.speaker; }
    if (filter.source !== undefined || filter.from !== undefined || filter.to !== undefined) checks.push(`${s.article(k)} IN ${this.articleSets.table(filter)}`);
    return { checks, params };
  }

  /**
   * The page's rowids, best first; with a filter, also `n`, the count of every row that passes
   * (null when the page is empty: nothing carried it). Without one the count is left to count().
   */
  private ranked(scope: SearchScope, q: string, filter: SearchFilter, limit: number, offset: number): { keys: number[]; n: number | null } {
    const s = SCOPES[scope];
    const { checks, params } = this.filters(scope, q, filter);
    const rows = this.prepared.get<{ key: number; n: number | null }>(`SELECT ${s.fts}.rowid AS key, ${checks.length ? 'count(*) OVER ()' : 'NULL'} AS n
      FROM ${s.fts} WHERE ${[`${s.fts} MATCH @q`, ...checks].join(' AND ')}
      ORDER BY ${s.fts}.rank, ${s.fts}.rowid LIMIT @limit OFFSET @offset`)
      .all({ ...params, limit, offset });
    return { keys: rows.map((r) => r.key), n: rows[0]?.n ?? null };
  }

  private snippets(scope: SearchScope, q: string, keys: readonly number[]): SearchHit[] {
    if (!keys.length) return [];
    const s = SCOPES[scope];
    const rows = this.prepared.get<SnippetRow & { key: number }>(`SELECT ${s.fts}.rowid AS key, a.id AS article, a.title, a.date, ${s.item} AS item, ${s.who} AS speaker,
        ${s.base} AS base, ${s.body} AS body, snippet(${s.fts}, ${s.column}, char(2), char(3), '', ${SNIPPET_TOKENS}) AS snip
      FROM ${s.fts} ${s.join} WHERE ${s.fts} MATCH @q AND ${s.fts}.rowid IN (SELECT value FROM json_each(@keys))`)
      .all({ q, keys: JSON.stringify(keys) });
    const byKey = new Map(rows.map((r) => [r.key, r]));
    return keys.flatMap((key) => {
      const row = byKey.get(key);
      return row ? [toHit(row, scope)] : [];
    });
  }
}
