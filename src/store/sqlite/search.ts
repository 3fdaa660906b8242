import { ClaimgraphError } from '../../model/errors.ts';
import type { SearchFilter, SearchHit, SearchOptions, SearchPage, SearchScope } from '../store.ts';
import type { Db } from './open.ts';
import { StatementCache, type Params } from './statements.ts';

/** Marks FTS5's snippet() puts around matches: control characters, which article text never shows us. */
const OPEN = '\u0002';
const CLOSE = '\u0003';
const SNIPPET_TOKENS = 24;

/** Words a query may hold, counted inside phrases too: enough for any real search, and FTS5's work stays bounded. */
export const MAX_QUERY_WORDS = 32;
/** Characters a query may hold. */
export const MAX_QUERY_CHARS = 100_000;

/**
 * A user's query -> an FTS5 query that cannot be a syntax error: each word or "quoted phrase"
 * becomes a quoted FTS5 string (all must match); a trailing `*` keeps its prefix meaning.
 *
 * Normalized and bounded before FTS5 sees it, because FTS5's time grows with the square of the
 * terms when they match the same rows (`the` 1,000 times took 16 s on four articles): a term given
 * twice (in any case or Unicode form) is looked for once, and a query of more than
 * MAX_QUERY_WORDS words or MAX_QUERY_CHARS characters is refused in one line.
 */
export function ftsQuery(query: string): string {
  if (query.length > MAX_QUERY_CHARS) {
    throw new ClaimgraphError('E_USAGE', `search query is ${query.length} characters long, over the limit of ${MAX_QUERY_CHARS}`);
  }
  const terms = new Map<string, string>();
  let words = 0;
  const re = /"([^"]*)"|(\S+)/g;
  for (let m = re.exec(query); m; m = re.exec(query)) {
    let term = m[1] ?? m[2]!;
    const prefix = m[2] !== undefined && term.endsWith('*') && term.length > 1;
    if (prefix) term = term.slice(0, -1);
    if (!/[\p{L}\p{N}]/u.test(term)) continue;
    const fts = `"${term.replace(/"/g, '""')}"${prefix ? '*' : ''}`;
    const key = fts.normalize('NFKC').toLowerCase();
    if (terms.has(key)) continue;
    terms.set(key, fts);
    words += term.match(/[\p{L}\p{N}]+/gu)?.length ?? 1;
  }
  if (!terms.size) throw new ClaimgraphError('E_USAGE', `search query ${JSON.stringify(query.slice(0, 80))} has no words to look for`);
  if (words > MAX_QUERY_WORDS) {
    throw new ClaimgraphError('E_USAGE', `search query has ${words} different words, over the limit of ${MAX_QUERY_WORDS}; search for fewer`);
  }
  return [...terms.values()].join(' ');
}

interface Row {
  article: string;
  title: string | null;
  date: string | null;
  item: string | null;
  base: number;
  body: string;
  snip: string;
}

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

/**
 * The snippet with its marks taken out is a stretch of the column's text (found in JavaScript, so
 * that offsets count UTF-16 units as everywhere else); each pair of marks becomes a match with
 * offsets into the article.
 */
function toHit(row: Row, scope: SearchScope): SearchHit {
  const plain: string[] = [];
  const marks: [number, number][] = [];
  let length = 0;
  let open = -1;
  for (const part of row.snip.split(/([\u0002\u0003])/)) {
    if (part === OPEN) open = length;
    else if (part === CLOSE) {
      if (open >= 0) marks.push([open, length]);
      open = -1;
    } else {
      plain.push(part);
      length += part.length;
    }
  }
  let text = plain.join('');
  let at = row.body.indexOf(text);
  // Marks in the article's own text would hide the snippet: fall back to the start, without matches.
  if (at < 0) {
    at = 0;
    text = '';
    marks.length = 0;
  }
  const offset = row.base + at;
  const matches = marks.map(([s, e]) => ({ start: offset + s, end: offset + e, text: text.slice(s, e) }));
  return { scope, article: row.article, item: row.item, title: row.title, date: row.date, start: offset, end: offset + text.length, text, matches };
}
