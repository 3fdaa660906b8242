import { TITLES } from '../extract/lexicon/names.ts';
import { STATE_NAMES } from '../extract/lexicon/claims.ts';

/**
 * Names as the ledger compares them: titles off (`Gen. Hnatov` -> `Hnatov`), `the` and possessives
 * off, a state's metonyms read as the state (`Moscow`, `the Kremlin`, `the Russian Federation` ->
 * Russia), demonyms inside organization names read as the country (`Russia's Defense Ministry` and
 * `the Russian Defense Ministry` are one name).
 */
const DEMONYMS: ReadonlyMap<string, string> = new Map([
  ['russian', 'russia'], ["russia's", 'russia'], ['russia’s', 'russia'], ['ukrainian', 'ukraine'], ["ukraine's", 'ukraine'], ['ukraine’s', 'ukraine'],
]);

/** Heads that make a name an organization whatever the sentence made of it. */
const ORG_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'staff', 'intelligence', 'forces', 'command', 'office', 'agency', 'army', 'government', 'service',
  'council', 'committee', 'kremlin', 'guard', 'administration', 'group', 'headquarters',
]);

/** Sides a name or role places a party on. */
const SIDE_WORDS: ReadonlyMap<string, string> = new Map([
  ['ukraine', 'Ukraine'], ['ukrainian', 'Ukraine'], ["ukraine's", 'Ukraine'], ['kyiv', 'Ukraine'], ["kyiv's", 'Ukraine'],
  ['russia', 'Russia'], ['russian', 'Russia'], ["russia's", 'Russia'], ['moscow', 'Russia'], ['kremlin', 'Russia'],
  ["moscow's", 'Russia'],
]);

export const words = (s: string) => s.toLowerCase().split(/\s+/).filter(Boolean);

/** The name without titles, `the`, or a trailing possessive, as written otherwise. */
export function bareName(name: string): string {
  const parts = name.trim().split(/\s+/);
  // `General Staff`, `Defense Ministry`: in an organization's name these words are not titles.
  const organization = parts.some((w) => ORG_HEADS.has(w.toLowerCase()));
  let s = 0;
  while (s < parts.length - 1 && ((!organization && TITLES.has(parts[s]!.toLowerCase())) || parts[s]!.toLowerCase() === 'the')) s++;
  const out = parts.slice(s);
  const last = out.length - 1;
  out[last] = out[last]!.replace(/['’]s$/, '');
  return out.join(' ');
}

const TITLE_WORDS: ReadonlyMap<string, string> = new Map([
  ['gen.', 'general'], ['gen', 'general'], ['col.', 'colonel'], ['col', 'colonel'], ['lt.', 'lieutenant'], ['maj.', 'major'],
  ['capt.', 'captain'], ['sgt.', 'sergeant'], ['adm.', 'admiral'], ['dr.', 'doctor'], ['dr', 'doctor'], ['gov.', 'governor'],
  ['sen.', 'senator'], ['prof.', 'professor'],
]);

/** The titles written before a name, spelled out: `Gen. Hnatov` -> [`general`]. */
export function titlesOf(name: string): string[] {
  const out: string[] = [];
  for (const w of words(name)) {
    if (!TITLES.has(w)) break;
    out.push(TITLE_WORDS.get(w) ?? w);
  }
  return out;
}

/** The key two names must share to be one identity. */
export function nameKey(name: string): string {
  const bare = bareName(name);
  const state = STATE_NAMES.get(bare.toLowerCase());
  if (state) return state.toLowerCase();
  return words(bare).map((w) => DEMONYMS.get(w) ?? w.replace(/['’]s$/, '')).join(' ');
}

export const slug = (key: string) => key.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');

/** The display name for a key: the state's own name for a metonym. */
export function displayName(name: string): string {
  const bare = bareName(name);
  return STATE_NAMES.get(bare.toLowerCase()) ?? bare;
}

export function isOrganizationName(name: string): boolean {
  const w = words(bareName(name));
  return w.length > 0 && (w.some((x) => ORG_HEADS.has(x)) || STATE_NAMES.has(w.join(' ')));
}

/** A description, not a name: `local officials`, `the military spokesman`. */
export function isDescription(name: string): boolean {
  const bare = bareName(name);
  return !/^\p{Lu}/u.test(bare) || /^\p{Lu}\p{Ll}*['’]s\s+\p{Ll}/u.test(bare);
}

export function sideOf(...texts: (string | null | undefined)[]): string | null {
  for (const t of texts) {
    if (!t) continue;
    for (const w of words(t)) {
      const side = SIDE_WORDS.get(w.replace(/[.,;:]$/, ''));
      if (side) return side;
    }
  }
  return null;
}

/** Content words of a role, for comparing two roles: `a spokesman for the Eastern Group` -> spokesman, eastern, group. */
const ROLE_STOP: ReadonlySet<string> = new Set(['a', 'an', 'the', 'of', 'for', 'in', 'at', 'and', 'to', 'on', 'its', 'his', 'her', "'s", 'with']);
export function roleWords(role: string): Set<string> {
  const out = new Set<string>();
  for (const w of words(role)) {
    const clean = w.replace(/['’]s$/, '').replace(/[^\p{L}\p{N}-]/gu, '');
    if (clean && !ROLE_STOP.has(clean)) out.add(clean);
  }
  return out;
}
