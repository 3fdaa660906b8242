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
 *    bm25 (FTS5's `rank`), ties in storage order (rowid), `LIMIT`ed; no join. The page is exact
 *    whatever the count.
 * 2. The count. A page short of its limit ends the hits, so its offset plus its length is the
 *    count, exactly, with nothing more read. Otherwise the first SEARCH_COUNT_CAP + 1 matches of
 *    the word are read (FTS5 walks its doclist without ranking) and those that pass the filters
 *    counted: a word in a million rows costs what one in ten thousand does. When there were more
 *    matches than that, the count is a floor and the page says `capped` ("at least"): without a
 *    filter it is the cap itself; with one, the hits among the matches read (a month holding two
 *    thirds of the store: about 6,667 of the first 10,000). Counting until 10,000 hits passed
 *    instead read every match of a word whose hits are rare, and 15,000 for a month: about a third
 *    of a search in a month's CPU.
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
    return this.hits(options.scope ?? 'articles', ftsQuery(query), {}, options.limit ?? 20, 0);
  }

  /** A page of hits with only the filters given in the WHERE clause, and the count of the hits (a floor when `capped`). */
  page(query: string, filter: SearchFilter = {}): SearchPage {
    const scope = filter.scope ?? 'articles';
    const q = ftsQuery(query);
    const limit = filter.limit ?? 20;
    const offset = filter.offset ?? 0;
    const hits = this.hits(scope, q, filter, limit, offset);
    if (hits.length < limit && (hits.length > 0 || offset === 0)) {
      const n = offset + hits.length;
      return { total: Math.min(n, SEARCH_COUNT_CAP), capped: n > SEARCH_COUNT_CAP, hits };
    }
    const { fts, checks, params } = this.filters(scope, q, filter, 'm.key');
    const counted = this.prepared.get<{ read: number; n: number }>(`SELECT count(*) AS read, ${checks.length ? `coalesce(sum(${checks.join(' AND ')}), 0)` : 'count(*)'} AS n
      FROM (SELECT rowid AS key FROM ${fts} WHERE ${fts} MATCH @q LIMIT @read) m`).get({ ...params, read: SEARCH_COUNT_CAP + 1 })!;
    // Every match read: the count is exact. Otherwise it is a floor, and so is the page's end.
    if (counted.read <= SEARCH_COUNT_CAP) return { total: counted.n, capped: false, hits };
    return { total: Math.min(Math.max(counted.n, hits.length ? offset + hits.length : 0), SEARCH_COUNT_CAP), capped: true, hits };
  }

  /** The FTS table, and the checks of the filters given (only those) on the FTS row whose rowid is `k`. */
  private filters(scope: SearchScope, q: string, filter: SearchFilter, k: string): { fts: string; checks: string[]; params: Params } {
    const s = SCOPES[scope];
    const params: Params = { q };
    const checks: string[] = [];
    if (filter.speaker !== undefined) { checks.push(`+${k} IN (${s.speaker})`); params.speaker = filter.speaker; }
    if (filter.source !== undefined || filter.from !== undefined || filter.to !== undefined) checks.push(`${s.article(k)} IN ${this.articleSets.table(filter)}`);
    return { fts: s.fts, checks, params };
  }

  private hits(scope: SearchScope, q: string, filter: SearchFilter, limit: number, offset: number): SearchHit[] {
    const s = SCOPES[scope];
    const { checks, params } = this.filters(scope, q, filter, `${s.fts}.rowid`);
    const page = this.prepared.get<{ key: number }>(`SELECT ${s.fts}.rowid AS key FROM ${s.fts} WHERE ${[`${s.fts} MATCH @q`, ...checks].join(' AND ')}
      ORDER BY ${s.fts}.rank, ${s.fts}.rowid LIMIT @limit OFFSET @offset`)
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
