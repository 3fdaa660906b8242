import { SEARCH_COUNT_CAP, toHit, type SnippetRow } from '../query-terms.ts';
import type { SearchFilter, SearchHit, SearchOptions, SearchPage, SearchScope } from '../store.ts';
import { ftsQuery, phraseQuery, snippet, type FtsTable, type Phrase } from './fts.ts';
import type { Sql } from './open.ts';

/**
 * Full-text search with PostgreSQL's text search over SQLite's words (./fts.ts): the query's
 * phrases as one tsquery (`@@` on the GIN index), hits ranked by FTS5's bm25 (ties in storage
 * order), each hit's snippet chosen and marked as FTS5's snippet() does, so that a query gives
 * the same hits, in the same order, with the same count and snippets, as on SQLite
 * (test/store/contract.ts runs both).
 *
 * bm25 as FTS5 computes it (fts5Bm25Function): per phrase, idf = ln((N - n + 0.5) / (n + 0.5)) (at
 * least 1e-6), N the table's rows and n the rows the phrase is in; per row, the sum over phrases of
 * idf * (f * (k1 + 1)) / (f + k1 * (1 - b + b * D / avgdl)), f the phrase's instances in the row
 * (claimgraph_tf), D the row's tokens (fts_length), avgdl the table's tokens over its rows
 * (fts_totals, kept by the writer), k1 = 1.2, b = 0.75; the same double arithmetic in the same order.
 */
const SNIPPET_TOKENS = 24;

/** Per scope: the rows searched, the item's columns, and the column a speaker filter reads. */
const SCOPES: Record<SearchScope, { table: FtsTable; from: string; alias: string; item: string; who: string; base: string; body: string; speaker: string }> = {
  articles: {
    table: 'articles', from: 'articles a', alias: 'a', item: 'NULL::text', who: 'NULL::text', base: '0', body: 'a.text',
    speaker: 'EXISTS (SELECT 1 FROM quotes q WHERE q.article = a.key AND nocase(q.speaker) = nocase($S))',
  },
  quotes: {
    table: 'quotes', from: 'quotes q JOIN articles a ON a.key = q.article', alias: 'q', item: 'q.item', who: 'q.speaker', base: 'q.span_start', body: 'q.text',
    speaker: 'nocase(q.speaker) = nocase($S)',
  },
  claims: {
    table: 'claims', from: 'claims c JOIN articles a ON a.key = c.article', alias: 'c', item: 'c.item', who: 'c.claimant', base: 'c.span_start', body: 'c.text',
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
    const { phrases, tsquery } = ftsQuery(query);
    if (!phrases.length) return { total: 0, capped: false, hits: [] };
    const params: unknown[] = [tsquery];
    const where = [`${s.alias}.fts @@ $1::tsquery`];
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
    const rank = await this.rank(s.table, s.alias, phrases, params);
    if (!rank) return { total: 0, capped: false, hits: [] };
    const n = params.length;
    // The page is chosen first; only its rows are read whole and get a snippet.
    const rows = (await this.sql.query<Omit<SnippetRow, 'snip'>>(`SELECT a.id AS article, a.title, a.date, ${s.item} AS item, ${s.who} AS speaker, ${s.base} AS base, ${s.body} AS body
      FROM (SELECT ${s.alias}.key, ${rank.sql} AS score FROM ${s.from} WHERE ${condition} ORDER BY score DESC, ${s.alias}.key LIMIT $${n + 1} OFFSET $${n + 2}) p
        JOIN ${s.from.includes(' JOIN ') ? `(${s.from})` : s.from} ON ${s.alias}.key = p.key
      ORDER BY p.score DESC, p.key`, [...params, filter.limit ?? 20, filter.offset ?? 0])).rows;
    const hits = rows.map((row) => toHit({ ...row, snip: snippet(row.body, phrases, SNIPPET_TOKENS) }, scope));
    return { total: counted ? Math.min(total, SEARCH_COUNT_CAP) : hits.length, capped: counted && total > SEARCH_COUNT_CAP, hits };
  }

  /**
   * bm25's score of a row as SQL, its constants (each phrase's idf, the table's average length)
   * read first and added to `params` as doubles; the phrases' terms go in as parameters too.
   */
  private async rank(table: FtsTable, alias: string, phrases: readonly Phrase[], params: unknown[]): Promise<{ sql: string } | null> {
    const counts = phrases.map((p, i) => `(SELECT count(*) FROM ${table} WHERE fts @@ $${i + 2}::tsquery) AS n${i}`);
    const stats = (await this.sql.query<Record<string, number>>(`SELECT t.rows::float8 AS rows, t.tokens::float8 / t.rows::float8 AS avgdl,
        ${phrases.map((_, i) => `ln((t.rows - h.n${i} + 0.5::float8) / (h.n${i} + 0.5::float8)) AS idf${i}`).join(', ')}
      FROM fts_totals t, (SELECT ${counts.join(', ')}) h WHERE t.name = $1 AND t.rows > 0`, [table, ...phrases.map(phraseQuery)])).rows[0];
    if (!stats) return null;
    const avgdl = push(params, stats.avgdl);
    const terms = phrases.map((p, i) => {
      const idf = push(params, stats[`idf${i}`]! <= 0 ? 1e-6 : stats[`idf${i}`]);
      const f = `claimgraph_tf(${alias}.fts, ${push(params, p.terms)}::text[], ${p.prefix})::float8`;
      return `${idf}::float8 * ((${f} * (1.2::float8 + 1.0::float8)) / (${f} + 1.2::float8 * (1::float8 - 0.75::float8 + 0.75::float8 * ${alias}.fts_length::float8 / ${avgdl}::float8)))`;
    });
    return { sql: `(0.0::float8 + ${terms.join(' + ')})` };
  }
}

/** Adds a parameter, returning its placeholder. */
function push(params: unknown[], value: unknown): string {
  params.push(value);
  return `$${params.length}`;
}
