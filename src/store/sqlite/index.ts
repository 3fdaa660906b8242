import type { Extraction } from '../../model/items.ts';
import { itemTables } from '../schema.ts';
import type {
  ArticleInfo, ClaimFilter, ClaimRecord, FigureFilter, StoredArticle, Located, Mention, MentionKind, Page, PutResult,
  PlaceCount, PlaceFilter, QuoteFilter, SearchFilter, SearchHit, SearchOptions, SearchPage, SpeakerCount, Store, StoreStats,
  IdentityRules, StoreOptions,
} from '../store.ts';
import type { Figure, Quotation } from '../../model/items.ts';
import { openDatabase, storeError, type Db } from './open.ts';
import { ReadCache } from './cache.ts';
import { SqliteCorrections } from './corrections.ts';
import { Queries } from './queries.ts';
import { Searcher } from './search.ts';
import { LedgerWriter } from './write.ts';

export { LATEST_VERSION, migrations } from './migrations.ts';
export { openDatabase, migrate } from './open.ts';

interface ArticleRow {
  key: number;
  id: string;
  hash: string;
  date: string | null;
  title: string | null;
  byline: string | null;
  url: string | null;
  source: string | null;
  retrieved: string | null;
  encoding: string | null;
  text: string;
}

const LEDGER_PAGE = 200;

/** The Store in one SQLite file (better-sqlite3): see ../README.md. */
export class SqliteStore implements Store {
  private readonly writer: LedgerWriter;
  private readonly searcher: Searcher;
  private readonly queries: Queries;
  private readonly s;
  private readonly cache: ReadCache;
  /** Corrections and verdicts, apart from the extraction (../corrections.ts). */
  readonly corrections: SqliteCorrections;

  constructor(readonly db: Db, readonly path: string, rules: IdentityRules) {
    this.writer = new LedgerWriter(db, rules);
    this.corrections = new SqliteCorrections(db);
    this.searcher = new Searcher(db);
    this.cache = new ReadCache(db);
    this.queries = new Queries(db, this.cache, rules);
    this.s = {
      byId: db.prepare<[string], ArticleRow>('SELECT key, id, hash, date, title, byline, url, source, retrieved, encoding, text FROM articles WHERE id = ?'),
      after: db.prepare<[string, number], ArticleRow>('SELECT key, id, hash, date, title, byline, url, source, retrieved, encoding, text FROM articles WHERE id > ? ORDER BY id LIMIT ?'),
      hash: db.prepare<[string], { hash: string }>('SELECT hash FROM articles WHERE id = ?'),
      articles: db.prepare<[number, number], ArticleInfo>('SELECT id, hash, date, title, url, source, ingested, retrieved, encoding, length(text) AS chars FROM articles ORDER BY id LIMIT ? OFFSET ?'),
      article: db.prepare<[string], ArticleInfo>('SELECT id, hash, date, title, url, source, ingested, retrieved, encoding, length(text) AS chars FROM articles WHERE id = ?'),
      text: db.prepare<[string], { text: string }>('SELECT text FROM articles WHERE id = ?'),
      items: itemTables.map((t) => ({ layer: t.layer, all: db.prepare<[number], { json: string }>(`SELECT json FROM ${t.name} WHERE article = ? ORDER BY key`) })),
      counts: itemTables.map((t) => ({ layer: t.layer, count: db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${t.name}`) })),
      articleCount: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM articles'),
    };
  }

  /** Runs `fn`, turning a database failure into one line that names the store file. */
  private guard<T>(fn: () => T): Promise<T> {
    try {
      return Promise.resolve(fn());
    } catch (e) {
      return Promise.reject(storeError(this.path, e));
    }
  }

  hashes(ids: readonly string[]): Promise<Map<string, string>> {
    return this.guard(() => {
      const out = new Map<string, string>();
      for (const id of ids) {
        const row = this.s.hash.get(id);
        if (row) out.set(id, row.hash);
      }
      return out;
    });
  }

  put(ledgers: readonly StoredArticle[]): Promise<PutResult> {
    return this.guard(() => this.writer.put(ledgers));
  }

  get(id: string): Promise<StoredArticle | null> {
    return this.guard(() => {
      const row = this.s.byId.get(id);
      return row ? this.ledger(row) : null;
    });
  }

  async *ledgers(): AsyncIterable<StoredArticle> {
    // Pages by id rather than one open cursor, so that the caller may use the store in between.
    let last = '';
    for (;;) {
      const rows = await this.guard(() => this.s.after.all(last, LEDGER_PAGE));
      for (const row of rows) yield this.ledger(row);
      if (rows.length < LEDGER_PAGE) return;
      last = rows[rows.length - 1]!.id;
    }
  }

  private ledger(row: ArticleRow): StoredArticle {
    const extraction: Record<string, unknown[]> = {};
    for (const { layer, all } of this.s.items) extraction[layer] = all.all(row.key).map((r) => JSON.parse(r.json) as unknown);
    const { id, hash, date, title, byline, url, source, retrieved, encoding, text } = row;
    return {
      document: { id, text, date, title, ...(byline ? { byline } : {}), url, ...(retrieved ? { retrieved } : {}), source, ...(encoding ? { encoding } : {}) },
      hash,
      extraction: extraction as unknown as Extraction,
    };
  }

  articles(page: Page = {}): Promise<ArticleInfo[]> {
    return this.guard(() => this.s.articles.all(page.limit ?? 100, page.offset ?? 0));
  }

  article(id: string): Promise<ArticleInfo | null> {
    return this.guard(() => this.s.article.get(id) ?? null);
  }

  texts(ids: readonly string[]): Promise<Map<string, string>> {
    return this.guard(() => {
      const out = new Map<string, string>();
      for (const id of ids) {
        const row = this.s.text.get(id);
        if (row) out.set(id, row.text);
      }
      return out;
    });
  }

  stats(): Promise<StoreStats> {
    return this.guard(() => {
      // Counting every item table reads about 0.4 s of index on a 50,000-article store: the counts
      // are kept until the store changes (./cache.ts).
      const counts = this.cache.get('stats', () => ({
        articles: this.s.articleCount.get()!.n,
        items: this.s.counts.map((c) => [c.layer, c.count.get()!.n] as const),
      }));
      return {
        articles: counts.articles,
        items: Object.fromEntries(counts.items),
        schemaVersion: this.db.pragma('user_version', { simple: true }) as number,
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

  /** `PRAGMA integrity_check`: 'ok', or what is wrong. */
  integrity(): string {
    return (this.db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    // Fold the write-ahead log back into the file, so that the store is one file again.
    try {
      if (!this.db.readonly) this.db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      this.db.close();
    }
  }
}

export function openSqliteStore(path: string, options: StoreOptions): SqliteStore {
  return new SqliteStore(openDatabase(path, options), path, options.identities);
}
