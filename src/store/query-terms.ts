import { ClaimgraphError } from '../model/errors.ts';
import type { SearchHit, SearchScope } from './store.ts';

/** Words a query may hold, counted inside phrases too: enough for any real search, and the index's work stays bounded. */
export const MAX_QUERY_WORDS = 32;
/** Characters a query may hold. */
export const MAX_QUERY_CHARS = 100_000;
/**
 * Search counts its hits up to this many and then says there are more (`SearchPage.capped`):
 * counting every row of a word in a million rows is work nobody reads ("10,000+ results").
 */
export const SEARCH_COUNT_CAP = 10_000;

/** One thing a query looks for: a word or a "quoted phrase"; `prefix` for a trailing `*`. */
export interface QueryTerm {
  readonly text: string;
  readonly prefix: boolean;
}

/**
 * A user's search query -> its terms, for every backend (SQLite's FTS5 and PostgreSQL's text
 * search read the same terms, so a query means the same on both): each word or "quoted phrase" is
 * a term, all must match; a trailing `*` keeps its prefix meaning.
 *
 * Normalized and bounded before the index sees it, because FTS5's time grows with the square of
 * the terms when they match the same rows (`the` 1,000 times took 16 s on four articles): a term
 * given twice (in any case or Unicode form) is looked for once, and a query of more than
 * MAX_QUERY_WORDS words or MAX_QUERY_CHARS characters is refused in one line.
 */
export function queryTerms(query: string): QueryTerm[] {
  if (query.length > MAX_QUERY_CHARS) {
    throw new ClaimgraphError('E_USAGE', `search query is ${query.length} characters long, over the limit of ${MAX_QUERY_CHARS}`);
  }
  const terms = new Map<string, QueryTerm>();
  let words = 0;
  const re = /"([^"]*)"|(\S+)/g;
  for (let m = re.exec(query); m; m = re.exec(query)) {
    let term = m[1] ?? m[2]!;
    const prefix = m[2] !== undefined && term.endsWith('*') && term.length > 1;
    if (prefix) term = term.slice(0, -1);
    if (!/[\p{L}\p{N}]/u.test(term)) continue;
    const key = `${term}${prefix ? '*' : ''}`.normalize('NFKC').toLowerCase();
    if (terms.has(key)) continue;
    terms.set(key, { text: term, prefix });
    words += term.match(/[\p{L}\p{N}]+/gu)?.length ?? 1;
  }
  if (!terms.size) throw new ClaimgraphError('E_USAGE', `search query ${JSON.stringify(query.slice(0, 80))} has no words to look for`);
  if (words > MAX_QUERY_WORDS) {
    throw new ClaimgraphError('E_USAGE', `search query has ${words} different words, over the limit of ${MAX_QUERY_WORDS}; search for fewer`);
  }
  return [...terms.values()];
}

/** Marks the index's snippet puts around matches: control characters, which article text never shows us. */
export const OPEN = '\u0002';
export const CLOSE = '\u0003';

/** A search result row: the article, the item, and the snippet of `body` (which starts at `base` in the article). */
export interface SnippetRow {
  article: string;
  title: string | null;
  date: string | null;
  item: string | null;
  speaker: string | null;
  base: number;
  body: string;
  snip: string;
}

/**
 * The snippet with its marks taken out is a stretch of the column's text (found in JavaScript, so
 * that offsets count UTF-16 units as everywhere else); each pair of marks becomes a match with
 * offsets into the article.
 */
export function toHit(row: SnippetRow, scope: SearchScope): SearchHit {
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
  return { scope, article: row.article, item: row.item, speaker: row.speaker, title: row.title, date: row.date, start: offset, end: offset + text.length, text, matches };
}
