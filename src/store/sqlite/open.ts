import Database from 'better-sqlite3';
import { ClaimgraphError } from '../../model/errors.ts';
import { LATEST_VERSION, migrations } from './migrations.ts';

export type Db = Database.Database;

/**
 * Opens (or creates) a store file: WAL mode, so that readers never wait for the writer and a
 * killed writer loses only its open transaction; synchronous=NORMAL, which in WAL mode is safe
 * against a crashed or killed process (only a power cut can lose the last commits, never
 * consistency); foreign keys on, so that deleting an article deletes its items.
 */
export function openDatabase(path: string, options: { readonly?: boolean } = {}): Db {
  let db: Db;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (e) {
    throw storeError(path, e);
  }
  try {
    db.pragma('busy_timeout = 10000');
    if (!options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db, path, options.readonly ?? false);
  } catch (e) {
    db.close();
    throw storeError(path, e);
  }
  return db;
}

/** Applies every migration newer than the file's `user_version`, each in its own transaction. */
export function migrate(db: Db, path: string, readonly = false, upTo = LATEST_VERSION): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > LATEST_VERSION) {
    throw new ClaimgraphError('E_STORE', `store schema version ${version} is newer than this claimgraph knows (${LATEST_VERSION}); upgrade claimgraph`, { file: path });
  }
  if (version === 0) {
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
    if (tables.n > 0) throw new ClaimgraphError('E_STORE', 'an SQLite database, but not a claimgraph store', { file: path });
  }
  if (version >= upTo) return;
  if (readonly) throw new ClaimgraphError('E_STORE', `store schema version ${version} needs upgrading to ${LATEST_VERSION}; open it once for writing`, { file: path });
  for (const m of migrations) {
    if (m.version <= version || m.version > upTo) continue;
    db.transaction(() => {
      db.exec(m.sql);
      m.fill?.(db);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
}

/** A store file that cannot be used, as one line naming it; bugs pass through unchanged. */
export function storeError(path: string, e: unknown): unknown {
  if (e instanceof ClaimgraphError) return e;
  const code = (e as { code?: string }).code ?? '';
  const message = (e as Error).message ?? String(e);
  if (code === 'SQLITE_NOTADB') return new ClaimgraphError('E_STORE', 'not a claimgraph store (not an SQLite database)', { file: path });
  if (code.startsWith('SQLITE_CANTOPEN') || /directory does not exist|unable to open/i.test(message)) {
    return new ClaimgraphError('E_STORE', `cannot open the store: ${message}`, { file: path });
  }
  if (code.startsWith('SQLITE_CORRUPT')) return new ClaimgraphError('E_STORE', `the store is damaged: ${message}`, { file: path });
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_PERM')) return new ClaimgraphError('E_STORE', `cannot write the store: ${message}`, { file: path });
  if (code === 'SQLITE_FULL') return new ClaimgraphError('E_STORE', 'the disk is full', { file: path });
  return e;
}
