import type { Statement } from 'better-sqlite3';
import type { Db } from './open.ts';
import type { Params } from './statements.ts';

/** The article filters of a search: an outlet and a range of dates. */
export interface ArticleFilter {
  readonly source?: string;
  readonly from?: string;
  readonly to?: string;
}

/**
 * The keys of the articles an outlet or date filter passes, each set in a TEMP table of this
 * connection (`temp.search_articles_N`, an INTEGER PRIMARY KEY, which SQLite probes for `IN`
 * directly), kept for the next search with the same filter.
 *
 * Why: `x IN (SELECT key FROM articles WHERE date ...)` builds its set again in every statement
 * that runs it, from the index, key by key: for a month holding 33,000 of 50,000 articles that was
 * about 11 of a search's 30-50 CPU ms, twice (the count and the page). A user paging through a
 * month, or a UI whose filters stay put, asks for the same set again and again.
 *
 * Bounded: at most SLOTS sets, the least recently used refilled (tables reused, so the SQL of the
 * searches that name them, prepared once each, stays a few shapes). Every set is dropped when the
 * store changes: another connection's commit (`PRAGMA data_version`) or a write on this one
 * (`total_changes()`, which also counts the sets' own rows, so it is read again after each fill).
 */
export class ArticleSets {
  static readonly SLOTS = 8;
  private readonly slots: { filter: string | null; table: string; made: boolean }[];
  private readonly dataVersion: Statement<[], number>;
  private readonly changes: Statement<[], number>;
  private version = '';

  constructor(private readonly db: Db) {
    this.slots = Array.from({ length: ArticleSets.SLOTS }, (_v, i) => ({ filter: null, table: `temp.search_articles_${i}`, made: false }));
    this.dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
    this.changes = db.prepare<[], number>('SELECT total_changes()').pluck();
  }

  private now(): string {
    return `${this.dataVersion.get()!}:${this.changes.get()!}`;
  }

  /** The table holding the keys of the articles that pass `filter` (at least one of its fields given). */
  table(filter: ArticleFilter): string {
    const key = JSON.stringify([filter.source ?? null, filter.from ?? null, filter.to ?? null]);
    if (this.now() !== this.version) for (const s of this.slots) s.filter = null;
    let at = this.slots.findIndex((s) => s.filter === key);
    if (at < 0) {
      at = this.slots.length - 1;
      this.fill(this.slots[at]!, filter);
      this.slots[at]!.filter = key;
      this.version = this.now();
    }
    // Most recently used first.
    const [slot] = this.slots.splice(at, 1);
    this.slots.unshift(slot!);
    return slot!.table;
  }

  private fill(slot: { table: string; made: boolean }, filter: ArticleFilter): void {
    if (!slot.made) {
      this.db.exec(`CREATE TEMP TABLE IF NOT EXISTS ${slot.table.slice('temp.'.length)} (key INTEGER PRIMARY KEY)`);
      slot.made = true;
    }
    const where: string[] = [];
    const params: Params = {};
    if (filter.source !== undefined) { where.push('source = @source COLLATE NOCASE'); params.source = filter.source; }
    if (filter.from !== undefined) { where.push('date >= @from'); params.from = filter.from; }
    if (filter.to !== undefined) { where.push('date <= @to'); params.to = filter.to; }
    this.db.transaction(() => {
      this.db.prepare(`DELETE FROM ${slot.table}`).run();
      this.db.prepare(`INSERT INTO ${slot.table} SELECT key FROM articles WHERE ${where.join(' AND ')}`).run(params);
    })();
  }
}
