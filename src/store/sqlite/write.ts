import type { Statement } from 'better-sqlite3';
import type { Extraction } from '../../model/items.ts';
import { itemColumns, itemTables, type ItemContext, type ItemTable } from '../schema.ts';
import type { IdentityRules, StoredArticle, PutResult } from '../store.ts';
import { IdentityIndex } from './identities.ts';
import type { Db } from './open.ts';
import { ClaimgraphError } from '../../model/errors.ts';
import { isWellFormed } from '../../ingest/well-formed.ts';

type Row = Record<string, string | number | null>;

interface TableWriter {
  readonly table: ItemTable;
  readonly insert: Statement;
}

const NO_SPAN = { start: 0, end: 0, text: '' };

/** An item's own span; an entity, which has none, is located by its first mention. */
function spanOf(item: object): { start: number; end: number; text: string } {
  const i = item as { start?: unknown; mentions?: { start: number; end: number; text: string }[] };
  if (typeof i.start === 'number') return item as { start: number; end: number; text: string };
  return i.mentions?.[0] ?? NO_SPAN;
}

/** Writes ledgers with statements prepared once from the declarations in ../schema.ts. */
export class LedgerWriter {
  private readonly find: Statement<[string], { key: number; hash: string }>;
  private readonly remove: Statement<[number]>;
  private readonly insertArticle: Statement;
  private readonly tables: TableWriter[];
  private readonly putAll: (ledgers: readonly StoredArticle[]) => PutResult;
  /** Null in a file an older claimgraph wrote, before it is migrated. */
  private readonly identities: IdentityIndex | null;

  constructor(private readonly db: Db, rules: IdentityRules) {
    this.find = db.prepare('SELECT key, hash FROM articles WHERE id = ?');
    this.remove = db.prepare('DELETE FROM articles WHERE key = ?');
    // A file an older claimgraph wrote has no `retrieved` (migration 6) or `encoding` (9) until it is migrated (the upgrade tests write one).
    const has = new Set((db.pragma('table_info(articles)') as { name: string }[]).map((c) => c.name));
    const names = ['id', 'hash', 'date', 'title', 'byline', 'url', 'source', 'text', 'ingested', 'retrieved', 'encoding'].filter((n) => has.has(n));
    this.insertArticle = db.prepare(`INSERT INTO articles (${names.join(', ')}) VALUES (${names.map((n) => '@' + n).join(', ')})`);
    this.tables = itemTables.map((table) => {
      // The columns the table has: all those of schema.ts in a migrated store; fewer in a file an
      // older claimgraph wrote (the upgrade test writes one).
      const existing = new Set((db.pragma(`table_info(${table.name})`) as { name: string }[]).map((c) => c.name));
      const columns = table.columns.filter((c) => existing.has(c.name));
      const names = [...itemColumns.filter((c) => c.name !== 'key'), ...columns].map((c) => c.name);
      return { table: { ...table, columns }, insert: db.prepare(`INSERT INTO ${table.name} (${names.join(', ')}) VALUES (${names.map((n) => '@' + n).join(', ')})`) };
    });
    this.identities = IdentityIndex.present(db) ? new IdentityIndex(db, rules) : null;
    // IMMEDIATE: take the write lock at the start, so that two writers wait instead of failing mid-way.
    const tx = db.transaction((ledgers: readonly StoredArticle[]) => this.putMany(ledgers));
    this.putAll = (ledgers) => tx.immediate(ledgers);
  }

  put(ledgers: readonly StoredArticle[]): PutResult {
    return this.putAll(ledgers);
  }

  private putMany(ledgers: readonly StoredArticle[]): PutResult {
    const result: PutResult = { added: 0, replaced: 0, unchanged: 0 };
    const now = new Date().toISOString();
    // The surname keys of every speaker written or removed: their identities are rebuilt at the end.
    const touched = new Set<string>();
    const shrunk = new Set<string>();
    const added: Set<string>[] = [];
    for (const ledger of ledgers) {
      const old = this.find.get(ledger.document.id);
      if (old && old.hash === ledger.hash) {
        result.unchanged++;
        continue;
      }
      // The old article's items go with it (ON DELETE CASCADE), and so do their search entries.
      if (old) {
        for (const surname of this.identities?.surnamesOf(old.key) ?? []) { touched.add(surname); shrunk.add(surname); }
        this.remove.run(old.key);
      }
      const { id, date, title, url, source, text } = ledger.document;
      // UTF-8 cannot hold a lone surrogate: SQLite would store three bytes that read back as three
      // U+FFFD, and every offset after it would be off by two. Ingest repairs them; nothing else may write one.
      for (const [field, value] of [['id', id], ['text', text], ['title', title], ['byline', ledger.document.byline], ['url', url], ['source', source]] as const) {
        if (typeof value === 'string' && !isWellFormed(value)) {
          throw new ClaimgraphError('E_INPUT_ENCODING', `document ${JSON.stringify(id)}: ${field} holds a lone UTF-16 surrogate, which UTF-8 cannot store (readInputs replaces them)`, { id });
        }
      }
      const info = this.insertArticle.run({ id, hash: ledger.hash, date, title, byline: ledger.document.byline ?? null, url, source, text, ingested: now, retrieved: ledger.document.retrieved ?? null, encoding: ledger.document.encoding ?? null });
      this.insertItems(Number(info.lastInsertRowid), ledger);
      const names = this.identities?.note(ledger.extraction.quotes, touched);
      // A replaced article is new to every surname it did not name before (those it did are recounted).
      if (names) added.push(names);
      if (old) result.replaced++;
      else result.added++;
    }
    this.identities?.regroup(touched, added, shrunk);
    return result;
  }

  private insertItems(article: number, ledger: StoredArticle): void {
    const context: ItemContext = { articleDate: ledger.document.date, extraction: ledger.extraction };
    for (const { table, insert } of this.tables) {
      const items = ledger.extraction[table.layer as keyof Extraction] as readonly { id: string }[];
      for (const item of items) {
        const span = spanOf(item);
        const row: Row = { article, item: item.id, span_start: span.start, span_end: span.end, text: span.text, json: JSON.stringify(item) };
        for (const column of table.columns) row[column.name] = column.from!(item as never, context);
        insert.run(row);
      }
    }
  }
}
