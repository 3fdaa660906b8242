import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import { ANAPHORS, NOUN_MARKERS, POINTERS, SPREAD_VERBS } from '../lexicon/claims.ts';

/** Step 1's claim nouns: whether `claims`, `lies`, `reports` name a claim here, what may follow them, and where a rebutting noun's claimant is named. */

const SPREAD_REACH = 3;
const RELATIVE_SAYING: ReadonlySet<string> = new Set(['say', 'says', 'said', 'use', 'uses', 'used']);

/**
 * Where the claimant of a rebutting noun is named: the possessive `'s` right before it (`Peskov's
 * lies`), or a verb of spreading a few words before, past adjectives and adverbs (`spreading blatant
 * lies`), but not past a pointing word (`spreading this lie` points back: `rebut-pointing`). -1 if none.
 */
export function claimantSource(doc: Doc, i: number, sentStart: number): number {
  const { lower, tokPos } = doc;
  if (i - 1 > sentStart && (lower[i - 1] === "'s" || lower[i - 1] === '’s')) return i - 1;
  for (let k = i - 1; k >= sentStart && k >= i - SPREAD_REACH; k--) {
    // (`said she spread lies`: a pronoun spreading names no party here; the quotation around stays a claim.)
    if (SPREAD_VERBS.has(lower[k]!) && tokPos[k] === POS.VERB) return pronounSubject(doc, k, sentStart) ? -1 : k;
    const p = tokPos[k];
    if ((p !== POS.ADJ && p !== POS.ADV) || POINTERS.has(lower[k]!)) return -1;
  }
  return -1;
}

/** Whether the verb group ending at `v` (`is spreading`, `keeps peddling`) has a pronoun right before it. */
function pronounSubject(doc: Doc, v: number, sentStart: number): boolean {
  let k = v;
  while (k - 1 >= sentStart && (doc.tokPos[k - 1] === POS.AUX || doc.tokPos[k - 1] === POS.VERB || doc.tokPos[k - 1] === POS.ADV || doc.lower[k - 1] === 'to')) k--;
  return k - 1 >= sentStart && doc.tokPos[k - 1] === POS.PRON;
}

/** `that Russia spreads`, `that they use`: after `that`, a short subject and a verb of saying or spreading. */
export function relativeOfSaying(doc: Doc, k: number, sentEnd: number): boolean {
  // (`reports that Mateen said in a call that ...` is a claim: the verb must end the clause.)
  for (let j = k; j < sentEnd && j <= k + 2; j++) {
    if (SPREAD_VERBS.has(doc.lower[j]!) || RELATIVE_SAYING.has(doc.lower[j]!)) return j > k && (j + 1 >= sentEnd || doc.tokPos[j + 1] === POS.PUNCT);
  }
  return false;
}

/** `claims` is a noun after a possessive, a determiner or an adjective, or before `that`/`of`/`by`. */
export function isClaimNoun(t: string, prev: string, next: string, prevPos: number, pos: number): boolean {
  if (NOUN_MARKERS.has(prev) || prevPos === POS.ADJ) return true;
  if (t === 'claims' || t === 'claim') {
    // `Russia claims it has ...` is the verb: a noun phrase before it, a clause after.
    return prev === '' && (next === 'that' || next === 'of' || next === 'by');
  }
  return next === 'that' || next === 'by' || next === 'from' || ((next === 'of' || next === 'about') && OF_NOUNS.has(t)) || (next === 'about' && ABOUT_NOUNS.has(t) && pos === POS.NOUN);
}

/**
 * Nouns that name a claim only with the claim after them (`the information that ...`, `the myth of ...`):
 * `the information` alone, `That was a lie` are no claim nouns, and a quotation holding them stays a claim.
 */
export const COMPLEMENT_ONLY: ReadonlySet<string> = new Set([
  'narrative', 'notion', 'premise', 'myth', 'myths', 'argument', 'story', 'stories', 'prediction', 'predictions',
  'presumption', 'information', 'lie', 'lies', 'fabrication', 'fabrications',
  'disinformation', 'misinformation', 'propaganda', 'fakes', 'falsehood', 'falsehoods',
]);

/** Claim nouns whose claim may follow `about` but not `of`: `disinformation about biological weapons in Ukraine`, `lies about our army`. */
export const ABOUT_NOUNS: ReadonlySet<string> = new Set(['disinformation', 'misinformation', 'propaganda', 'fakes', 'falsehoods', 'lies', 'lie']);

/** Claim nouns whose claim may follow `of` or `about`: `Reports of shelling in Kyiv`, `the myth of Russia's backwardness`, `stories about your demise`. */
export const OF_NOUNS: ReadonlySet<string> = new Set([
  'reports', 'report', 'allegations', 'allegation', 'accusations', 'accusation', 'rumors', 'rumours', 'rumor', 'rumour',
  'myth', 'myths', 'stories', 'story', 'claims', 'claim', 'suggestions',
]);

export const isAnaphor = (t: string) => ANAPHORS.has(t);
