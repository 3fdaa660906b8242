import type { Quotation } from '../../model/items.ts';
import type { IdentityRules, SpellingRow } from '../store.ts';
import type { Sql } from './open.ts';

/**
 * One identity per person across the stored articles, kept in `put`'s transaction by the rules it
 * is handed: the same steps as sqlite/identities.ts (read that first), with PostgreSQL's queries.
 * Spellings compare in any case through `nocase(name)`.
 */
export class PgIdentityIndex {
  constructor(private readonly sql: Sql, private readonly rules: IdentityRules) {}

  /** The surname keys an article's speakers have: call before deleting it, to regroup them after. */
  async surnamesOf(article: number): Promise<string[]> {
    const r = await this.sql.query<{ surname: string | null }>(
      'SELECT DISTINCT s.surname FROM quotes q JOIN speakers s ON nocase(s.name) = nocase(q.speaker) WHERE q.article = $1', [article]);
    return r.rows.map((x) => x.surname).filter((s): s is string => s !== null);
  }

  /** Keys the spellings new to the store; adds their (stored) surname keys to `touched`; returns the article's speaker names, lower-cased. */
  async note(quotes: readonly Quotation[], touched: Set<string>): Promise<Set<string>> {
    const seen = new Set<string>();
    const rows: [string, string, string, string | null][] = [];
    for (const q of quotes) {
      const name = q.speaker?.name;
      if (!name || seen.has(name.toLowerCase())) continue;
      seen.add(name.toLowerCase());
      const kind = q.speaker!.kind ?? null;
      const { surname, key } = this.rules.keys(name, kind);
      rows.push([name, surname, key, kind]);
    }
    if (rows.length) {
      // A spelling keeps the keys and kind it was first stored with: the surname it is grouped under is the stored one.
      const r = await this.sql.query<{ surname: string }>(`UPDATE speakers s SET surname = coalesce(s.surname, v.surname), key = coalesce(s.key, v.key),
          kind = CASE WHEN s.surname IS NULL THEN v.kind ELSE s.kind END
        FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS v(name, surname, key, kind)
        WHERE nocase(s.name) = nocase(v.name) RETURNING s.surname`,
      [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), rows.map((r) => r[3])]);
      for (const x of r.rows) touched.add(x.surname);
    }
    return seen;
  }

  /** Rebuilds the identities of these surname keys from their spellings, as the rules plan them (see sqlite/identities.ts `regroup`). */
  async regroup(surnames: Iterable<string>, added: readonly ReadonlySet<string>[] = [], shrunk: ReadonlySet<string> | null = null): Promise<void> {
    for (const surname of surnames) {
      const rows = (await this.sql.query<SpellingRow>(
        'SELECT name, quotes, articles, kind, identity FROM speakers WHERE surname = $1 ORDER BY quotes DESC, nocase(name)', [surname])).rows;
      const recount = shrunk === null || shrunk.has(surname);
      const before = (await this.sql.query<{ id: string; articles: number }>('SELECT id, articles FROM identities WHERE surname = $1', [surname])).rows;
      if (rows.length === 1 && rows[0]!.identity !== null && !recount && before.length === 1 && before[0]!.id === rows[0]!.identity) {
        await this.sql.query('UPDATE identities SET quotes = $1, articles = $2 WHERE id = $3', [rows[0]!.quotes, rows[0]!.articles, before[0]!.id]);
        continue;
      }
      await this.sql.query('DELETE FROM identities WHERE surname = $1', [surname]);
      const byName = new Map(rows.map((r) => [r.name, r]));
      const roles = (await this.sql.query<{ name: string; role: string }>(
        'SELECT s.name, r.role FROM speakers s JOIN speaker_roles r ON nocase(r.name) = nocase(s.name) WHERE s.surname = $1 ORDER BY r.role', [surname])).rows;
      for (const p of this.rules.plan({ spellings: rows, roles, identities: new Map(before.map((r) => [r.id, r])), recount, added })) {
        const articles = p.articles ?? Number((await this.sql.query<{ n: string }>(
          'SELECT count(DISTINCT article) AS n FROM quotes WHERE nocase(speaker) IN (SELECT nocase(n) FROM unnest($1::text[]) n)', [p.spellings])).rows[0]!.n);
        let id = p.id;
        for (let i = 2; ; i++) {
          const r = await this.sql.query('INSERT INTO identities (id, name, surname, quotes, articles, ambiguous) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING',
            [id, p.name, surname, p.quotes, articles, JSON.stringify(p.ambiguous)]);
          if (r.rowCount) break;
          id = `${p.base}-${i}`;
        }
        const moved = p.spellings.filter((n) => byName.get(n)!.identity !== id);
        if (moved.length) await this.sql.query('UPDATE speakers SET identity = $1 WHERE name = ANY($2::text[])', [id, moved]);
      }
    }
  }
}


/** Reading: the identities a name typed by a user stands for (see sqlite/identities.ts `IdentityLookup`). */
export async function resolveIdentities(sql: Sql, rules: IdentityRules, name: string): Promise<string[]> {
  const exact = await sql.query<{ identity: string | null }>(
    "SELECT s.identity FROM speakers s JOIN identities i ON i.id = s.identity WHERE nocase(s.name) = nocase($1) AND i.ambiguous = '[]'", [name]);
  if (exact.rows[0]?.identity) return [exact.rows[0].identity];
  const named = await sql.query<{ id: string }>("SELECT id FROM identities WHERE nocase(name) = nocase($1) AND ambiguous = '[]' ORDER BY id", [name]);
  if (named.rows.length) return named.rows.map((r) => r.id);
  const ws = rules.typed(name);
  if (!ws.length) return [];
  const holds = (key: string | null) => key !== null && ws.every((w) => ` ${key} `.includes(` ${w} `));
  const bySurname = (await sql.query<{ identity: string | null; key: string | null }>('SELECT identity, key FROM speakers WHERE surname = $1', [ws[ws.length - 1]!])).rows;
  const found = [...new Set(bySurname.filter((r) => r.identity !== null && holds(r.key)).map((r) => r.identity!))].sort();
  if (found.length) return found;
  // A first name alone (`Maria`): every spelling's key is read.
  const where = ws.map((_w, i) => `strpos(' ' || key || ' ', ' ' || $${i + 1} || ' ') > 0`).join(' AND ');
  const r = await sql.query<{ identity: string }>(`SELECT DISTINCT identity FROM speakers WHERE identity IS NOT NULL AND ${where} ORDER BY identity`, ws);
  return r.rows.map((x) => x.identity);
}
