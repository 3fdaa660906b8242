import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * wink-lemmatizer, loaded fast. Requiring it makes Node parse and run wink-lexicon's WordNet lists,
 * written as JavaScript (wn-words.js alone is 77,262 statements `words.x = n;`): about 0.15 s of
 * CPU in every process, a tenth of the CLI's start-up. The same data as JSON
 * (dist/wink-lexicon.json, written by `npm run build` from the installed wink-lexicon, or on first
 * use) parses in a few milliseconds; we rebuild the five modules' values from it and hand them to
 * Node's module cache before wink-lemmatizer requires them, so wink-lemmatizer's own code runs on
 * the same values. When the file is missing, damaged, or from another wink-lexicon version, the
 * modules load as usual and the file is written again.
 *
 * Two values are made cheaper still: the word index (`words[word]` -> its index; the only way
 * wink-lemmatizer reads it) answers by binary search over the sorted word list, instead of an
 * object of 77,262 properties built at start-up (30 ms) for the few words a run looks up; the
 * senses, 4,573 distinct lists shared by 77,262 words, are stored once each, as wink-lexicon's
 * source shares them.
 */
interface Lemmatizer { verb(word: string): string; noun(word: string): string; adjective(word: string): string }

const require = createRequire(import.meta.url);
/** wink-lexicon as wink-lemmatizer resolves it (its own dependency). */
const lexiconRequire = createRequire(require.resolve('wink-lemmatizer'));
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const LEXICON_FILE = join(ROOT, 'dist', 'wink-lexicon.json');
/** The wink-lexicon modules wink-lemmatizer requires, by the name we store each under. */
const MODULES = {
  words: 'wink-lexicon/src/wn-words.js',
  senses: 'wink-lexicon/src/wn-word-senses.js',
  verb: 'wink-lexicon/src/wn-verb-exceptions.js',
  noun: 'wink-lexicon/src/wn-noun-exceptions.js',
  adjective: 'wink-lexicon/src/wn-adjective-exceptions.js',
} as const;
type Name = keyof typeof MODULES;

interface Stored {
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
function valuesOf(s: Stored): Record<Name, unknown> {
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

function readStored(version: string): Stored | null {
  try {
    const s = JSON.parse(readFileSync(LEXICON_FILE, 'utf8')) as Stored;
    const ok = s.version === version && Array.isArray(s.words) && Array.isArray(s.senseOf) && Array.isArray(s.senseLists) && s.words.length === s.senseOf.length
      && !!s.verb && !!s.noun && !!s.adjective;
    return ok ? s : null;
  } catch {
    return null;
  }
}

/** A module read from its file, whatever this process's module cache holds for it (maybe our rebuilt value). */
function requireFresh(id: string): unknown {
  const filename = lexiconRequire.resolve(id);
  const cached = require.cache[filename];
  delete require.cache[filename];
  try {
    return lexiconRequire(id);
  } finally {
    if (cached) require.cache[filename] = cached;
  }
}

/** What the five modules hold, read from their files, in the stored form. */
export function lexiconToStore(): Stored {
  const words = requireFresh(MODULES.words) as Record<string, number>;
  const keys = Object.keys(words);
  if (!keys.every((k, i) => words[k] === i && (i === 0 || keys[i - 1]! < k))) throw new Error('wink-lexicon: wn-words.js is not a sorted list of words by index');
  const senses = requireFresh(MODULES.senses) as number[][];
  const listIndex = new Map<number[], number>();
  const senseLists: number[][] = [];
  const senseOf = senses.map((list) => {
    let k = listIndex.get(list);
    if (k === undefined) { k = senseLists.length; senseLists.push(list); listIndex.set(list, k); }
    return k;
  });
  return {
    version: lexiconVersion(), words: keys, senseOf, senseLists,
    verb: { ...(requireFresh(MODULES.verb) as Record<string, string>) },
    noun: { ...(requireFresh(MODULES.noun) as Record<string, string>) },
    adjective: { ...(requireFresh(MODULES.adjective) as Record<string, string>) },
  };
}

export function writeStored(s: Stored, file = LEXICON_FILE): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(s));
  renameSync(tmp, file);
}

function load(): Lemmatizer {
  const version = lexiconVersion();
  const stored = readStored(version);
  if (stored) {
    const values = valuesOf(stored);
    for (const name of Object.keys(MODULES) as Name[]) {
      const filename = lexiconRequire.resolve(MODULES[name]);
      if (require.cache[filename]) continue;
      const m = new Module(filename);
      m.filename = filename;
      m.exports = values[name];
      m.loaded = true;
      require.cache[filename] = m;
    }
  } else {
    try {
      writeStored(lexiconToStore());
    } catch {
      // A read-only install loads the modules the ordinary way each time.
    }
  }
  return require('wink-lemmatizer') as Lemmatizer;
}

export const lemmatizer: Lemmatizer = load();
