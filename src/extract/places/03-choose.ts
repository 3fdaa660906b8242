import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import type { PlaceCandidate } from '../../model/context.ts';
import { CAPITALS_ONLY_COUNTRY_KEYS, GUARDED_PLACE_WORDS } from '../lexicon/places.ts';
import { actorCue, addresseeCue, placeCue } from './cues.ts';
import type { Mention } from './01-find-mentions.ts';
import type { ArticleContext } from './02-context.ts';
import type { Entry, Gazetteer } from './gazetteer.ts';

export interface Choice {
  /** More than one entry was weighed. */
  readonly ambiguous: boolean;
  readonly mention: Mention;
  readonly entry: Entry;
  readonly confidence: number;
  readonly alternatives: readonly PlaceCandidate[];
  readonly rule: string;
}

const MAX_ALTERNATIVES = 5;
/** Towns below this size need a place cue: most small-town names are also surnames or words. */
const SMALL_TOWN = 20_000;
const MIDDLE_TOWN = 50_000;
/**
 * Names the gazetteer has that are far more often something else: months and days (`March`,
 * Cambridgeshire), compass adjectives (`Western officials`, a province of Sri Lanka). Places only
 * when qualified (`March, England`) or, for regions, with a suffix (`Western Province`).
 */
const NEVER_ALONE: ReadonlySet<string> = new Set([
  'march', 'may', 'june', 'august', 'sunday', 'monday', 'friday', 'christmas', 'easter',
  'western', 'eastern', 'northern', 'southern', 'central', 'north', 'south', 'east', 'west', 'centre', 'center',
  // Institutions and common nouns that are also small towns (Congress, Arizona).
  'congress', 'senate', 'parliament', 'council', 'court', 'police', 'federal', 'vice', 'god', 'earth', 'post', 'poll',
  'alliance', 'union', 'king', 'queen', 'party', 'republic', 'state', 'nation', 'uptown', 'downtown', 'capitol',
]);
const ALL_CAPS = /^[A-Z]{2,}$/;

/**
 * Scores every entry a mention could be and keeps the best, or drops the mention.
 * score = size prior (population, capital) + the article's countries and their neighbours +
 * regions named + distance to places not in doubt + an explicit qualifier (`Paris, Texas`).
 */
export function choosePlaces(
  doc: Doc, gaz: Gazetteer, mentions: readonly Mention[], ctx: ArticleContext, withAlternatives = true, only?: (m: Mention) => boolean,
): Choice[] {
  const out: Choice[] = [];
  let totalCountry = 0;
  for (const v of ctx.countries.values()) totalCountry += v;
  // A name repeated with the same cues scores the same: most articles repeat their places.
  const memo = new Map<string, (Ranked | null | undefined)[]>();
  let local = localOf.get(mentions);
  if (!local) localOf.set(mentions, (local = sentenceCountries(doc, mentions)));
  // `Paris, Texas`: the entry that qualified the name before is what this mention is.
  let qualifying: Entry | null = null;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const forced = qualifying;
    qualifying = null;
    if (only && !only(m)) continue;
    if (CAPITALS_ONLY_COUNTRY_KEYS.has(m.key) && !/^[\p{Lu}.]+$/u.test(doc.tokens[m.first]!)) continue;
    const only1 = m.entries.length === 1 ? m.entries[0]! : null;
    if (!forced && only1 && (only1.kind === 'country' || only1.kind === 'landmark') && !CAPITALS_ONLY_COUNTRY_KEYS.has(m.key)) {
      // A country or a seat of power with no namesake: nothing to weigh.
      out.push({ ambiguous: false, mention: m, entry: only1, confidence: 0.99, alternatives: [], rule: 'places/only-entry' });
      continue;
    }
    const qualifier = qualifierAfter(doc, mentions, k);
    qualifying = qualifier;
    if (forced) {
      out.push({ ambiguous: m.entries.length > 1, mention: m, entry: forced, confidence: 0.95, alternatives: [], rule: 'places/qualifier' });
      continue;
    }
    const cue = placeCue(doc, m.first) || qualifier !== null;
    const actor = (actorCue(doc, m.nameEnd) && !(m.first > 0 && doc.lower[m.first - 1] === 'of')) || addresseeCue(doc, m.first);
    // Qualified names are rare and scored apart; the others by name and two flags.
    const slot = (m.regionSuffix ? 1 : 0) | (actor ? 2 : 0);
    const near = local[k]!;
    const memoKey = near ? `${m.key}\u0000${near}` : m.key;
    let slots = qualifier ? undefined : memo.get(memoKey);
    let ranked = slots?.[slot];
    if (ranked === undefined) {
      ranked = rank(m, ctx, totalCountry || 1, qualifier, gaz, actor, near);
      if (!qualifier) {
        if (!slots) memo.set(memoKey, (slots = [undefined, undefined, undefined, undefined]));
        slots[slot] = ranked;
      }
    }
    if (!ranked) continue;
    const { scored, sum } = ranked;
    const best = scored[0]!;
    const guarded = GUARDED_PLACE_WORDS.has(m.key);
    if (guarded && !cue && !actor && best.e.kind !== 'country') continue;
    if (NEVER_ALONE.has(m.key) && !qualifier && !m.regionSuffix) continue;
    // Dotted abbreviations are countries (`U.S.`, `U.K.`); `E.U.`, `U.N.`, `Nov.` are not towns.
    if (best.e.kind !== 'country' && doc.tokens[m.first]!.includes('.') && !/^St\.?$/.test(doc.tokens[m.first]!)) continue;
    // An acronym is an organization (`TASS`, `NATO`), not the town that shares its letters (Tass, Hungary).
    if (best.e.kind !== 'country' && ALL_CAPS.test(doc.tokens[m.first]!) && !ALL_CAPS.test(best.e.name)) continue;
    // Small towns need a place cue; a middle-sized one the article's country or a cue.
    if (best.e.kind === 'city' && best.e.population < SMALL_TOWN && !cue) continue;
    if (best.e.kind === 'city' && best.e.population < MIDDLE_TOWN && !cue && (!ctx.countries.has(best.e.country) || doc.tokPos[m.first] !== POS.PROPN)) continue;
    const share = Math.exp(best.s * 2) / sum;
    const confidence = Math.round(Math.min(0.99, share * (guarded ? 0.8 : 1) * (cue || best.e.kind !== 'city' ? 1 : 0.9)) * 100) / 100;
    if (withAlternatives && !ranked.alternatives) ranked.alternatives = alternativesOf(ranked);
    out.push({ ambiguous: scored.length > 1, mention: m, entry: best.e, confidence, alternatives: ranked.alternatives ?? [], rule: scored.length === 1 ? 'places/only-entry' : qualifier ? 'places/qualified' : 'places/context' });
  }
  return out;
}

interface Ranked {
  readonly scored: readonly { e: Entry; s: number }[];
  readonly sum: number;
  /** Made once per name and shared by its mentions. */
  alternatives?: readonly PlaceCandidate[];
}

function alternativesOf({ scored, sum }: Ranked): PlaceCandidate[] {
  return scored.slice(1, 1 + MAX_ALTERNATIVES).map(({ e, s }) => ({
    geonameId: e.geonameId, name: e.name, country: e.country, admin1: e.admin1, kind: e.kind, lat: e.lat, lon: e.lon,
    population: e.population, score: Math.round((Math.exp(s * 2) / sum) * 1000) / 1000,
  }));
}

/** Every entry the mention can be, best first, and the sum of exp(2 * score) for the confidence. */
function rank(m: Mention, ctx: ArticleContext, totalCountry: number, qualifier: Entry | null, gaz: Gazetteer, actor: boolean, near: string): Ranked | null {
  const entries = candidatesOf(m);
  if (!entries.length) return null;
  const scored = entries.map((e) => ({ e, s: score(e, ctx, totalCountry, qualifier, gaz, actor, m) + (near && e.kind !== 'country' && near.includes(e.country) ? SAME_SENTENCE : 0) }));
  if (scored.length > 1) scored.sort((a, b) => b.s - a.s || b.e.population - a.e.population);
  let sum = 0;
  for (const x of scored) sum += Math.exp(x.s * 2);
  return { scored, sum };
}

/** More than one entry fits the mention: the article's context decides. */
export const isAmbiguous = (m: Mention): boolean => m.entries.length > 1 && candidatesOf(m).length > 1;

/** With a region suffix only regions fit; without one, a region or country that shares its name with a town in it is the town (`Donetsk`, `Moscow`). */
const fitsOf = new WeakMap<Mention, readonly Entry[]>();

function candidatesOf(m: Mention): readonly Entry[] {
  if (m.entries.length === 1) return m.entries;
  let fits = fitsOf.get(m);
  if (!fits) fitsOf.set(m, (fits = fitCandidates(m)));
  return fits;
}

function fitCandidates(m: Mention): readonly Entry[] {
  if (m.regionSuffix) {
    const regions = m.entries.filter((e) => e.kind === 'region');
    if (regions.length) return regions;
  }
  const cities = m.entries.filter((e) => e.kind === 'city' && (e.rank >= 2 || e.population >= 50_000));
  // A region inside a country of the same name is the country (the State of Mexico, Mexico).
  const countries = m.entries.filter((e) => e.kind === 'country');
  const kept = m.entries.filter((e) => e.kind !== 'region' || !(cities.some((c) => c.country === e.country) || countries.some((c) => c.country === e.country)));
  // A country, or a state or province of a million people, is meant rather than a town of its name
  // elsewhere (China, Maine; Poland, Ohio; California, Maryland).
  const bigRegion = kept.some((e) => (e.kind === 'region' && e.population >= 1_000_000) || e.kind === 'country');
  return bigRegion ? kept.filter((e) => e.kind !== 'city' || e.population >= 100_000) : kept;
}

function score(e: Entry, ctx: ArticleContext, totalCountry: number, qualifier: Entry | null, gaz: Gazetteer, actor: boolean, m: Mention): number {
  let s: number;
  if (e.kind === 'country') s = 1.2;
  else if (e.kind === 'landmark') s = 1.5;
  else if (e.kind === 'region') s = Math.min(1.3, Math.log10(e.population + 10) / 6);
  // Capitals are known the world over: Paris is France's unless the article says otherwise.
  else s = Math.min(1.5, Math.log10(e.population + 10) / 4.5) + [0, 0.05, 0.3, 1][e.rank]!;
  // `Washington said`: a capital or a country speaks, not a town or a state of the same name.
  if (actor && (e.kind === 'country' || e.kind === 'landmark' || e.rank === 3)) s += 1.5;
  const mentioned = ctx.countries.get(e.country) ?? 0;
  s += 1.5 * Math.min(1, mentioned / Math.max(2, totalCountry * 0.3));
  if (!mentioned) for (const nb of gaz.neighbours.get(e.country) ?? []) if (ctx.countries.has(nb)) { s += 0.3; break; }
  if (e.admin1 && e.kind !== 'region') s += 0.6 * Math.min(1, ctx.regions.get(`${e.country}.${e.admin1}`) ?? 0);
  let near = 0;
  for (const a of ctx.anchors) {
    // 1,500 km is under 14 degrees of latitude: farther anchors add nothing.
    if (Math.abs(a.entry.lat - e.lat) > 14) continue;
    // Other mentions of the same name would only echo this one's first choice.
    if (a.mention.key === m.key) continue;
    const d = km(a.entry, e);
    near = Math.max(near, d < 150 ? 0.8 : d < 1500 ? 0.5 * (1 - d / 1500) : 0);
  }
  s += near;
  if (qualifier && e.kind !== 'country' && e.country === qualifier.country && (qualifier.kind === 'country' || qualifier.admin1 === e.admin1)) s += 4;
  return s;
}

const localOf = new WeakMap<readonly Mention[], string[]>();

/** A town or region not in doubt in the same sentence (`officials in Beirut said ... through Tripoli`). */
const SAME_SENTENCE = 0.8;
/** How many mentions either side in the sentence count as its neighbours. */
const SENTENCE_WINDOW = 8;

/**
 * Per mention, the countries of the other towns and regions in its sentence that are not in doubt,
 * as `LB,SY`; empty for most.
 */
function sentenceCountries(doc: Doc, mentions: readonly Mention[]): string[] {
  const out = new Array<string>(mentions.length).fill('');
  let from = 0;
  while (from < mentions.length) {
    const s = doc.tokSentence[mentions[from]!.first];
    let to = from + 1;
    while (to < mentions.length && doc.tokSentence[mentions[to]!.first] === s) to++;
    if (to - from > 1) {
      for (let k = from; k < to; k++) {
        const codes: string[] = [];
        // The nearest few in the sentence: a sentence of a thousand names stays linear.
        for (let j = Math.max(from, k - SENTENCE_WINDOW); j < Math.min(to, k + SENTENCE_WINDOW + 1); j++) {
          const other = mentions[j]!;
          if (j === k || other.key === mentions[k]!.key) continue;
          const fits = candidatesOf(other);
          // Towns and regions only: a country in the sentence is as often the attacker as the place (`Russia has focused its efforts on Pokrovsk`).
          const sure = fits.length === 1 && fits[0]!.kind !== 'country' ? fits[0]! : null;
          if (sure && !codes.includes(sure.country)) codes.push(sure.country);
        }
        out[k] = codes.sort().join(',');
      }
    }
    from = to;
  }
  return out;
}

/** Equirectangular distance in km: good enough to tell 100 km from 1,000. */
function km(a: Entry, b: Entry): number {
  const x = (b.lon - a.lon) * Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180));
  const y = b.lat - a.lat;
  return Math.sqrt(x * x + y * y) * 111.2;
}

/** `Paris, Texas`, `Georgia, the country`: the next mention after a comma, a region or country, qualifies this one. */
function qualifierAfter(doc: Doc, mentions: readonly Mention[], k: number): Entry | null {
  const m = mentions[k]!;
  const next = mentions[k + 1];
  if (!next || next.first !== m.end + 1 || doc.tokens[m.end] !== ',') return null;
  const q = next.entries.find((e) => e.kind === 'region' || e.kind === 'country');
  if (!q) return null;
  return m.entries.some((e) => e.country === q.country && e !== q) ? q : null;
}

