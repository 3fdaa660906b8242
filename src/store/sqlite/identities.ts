import type { Statement } from 'better-sqlite3';
import { spellingKey, surnameOf } from '../../link/names.ts';
import { articlesQuoting, groupRows, keptIdentity, organizationOf, rolesByName } from '../identity-upkeep.ts';
import type { Quotation } from '../../model/items.ts';
import type { Db } from './open.ts';

/**
 * One identity per person across the stored articles (src/link/identities.ts decides; this keeps
 * its answer in the store). Each spelling in `speakers` carries its surname key, spelling key,
 * kind and identity; `identities` holds each identity's name and counts. Spellings that share a
 * surname key are decided together, so a write regroups only the surnames its articles name (or
 * named, for a replaced article): ingest stays incremental.
 */
export class IdentityIndex {
  private readonly s;
  /** Spelling -> [surname, key]: the same names come in every batch. */
  private readonly keys = new Map<string, [string, string]>();

  constructor(private readonly db: Db) {
    this.s = {
      speakersOf: db.prepare<[number], { surname: string | null }>(
        'SELECT DISTINCT s.surname FROM quotes q JOIN speakers s ON s.name = q.speaker WHERE q.article = ?'),
      note: db.prepare<{ name: string; surname: string; key: string; kind: string | null }>(
        'UPDATE speakers SET surname = @surname, key = @key, kind = @kind WHERE name = @name AND surname IS NULL'),
      unkeyed: db.prepare<[], { name: string; kind: string | null }>(
        'SELECT s.name, (SELECT q.speaker_kind FROM quotes q WHERE q.speaker = s.name LIMIT 1) AS kind FROM speakers s WHERE s.surname IS NULL'),
      spellings: db.prepare<[string], { name: string; quotes: number; articles: number; kind: string | null; identity: string | null }>(
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
      touched.add(this.key(name, q.speaker!.kind, true));
    }
    return seen;
  }

  /** Every spelling without keys (after a migration) keyed, and every identity rebuilt. */
  fillAll(): void {
    const touched = new Set<string>();
    for (const row of this.s.unkeyed.all()) touched.add(this.key(row.name, row.kind, true));
    for (const r of this.db.prepare<[], { surname: string }>('SELECT DISTINCT surname FROM speakers WHERE surname IS NOT NULL').all()) touched.add(r.surname);
    this.regroup(touched);
  }

  private key(name: string, kind: string | null, write: boolean): string {
    let k = this.keys.get(name);
    if (!k) {
      const organization = organizationOf(name, kind);
      k = [surnameOf(name, organization), spellingKey(name, organization).key];
      if (this.keys.size > 100_000) this.keys.clear();
      this.keys.set(name, k);
    }
    if (write) this.s.note.run({ name, surname: k[0], key: k[1], kind });
    return k[0];
  }

  /**
   * Rebuilds the identities of these surname keys from their spellings. `added`: the speaker names
   * (lower-cased) of each article the call added, which the article counts of identities whose
   * spellings did not change grow by. `shrunk`: surnames that may have lost a spelling (a replaced
   * article's): their counts are recounted. Without either (after a migration), all are recounted.
   */
  regroup(surnames: Iterable<string>, added: readonly ReadonlySet<string>[] = [], shrunk: ReadonlySet<string> | null = null): void {
    for (const surname of surnames) {
      const rows = this.s.spellings.all(surname);
      const recount = shrunk === null || shrunk.has(surname);
      // Most surnames have one spelling, already its own identity: only its counts changed.
      if (rows.length === 1 && rows[0]!.identity !== null && !recount) {
        const ids = this.s.ofSurname.all(surname);
        if (ids.length === 1 && ids[0]!.id === rows[0]!.identity) {
          this.s.counts.run(rows[0]!.quotes, rows[0]!.articles, ids[0]!.id);
          continue;
        }
      }
      const before = new Map(this.s.ofSurname.all(surname).map((r) => [r.id, r]));
      this.s.drop.run(surname);
      const byName = new Map(rows.map((r) => [r.name, r]));
      const roles = rolesByName(this.s.roles.all(surname));
      const groups = groupRows(rows, roles);
      for (const g of groups) {
        const members = g.spellings.map((n) => byName.get(n)!);
        const quotes = members.reduce((sum, m) => sum + m.quotes, 0);
        const old = keptIdentity(members, g.spellings, rows, before, recount);
        const same = old !== null;
        let articles: number;
        if (members.length === 1) articles = members[0]!.articles;
        else if (same) articles = before.get(old)!.articles + articlesQuoting(g.spellings, added);
        else articles = this.s.articles.get(JSON.stringify(g.spellings))!.n; // an article that used two spellings counts once
        // Two names that normalize alike under different surname keys: the later one numbered.
        let id = same ? old : g.id;
        for (let i = 2; this.s.insert.run({ id, name: g.name, surname, quotes, articles, ambiguous: JSON.stringify(g.ambiguous) }).changes === 0; i++) id = `${g.id}-${i}`;
        for (const n of g.spellings) if (byName.get(n)!.identity !== id) this.s.assign.run(id, n);
      }
    }
  }
}


/** Reading: the identities a name typed by a user stands for. */
export class IdentityLookup {
  private readonly s;
  private readonly byWords = new Map<number, Statement<Record<string, string>, { identity: string }>>();

  constructor(private readonly db: Db) {
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
    const ws = spellingKey(name, false).key.split(' ').filter(Boolean);
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
