import { createRequire } from 'node:module';
import type { Country } from 'world-countries';

// The package's ESM entry is not what Node resolves (it has no `exports`); its JSON is the data.
const countries = createRequire(import.meta.url)('world-countries/countries.json') as Country[];

/**
 * Country names, official names, alternative spellings, capitals and demonyms from the
 * world-countries package, lowercased: words that name places and peoples, never a person or
 * an organization of ours (the places stage geocodes them). Built once, on first use.
 */
let placeNames: Set<string> | null = null;

export function countryWords(): ReadonlySet<string> {
  if (placeNames) return placeNames;
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
  // Spellings news uses that the package does not list.
  // Continents and regions, which world-countries does not list as names.
  for (const s of ['africa', 'europe', 'asia', 'oceania', 'antarctica', 'middle east', 'balkans', 'caucasus', 'scandinavia', 'latin america']) out.add(s);
  for (const s of ['u.s.', 'us', 'usa', 'america', 'britain', 'great britain', 'uk', 'u.k.', 'kyiv', 'kiev', 'russians', 'ukrainians', 'americans', 'europeans', 'european', 'western', 'soviet', 'crimea', 'donbas', 'donbass']) out.add(s);
  placeNames = out;
  return out;
}
