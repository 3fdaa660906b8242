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
/** Unknown words remembered with their type; past this, wink's own first-type-wins (bounded memory on endless input). */
const MAX_TYPED_WORDS = 1_000_000;
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
    // wink keeps the features of an unknown word from its first addition, the token type (word,
    // punctuation, symbol...) with them; but the tokenizer gives one text different types in
    // different pieces (U+0308 alone, or in "̈ne"), and POS tags read that type. So a word is
    // kept per (type, text): met again as another type, it gets a lexeme of its own, with features
    // computed from its text and this type, as a fresh process would compute them (issue 16 item 7:
    // a PolNeAR article's claim changed after the 628 articles before it).
    const hash = (m as { features: { lexeme: { hash: Record<string, number> } } }).features.lexeme.hash;
    const byType = new Map<string, unknown>();
    const firstType = new Map<string, number>();
    cache.add = (text, category) => {
      adding++;
      try {
        const known = hash[text];
        if ((known !== undefined && known < intrinsic) || firstType.size >= MAX_TYPED_WORDS) return add(text, category);
        const key = `${category}\u0000${text}`;
        const kept = byType.get(key);
        if (kept !== undefined) return kept;
        let index: unknown;
        if (known === undefined || firstType.get(text) === category) index = add(text, category);
        else {
          // Met before as another type (or as the lowercase normal of another word): hide that
          // lexeme while wink adds this one, then show it again.
          delete hash[text];
          try { index = add(text, category); } finally { hash[text] = known; }
        }
        if (!firstType.has(text)) firstType.set(text, category);
        const normal = text.toLowerCase();
        if (normal !== text && !firstType.has(normal)) firstType.set(normal, category);
        byType.set(key, index);
        return index;
      } finally { adding--; }
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
