import Database from 'better-sqlite3';
import { ClaimgraphError } from '../model/errors.ts';

/** What the watcher remembers of one source between polls and across restarts. */
export interface SourceState {
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** sha256 of the last feed body read whole: a server that ignores the validators still costs no parsing. */
  readonly bodyHash: string | null;
  /** Failed polls in a row (0 after a good one). */
  readonly failures: number;
  /** When the source is next due (ms since the epoch); null for a source never polled. */
  readonly nextAt: number | null;
}

const EMPTY: SourceState = { etag: null, lastModified: null, bodyHash: null, failures: 0, nextAt: null };

const SCHEMA = `
CREATE TABLE IF NOT EXISTS sources (
  key TEXT PRIMARY KEY,
  etag TEXT,
  last_modified TEXT,
  body_hash TEXT,
  failures INTEGER NOT NULL DEFAULT 0,
  next_at INTEGER
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS items (
  source TEXT NOT NULL,
  id TEXT NOT NULL,
  hash TEXT NOT NULL,
  PRIMARY KEY (source, id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS files (
  source TEXT NOT NULL,
  path TEXT NOT NULL,
  size INTEGER NOT NULL,
  mtime REAL NOT NULL,
  PRIMARY KEY (source, path)
) WITHOUT ROWID;
`;

const VERSION = 1;
/** 'cgws': marks the file as a watch state, so that a ledger or another program's file is never taken for one. */
const APPLICATION_ID = 0x63677773;

/**
 * The watcher's memory, in an SQLite file of its own beside the store (`ledger.db.watch`), so that
 * it works whatever the store is (SQLite here, PostgreSQL later) and the store's schema stays the
 * store's. An item is recorded only after the store (or queue) took it: a watcher killed between
 * the two delivers it again on restart, and the store's content hash makes that a no-op.
 */
export class WatchState {
  private readonly db: Database.Database;
  private readonly s;

  constructor(readonly path: string) {
    try {
      this.db = new Database(path);
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('busy_timeout = 5000');
      const tables = this.db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((t) => t.name);
      if (tables.length && this.db.pragma('application_id', { simple: true }) !== APPLICATION_ID) {
        throw new Error(`an SQLite file that is not a watch state (it holds ${tables.slice(0, 3).join(', ')}${tables.length > 3 ? ', ...' : ''})`);
      }
      const version = this.db.pragma('user_version', { simple: true }) as number;
      if (version > VERSION) throw new Error(`watch state version ${version} is newer than this claimgraph knows (${VERSION})`);
      this.db.exec(SCHEMA);
      this.db.pragma(`application_id = ${APPLICATION_ID}`);
      this.db.pragma(`user_version = ${VERSION}`);
    } catch (e) {
      throw new ClaimgraphError('E_STORE', `cannot use it as the watch state: ${(e as Error).message}`, { file: path });
    }
    const db = this.db;
    this.s = {
      source: db.prepare<[string], { etag: string | null; last_modified: string | null; body_hash: string | null; failures: number; next_at: number | null }>(
        'SELECT etag, last_modified, body_hash, failures, next_at FROM sources WHERE key = ?'),
      putSource: db.prepare(`INSERT INTO sources (key, etag, last_modified, body_hash, failures, next_at) VALUES (@key, @etag, @lastModified, @bodyHash, @failures, @nextAt)
        ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, body_hash = excluded.body_hash, failures = excluded.failures, next_at = excluded.next_at`),
      item: db.prepare<[string, string], { hash: string }>('SELECT hash FROM items WHERE source = ? AND id = ?'),
      putItem: db.prepare<[string, string, string]>('INSERT INTO items (source, id, hash) VALUES (?, ?, ?) ON CONFLICT (source, id) DO UPDATE SET hash = excluded.hash'),
      itemCount: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM items WHERE source = ?'),
      files: db.prepare<[string], { path: string; size: number; mtime: number }>('SELECT path, size, mtime FROM files WHERE source = ?'),
      putFile: db.prepare<[string, string, number, number]>('INSERT INTO files (source, path, size, mtime) VALUES (?, ?, ?, ?) ON CONFLICT (source, path) DO UPDATE SET size = excluded.size, mtime = excluded.mtime'),
      dropFile: db.prepare<[string, string]>('DELETE FROM files WHERE source = ? AND path = ?'),
    };
  }

  source(key: string): SourceState {
    const row = this.s.source.get(key);
    return row ? { etag: row.etag, lastModified: row.last_modified, bodyHash: row.body_hash, failures: row.failures, nextAt: row.next_at } : EMPTY;
  }

  setSource(key: string, state: SourceState): void {
    this.s.putSource.run({ key, ...state });
  }

  /** The fingerprint recorded for an item (a feed item's fields, a file's document's content hash). */
  item(source: string, id: string): string | null {
    return this.s.item.get(source, id)?.hash ?? null;
  }

  setItem(source: string, id: string, hash: string): void {
    this.s.putItem.run(source, id, hash);
  }

  items(source: string): number {
    return this.s.itemCount.get(source)!.n;
  }

  files(source: string): Map<string, { size: number; mtime: number }> {
    return new Map(this.s.files.all(source).map((f) => [f.path, { size: f.size, mtime: f.mtime }]));
  }

  setFile(source: string, path: string, size: number, mtime: number): void {
    this.s.putFile.run(source, path, size, mtime);
  }

  dropFile(source: string, path: string): void {
    this.s.dropFile.run(source, path);
  }

  close(): void {
    this.db.close();
  }
}
