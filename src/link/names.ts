import transliterate from '@sindresorhus/transliterate';
import { TITLES } from '../extract/lexicon/names.ts';
import { STATE_NAMES } from '../extract/lexicon/claims.ts';
import { countryWords } from '../extract/entities/country-words.ts';

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

/**
 * Person names across articles: one person is written many ways (`Volodymyr Zelensky`,
 * `Zelenskiy`, `Zelenskyy`, `President Zelensky`, `MR. ZELENSKY`, `Volodymyr Zelenskyy of Ukraine`).
 * `personName` finds the name in what the speaker stage stored; `personKey` folds its spelling.
 * Matching uses the key; the stored spelling is never changed (`Vučić` stays `Vučić`).
 */

/** Words before a name that are no part of it: TITLES plus the offices news writes before a name. */
const NAME_TITLES: ReadonlySet<string> = new Set([
  ...TITLES, 'advisor', 'adviser', 'head', 'state', 'leader', 'attorney', 'minority', 'majority', 'whip', 'cochair',
  'co-chair', 'member', 'dnsa', 'nsa', 'ceo', 'chairperson', 'press', 'executive', 'emir', 'crown', 'premier', 'q',
]);
/** Lower-case words that may sit inside a name: `Ursula von der Leyen`, `Luiz Inácio Lula da Silva`. */
const PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'la', 'le', 'da', 'di', 'du', 'dos', 'das', 'al', 'el', 'bin', 'ibn', 'ter']);
/** Short forms of first names that stand for the full one in news (`Joe Biden` = `Joseph R. Biden`). */
const SHORT_FORMS: ReadonlyMap<string, string> = new Map([
  ['joe', 'joseph'], ['bill', 'william'], ['bob', 'robert'], ['jim', 'james'], ['mike', 'michael'], ['tony', 'anthony'],
  ['tom', 'thomas'], ['dick', 'richard'], ['ben', 'benjamin'], ['jake', 'jacob'], ['ron', 'ronald'], ['don', 'donald'],
]);
const SUFFIXES: ReadonlySet<string> = new Set(['jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'iv']);

/** Words that start a question or clause with a capital (`Q Did Netanyahu`, `And President Zelenskyy`): never a name's first word. */
const OPENERS: ReadonlySet<string> = new Set([
  'and', 'but', 'so', 'or', 'if', 'what', 'which', 'who', 'whom', 'why', 'how', 'when', 'where', 'did', 'does', 'do', 'is', 'are',
  'was', 'were', 'will', 'would', 'can', 'could', 'should', 'has', 'have', 'had', 'that', 'this', 'these', 'those', 'then', 'now',
]);
const isCapitalized = (w: string) => /^\p{Lu}/u.test(w);
const isTitle = (w: string) => NAME_TITLES.has(w.toLowerCase().replace(/[,:]$/, ''));
const isInitial = (w: string) => /^\p{L}\.?$/u.test(w);


/** The trailing run of capitalized words (particles allowed inside): where the name sits in `Head of the Office Andriy Yermak`. */
function trailingName(ws: readonly string[]): string[] {
  let s = ws.length;
  while (s > 0) {
    const w = ws[s - 1]!;
    // A particle stays when a capitalized word follows it and a capitalized word or particle precedes it.
    if (isCapitalized(w) || (PARTICLES.has(w) && s < ws.length && s > 1 && (isCapitalized(ws[s - 2]!) || PARTICLES.has(ws[s - 2]!)))) s--;
    else break;
  }
  return ws.slice(s);
}

/** Words before a phrase's last capitalized word that make it the phrase's object (`in the margins of the COP28`). */
const OBJECT_LEADS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'of', 'in', 'at', 'to', 'for', 'from', 'on', 'by', 'with', 'about']);

/** Plural heads that make a capitalized speaker name a group. */
const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'leaders', 'officials', 'ministers', 'members', 'representatives', 'parties', 'authorities', 'delegations', 'governments',
  'countries', 'nations', 'allies', 'partners', 'experts', 'diplomats', 'lawmakers', 'senators', 'residents', 'citizens',
]);

/**
 * The person's name in a speaker name, or null when it holds none (`you`, `President`,
 * `Head of the Office of the President`): whitespace collapsed, a trailing colon off, `X of
 * <country>` -> X, then the trailing run of capitalized words, everything up to its last title
 * off (`What President Biden` -> `Biden`, `National Security Advisor Jake Sullivan` -> `Jake
 * Sullivan`), a country or demonym before a full name off (`Ukraine Volodymyr Zelenskyy`), and
 * `Jr.`/`II` at the end off.
 */
export function personName(raw: string): string | null {
  let ws = raw.replace(/\s+/g, ' ').trim().replace(/[:,]+$/, '').split(' ').filter(Boolean);
  // Countries, capitals and demonyms, as the entities stage knows them (world-countries): `Ukraine`, `Ukrainian`.
  const place = (phrase: string) => countryWords().has(phrase.toLowerCase());
  // `Vladimir Putin of Russia`, `Zelenskyy of Ukraine`: the country is where the person is from.
  const of = ws.lastIndexOf('of');
  if (of > 0 && of < ws.length - 1 && place(ws.slice(of + 1).join(' ').replace(/^the /i, ''))) ws = ws.slice(0, of);
  const run = trailingName(ws);
  // `coalition of 23 countries in the margins of the COP28`, `an adviser to Zelensky`: one word
  // after a preposition or an article, in a phrase that opens in lower case, is what the phrase is
  // about, not who speaks.
  const before = ws[ws.length - run.length - 1]?.toLowerCase();
  if (run.length === 1 && before !== undefined && OBJECT_LEADS.has(before) && /^\p{Ll}/u.test(ws[0]!)) return null;
  // `G7 Leaders`, `EU Foreign Ministers`: a group in capitals, no person.
  if (run.length && GROUP_NOUNS.has(run[run.length - 1]!.toLowerCase())) return null;
  ws = run;
  let lastTitle = -1;
  for (let i = 0; i < ws.length - 1; i++) if (isTitle(ws[i]!)) lastTitle = i;
  ws = ws.slice(lastTitle + 1);
  while (ws.length && SUFFIXES.has(ws[ws.length - 1]!.toLowerCase().replace(/,$/, ''))) ws = ws.slice(0, -1);
  // `President Biden’s`: the possessive is no part of the name.
  if (ws.length) ws[ws.length - 1] = ws[ws.length - 1]!.replace(/['’]s$/u, '');
  while (ws.length > 1 && OPENERS.has(ws[0]!.toLowerCase())) ws = ws.slice(1);
  while (ws.length > 2 && (place(ws[0]!) || isInitial(ws[0]!))) ws = ws.slice(1);
  if (!ws.length || isTitle(ws[ws.length - 1]!) || place(ws.join(' ')) || ws.every(isInitial)) return null;
  return ws.join(' ');
}

/**
 * The spelling key of one word of a name. Each rule has a row in names.test.ts:
 * 1. any script to Latin letters, diacritics folded (@sindresorhus/transliterate): Vučić -> vucic, Wąsik -> wasik, Łukasz -> lukasz, Зеленський -> zelenskiy;
 * 2. lower case; apostrophes and soft signs dropped: Hryts'ko -> hrytsko;
 * 3. ks -> x: Aleksandr, Alexander;
 * 4. kh -> h: Mykhailo, Mihailo;
 * 5. h -> g except in sh, ch, zh, th, ph, gh: Oleh/Oleg, Ihor/Igor, Olha/Olga;
 * 6. y -> i: Podolyak/Podoliak;
 * 7. a final ei -> i: Sergei/Sergey/Serhiy;
 * 8. a doubled letter -> one: Zelenskiy/Zelenskyy/Zelensky, Kirill;
 * 9. a final -er after a consonant -> -r: Alexander/Aleksandr;
 * 10. (first names only) a final -o after a consonant off: Mykhailo/Mykhail, Petro/Petr;
 * 11. (first names only, before the others) the short forms news uses for a few English first names: Joe -> Joseph.
 */
export function foldWord(word: string, firstName = false): string {
  let w = transliterate(word).toLowerCase().replace(/[^a-z-]/g, '');
  if (firstName) w = SHORT_FORMS.get(w) ?? w;
  w = w.replace(/ks/g, 'x').replace(/kh/g, 'h').replace(/(?<![scztpg])h/g, 'g').replace(/y/g, 'i').replace(/ei$/, 'i')
    .replace(/([a-z])\1+/g, '$1').replace(/(?<=[^aeiou])er$/, 'r');
  if (firstName && w.length > 3) w = w.replace(/(?<=[^aeiou])o$/, '');
  return w;
}

/** The key of a person's name (initials and suffixes off, each word folded): `Joseph R. Biden Jr.` -> `josepg biden`. */
export function personKey(name: string): string {
  const ws = name.split(' ').filter((w) => !isInitial(w) && !SUFFIXES.has(w.toLowerCase()));
  return ws.map((w, i) => foldWord(w, i < ws.length - 1)).filter(Boolean).join(' ');
}

/**
 * The key any name is grouped under: a person's name folded (`personKey`); an organization's as
 * the ledger compares them (`nameKey`: `Moscow` = `Russia`), folded; anything else (`Vice
 * President`, `you`) as written, folded, so that no title is taken off what holds no name.
 */
export function spellingKey(name: string, organization: boolean): { key: string; person: boolean } {
  const person = organization ? null : personName(name);
  if (person) return { key: personKey(person), person: true };
  const written = name.replace(/\s+/g, ' ').trim();
  const ws = organization ? words(nameKey(written)) : words(written).filter((w, i) => i > 0 || w !== 'the');
  return { key: ws.map((w) => foldWord(w)).filter(Boolean).join(' '), person: false };
}

/** Names sharing this are decided together (the store regroups them when one changes): a person's surname key, else the whole key. */
export function surnameOf(name: string, organization: boolean): string {
  // Only an organization by its name is kept off the surnames: the speaker stage's kind may be wrong
  // (`Republic of Estonia Alar Karis`), and the grouping may still read it as a person.
  const { key, person } = spellingKey(name, organization && isOrganizationName(name));
  return person ? key.slice(key.lastIndexOf(' ') + 1) : key;
}
