import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { compileFunction } from 'node:vm';
import { LEXICON_FILE } from './files.ts';

/**
 * wink-lemmatizer, loaded fast. Requiring it makes Node parse and run wink-lexicon's WordNet lists,
 * written as JavaScript (wn-words.js alone is 77,262 statements `words.x = n;`): about 0.15 s of
 * CPU in every process, a tenth of the CLI's start-up. The same data as JSON
 * (dist/wink-lexicon.json, written by `npm run build` from the installed wink-lexicon) parses in a
 * few milliseconds. wink-lemmatizer's own source (one file) is then run with a `require` of its
 * own that answers its five wink-lexicon modules with the values rebuilt from the JSON, so its
 * code runs on the same values; nothing in Node's module cache changes. When the file is missing,
 * damaged, or from another wink-lexicon version, wink-lemmatizer loads the ordinary way (nothing
 * is written: only the build writes the file).
 *
 * Two values are made cheaper still: the word index (`words[word]` -> its index; the only way
 * wink-lemmatizer reads it) answers by binary search over the sorted word list, instead of an
 * object of 77,262 properties built at start-up (30 ms) for the few words a run looks up; the
 * senses, 4,573 distinct lists shared by 77,262 words, are stored once each, as wink-lexicon's
 * source shares them.
 */
export interface Lemmatizer { verb(word: string): string; noun(word: string): string; adjective(word: string): string }

const require = createRequire(import.meta.url);
/** wink-lexicon as wink-lemmatizer resolves it (its own dependency). */
const lexiconRequire = createRequire(require.resolve('wink-lemmatizer'));
/** The wink-lexicon modules wink-lemmatizer requires, by the name we store each under. */
const MODULES = {
  words: 'wink-lexicon/src/wn-words.js',
  senses: 'wink-lexicon/src/wn-word-senses.js',
  verb: 'wink-lexicon/src/wn-verb-exceptions.js',
  noun: 'wink-lexicon/src/wn-noun-exceptions.js',
  adjective: 'wink-lexicon/src/wn-adjective-exceptions.js',
} as const;
type Name = keyof typeof MODULES;

export interface StoredLexicon {
  readonly version: string;
  /** wn-words.js: the words in order (sorted); each one's value is its index. */
  readonly words: string[];
  /** wn-word-senses.js: word index -> its senses, as an index into `senseLists`. */
  readonly senseOf: number[];
  readonly senseLists: number[][];
  readonly verb: Record<string, string>;
  readonly noun: Record<string, string>;
  readonly adjective: Record<string, string>;
}

function lexiconVersion(): string {
  try {
    return `wink-lexicon@${(lexiconRequire('wink-lexicon/package.json') as { version: string }).version} format 2`;
  } catch {
    return 'unknown';
  }
}

/** The modules' values as wink-lexicon makes them: objects without a prototype, an array of arrays. */
function valuesOf(s: StoredLexicon): Record<Name, unknown> {
  const list = s.words;
  const words = new Proxy(Object.create(null) as Record<string, number>, {
    get(_, key) {
      if (typeof key !== 'string') return undefined;
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid]! < key) lo = mid + 1;
        else hi = mid;
      }
      return lo < list.length && list[lo] === key ? lo : undefined;
    },
  });
  const senses = s.senseOf.map((k) => s.senseLists[k]!);
  const plain = (o: Record<string, string>) => Object.assign(Object.create(null) as Record<string, string>, o);
  return { words, senses, verb: plain(s.verb), noun: plain(s.noun), adjective: plain(s.adjective) };
}

function readStored(file: string, version: string): StoredLexicon | null {
  try {
    const s = JSON.parse(readFileSync(file, 'utf8')) as StoredLexicon;
    const ok = s.version === version && Array.isArray(s.words) && Array.isArray(s.senseOf) && Array.isArray(s.senseLists) && s.words.length === s.senseOf.length
      && !!s.verb && !!s.noun && !!s.adjective;
    return ok ? s : null;
  } catch {
    return null;
  }
}

/** wink-lemmatizer's module source run with `values` for the wink-lexicon modules it requires. */
function lemmatizerOver(values: Record<Name, unknown>): Lemmatizer {
  const filename = require.resolve('wink-lemmatizer');
  const byId = new Map<string, unknown>((Object.keys(MODULES) as Name[]).map((name) => [MODULES[name], values[name]]));
  const localRequire = (id: string): unknown => {
    if (!byId.has(id)) throw new Error(`wink-lemmatizer requires ${id}, which the stored lexicon does not hold`);
    return byId.get(id);
  };
  const module = { exports: {} as unknown };
  const run = compileFunction(readFileSync(filename, 'utf8'), ['exports', 'require', 'module', '__filename', '__dirname'], { filename });
  run(module.exports, localRequire, module, filename, dirname(filename));
  return module.exports as Lemmatizer;
}

/** wink-lemmatizer over the stored lexicon when it is current, else loaded the ordinary way. */
export function loadLemmatizer(file = LEXICON_FILE): Lemmatizer {
  const stored = readStored(file, lexiconVersion());
  return stored ? lemmatizerOver(valuesOf(stored)) : (require('wink-lemmatizer') as Lemmatizer);
}

/** What the five modules hold, read from their files, in the stored form (`npm run build`). */
export function lexiconToStore(): StoredLexicon {
  const words = lexiconRequire(MODULES.words) as Record<string, number>;
  const keys = Object.keys(words);
  if (!keys.every((k, i) => words[k] === i && (i === 0 || keys[i - 1]! < k))) throw new Error('wink-lexicon: wn-words.js is not a sorted list of words by index');
  const senses = lexiconRequire(MODULES.senses) as number[][];
  const listIndex = new Map<number[], number>();
  const senseLists: number[][] = [];
  const senseOf = senses.map((list) => {
    let k = listIndex.get(list);
    if (k === undefined) { k = senseLists.length; senseLists.push(list); listIndex.set(list, k); }
    return k;
  });
  return {
    version: lexiconVersion(), words: keys, senseOf, senseLists,
    verb: { ...(lexiconRequire(MODULES.verb) as Record<string, string>) },
    noun: { ...(lexiconRequire(MODULES.noun) as Record<string, string>) },
    adjective: { ...(lexiconRequire(MODULES.adjective) as Record<string, string>) },
  };
}

export function writeLexicon(s: StoredLexicon, file = LEXICON_FILE): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(s));
  renameSync(tmp, file);
}
