/**
 * lemmatizer.ts hands wink-lemmatizer its WordNet lists rebuilt from dist/wink-lexicon.json; the
 * lemmas must be exactly those of wink-lemmatizer loaded the ordinary way (compared in two fresh
 * processes, since a process loads each module once).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lexiconToStore, writeStored } from './lemmatizer.ts';

const here = fileURLToPath(new URL('./lemmatizer.ts', import.meta.url));

function run(script: string): { lemmas: string[][]; stored?: boolean } {
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', cwd: fileURLToPath(new URL('../../..', import.meta.url)) });
  expect(child.stderr).toBe("");
  return JSON.parse(child.stdout) as { lemmas: string[][]; stored?: boolean };
}

describe('wink-lemmatizer from the stored lexicon', () => {
  it('gives the lemmas wink-lemmatizer gives on its own, for the verbs, nouns and adjectives asked', () => {
    const stored = lexiconToStore();
    writeStored(stored);
    const words = [
      'said', 'says', 'denied', 'denies', 'claims', 'claimed', 'encircled', 'captured', 'fled', 'was', 'going', 'studies', 'lies',
      'lied', 'took', 'children', 'wolves', 'bigger', 'best', 'Aachen', 'constructor', '__proto__', 'toString', 'hasOwnProperty',
      'zzzz', '', 'running', 'shelled', 'retreated',
      // Every 150th word of the lexicon, and the same with an -s, -ed, -ing.
      ...stored.words.filter((_, i) => i % 150 === 0).flatMap((w) => [w, `${w}s`, `${w}ed`, `${w}ing`]),
    ];
    const ask = `const words = ${JSON.stringify(words)};
      const lemmas = words.map((w) => [lemmatizer.verb(w), lemmatizer.noun(w), lemmatizer.adjective(w)]);`;
    const plain = run(`import { createRequire } from 'node:module';
      const lemmatizer = createRequire(${JSON.stringify(here)})('wink-lemmatizer');
      ${ask} process.stdout.write(JSON.stringify({ lemmas }));`);
    const ours = run(`import { createRequire } from 'node:module';
      import { types } from 'node:util';
      import { lemmatizer } from ${JSON.stringify(pathToFileURL(here).href)};
      ${ask}
      const req = createRequire(createRequire(${JSON.stringify(here)}).resolve('wink-lemmatizer'));
      const stored = types.isProxy(req.cache[req.resolve('wink-lexicon/src/wn-words.js')].exports);
      process.stdout.write(JSON.stringify({ lemmas, stored }));`);
    expect(ours.stored).toBe(true);
    expect(ours.lemmas.length).toBeGreaterThan(2000);
    expect(ours.lemmas).toEqual(plain.lemmas);
    expect(ours.lemmas[0]).toEqual(['say', 'said', 'said']);
  });
});
