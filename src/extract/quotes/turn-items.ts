import { type Doc, POS } from '../../model/doc.ts';
import { isQuoteMark } from '../speakers/find-source.ts';
import { genderOfFirstName } from '../lexicon/first-names.ts';
import { isAside, noClaimIn, PERFECT } from './turn-claims.ts';

/** Step 7's items of a transcript turn: the whole of a short turn, else each sentence of it that makes a checkable claim. */

/** A turn shorter than this (in characters) is one item (ANNOTATION.md). */
const ONE_ITEM_TURN = 400;

/** One range for a short turn; else one per sentence that makes a checkable claim. */
export function itemsOfTurn(doc: Doc, start: number, end: number): [number, number][] {
  if (doc.tokEnd[end - 1]! - doc.tokStart[start]! < ONE_ITEM_TURN) return isAside(doc, start, end) ? [] : [[start, end]];
  const out: [number, number][] = [];
  for (let s = doc.tokSentence[start]!; s < doc.sentStartTok.length && doc.sentStartTok[s]! < end; s++) {
    const ss = Math.max(start, doc.sentStartTok[s]!);
    const se = Math.min(end, doc.sentEndTok[s]!);
    if (se > ss && checkable(doc, ss, se)) out.push([ss, se]);
  }
  return out;
}

const GREETING_START = new Set(['thank', 'thanks', 'hello', 'hi', 'welcome', 'goodbye', 'good', 'colleagues', 'friends', 'dear', 'ladies', 'okay', 'ok', 'yes', 'no', 'sure', 'right', 'well', 'please', 'all', 'congratulations', 'great']);

const CLAIM_VERBS = new Set([
  'killed', 'attacked', 'destroyed', 'launched', 'sent', 'provided', 'announced', 'signed', 'agreed', 'approved', 'increased',
  'decreased', 'captured', 'seized', 'struck', 'invaded', 'violated', 'supplied', 'delivered', 'imposed', 'deployed', 'committed',
  'lost', 'won', 'shelled', 'bombed', 'died', 'wounded', 'evacuated', 'fired', 'shot', 'occupied', 'liberated', 'withdrew',
  'allocated', 'transferred', 'received', 'banned', 'sanctioned', 'blocked', 'rejected', 'refused', 'denied', 'confirmed',
]);

/**
 * A sentence with a figure, a name or a claim verb; not a greeting, thanks or a question, and
 * not a verbless list item (`Second, the Middle East.`). Words that open a spoken sentence
 * (`And`, `So`, `Well,`) and a vocative (`Mr. Prime Minister,`, `Olaf,`) are looked past: the
 * greeting is what follows them, and a vocative's name is no name the sentence is about.
 */
export function checkable(doc: Doc, ss: number, se: number): boolean {
  let first = ss;
  while (first < se && isQuoteMark(doc.tokens[first]!)) first++;
  let words = 0;
  for (let k = first; k < se; k++) if (/\p{L}/u.test(doc.tokens[k]!)) words++;
  if (words < 4) return false;
  const [lead, vocativeEnd] = leadOf(doc, first, se);
  if (GREETING_START.has(doc.lower[lead]!)) return false;
  // Opinions, appeals, pledges, hopes, what was discussed: no checkable claim (turn-claims.ts).
  if (noClaimIn(doc, lead, se) !== null) return false;
  let last = se - 1;
  while (last > first && isQuoteMark(doc.tokens[last]!)) last--;
  if (doc.tokens[last] === '?') return false;
  let verb = false;
  for (let k = first; k < se; k++) {
    const l = doc.lower[k]!;
    // `I want to thank you`, `I really appreciate ...`: thanks wherever they stand.
    if (l === 'thank' || (l === 'thanks' && doc.lower[k + 1] === 'for') || l === 'appreciate') return false;
    // wink tags some participles as adjectives (`informed`): an -ed or -ing word counts too.
    if (doc.tokPos[k] === POS.VERB || doc.tokPos[k] === POS.AUX || /^[’']|\p{L}(?:ed|ing)$/u.test(doc.tokens[k]!)) verb = true;
  }
  // wink tags too many verbs as nouns (`fall`, `respect`) to ask a long sentence for one.
  if (!verb && words <= 8) return false;
  for (let k = first; k < se; k++) {
    if (doc.tokPos[k] === POS.NUM || /\d/.test(doc.tokens[k]!)) return true;
    // A name: a capitalized word inside the sentence (wink's PROPN alone also tags `don’t`), not the vocative's.
    if (k > first && k >= vocativeEnd
      && /^\p{Lu}/u.test(doc.tokens[k]!) && !/^(?:I(?:['’]\p{L}*)?|God)$/u.test(doc.tokens[k]!) && !isQuoteMark(doc.tokens[k - 1]!) && (doc.tokPos[k] === POS.PROPN || doc.tokPos[k] === POS.NOUN || doc.tokPos[k] === POS.ADJ)) return true;
    if (CLAIM_VERBS.has(doc.lower[k]!)) return true;
  }
  return reportsPastDeed(doc, lead, se);
}

/** Subjects of a reported deed; `I` (`I listened to it`) and `it` (`It's made a world of difference`) tell experience and judgement. */
const DEED_SUBJECTS = new Set(['we', 'they', 'you', 'he', 'she']);
/** Past forms and participles of deeds that are not `-ed` (dates/words.ts's IRREGULAR_PAST tells time, not deeds). */
const DEED_PAST = new Set(['made', 'did', 'done', 'gave', 'given', 'took', 'taken', 'sent', 'brought', 'built', 'put', 'went', 'gone', 'came', 'told', 'held', 'kept', 'left', 'lost', 'met', 'paid', 'sold', 'spent', 'stood', 'won', 'wrote', 'written']);

/**
 * `And we made it clear that ...`, `You've stepped up to provide ...`, `They failed again`: the
 * sentence's own subject (its first word past openers and a vocative) did something, in the past
 * tense or the perfect. Not a subordinate clause's (`what they've done ...`, `Honor the deal we made`).
 */
function reportsPastDeed(doc: Doc, lead: number, se: number): boolean {
  if (!DEED_SUBJECTS.has(doc.lower[lead]!)) return false;
  let j = lead + 1;
  while (j < se && doc.tokPos[j] === POS.ADV) j++;
  if (PERFECT.has(doc.lower[j]!) || doc.lower[j] === "'s" || doc.lower[j] === '’s') j++;
  while (j < se && doc.tokPos[j] === POS.ADV) j++;
  const w = doc.lower[j] ?? '';
  // `-ed`, not `need`.
  return DEED_PAST.has(w) || (/\p{L}ed$/u.test(w) && !w.endsWith('eed') && doc.tokPos[j] === POS.VERB);
}

/** Words that open a spoken sentence without saying anything: `And`, `So, ...`, `Well, ...`. */
const OPENERS = new Set(['and', 'so', 'but', 'well', 'now', 'also', 'again', 'look', 'listen', 'anyway', 'okay', 'ok', 'oh']);

const VOCATIVE_TITLES = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'madam', 'sir', 'dear', 'prime', 'minister', 'president', 'chancellor', 'secretary', 'general', 'excellency', 'colleagues', 'friends', 'ladies', 'gentlemen']);

/**
 * The first word that says something, past openers and a vocative, and where the vocative ends
 * (0 when there is none): `And, Mr. Prime Minister, welcome.` -> `welcome`.
 */
function leadOf(doc: Doc, first: number, se: number): [number, number] {
  let k = first;
  while (k < se && (OPENERS.has(doc.lower[k]!) || /^[,—–-]$/.test(doc.tokens[k]!))) k++;
  // A vocative: capitalized words or address titles up to a comma, within four words.
  let j = k;
  // `Ladies and gentlemen,`: `and` between two address words.
  while (j < se && j - k < 5 && (VOCATIVE_TITLES.has(doc.lower[j]!) || (/^\p{Lu}/u.test(doc.tokens[j]!) && doc.tokPos[j] === POS.PROPN) || doc.tokens[j] === '.'
    || (doc.lower[j] === 'and' && j > k && VOCATIVE_TITLES.has(doc.lower[j - 1]!) && VOCATIVE_TITLES.has(doc.lower[j + 1] ?? '')))) j++;
  // `Olaf,` (a first name) or `Mr. Prime Minister,` (a title); not `Russia, in turn, ...`.
  let addressed = false;
  for (let v = k; v < j && !addressed; v++) addressed = VOCATIVE_TITLES.has(doc.lower[v]!) || genderOfFirstName(doc.tokens[v]!) !== null;
  if (j > k && addressed && doc.tokens[j] === ',' && j + 1 < se) {
    let lead = j + 1;
    while (lead < se && (OPENERS.has(doc.lower[lead]!) || /^[,—–-]$/.test(doc.tokens[lead]!))) lead++;
    return [lead, j];
  }
  return [k, 0];
}
