import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { EXTRA_COUNTRY_NAMES, EXTRA_DEMONYMS, EXTRA_REGIONS } from '../lexicon/places.ts';

/**
 * Country names, official names, alternative spellings, capitals and demonyms from the
 * world-countries package, lowercased: words that name places and peoples, never a person or
 * an organization of ours (the places stage geocodes them). Built once, on first use; the
 * package's data is read then and not kept, and the spellings news uses that it lacks come from
 * the places lexicon, so both stages know the same names.
 */
let placeNames: Set<string> | null = null;

export function countryWords(): ReadonlySet<string> {
  if (placeNames) return placeNames;
  // The package's ESM entry is not what Node resolves (it has no `exports`); its JSON is the data.
  const countries = createRequire(import.meta.url)('world-countries/countries.json') as Country[];
  const out = new Set<string>();
  const add = (s: string | undefined) => { if (s && s.length > 1) out.add(s.toLowerCase()); };
  for (const c of countries) {
    add(c.name.common);
    add(c.name.official);
    for (const a of c.altSpellings) if (a.length > 3 || /[a-z]/.test(a)) add(a);
    for (const cap of c.capital ?? []) add(cap);
    const eng = c.demonyms?.eng;
    if (eng) { add(eng.m); add(eng.f); }
  }
  for (const k of [...Object.keys(EXTRA_COUNTRY_NAMES), ...Object.keys(EXTRA_DEMONYMS)]) add(k);
  for (const r of EXTRA_REGIONS) for (const k of r.keys) add(k);
  // Continents, regions and plural peoples, which neither the package nor the places lexicon lists as names.
  for (const s of ['africa', 'europe', 'asia', 'oceania', 'antarctica', 'middle east', 'balkans', 'caucasus', 'scandinavia', 'latin america']) out.add(s);
  for (const s of ['u.s.', 'u.k.', 'kyiv', 'kiev', 'russians', 'ukrainians', 'americans', 'europeans', 'european', 'western', 'crimea']) out.add(s);
  placeNames = out;
  return out;
}
