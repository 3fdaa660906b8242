/** The ledger store: the interface, the schema, and the SQLite and PostgreSQL implementations. */
export type * from './store.ts';
export { contentHash } from './hash.ts';
export { itemTables, articlesTable, LAYERS } from './schema.ts';
export { SqliteStore, openSqliteStore } from './sqlite/index.ts';
import type { Store, StoreOptions } from './store.ts';
import { openSqliteStore } from './sqlite/index.ts';

/** `postgres://...` or `postgresql://...` picks PostgreSQL; anything else is an SQLite file. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** Where the store is: `--db` when given, else the environment's CLAIMGRAPH_DB. */
export function storeLocation(db: string | undefined): string | undefined {
  return db ?? (process.env.CLAIMGRAPH_DB || undefined);
}

/**
 * Opens the store at `location`: the one place that chooses the backend. A PostgreSQL URL connects
 * to that database (loaded on demand: an SQLite user never loads the driver); any other string is
 * an SQLite file.
 */
export async function openStore(location: string, options: StoreOptions): Promise<Store> {
  if (isPostgresUrl(location)) return (await import('./postgres/index.ts')).openPostgresStore(location, options);
  return openSqliteStore(location, options);
}

/** The location to show: a URL's password hidden. */
export function displayLocation(location: string): string {
  return isPostgresUrl(location) ? location.replace(/^(postgres(?:ql)?:\/\/[^:@/]*:)[^@/]*@/i, '$1***@') : location;
}
