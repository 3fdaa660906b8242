import type { Doc } from '../../model/doc.ts';

/**
 * The one key every name is looked up by: no accents, no apostrophes, hyphens and dots as spaces,
 * lower case, `st`/`st.` read as `saint`. `Kramators’k` and `Kramatorsk`, `St. Petersburg` and
 * `Saint Petersburg`, `Rostov-on-Don` and `Rostov on Don` meet on one key.
 */
export function normalizeName(name: string): string {
  const plain = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/['’ʼ`‘]/g, '')
    .replace(/\./g, '').replace(/[-‐‑–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.startsWith('st ') ? 'saint ' + plain.slice(3) : plain === 'st' ? 'saint' : plain;
}

const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;
const PLAIN = /^[A-Za-z ]*$/;

/** The lookup key of tokens [first, end) of a Doc, from the text between them; memoized, plain ASCII takes a fast path. */
export function nameKey(doc: Doc, first: number, end: number): string {
  if (end - first === 1 && isPlainWord(doc.tokens[first]!)) return doc.lower[first]!;
  const raw = doc.text.slice(doc.tokStart[first]!, doc.tokEnd[end - 1]!);
  if (PLAIN.test(raw) && !raw.includes('  ') && !raw.startsWith('St')) return raw.toLowerCase();
  let key = cache.get(raw);
  if (key === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    key = normalizeName(raw);
    cache.set(raw, key);
  }
  return key;
}

/** ASCII letters only, and not `St`: the lowercased token is already the key. */
function isPlainWord(t: string): boolean {
  if (t === 'St') return false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return false;
  }
  return true;
}
