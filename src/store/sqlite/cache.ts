import type { Statement } from 'better-sqlite3';
import type { Db } from './open.ts';

/**
 * Answers of whole-store aggregates (counts, places, contested claims) kept until the store
 * changes. The version is `PRAGMA data_version` (changes when another connection, in this process
 * or another, commits) with `total_changes()` (changes with every row this connection writes,
 * which data_version does not see): no migration, no bookkeeping in the writer, and a write by
 * `claimgraph ingest` in another process while `serve` runs is seen on the next read. Checking the
 * version costs two statements of a few microseconds.
 */
export class ReadCache {
  private readonly dataVersion: Statement<[], number>;
  private readonly changes: Statement<[], number>;
  private version = '';
  private readonly answers = new Map<string, unknown>();

  constructor(db: Db, private readonly max = 64) {
    this.dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
    this.changes = db.prepare<[], number>('SELECT total_changes()').pluck();
  }

  /** The answer kept under `key` for the store as it is now, else `compute()`'s, kept. */
  get<T>(key: string, compute: () => T): T {
    const version = `${this.dataVersion.get()!}:${this.changes.get()!}`;
    if (version !== this.version) {
      this.answers.clear();
      this.version = version;
    }
    if (this.answers.has(key)) return this.answers.get(key) as T;
    const answer = compute();
    if (this.answers.size >= this.max) this.answers.delete(this.answers.keys().next().value!);
    this.answers.set(key, answer);
    return answer;
  }
}
