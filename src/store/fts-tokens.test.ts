// The TypeScript tokenizer PostgreSQL indexes with must give SQLite FTS5's tokens exactly
// (`porter unicode61 remove_diacritics 2`): compared with SQLite's own, read back through fts5vocab.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { tokenize } from './fts-tokens.ts';

const db = new Database(':memory:');
db.exec(`CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'porter unicode61 remove_diacritics 2');
  CREATE VIRTUAL TABLE v USING fts5vocab(t, instance);`);
afterAll(() => db.close());

/** SQLite's terms of each text, in order. */
function sqliteTerms(texts: readonly string[]): string[] {
  db.exec('DELETE FROM t');
  const insert = db.prepare('INSERT INTO t(rowid, x) VALUES (?, ?)');
  texts.forEach((text, i) => insert.run(i + 1, text));
  const out: [number, string][][] = texts.map(() => []);
  for (const r of db.prepare('SELECT doc, offset, term FROM v').all() as { doc: number; offset: number; term: string }[]) out[r.doc - 1]!.push([r.offset, r.term]);
  return out.map((terms) => terms.sort((a, b) => a[0] - b[0]).map(([, term]) => term).join(' '));
}

const ours = (texts: readonly string[]) => texts.map((text) => tokenize(text).map((t) => t.term).join(' '));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(txt|html|jsonl|json|xml)$/.test(name) ? [path] : [];
  });
}

describe('fts tokens', () => {
  it('are SQLite\'s for every article and fixture in the repository', () => {
    const texts = [...filesUnder('samples'), ...filesUnder('test/fixtures')].map((f) => readFileSync(f, 'utf8'));
    expect(texts.length).toBeGreaterThan(20);
    const expected = sqliteTerms(texts);
    expect(ours(texts)).toEqual(expected);
  });

  it('fold every character of the Basic Multilingual Plane and beyond as SQLite does, alone and inside a word', () => {
    const chars: string[] = [];
    for (let c = 128; c < 0x110000; c++) {
      if (c >= 0xd800 && c < 0xe000) continue;
      if (c >= 0x30000 && c % 61) continue; // a sample of the planes above 3, nearly all unassigned
      chars.push(String.fromCodePoint(c));
    }
    const texts: string[] = [];
    for (let i = 0; i < chars.length; i += 500) {
      const slice = chars.slice(i, i + 500);
      texts.push(slice.join(' '), slice.map((c) => `ka${c}b`).join(' '));
    }
    expect(ours(texts)).toEqual(sqliteTerms(texts));
  });

  it('stem as FTS5\'s porter does, short and long words, every suffix rule', () => {
    const words = `caresses ponies ties caress cats feed agreed plastered bled motoring sing conflated troubled sized
      hopping tanned falling hissing fizzed failing filing happy sky relational conditional rational valenci hesitanci
      digitizer conformabli radicalli differentli vileli analogousli vietnamization predication operator feudalism
      decisiveness hopefulness callousness formaliti sensitiviti sensibiliti triplicate formative formalize electriciti
      electrical hopeful goodness revival allowance inference airliner gyroscopic adjustable defensible irritant
      replacement adjustment dependent adoption homologou communism activate angulariti homologous effective bowdlerize
      probate rate cease controll roll generously news is as us its yes bus ies sses eed ing ed y by
      archaeology analogies logies aluminium catalogue ization izations abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnop
      abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijkl kyïvs naïveties đorđevićes žitomirskis héllos`.split(/\s+/);
    const texts = words.map((w) => w);
    expect(ours(texts)).toEqual(sqliteTerms(texts));
  });

  it('give each token its place in the text', () => {
    const text = 'Russia\'s Bakhmut-Soledar road, 2.5 km: Київ, naïve Ǆemal';
    expect(tokenize(text).map((t) => [t.term, text.slice(t.start, t.end)])).toEqual([
      ['russia', 'Russia'], ['s', 's'], ['bakhmut', 'Bakhmut'], ['soledar', 'Soledar'], ['road', 'road'], ['2', '2'], ['5', '5'],
      ['km', 'km'], ['київ', 'Київ'], ['naiv', 'naïve'], ['ǆemal', 'Ǆemal'],
    ]);
  });
});
