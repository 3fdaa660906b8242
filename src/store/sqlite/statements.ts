import type { Statement } from 'better-sqlite3';
import type { Db } from './open.ts';

/** Named parameters of a query built from the filters given. */
export type Params = Record<string, string | number | null>;

/**
 * Statements prepared on first use and kept by their SQL: a query whose SQL depends on the filters
 * given (so that SQLite picks the index for that shape) is prepared once per shape.
 */
export class StatementCache {
  private readonly cache = new Map<string, Statement<Params, unknown>>();

  constructor(private readonly db: Db) {}

  get<R>(sql: string): Statement<Params, R> {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.db.prepare<Params, unknown>(sql);
      this.cache.set(sql, s);
    }
    return s as Statement<Params, R>;
  }
}
