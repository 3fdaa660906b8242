/**
 * The loader runs wink-lemmatizer over its WordNet lists rebuilt from the stored JSON; the lemmas
 * must be exactly those of wink-lemmatizer loaded the ordinary way. Without the module cache
 * patched (it is not), both live in one process.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lexiconToStore, loadLemmatizer, writeLexicon, type Lemmatizer } from './lemmatizer.ts';

const dir = mkdtempSync(join(tmpdir(), 'claimgraph-lexicon-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const plain = createRequire(import.meta.url)('wink-lemmatizer') as Lemmatizer;

describe('wink-lemmatizer from the stored lexicon', () => {
  const stored = lexiconToStore();
  const file = join(dir, 'wink-lexicon.json');
  writeLexicon(stored, file);
  const words = [
    'said', 'says', 'denied', 'denies', 'claims', 'claimed', 'encircled', 'captured', 'fled', 'was', 'going', 'studies', 'lies',
    'lied', 'took', 'children', 'wolves', 'bigger', 'best', 'Aachen', 'constructor', '__proto__', 'toString', 'hasOwnProperty',
    'zzzz', '', 'running', 'shelled', 'retreated',
    // Every 150th word of the lexicon, and the same with an -s, -ed, -ing.
    ...stored.words.filter((_, i) => i % 150 === 0).flatMap((w) => [w, `${w}s`, `${w}ed`, `${w}ing`]),
  ];
  const lemmas = (l: Lemmatizer) => words.map((w) => [l.verb(w), l.noun(w), l.adjective(w)]);

  it('gives the lemmas wink-lemmatizer gives on its own, for the verbs, nouns and adjectives asked', () => {
    const ours = loadLemmatizer(file);
    expect(ours).not.toBe(plain);
    const got = lemmas(ours);
    expect(got.length).toBeGreaterThan(2000);
    expect(got).toEqual(lemmas(plain));
    expect(got[0]).toEqual(['say', 'said', 'said']);
  });

  it('loads wink-lemmatizer the ordinary way when the file is missing or damaged, and writes nothing', () => {
    const missing = join(dir, 'none.json');
    expect(loadLemmatizer(missing)).toBe(plain);
    expect(existsSync(missing)).toBe(false);
    const damaged = join(dir, 'damaged.json');
    writeFileSync(damaged, '{"version": "wink-lexicon@0 format 2", "words": [');
    expect(loadLemmatizer(damaged)).toBe(plain);
  });
});
