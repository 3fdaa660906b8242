import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import { isCapitalized, isTitlePeriod } from '../../analyze/lookup.ts';

/** Tokens [start, end) of a noun phrase that can be a source, and where its apposition is. */
export interface SourcePhrase {
  readonly start: number;
  readonly end: number;
  /** `Andrii Hnatov, chief of the General Staff, said`: the tokens of the apposition. */
  readonly apposition: readonly [number, number] | null;
}

const NP_POS = new Set([POS.PROPN, POS.NOUN, POS.ADJ, POS.DET, POS.NUM]);
const MAX_NP = 10;
const MAX_APPOSITION = 25;

function isNpToken(doc: Doc, i: number): boolean {
  const p = doc.tokPos[i]!;
  if (NP_POS.has(p)) return true;
  const t = doc.lower[i]!;
  // Possessives and abbreviations inside names: `Ukraine's`, `Gen.`, `U.S.`
  if (t === "'s" || t === '’s') return true;
  if (t.length > 1 && t.endsWith('.') && isCapitalized(doc.tokens[i]!)) return true;
  // wink tags some surnames and title-case words as VERB/ADV; trust capitalization mid-sentence.
  return isCapitalized(doc.tokens[i]!) && i > doc.sentStartTok[doc.tokSentence[i]!]! && /\p{L}/u.test(doc.tokens[i]!);
}

/** `according to him`, `told her`: object pronouns that stand for a source or an addressee. */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'us', 'me']);

const isPronounSource = (t: string) => t === 'he' || t === 'she' || t === 'they' || t === 'we' || t === 'i' || t === 'it' || t === 'who';

/**
 * The noun phrase ending just before token `end` (exclusive), walking left: `the Kremlin`,
 * `Defense Minister Rustem Umerov`, `he`. A trailing `, apposition ,` is stepped over and reported.
 */
export function phraseEndingAt(doc: Doc, end: number, floor: number): SourcePhrase | null {
  let e = end;
  // Adverbs and auxiliaries between subject and cue: `he also said`, `officials have said`.
  for (let k = 0; k < 3 && e - 1 >= floor; k++) {
    const p = doc.tokPos[e - 1]!;
    if ((p === POS.ADV || p === POS.AUX || p === POS.PART) && !isCapitalized(doc.tokens[e - 1]!)) e--;
    else break;
  }
  e = skipTimeBefore(doc, e, floor);
  e = skipParenthesesBefore(doc, e, floor);
  if (e - 1 < floor) return null;
  let apposition: [number, number] | null = null;
  if (doc.tokens[e - 1] === ',') {
    // `NAME, ROLE, said`: find the comma that opens the apposition.
    let k = e - 2;
    const stop = Math.max(floor, e - 1 - MAX_APPOSITION);
    // Quoted names may sit inside the role (`commander of the "Stepovyi" group`): marks must pair up.
    let marks = 0;
    while (k >= stop && doc.tokens[k] !== ',') { if (isQuoteMark(doc.tokens[k]!)) marks++; k--; }
    if (k < stop || doc.tokens[k] !== ',' || marks % 2 !== 0) return null;
    apposition = [k + 1, e - 1];
    e = k;
  }
  const head = e - 1;
  if (head < floor) return null;
  if (doc.tokPos[head] === POS.PRON || isPronounSource(doc.lower[head]!)) {
    if (!isPronounSource(doc.lower[head]!)) return null;
    return apposition ? null : { start: head, end: e, apposition: null };
  }
  if (!isNpToken(doc, head) || doc.tokPos[head] === POS.DET || TIME_WORDS.has(doc.lower[head]!)) return null;
  let s = head;
  while (s - 1 >= floor && e - (s - 1) <= MAX_NP) {
    const prev = s - 1;
    if (TIME_WORDS.has(doc.lower[prev]!)) break;
    if (isNpToken(doc, prev)) { s = prev; continue; }
    // `Maj. Gen. Olena Kravets`, where the tokenizer split `Maj` from its period.
    if (prev - 1 >= floor && isTitlePeriod(doc, prev)) { s = prev - 1; continue; }
    // `General Staff of the Armed Forces`: `of` (and `of the`) joins two capitalized parts.
    const joined = isCapitalized(doc.tokens[s]!) || (doc.lower[s] === 'the' && s + 1 < e && isCapitalized(doc.tokens[s + 1]!));
    if (doc.lower[prev] === 'of' && prev - 1 >= floor && isCapitalized(doc.tokens[prev - 1]!) && joined) { s = prev; continue; }
    break;
  }
  // A phrase after a preposition is its object, not a subject: `in Florida said` has no source.
  if (s - 1 >= floor && doc.tokPos[s - 1] === POS.ADP && PLACE_PREPOSITIONS.has(doc.lower[s - 1]!)) return null;
  return { start: s, end: e, apposition };
}

/** Words of time that sit between a subject and its verb: `Trump on Friday said`, `officials this week warned`. */
const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year', 'weekend', 'earlier', 'later', 'recently',
]);
export const isTimeWord = (lower: string) => TIME_WORDS.has(lower);
const TIME_LEAD: ReadonlySet<string> = new Set(['on', 'this', 'last', 'late', 'early', 'in', 'at', 'that', 'next', 'the']);

/** `Rep. Gwen Moore (D-Wis.) said`: the parenthesis belongs to the name, not between name and verb. */
function skipParenthesesBefore(doc: Doc, end: number, floor: number): number {
  if (end - 1 < floor || doc.tokens[end - 1] !== ')') return end;
  for (let k = end - 2; k >= floor && k >= end - 8; k--) if (doc.tokens[k] === '(') return k;
  return end;
}

function skipTimeBefore(doc: Doc, end: number, floor: number): number {
  let e = end;
  if (e - 1 >= floor && TIME_WORDS.has(doc.lower[e - 1]!)) {
    e--;
    while (e - 1 >= floor && TIME_LEAD.has(doc.lower[e - 1]!)) e--;
  }
  return e;
}

/** The noun phrase starting at token `start`, walking right: `said Hnatov`, `told Newsmax`. */
export function phraseStartingAt(doc: Doc, start: number, limit: number): SourcePhrase | null {
  const ceiling = Math.min(limit, doc.tokens.length);
  if (start >= ceiling) return null;
  const first = doc.lower[start]!;
  if ((isPronounSource(first) && first !== 'it' && first !== 'who') || OBJECT_PRONOUNS.has(first)) {
    return { start, end: start + 1, apposition: null };
  }
  let e = start;
  while (e < ceiling && e - start < MAX_NP) {
    if (TIME_WORDS.has(doc.lower[e]!)) break;
    // `told the Ledger the buses had stopped`: a second determiner starts the next phrase.
    if (e > start && doc.tokPos[e] === POS.DET && doc.lower[e - 1] !== 'of') break;
    if (isNpToken(doc, e)) { e++; continue; }
    if (doc.lower[e] === 'of' && e > start && e + 1 < ceiling && isCapitalized(doc.tokens[e - 1]!)
      && (isCapitalized(doc.tokens[e + 1]!) || doc.lower[e + 1] === 'the')) { e++; continue; }
    break;
  }
  // Trailing determiners or possessive markers do not end a phrase.
  while (e > start && (doc.tokPos[e - 1] === POS.DET || doc.lower[e - 1] === "'s")) e--;
  if (e === start) return null;
  let apposition: [number, number] | null = null;
  if (doc.tokens[e] === ',' && e + 1 < ceiling) {
    let k = e + 1;
    const stop = Math.min(ceiling, e + 1 + MAX_APPOSITION);
    while (k < stop && doc.tokens[k] !== ',' && doc.tokens[k] !== '.' && !isQuoteMark(doc.tokens[k]!)) k++;
    if (k > e + 1 && k < stop && startsRole(doc, e + 1)) apposition = [e + 1, k];
  }
  return { start, end: e, apposition };
}

/** An apposition that names a role starts lowercase or with a title-like word: `chief of`, `a spokesman`. */
export function startsRole(doc: Doc, i: number): boolean {
  const p = doc.tokPos[i]!;
  return p === POS.DET || ((p === POS.NOUN || p === POS.ADJ) && !isCapitalized(doc.tokens[i]!)) || p === POS.PROPN;
}

export const isQuoteMark = (t: string) => t === '"' || t === '“' || t === '”' || t === '«' || t === '»' || t === '„' || t === "''" || t === '``';

/** `in Florida said`, `at the rally said`: a place or occasion, not the one who speaks. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'during', 'from', 'into', 'near']);
