import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * wink-nlp adds every unknown word it meets to its lexicon, and its tokenizer then trusts that
 * lexicon: "Clinton’s" is split in a fresh process but kept whole after an article where it once
 * stood alone, and POS tags shift with it. The same article must give the same extraction
 * whatever was read before it, so wink's lexicon lookup is wrapped to answer only for the words
 * the model ships with. Unknown words still get their features computed from their own text.
 *
 * This must run before wink-nlp is first loaded: it swaps the cache factory in Node's module
 * cache, which wink-nlp's `require('./cache.js')` then receives.
 */
type Lookup = (text: string) => number[] | null;
interface WinkCache { lookup: Lookup; add: (text: string, category: number) => unknown; intrinsicSize: () => number }
type CacheFactory = (model: unknown, featureFn: unknown) => WinkCache;

const require = createRequire(import.meta.url);
const cachePath = join(dirname(require.resolve('wink-nlp')), 'cache.js');
const original = require(cachePath) as CacheFactory;
const entry = require.cache[cachePath];
if (entry && !(original as { deterministic?: boolean }).deterministic) {
  const factory: CacheFactory & { deterministic?: boolean } = (m, featureFn) => {
    const cache = original(m, featureFn);
    const intrinsic = cache.intrinsicSize();
    const lookup = cache.lookup;
    const add = cache.add;
    // The model's own feature functions look up words while a new one is added; they need the
    // whole lexicon. Only the tokenizer's questions ("is this a known word?") are narrowed.
    let adding = 0;
    cache.add = (text, category) => {
      adding++;
      try { return add(text, category); } finally { adding--; }
    };
    cache.lookup = (text) => {
      const found = lookup(text);
      return adding === 0 && found !== null && found.length === 1 && found[0]! >= intrinsic ? null : found;
    };
    return cache;
  };
  factory.deterministic = true;
  entry.exports = factory;
}
