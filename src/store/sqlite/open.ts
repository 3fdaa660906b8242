import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { ClaimgraphError } from '../../model/errors.ts';
import type { IdentityRules, StoreOptions } from '../store.ts';
import { LATEST_VERSION, migrations } from './migrations.ts';

export type Db = Database.Database;

/**
 * Opens (or creates) a store file: WAL mode, so that readers never wait for the writer and a
 * killed writer loses only its open transaction; synchronous=NORMAL, which in WAL mode is safe
 * against a crashed or killed process (only a power cut can lose the last commits, never
 * consistency); foreign keys on, so that deleting an article deletes its items.
 */
export function openDatabase(path: string, options: StoreOptions): Db {
  if (!options.readonly && path !== ':memory:' && path !== '' && !existsSync(path)) createStore(path, options.identities);
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
    migrate(db, path, options.identities, options.readonly ?? false);
  } catch (e) {
    db.close();
    throw storeError(path, e);
  }
  return db;
}

/**
 * A new store appears whole or not at all: it is built and migrated under a name of its own, then
 * linked to `path` in one step that fails if the path exists. Two ingests racing on a new store
 * cannot both create tables (the loser opens the winner's file), and a reader never sees a file
 * half made (no "schema version 0"). Where the file system has no hard links, the file is made in
 * place; the migration transaction (below) still keeps racers apart.
 */
function createStore(path: string, rules: IdentityRules): void {
  const tmp = `${path}.new-${process.pid}-${randomBytes(4).toString('hex')}`;
  let db: Db;
  try {
    db = new Database(tmp);
  } catch (e) {
    throw storeError(path, e);
  }
  try {
    db.pragma('journal_mode = WAL');
    migrate(db, path, rules);
    // Closing checkpoints the WAL into the file, so the one file is the whole store.
    db.close();
    try {
      linkSync(tmp, path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // EEXIST: another process made it first; we use theirs. Anything else: no hard links here.
      if (code !== 'EEXIST' && code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw storeError(path, e);
    }
  } finally {
    if (db.open) db.close();
    for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true });
  }
}

/**
 * Applies every migration newer than the file's `user_version` in one IMMEDIATE transaction: a
 * second process opening the store meanwhile waits (busy_timeout) and then finds it migrated (the
 * version is read again inside the transaction), instead of creating the same tables twice; a crash
 * in the middle leaves the file at the version it had.
 */
export function migrate(db: Db, path: string, rules: IdentityRules, readonly = false, upTo = LATEST_VERSION): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  check(db, path, version);
  if (version >= upTo) return;
  if (readonly) throw new ClaimgraphError('E_STORE', `store schema version ${version} needs upgrading to ${LATEST_VERSION}; open it once for writing`, { file: path });
  db.transaction(() => {
    const now = db.pragma('user_version', { simple: true }) as number;
    if (now !== version) check(db, path, now);
    for (const m of migrations) {
      if (m.version <= now || m.version > upTo) continue;
      db.exec(m.sql);
      m.fill?.(db, rules);
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
}

/** A version this code cannot upgrade from: newer than it knows, or tables that are not ours. */
function check(db: Db, path: string, version: number): void {
  if (version > LATEST_VERSION) {
    throw new ClaimgraphError('E_STORE', `store schema version ${version} is newer than this claimgraph knows (${LATEST_VERSION}); upgrade claimgraph`, { file: path });
  }
  if (version === 0) {
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
    if (tables.n > 0) throw new ClaimgraphError('E_STORE', 'an SQLite database, but not a claimgraph store', { file: path });
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
