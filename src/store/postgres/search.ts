import { CLOSE, OPEN, queryTerms, SEARCH_COUNT_CAP, toHit, type SnippetRow } from '../query-terms.ts';
import type { SearchFilter, SearchHit, SearchOptions, SearchPage, SearchScope } from '../store.ts';
import type { Sql } from './open.ts';

/**
 * Full-text search with PostgreSQL's own text search, the terms read by ../query-terms.ts as for
 * SQLite: each word or phrase a `websearch_to_tsquery` phrase, a prefix term `'word':*`, all
 * ANDed; ranked by `ts_rank` over the log of the length, so that a shorter text ranks first as with FTS5's bm25 (then in storage order), snippets by `ts_headline` with the marks
 * that toHit turns into offsets. One difference from FTS5: English stop words alone (`the`) match
 * nothing here.
 */
const HEADLINE = `StartSel=${OPEN}, StopSel=${CLOSE}, MaxWords=35, MinWords=15, ShortWord=0, MaxFragments=0`;

/** The tsquery for a user's query, as SQL over parameters starting at $`first`. */
export function tsQuery(query: string, first: number): { sql: string; params: string[] } {
  const params: string[] = [];
  const parts = queryTerms(query).map((t) => {
    params.push(t.prefix
      ? (t.text.match(/[\p{L}\p{N}]+/gu) ?? []).map((w, i, all) => `'${w}'${i === all.length - 1 ? ':*' : ''}`).join(' <-> ')
      : `"${t.text.replace(/"/g, ' ')}"`);
    const n = first + params.length - 1;
    return t.prefix ? `to_tsquery('claimgraph', $${n})` : `websearch_to_tsquery('claimgraph', $${n})`;
  });
  return { sql: `(${parts.join(' && ')})`, params };
}

/** Per scope: the rows searched, the item's columns, and the column a speaker filter reads. */
const SCOPES: Record<SearchScope, { from: string; fts: string; key: string; item: string; who: string; base: string; body: string; speaker: string }> = {
  articles: {
    from: 'articles a', fts: 'a.fts', key: 'a.key', item: 'NULL::text', who: 'NULL::text', base: '0', body: 'a.text',
    speaker: 'EXISTS (SELECT 1 FROM quotes q WHERE q.article = a.key AND nocase(q.speaker) = nocase($S))',
  },
  quotes: {
    from: 'quotes q JOIN articles a ON a.key = q.article', fts: 'q.fts', key: 'q.key', item: 'q.item', who: 'q.speaker', base: 'q.span_start', body: 'q.text',
    speaker: 'nocase(q.speaker) = nocase($S)',
  },
  claims: {
    from: 'claims c JOIN articles a ON a.key = c.article', fts: 'c.fts', key: 'c.key', item: 'c.item', who: 'c.claimant', base: 'c.span_start', body: 'c.text',
    speaker: 'nocase(c.claimant) = nocase($S)',
  },
};

export class PgSearcher {
  constructor(private readonly sql: Sql) {}

  search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    return this.run(query, { scope: options.scope ?? 'articles', limit: options.limit ?? 20 }, false).then((r) => [...r.hits]);
  }

  page(query: string, filter: SearchFilter = {}): Promise<SearchPage> {
    return this.run(query, filter, true);
  }

  private async run(query: string, filter: SearchFilter, counted: boolean): Promise<SearchPage> {
    const scope = filter.scope ?? 'articles';
    const s = SCOPES[scope];
    const q = tsQuery(query, 1);
    const params: unknown[] = [...q.params];
    const where = [`${s.fts} @@ ${q.sql}`];
    const add = (condition: string, value: unknown) => {
      params.push(value);
      where.push(condition.replace('$S', `$${params.length}`));
    };
    if (filter.speaker !== undefined) add(s.speaker, filter.speaker);
    if (filter.source !== undefined) add('nocase(a.source) = nocase($S)', filter.source);
    if (filter.from !== undefined) add('a.date >= $S', filter.from);
    if (filter.to !== undefined) add('a.date <= $S', filter.to);
    const condition = where.join(' AND ');
    // Counted up to the cap, as on SQLite (../query-terms.ts).
    const total = counted ? Number((await this.sql.query<{ n: string }>(`SELECT count(*) AS n FROM (SELECT 1 FROM ${s.from} WHERE ${condition} LIMIT ${SEARCH_COUNT_CAP + 1}) x`, params)).rows[0]!.n) : 0;
    const n = params.length;
    // The page is chosen first; only its rows get a headline (ts_headline reads the whole text).
    const rows = (await this.sql.query<SnippetRow>(`SELECT p.article, p.title, p.date, p.item, p.speaker, p.base, p.body,
        ts_headline('claimgraph', p.body, ${q.sql}, $${n + 3}) AS snip
      FROM (SELECT a.id AS article, a.title, a.date, ${s.item} AS item, ${s.who} AS speaker, ${s.base} AS base, ${s.body} AS body,
              ts_rank(${s.fts}, ${q.sql}, 1) AS rank, ${s.key} AS key
            FROM ${s.from} WHERE ${condition} ORDER BY rank DESC, ${s.key} LIMIT $${n + 1} OFFSET $${n + 2}) p
      ORDER BY p.rank DESC, p.key`, [...params, filter.limit ?? 20, filter.offset ?? 0, HEADLINE])).rows;
    const hits = rows.map((row) => toHit(row, scope));
    return { total: counted ? Math.min(total, SEARCH_COUNT_CAP) : hits.length, capped: counted && total > SEARCH_COUNT_CAP, hits };
  }
}
