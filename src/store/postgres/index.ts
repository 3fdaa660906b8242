import type pg from 'pg';
import type { Extraction, Figure, Quotation } from '../../model/items.ts';
import { itemTables } from '../schema.ts';
import type {
  ArticleInfo, ClaimFilter, ClaimRecord, FigureFilter, StoredArticle, Located, Mention, MentionKind, Page, PutResult,
  PlaceCount, PlaceFilter, QuoteFilter, SearchFilter, SearchHit, SearchOptions, SearchPage, SpeakerCount, Store, StoreStats,
  IdentityRules, StoreOptions,
} from '../store.ts';
import { PgCorrections } from './corrections.ts';
import { displayUrl, isPostgresUrl, openPool, pgError, schemaVersion } from './open.ts';
import { PgQueries } from './queries.ts';
import { PgSearcher } from './search.ts';
import { putLedgers } from './write.ts';

export { isPostgresUrl, displayUrl } from './open.ts';
export { pgMigrations, PG_LATEST_VERSION } from './migrations.ts';

interface ArticleRow {
  key: number;
  id: string;
  hash: string;
  date: string | null;
  title: string | null;
  byline: string | null;
  retrieved: string | null;
  encoding: string | null;
  url: string | null;
  source: string | null;
  text: string;
}

const LEDGER_PAGE = 200;
const ARTICLE = 'SELECT key, id, hash, date, title, byline, url, source, retrieved, encoding, text FROM articles';
const INFO = 'SELECT id, hash, date, title, url, source, ingested, retrieved, encoding, length(text) AS chars FROM articles';

/**
 * The Store on a PostgreSQL database (node-postgres pool): the same tables, answers and guarantees
 * as the SQLite store (the contract suite in test/store/contract.ts runs both); see ../README.md.
 * Many processes on many machines may write one database at once (`claimgraph worker`).
 */
export class PostgresStore implements Store {
  private readonly searcher: PgSearcher;
  private readonly queries: PgQueries;
  private closed = false;
  /** Corrections and verdicts, apart from the extraction (../corrections.ts). */
  readonly corrections: PgCorrections;

  constructor(readonly pool: pg.Pool, readonly url: string, private readonly rules: IdentityRules) {
    this.corrections = new PgCorrections(pool, url);
    this.searcher = new PgSearcher(pool);
    this.queries = new PgQueries(pool, rules);
  }

  /** Runs `fn`, turning a connection failure into one line that names the database (password hidden). */
  private async guard<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      throw pgError(this.url, e);
    }
  }

  hashes(ids: readonly string[]): Promise<Map<string, string>> {
    return this.guard(async () => {
      const r = await this.pool.query<{ id: string; hash: string }>('SELECT id, hash FROM articles WHERE id = ANY($1::text[])', [ids]);
      return new Map(r.rows.map((x) => [x.id, x.hash]));
    });
  }

  /** One transaction (READ COMMITTED, an advisory lock per article id: see write.ts). */
  put(ledgers: readonly StoredArticle[]): Promise<PutResult> {
    return this.guard(async () => {
      const client = await this.pool.connect();
      try {
        await client.query('BEGIN');
        const result = await putLedgers(client, ledgers, this.rules);
        await client.query('COMMIT');
        return result;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    });
  }

  get(id: string): Promise<StoredArticle | null> {
    return this.guard(async () => {
      const row = (await this.pool.query<ArticleRow>(`${ARTICLE} WHERE id = $1`, [id])).rows[0];
      return row ? this.ledger(row) : null;
    });
  }

  async *ledgers(): AsyncIterable<StoredArticle> {
    let last = '';
    for (;;) {
      const rows = await this.guard(async () => (await this.pool.query<ArticleRow>(`${ARTICLE} WHERE id > $1 ORDER BY id LIMIT $2`, [last, LEDGER_PAGE])).rows);
      for (const row of rows) yield await this.guard(() => this.ledger(row));
      if (rows.length < LEDGER_PAGE) return;
      last = rows[rows.length - 1]!.id;
    }
  }

  private async ledger(row: ArticleRow): Promise<StoredArticle> {
    const extraction: Record<string, unknown[]> = {};
    for (const t of itemTables) {
      extraction[t.layer] = (await this.pool.query<{ json: unknown }>(`SELECT json FROM ${t.name} WHERE article = $1 ORDER BY key`, [row.key])).rows.map((r) => r.json);
    }
    const { id, hash, date, title, byline, url, source, retrieved, encoding, text } = row;
    return {
      document: { id, text, date, title, ...(byline ? { byline } : {}), url, ...(retrieved ? { retrieved } : {}), source, ...(encoding ? { encoding } : {}) },
      hash,
      extraction: extraction as unknown as Extraction,
    };
  }

  articles(page: Page = {}): Promise<ArticleInfo[]> {
    return this.guard(async () => (await this.pool.query<ArticleInfo>(`${INFO} ORDER BY id LIMIT $1 OFFSET $2`, [page.limit ?? 100, page.offset ?? 0])).rows);
  }

  article(id: string): Promise<ArticleInfo | null> {
    return this.guard(async () => (await this.pool.query<ArticleInfo>(`${INFO} WHERE id = $1`, [id])).rows[0] ?? null);
  }

  texts(ids: readonly string[]): Promise<Map<string, string>> {
    return this.guard(async () => {
      const rows = (await this.pool.query<{ id: string; text: string }>('SELECT id, text FROM articles WHERE id = ANY($1::text[])', [[...ids]])).rows;
      return new Map(rows.map((r) => [r.id, r.text]));
    });
  }

  stats(): Promise<StoreStats> {
    return this.guard(async () => {
      const counts = itemTables.map((t) => `(SELECT count(*) FROM ${t.name}) AS ${t.name}`).join(', ');
      const row = (await this.pool.query<Record<string, string>>(`SELECT (SELECT count(*) FROM articles) AS articles, ${counts}`)).rows[0]!;
      return {
        articles: Number(row.articles),
        items: Object.fromEntries(itemTables.map((t) => [t.layer, Number(row[t.name])])),
        schemaVersion: await schemaVersion(this.pool),
      };
    });
  }

  search(query: string, options?: SearchOptions): Promise<SearchHit[]> {
    return this.guard(() => this.searcher.search(query, options));
  }

  searchPage(query: string, filter?: SearchFilter): Promise<SearchPage> {
    return this.guard(() => this.searcher.page(query, filter));
  }

  quotes(filter?: QuoteFilter): Promise<Located<Quotation>[]> {
    return this.guard(() => this.queries.quotes(filter));
  }

  speakers(page?: Page & { name?: string }): Promise<SpeakerCount[]> {
    return this.guard(() => this.queries.speakers(page));
  }

  figures(filter?: FigureFilter): Promise<Located<Figure>[]> {
    return this.guard(() => this.queries.figures(filter));
  }

  claims(filter?: ClaimFilter): Promise<ClaimRecord[]> {
    return this.guard(() => this.queries.claims(filter));
  }

  mentioning(kind: MentionKind, name: string, page?: Page): Promise<Mention[]> {
    return this.guard(() => this.queries.mentioning(kind, name, page));
  }

  places(filter?: PlaceFilter): Promise<PlaceCount[]> {
    return this.guard(() => this.queries.places(filter));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}

/** Connects to the database at `url` (`postgres://user:password@host:port/db`), migrating it to the latest schema. */
export async function openPostgresStore(url: string, options: StoreOptions): Promise<PostgresStore> {
  if (!isPostgresUrl(url)) throw new Error(`not a PostgreSQL URL: ${displayUrl(url)}`);
  return new PostgresStore(await openPool(url, options), url, options.identities);
}
