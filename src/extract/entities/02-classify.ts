import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import { span, type Span } from '../../model/span.ts';
import { isCapitalized, isVerbLike } from '../../analyze/lookup.ts';
import { ORG_WORDS, TITLES } from '../lexicon/names.ts';
import { EXTRA_ORG_WORDS, EXTRA_TITLES, ORG_APPOSITIVES, GENDERED_TITLES, KNOWN_ORGS, PLACE_PREPOSITIONS, PLACE_WORDS } from '../lexicon/titles-entities.ts';
import { startsRole } from '../speakers/find-source.ts';
import { roleFromApposition } from '../speakers/role.ts';
import { chainStart, nameAfterOrganization, nameAfterTitleChain } from '../speakers/title-chain.ts';
import { cueOf } from '../lexicon/cue-verbs.ts';
import { countryWords } from './country-words.ts';
import type { NameRun } from './01-names.ts';

/** A name mention, classified: person or organization, with the title before it and the role after it. */
export interface Candidate {
  /** Name tokens [ts, te), titles excluded. */
  readonly ts: number;
  readonly te: number;
  readonly kind: 'person' | 'organization' | 'unknown';
  /** Title or role before the name (`President`, `Newsmax foreign correspondent`, `NATO Secretary General`). */
  readonly title: Span | null;
  /** Role in an apposition after the name (`chief of the General Staff of the Armed Forces of Ukraine`). */
  readonly apposition: Span | null;
  readonly gender: 'male' | 'female' | null;
  readonly confidence: number;
  readonly rule: string;
}

export const isTitleWord = (l: string) => TITLES.has(l) || EXTRA_TITLES.has(l);
const isOrgWord = (l: string) => ORG_WORDS.has(l) || EXTRA_ORG_WORDS.has(l);
const isAcronym = (t: string) => /^[A-Z][A-Z0-9&]{1,6}$/.test(t);

/**
 * Splits each run into titles and a name and decides what it names:
 * - an organization when a head word says so (`Ministry`, `Forces`, `Staff`), when it is known
 *   by name (`NATO`, `Newsmax`, `the Kremlin`) or an acronym that is no country; nested ones are
 *   split (`General Staff` | `Armed Forces of Ukraine`);
 * - a person when a title stands before it (`President Donald Trump`), a role after it, or it has
 *   two name words or more and nothing says it is a place (a country, demonym or capital from
 *   world-countries, a place word such as `Oblast`, a place preposition before it without other
 *   evidence, a span the places stage found);
 * - `unknown` for one word without a title: kept only if it is the short name of a person.
 */
export function classify(doc: Doc, runs: readonly NameRun[], isPlace: (start: number, end: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const countries = countryWords();
  for (const run of runs) {
    const lowers = doc.lower.slice(run.ts, run.te);
    const key = lowers.join(' ');
    if (isPlace(doc.tokStart[run.ts]!, doc.tokEnd[run.te - 1]!) && !lowers.some(isOrgWord)) continue;
    if (countries.has(key) && !KNOWN_ORGS.has(key)) continue;
    // `President of Ukraine Volodymyr Zelenskyy`: a title chain, then the name.
    const chained = nameAfterTitleChain(doc, run.ts, run.te);
    if (chained >= 0) {
      out.push(person(doc, chained, run.te, span(doc.text, doc.tokStart[chainStart(doc, run.ts)]!, doc.tokEnd[chained - 1]!), doc.lower.slice(run.ts, chained), true));
      continue;
    }
    // `the Guardian Oleg Marchuk`, `School of Management Simon Harlow`: an organization, then a name.
    const afterOrg = nameAfterOrganization(doc, run.ts, run.te);
    if (afterOrg >= 0) {
      if (doc.lower.slice(run.ts, afterOrg).some(isOrgWord)) out.push(org(doc, run.ts, afterOrg, 'entities/organization'));
      out.push(person(doc, afterOrg, run.te, null, [], true));
      continue;
    }
    // A title inside the run, with a name after it: `NATO Secretary General Mark Rutte`, `Gen. Hnatov`.
    let lastTitle = -1;
    for (let k = run.te - 2; k >= run.ts; k--) {
      if (isTitleWord(doc.lower[k]!)) { lastTitle = k; break; }
    }
    const after = lastTitle >= 0 ? doc.lower.slice(lastTitle + 1, run.te) : [];
    if (lastTitle >= 0 && after.every((l) => !isOrgWord(l) && !isTitleWord(l) && !KNOWN_ORGS.has(l))) {
      let firstTitle = lastTitle;
      while (firstTitle > run.ts && isTitleWord(doc.lower[firstTitle - 1]!)) firstTitle--;
      if (firstTitle > run.ts) {
        const prefix = doc.lower.slice(run.ts, firstTitle);
        if (prefix.some(isOrgWord) || KNOWN_ORGS.has(prefix.join(' ')) || (prefix.length === 1 && isAcronym(doc.tokens[run.ts]!) && !countries.has(prefix[0]!))) {
          out.push(org(doc, run.ts, firstTitle, 'entities/title-prefix'));
        }
      }
      out.push(person(doc, lastTitle + 1, run.te, span(doc.text, doc.tokStart[chainStart(doc, run.ts)]!, doc.tokEnd[lastTitle]!), doc.lower.slice(run.ts, lastTitle + 1), true));
      continue;
    }
    // `the Interfax-Ukraine news agency`: a noun after the name says what it is.
    const namedAs = ORG_APPOSITIVES.has(doc.lower[run.te] ?? '') || (doc.lower[run.te] === 'news' && ORG_APPOSITIVES.has(doc.lower[run.te + 1] ?? ''));
    if (namedAs || KNOWN_ORGS.has(key) || lowers.some(isOrgWord) || (lowers.length === 1 && isAcronym(doc.tokens[run.ts]!) && !countries.has(key))) {
      // `59th Brigade`, `3rd Assault Brigade`: the ordinal is part of the unit's name.
      const from = run.ts > 0 && /^\d+(st|nd|rd|th)$/.test(doc.lower[run.ts - 1]!) && doc.tokSentence[run.ts - 1] === doc.tokSentence[run.ts] ? run.ts - 1 : run.ts;
      const parts = splitNested(doc, run.ts, run.te);
      if (from < run.ts && parts[0]![0] === run.ts) parts[0] = [from, parts[0]![1]];
      for (const [s, e] of parts) out.push(org(doc, s, e, 'entities/organization'));
      continue;
    }
    // A demonym or country before a name is not part of it (`Ukrainian commander Olena Kravets` aside, `Russian Vladimir Putin`).
    let ts = run.ts;
    while (ts < run.te - 1 && countries.has(doc.lower[ts]!)) ts++;
    const names = doc.lower.slice(ts, run.te);
    if (names.some((l) => PLACE_WORDS.has(l) || countries.has(l))) continue;
    const before = titleBefore(doc, ts);
    if (names.length === 1 && !before && ORG_APPOSITIVES.has(doc.lower[ts - 1] ?? '')) { out.push(org(doc, ts, run.te, 'entities/org-appositive')); continue; }
    if (names.length === 1) {
      out.push(before ? person(doc, ts, run.te, before.span, before.words, true) : { ts, te: run.te, kind: 'unknown', title: null, apposition: null, gender: null, confidence: 0.5, rule: 'entities/short-name' });
      continue;
    }
    const apposition = appositionAfter(doc, run.te);
    const evidence = before !== null || apposition !== null || actsAsSpeaker(doc, run.te);
    if (!evidence && PLACE_PREPOSITIONS.has(doc.lower[ts - 1] ?? '')) continue;
    out.push(person(doc, ts, run.te, before?.span ?? null, before?.words ?? [], evidence, apposition));
  }
  return out;
}

function org(doc: Doc, ts: number, te: number, rule: string): Candidate {
  return { ts, te, kind: 'organization', title: null, apposition: null, gender: null, confidence: 0.85, rule };
}

function person(doc: Doc, ts: number, te: number, title: Span | null, titleWords: readonly string[], evidence: boolean, apposition?: Span | null): Candidate {
  let gender: 'male' | 'female' | null = null;
  for (const w of titleWords) gender = GENDERED_TITLES.get(w) ?? gender;
  return {
    ts, te, kind: 'person', title, apposition: apposition === undefined ? appositionAfter(doc, te) : apposition, gender,
    confidence: evidence ? 0.9 : 0.65, rule: title ? 'entities/titled-name' : 'entities/name',
  };
}

/** `General Staff of the Armed Forces of Ukraine`: two organizations, where both sides of `of` have a head word. */
function splitNested(doc: Doc, ts: number, te: number): [number, number][] {
  const parts: [number, number][] = [];
  let s = ts;
  for (let k = ts + 1; k < te - 1; k++) {
    const l = doc.lower[k]!;
    if (l !== 'of' && l !== 'for') continue;
    const rs = doc.lower[k + 1] === 'the' ? k + 2 : k + 1;
    let rightHasOrg = false;
    for (let j = rs; j < te && doc.lower[j] !== 'of'; j++) rightHasOrg ||= isOrgWord(doc.lower[j]!);
    let leftHasOrg = false;
    for (let j = s; j < k; j++) leftHasOrg ||= isOrgWord(doc.lower[j]!);
    // `Engineers of the State Emergency Service`: people of an organization, the organization is the right side.
    if (!leftHasOrg && rightHasOrg) { s = rs; continue; }
    if (isOrgWord(doc.lower[k - 1]!) && rightHasOrg) { parts.push([s, k]); s = rs; }
  }
  parts.push([s, te]);
  return parts;
}

/**
 * The title or role right before a name, outside its run: `Newsmax foreign correspondent
 * Shelby Wilder`, `Kremlin spokesman Dmitry Peskov`: a title word right before the name,
 * widened over up to four nouns, adjectives and names before it.
 */
function titleBefore(doc: Doc, nameStart: number): { span: Span; words: string[] } | null {
  const k = nameStart - 1;
  if (k < 0 || doc.tokSentence[k] !== doc.tokSentence[nameStart] || !isTitleWord(doc.lower[k]!)) return null;
  let s = k;
  while (s - 1 >= 0 && k - s < 4 && doc.tokSentence[s - 1] === doc.tokSentence[k]) {
    const p = doc.tokPos[s - 1]!;
    if (!(p === POS.ADJ || p === POS.NOUN || p === POS.PROPN) && !isTitleWord(doc.lower[s - 1]!)) break;
    s--;
  }
  return { span: span(doc.text, doc.tokStart[s]!, doc.tokEnd[k]!), words: doc.lower.slice(s, k + 1) };
}

/** `Andrii Hnatov, chief of the General Staff of the Armed Forces of Ukraine, tells ...`: the role between the commas. */
function appositionAfter(doc: Doc, after: number): Span | null {
  if (doc.tokens[after] !== ',' || after + 1 >= doc.tokens.length || !startsRole(doc, after + 1)) return null;
  const lowerStart = !isCapitalized(doc.tokens[after + 1]!) || doc.tokPos[after + 1] === POS.DET;
  const limit = Math.min(doc.tokens.length, after + 26);
  for (let k = after + 1; k < limit; k++) {
    if (doc.tokSentence[k] !== doc.tokSentence[after]) return null;
    const t = doc.tokens[k]!;
    if (t === ',' || t === '.' || t === ';' || t === ':') {
      if (!lowerStart && !(t === ',' && isVerbLike(doc, k + 1))) return null;
      return roleFromApposition(doc, [after + 1, k]);
    }
  }
  return null;
}

/** A speech or belief verb right after the name (an adverb or two between): `Hnatov said`, `Wilder also asked`. */
function actsAsSpeaker(doc: Doc, after: number): boolean {
  for (let k = after; k < Math.min(doc.tokens.length, after + 3); k++) {
    if (isVerbLike(doc, k)) return cueOf(doc.lower[k]!) !== undefined;
    if (doc.tokPos[k] !== POS.ADV) return false;
  }
  return false;
}
