/** The ledger store: the interface, the schema, and the SQLite implementation. */
export type * from './store.ts';
export { contentHash } from './hash.ts';
export { itemTables, articlesTable, LAYERS } from './schema.ts';
export { SqliteStore, openSqliteStore } from './sqlite/index.ts';
import type { Store } from './store.ts';
import { openSqliteStore } from './sqlite/index.ts';

/** Opens the store at `path`. Today that is always an SQLite file; a `postgres://` URL would choose that backend. */
export function openStore(path: string, options: { readonly?: boolean } = {}): Store {
  return openSqliteStore(path, options);
}
