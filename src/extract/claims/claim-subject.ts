import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import { CLAIM_NOUNS, SAYING_ONLY_PREDICATES } from '../lexicon/claims.ts';

/**
 * Issue 14, fifth pass: `wrong`, `inaccurate`, `incorrect`, `absurd` deny a claim only where the claim
 * is named: after an expletive `it` (`it would be incorrect to conclude that ...`) or with a claim noun
 * heading the subject (`reports that suggest otherwise are inaccurate`, `the accusations are absurd`).
 * `He was wrong` answers a belief, `rejecting neutrality would be wrong` judges an act, `This is
 * absurd` may judge either: none of them denies a claim.
 */

/** How far before the copula the claim noun may stand: `reports that suggest otherwise are`. */
const CLAIM_SUBJECT_REACH = 6;

/**
 * Step 1's test for `wrong`, `absurd` ... (token `k`) after `copula`: an expletive `it` before the copula
 * (`it would be wrong to say that`; for `absurd`, `ridiculous`, `preposterous` only with a verb of saying:
 * `it is absurd that X` asserts X), or a claim noun a few words before it with no punctuation between
 * (`reports that suggest otherwise are inaccurate`; not `IG report: State was inaccurate`).
 */
export function judgementDenies(doc: Doc, k: number, copula: number, sentStart: number): boolean {
  const { lower } = doc;
  if (lower[copula - 1] === 'it' || (lower[copula - 2] === 'it' && doc.tokPos[copula - 1] === POS.AUX)) return !(SAYING_ONLY_PREDICATES.has(lower[k]!) && lower[k + 1] === 'that');
  for (let j = copula - 1; j >= sentStart && j >= copula - CLAIM_SUBJECT_REACH; j--) {
    if (doc.tokPos[j] === POS.PUNCT) return false;
    if (CLAIM_NOUNS.has(lower[j]!) && isNoun(doc.tokPos[j]!)) return opensSubject(doc, j, sentStart);
  }
  return false;
}

/** The claim noun heads its clause's subject: before it, past determiners and adjectives, the clause starts (`So much of this information` is no such subject). */
function opensSubject(doc: Doc, noun: number, sentStart: number): boolean {
  let k = noun - 1;
  while (k >= sentStart && (doc.tokPos[k] === POS.DET || doc.tokPos[k] === POS.ADJ)) k--;
  if (k < sentStart) return true;
  const p = doc.tokPos[k];
  return p === POS.PUNCT || p === POS.VERB || p === POS.SCONJ || doc.lower[k] === 'that';
}

/** Step 7's test: the subject's first noun, past determiners and adjectives, is a claim noun (`the reports`, `such baseless accusations`). */
export function claimNounSubject(doc: Doc, subjectStart: number, copula: number): boolean {
  // `Reports [that suggest otherwise are inaccurate]`: the quotation layer may start the subject at its relative `that`.
  if (doc.lower[subjectStart] === 'that' && subjectStart > 0 && CLAIM_NOUNS.has(doc.lower[subjectStart - 1]!) && isNoun(doc.tokPos[subjectStart - 1]!)) return true;
  for (let k = subjectStart; k < copula && k < subjectStart + CLAIM_SUBJECT_REACH; k++) {
    const p = doc.tokPos[k];
    if (p === POS.DET || p === POS.ADJ || p === POS.ADV) continue;
    return CLAIM_NOUNS.has(doc.lower[k]!) && isNoun(p!);
  }
  return false;
}

/** (`Reports` opening a sentence is tagged as a name.) */
const isNoun = (p: number) => p === POS.NOUN || p === POS.PROPN;
