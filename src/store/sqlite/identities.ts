import type { Statement } from 'better-sqlite3';
import type { Quotation } from '../../model/items.ts';
import type { IdentityRules, SpellingRow } from '../store.ts';
import type { Db } from './open.ts';

/**
 * One identity per person across the stored articles, kept in `put`'s transaction by the rules it
 * is handed (src/link/identity-rules.ts decides who is one person; this keeps the answer). Each
 * spelling in `speakers` carries its surname key, spelling key, kind and identity; `identities`
 * holds each identity's name and counts. Spellings that share a surname key are decided together,
 * so a write regroups only the surnames its articles name (or named, for a replaced article):
 * ingest stays incremental.
 */
export class IdentityIndex {
  private readonly s;

  constructor(private readonly db: Db, private readonly rules: IdentityRules) {
    this.s = {
      speakersOf: db.prepare<[number], { surname: string | null }>(
        'SELECT DISTINCT s.surname FROM quotes q JOIN speakers s ON s.name = q.speaker WHERE q.article = ?'),
      // A spelling keeps the keys and kind it was first stored with: the surname it is grouped under is the stored one.
      note: db.prepare<{ name: string; surname: string; key: string; kind: string | null }, { surname: string }>(
        `UPDATE speakers SET surname = coalesce(surname, @surname), key = coalesce(key, @key),
          kind = CASE WHEN surname IS NULL THEN @kind ELSE kind END WHERE name = @name RETURNING surname`),
      unkeyed: db.prepare<[], { name: string; kind: string | null }>(
        'SELECT s.name, (SELECT q.speaker_kind FROM quotes q WHERE q.speaker = s.name LIMIT 1) AS kind FROM speakers s WHERE s.surname IS NULL'),
      spellings: db.prepare<[string], SpellingRow>(
        'SELECT name, quotes, articles, kind, identity FROM speakers WHERE surname = ? ORDER BY quotes DESC, name'),
      roles: db.prepare<[string], { name: string; role: string }>(
        'SELECT r.name, r.role FROM speakers s JOIN speaker_roles r ON r.name = s.name WHERE s.surname = ?'),
      drop: db.prepare<[string]>('DELETE FROM identities WHERE surname = ?'),
      ofSurname: db.prepare<[string], { id: string; articles: number }>('SELECT id, articles FROM identities WHERE surname = ?'),
      counts: db.prepare<[number, number, string]>('UPDATE identities SET quotes = ?, articles = ? WHERE id = ?'),
      insert: db.prepare<{ id: string; name: string; surname: string; quotes: number; articles: number; ambiguous: string }>(
        'INSERT OR IGNORE INTO identities (id, name, surname, quotes, articles, ambiguous) VALUES (@id, @name, @surname, @quotes, @articles, @ambiguous)'),
      assign: db.prepare<[string, string]>('UPDATE speakers SET identity = ? WHERE name = ?'),
      articles: db.prepare<[string], { n: number }>('SELECT count(DISTINCT article) AS n FROM quotes WHERE speaker IN (SELECT value FROM json_each(?))'),
    };
  }

  /** The store has the identity tables (a file an older claimgraph wrote may not, until it is migrated). */
  static present(db: Db): boolean {
    return (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'identities'").get() as { n: number }).n > 0;
  }

  /** The surname keys an article's speakers have: call before deleting it, to regroup them after. */
  surnamesOf(article: number): string[] {
    return this.s.speakersOf.all(article).map((r) => r.surname).filter((s): s is string => s !== null);
  }

  /**
   * Keys the spellings of these quotations' speakers that are new to the store; adds their surname
   * keys to `touched`; returns the article's speaker names, lower-cased (spellings match in any case).
   */
  note(quotes: readonly Quotation[], touched: Set<string>): Set<string> {
    const seen = new Set<string>();
    for (const q of quotes) {
      const name = q.speaker?.name;
      if (!name || seen.has(name.toLowerCase())) continue;
      seen.add(name.toLowerCase());
      const kind = q.speaker!.kind ?? null;
      const row = this.s.note.get({ name, ...this.rules.keys(name, kind), kind });
      if (row) touched.add(row.surname);
    }
    return seen;
  }

  /** Every spelling without keys (after a migration) keyed, and every identity rebuilt. */
  fillAll(): void {
    const touched = new Set<string>();
    for (const row of this.s.unkeyed.all()) touched.add(this.s.note.get({ name: row.name, ...this.rules.keys(row.name, row.kind), kind: row.kind })!.surname);
    for (const r of this.db.prepare<[], { surname: string }>('SELECT DISTINCT surname FROM speakers WHERE surname IS NOT NULL').all()) touched.add(r.surname);
    this.regroup(touched);
  }

  /**
   * Rebuilds the identities of these surname keys from their spellings, as the rules plan them.
   * `added`: the speaker names (lower-cased) of each article the call added, which the article
   * counts of identities whose spellings did not change grow by. `shrunk`: surnames that may have
   * lost a spelling (a replaced article's): their counts are recounted. Without either (after a
   * migration), all are recounted.
   */
  regroup(surnames: Iterable<string>, added: readonly ReadonlySet<string>[] = [], shrunk: ReadonlySet<string> | null = null): void {
    for (const surname of surnames) {
      const rows = this.s.spellings.all(surname);
      const recount = shrunk === null || shrunk.has(surname);
      const before = this.s.ofSurname.all(surname);
      // Most surnames have one spelling, already its own identity: only its counts changed.
      if (rows.length === 1 && rows[0]!.identity !== null && !recount && before.length === 1 && before[0]!.id === rows[0]!.identity) {
        this.s.counts.run(rows[0]!.quotes, rows[0]!.articles, before[0]!.id);
        continue;
      }
      this.s.drop.run(surname);
      const identities = new Map(before.map((r) => [r.id, r]));
      const byName = new Map(rows.map((r) => [r.name, r]));
      for (const p of this.rules.plan({ spellings: rows, roles: this.s.roles.all(surname), identities, recount, added })) {
        const articles = p.articles ?? this.s.articles.get(JSON.stringify(p.spellings))!.n;
        let id = p.id;
        for (let i = 2; this.s.insert.run({ id, name: p.name, surname, quotes: p.quotes, articles, ambiguous: JSON.stringify(p.ambiguous) }).changes === 0; i++) id = `${p.base}-${i}`;
        for (const n of p.spellings) if (byName.get(n)!.identity !== id) this.s.assign.run(id, n);
      }
    }
  }
}


/** Reading: the identities a name typed by a user stands for. */
export class IdentityLookup {
  private readonly s;
  private readonly byWords = new Map<number, Statement<Record<string, string>, { identity: string }>>();

  constructor(private readonly db: Db, private readonly rules: IdentityRules) {
    this.s = {
      // An identity whose surname stays apart (`Biden` among Joe, Jill and Hunter) is no answer alone.
      spelling: db.prepare<[string], { identity: string | null }>(
        "SELECT s.identity FROM speakers s JOIN identities i ON i.id = s.identity WHERE s.name = ? AND i.ambiguous = '[]'"),
      named: db.prepare<[string], { id: string }>("SELECT id FROM identities WHERE name = ? AND ambiguous = '[]'"),
      bySurname: db.prepare<[string], { identity: string | null; key: string | null }>('SELECT identity, key FROM speakers WHERE surname = ?'),
    };
  }

  /**
   * A spelling as stored (any case) is its identity; else an identity of that name; else (and for
   * a surname that stays apart) every identity with a spelling whose key holds each word of the
   * name's key (`Zelensky` -> `zelenski` -> Volodymyr Zelenskyy; `Kovalenko` -> both Kovalenkos
   * and the `Kovalenko` that may be either).
   */
  resolve(name: string): string[] {
    const exact = this.s.spelling.get(name)?.identity;
    if (exact) return [exact];
    const named = this.s.named.all(name).map((r) => r.id);
    if (named.length) return named;
    const ws = this.rules.typed(name);
    if (!ws.length) return [];
    // Most names typed end with the surname: the spellings of that surname key, from its index.
    const holds = (key: string | null) => key !== null && ws.every((w) => ` ${key} `.includes(` ${w} `));
    const bySurname = [...new Set(this.s.bySurname.all(ws[ws.length - 1]!).filter((r) => r.identity !== null && holds(r.key)).map((r) => r.identity!))].sort();
    if (bySurname.length) return bySurname;
    // Else (a first name alone, `Maria`) every spelling's key is read.
    let st = this.byWords.get(ws.length);
    if (!st) {
      const where = ws.map((_w, i) => `instr(' ' || key || ' ', ' ' || @w${i} || ' ') > 0`).join(' AND ');
      st = this.db.prepare(`SELECT DISTINCT identity FROM speakers WHERE identity IS NOT NULL AND ${where} ORDER BY identity`);
      this.byWords.set(ws.length, st);
    }
    return st.all(Object.fromEntries(ws.map((w, i) => [`w${i}`, w]))).map((r) => r.identity);
  }
}
