// FTS5's snippet() and phrase matching, as ./fts.ts reproduces them for PostgreSQL, against SQLite's
// own on the repository's texts: for many queries (words, phrases, prefixes, several at once), the
// marked snippet of every matching text is the same string.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ftsQuery as sqliteQuery } from '../sqlite/search.ts';
import { tokenize } from '../fts-tokens.ts';
import { ftsQuery, ftsVector, snippet } from './fts.ts';

const db = new Database(':memory:');
db.exec("CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'porter unicode61 remove_diacritics 2')");
afterAll(() => db.close());

const dirs = ['test/fixtures/corpus', 'test/fixtures/identities', 'samples/articles'];
const texts = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(d, f), 'utf8')));
const insert = db.prepare('INSERT INTO t(rowid, x) VALUES (?, ?)');
texts.forEach((text, i) => insert.run(i + 1, text));

/** Queries made of the texts' own words: single words, two-word phrases, prefixes, pairs. */
function queries(): string[] {
  const out = new Set<string>(['the', 'said', '"the war"', 'the of', 'Zelensk*', 'a', 'of the and', '"in the" said', 'drone*', 'Pokrovsk']);
  let seed = 7;
  const next = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  for (let i = 0; out.size < 90 && i < 1000; i++) {
    const text = texts[next(texts.length)]!;
    const words = text.match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
    if (words.length < 3) continue;
    const k = next(words.length - 2);
    const kind = next(4);
    out.add(kind === 0 ? words[k]! : kind === 1 ? `"${words[k]} ${words[k + 1]}"` : kind === 2 ? `${words[k]!.slice(0, 3)}*` : `${words[k]} ${words[k + 2]}`);
  }
  return [...out];
}

describe('FTS5 snippet() and matching, in TypeScript', () => {
  it('marks the same window and the same words as SQLite for every matching text', () => {
    let compared = 0;
    for (const q of queries()) {
      const rows = db.prepare("SELECT rowid, snippet(t, 0, char(2), char(3), '', 24) AS snip FROM t WHERE t MATCH ? ORDER BY rowid").all(sqliteQuery(q)) as { rowid: number; snip: string }[];
      const { phrases } = ftsQuery(q);
      // The same texts match: every phrase has an instance in each, and in no other.
      const ours = texts.flatMap((text, i) => (phrases.every((p) => snippet(text, [p], 24).includes('\u0002')) ? [i + 1] : []));
      expect(ours, q).toEqual(rows.map((r) => r.rowid));
      for (const r of rows) expect(snippet(texts[r.rowid - 1]!, phrases, 24), `${q} in text ${r.rowid}`).toBe(r.snip);
      compared += rows.length;
    }
    expect(compared).toBeGreaterThan(300);
  });

  it('builds a vector of the tokens with their positions, a gap between columns, and the length in tokens', () => {
    // Title at 1-2, a gap at 3, the text from 4: no phrase runs from one column into the next.
    expect(ftsVector('Bridges hit', "Russia's bridges")).toEqual({ vector: "'bridg':1,6 'hit':2 'russia':4 's':5", length: 5 });
    expect(ftsVector(null, 'Київ')).toEqual({ vector: "'київ':1", length: 1 });
    expect(tokenize("it's").map((t) => t.term)).toEqual(['it', 's']);
  });
});
