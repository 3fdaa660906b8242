import { POS, type Doc } from '../../model/doc.ts';
import { isCapitalized } from '../../analyze/lookup.ts';
import { ORG_WORDS, TITLES } from '../lexicon/names.ts';
import { EXTRA_ORG_WORDS, EXTRA_TITLES, NAME_PARTICLES, PLACE_WORDS } from '../lexicon/titles-entities.ts';
import { genderOfFirstName } from '../lexicon/first-names.ts';
import { countryWords } from '../entities/country-words.ts';

/** Words that tie the parts of a title chain: `Head of the Office of the President of Ukraine`. */
const CHAIN_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'for', 'to', 'and', '-', '–', "'s", '’s', 'on']);

const isTitleWord = (l: string) => TITLES.has(l) || EXTRA_TITLES.has(l);
const isOrgWord = (l: string) => ORG_WORDS.has(l) || EXTRA_ORG_WORDS.has(l);

/**
 * A person's name at the end of a title chain, as official texts write it:
 * `President of Ukraine Volodymyr Zelenskyy`, `Head of the Office of the President of Ukraine
 * Andriy Yermak`, `Minister of Education and Science Serhiy Shkarlet`. Returns the token where the
 * name starts in the run [ts, te), or -1 when the run is not a title chain ending in a name.
 *
 * The name is the trailing block of capitalized words that are no title, organization, country or
 * tie word; when that block is longer than two, it starts at its first known first name
 * (`Science Serhiy Shkarlet`). The chain before it must hold a title word, so an organization
 * (`Ministry of Defence of Ukraine`) or a place is never read as a person.
 */
export function nameAfterTitleChain(doc: Doc, ts: number, te: number): number {
  if (te - ts < 3) return -1;
  const countries = countryWords();
  let ns = te;
  while (ns > ts) {
    const l = doc.lower[ns - 1]!;
    const glued = l === '-' && doc.tokEnd[ns - 2] === doc.tokStart[ns - 1] && doc.tokEnd[ns - 1] === doc.tokStart[ns];
    const particle = (NAME_PARTICLES.has(l) || glued) && ns < te;
    if (!particle && (!isCapitalized(doc.tokens[ns - 1]!) || CHAIN_WORDS.has(l) || isTitleWord(l) || isOrgWord(l) || countries.has(l))) break;
    ns--;
  }
  ns = pastCountryName(doc, countries, ts, ns, te);
  // The whole run a block of capitals: a name only when the chain began before the run
  // (`Deputy Prime Minister for European and | Euro-Atlantic Integration Olga Kovalenko`) and a
  // first name or a topic word says where the name starts.
  // `Prime Minister of the United Kingdom`, `Governor of the Khabarovsk Territory`, `Head of the
  // Kharkiv RMA` with no name after them: a country, a place or an acronym ends no name.
  const last = doc.tokens[te - 1]!;
  if (countries.has(doc.lower.slice(ns, te).join(' ')) || PLACE_WORDS.has(doc.lower[te - 1]!) || (/^\p{Lu}{2,}$/u.test(last) && genderOfFirstName(doc.lower[ns]!) === null)) return -1;
  const cutOff = ns === ts;
  if (te - ns < 2 || (cutOff && (te - ns < 3 || !titledBefore(doc, ts)))) return -1;
  let start = ns;
  if (te - ns > 2) {
    start = -1;
    for (let k = ns; k < te - 1 && start < 0; k++) if (genderOfFirstName(doc.lower[k]!) !== null) start = k;
    // No first name we know: the name starts after the chain's last topic word (`Refugee and
    // Migrant Response | Afshan Khan`), else it is the whole block when short enough to be a name
    // (`Abdel Fattah el-Sisi`).
    if (start < 0) for (let k = te - 3; k >= ns && start < 0; k--) if (TOPIC_WORD.test(doc.lower[k]!)) start = k + 1;
    if (start < 0) start = te - ns <= 6 ? ns : -1;
    if (start < 0 || start === ts) return -1;
  }
  if (cutOff) return start;
  let titled = false;
  for (let k = ts; k < start && !titled; k++) titled = isTitleWord(doc.lower[k]!);
  return titled || titledBefore(doc, ts) ? start : -1;
}

/**
 * A person's name glued to the organization or subject before it, with no comma between:
 * `the Guardian | Oleg Marchuk said`, `School of Management | Simon Harlow`. Returns the token
 * where the name starts in the run [ts, te), or -1. The name is the run's last two or three words,
 * starting at a known first name, and the word before it is an organization's head or a topic
 * word (`Management`, `Affairs`), never a tie (`Church of | Jesus Christ` stays one name).
 */
export function nameAfterOrganization(doc: Doc, ts: number, te: number): number {
  for (let k = Math.max(ts + 1, te - 3); k <= te - 2; k++) {
    if (genderOfFirstName(doc.lower[k]!) === null || !isCapitalized(doc.tokens[k]!)) continue;
    const before = doc.lower[k - 1]!;
    if (!isOrgWord(before) && !TOPIC_WORD.test(before)) continue;
    let plain = true;
    for (let j = k; j < te && plain; j++) plain = isCapitalized(doc.tokens[j]!) && !CHAIN_WORDS.has(doc.lower[j]!) && !isOrgWord(doc.lower[j]!) && !isTitleWord(doc.lower[j]!);
    if (plain) return k;
  }
  return -1;
}

/**
 * Words that end the subject of a title and never begin a name: `Affairs`, `Integration`,
 * `Response`, `Rehabilitation`, `Development`, `Policy` (`Minister for Veterans Affairs`).
 */
const TOPIC_WORD = /^(?:\p{L}+(?:tion|sion|ment|ance|ence|ity|ism|ics|ogy)|affairs|response|policy|security|relations|trade|health|justice|culture|sports?|energy|economy|education|science|transport|infrastructure|agriculture|veterans|youth|finance|defen[cs]e)$/u;

/**
 * The block's first words may close a country's name that began before it (`of the United |
 * Kingdom Boris Johnson`: `United` is an organization word, and `Kingdom` is in the first-name
 * list): the name starts after the country.
 */
function pastCountryName(doc: Doc, countries: ReadonlySet<string>, ts: number, ns: number, te: number): number {
  let start = ns;
  for (let k = Math.max(ts, ns - 3); k <= ns; k++) {
    let phrase = '';
    for (let j = k; j < Math.min(te - 1, k + 4); j++) {
      phrase = phrase ? `${phrase} ${doc.lower[j]!}` : doc.lower[j]!;
      if (j >= ns && j > k && countries.has(phrase)) start = Math.max(start, j + 1);
    }
  }
  return start;
}

/** The chain began before the run (`President of the | European Commission Ursula von der Leyen`). */
function titledBefore(doc: Doc, ts: number): boolean {
  const sentence = doc.tokSentence[ts];
  for (let k = ts - 1; k >= 0 && k >= ts - 10 && doc.tokSentence[k] === sentence; k--) {
    const l = doc.lower[k]!;
    if (isTitleWord(l) && (isCapitalized(doc.tokens[k]!) || lowercaseTitleTies(doc, k))) return true;
    if (!CHAIN_WORDS.has(l) && !isCapitalized(doc.tokens[k]!)) return false;
  }
  return false;
}

/** `mayor of | Melitopol Ivan Fedorov`: a lowercase title tied by `of`/`for` right to the run. */
const lowercaseTitleTies = (doc: Doc, k: number) => (doc.lower[k + 1] === 'of' || doc.lower[k + 1] === 'for') && !isCapitalized(doc.tokens[k]!);

/** How far back (in tokens) a title chain cut off from its name run may begin. */
const CHAIN_REACH = 12;

/**
 * Where the title of a name run begins when the run was cut at a tie word and its title chain
 * began before it: `Minister for | Reintegration of the Temporarily Occupied Territories Iryna
 * Vereshchuk`, `Head of the President's | Office Andriy Yermak`, `Economic Adviser to the |
 * President Oleg Ustenko`, `Minister of Education and | Science Serhiy Shkarlet`. Returns the first
 * capitalized word of that chain, or `ts` when none begins before the run: the words walked back
 * over (tie words, capitalized nouns, adjectives and names) must hold a title word, so a
 * possessive before a title (`Russia's | Defence Minister`) is no part of it. The walk stops at a
 * name (a known first name followed by a capital: `Mario Draghi and | Defence Minister`) and at
 * `and` before a title (`President X and | Minister Y`): that is another person.
 * Both the speaker stage's people and the entities stage read a role through it, so a role is
 * never the tail of its title (`Office`, `Reintegration of ...`, `President`).
 */
export function chainStart(doc: Doc, ts: number): number {
  if (ts === 0 || !CHAIN_WORDS.has(doc.lower[ts - 1]!)) return ts;
  const sentence = doc.tokSentence[ts];
  let start = ts;
  let titled = false;
  for (let k = ts - 1; k >= 0 && k >= ts - CHAIN_REACH && doc.tokSentence[k] === sentence; k--) {
    const l = doc.lower[k]!;
    if (CHAIN_WORDS.has(l)) {
      if ((l === 'and' && isTitleWord(doc.lower[k + 1]!)) || l === '-' || l === '–') break;
      continue;
    }
    const p = doc.tokPos[k]!;
    if (isTitleWord(l) && lowercaseTitleTies(doc, k)) { start = k; titled = true; break; }
    if (!isCapitalized(doc.tokens[k]!) || !(p === POS.NOUN || p === POS.PROPN || p === POS.ADJ || isTitleWord(l))) break;
    if (!isTitleWord(l) && genderOfFirstName(l) !== null && isCapitalized(doc.tokens[k + 1]!) && !CHAIN_WORDS.has(doc.lower[k + 1]!)) break;
    start = k;
    titled ||= isTitleWord(l);
  }
  return titled ? start : ts;
}

/** A capitalized title opening a sentence (`President of Ukraine ...`) is part of a name run. */
export const opensTitleChain = (doc: Doc, i: number) => isTitleWord(doc.lower[i]!) && isCapitalized(doc.tokens[i]!);
