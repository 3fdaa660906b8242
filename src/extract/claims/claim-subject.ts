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
 * `it is absurd that X` asserts X), or a subject headed by a claim noun (`claimSubjectStart`).
 */
export function judgementDenies(doc: Doc, k: number, copula: number, sentStart: number): boolean {
  const { lower } = doc;
  if (lower[copula - 1] === 'it' || (lower[copula - 2] === 'it' && doc.tokPos[copula - 1] === POS.AUX)) return !(SAYING_ONLY_PREDICATES.has(lower[k]!) && lower[k + 1] === 'that');
  return claimSubjectStart(doc, copula, sentStart) >= 0;
}

/**
 * Where the subject headed by a claim noun starts (its determiner), the noun a few words before the
 * copula with no punctuation between and its clause starting before it (`..., and reports that suggest
 * otherwise are inaccurate`, `said the accusations are absurd`); -1 for none (`IG report: State was
 * inaccurate`, `So much of this information has been wrong`). Steps 1 and 7 ask the same.
 */
export function claimSubjectStart(doc: Doc, copula: number, from: number): number {
  for (let j = copula - 1; j >= from && j >= copula - CLAIM_SUBJECT_REACH; j--) {
    if (doc.tokPos[j] === POS.PUNCT) return -1;
    if (CLAIM_NOUNS.has(doc.lower[j]!) && isNoun(doc.tokPos[j]!)) return subjectOpening(doc, j, from);
  }
  return -1;
}

/** Before the claim noun, past determiners and adjectives, the clause starts; the first token of the noun phrase, or -1. */
function subjectOpening(doc: Doc, noun: number, from: number): number {
  let k = noun - 1;
  while (k >= from && (doc.tokPos[k] === POS.DET || doc.tokPos[k] === POS.ADJ)) k--;
  if (k < from) return k + 1;
  const p = doc.tokPos[k];
  return p === POS.PUNCT || p === POS.VERB || p === POS.SCONJ || p === POS.CCONJ || doc.lower[k] === 'that' ? k + 1 : -1;
}

/** (`Reports` opening a sentence is tagged as a name.) */
const isNoun = (p: number) => p === POS.NOUN || p === POS.PROPN;
