import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import { CLAIM_NOUNS } from '../lexicon/claims.ts';

/**
 * Issue 14, fifth pass: `wrong`, `inaccurate`, `incorrect`, `absurd` deny a claim only where the claim
 * is named: after an expletive `it` (`it would be incorrect to conclude that ...`) or with a claim noun
 * heading the subject (`reports that suggest otherwise are inaccurate`, `the accusations are absurd`).
 * `He was wrong` answers a belief, `rejecting neutrality would be wrong` judges an act, `This is
 * absurd` may judge either: none of them denies a claim.
 */

/** How far before the copula the claim noun may stand: `reports that suggest otherwise are`. */
const CLAIM_SUBJECT_REACH = 6;

/** Step 1's test, before the subject is known: a claim noun a few words before the copula, in its sentence. */
export function claimNounBefore(doc: Doc, copula: number, sentStart: number): boolean {
  for (let k = copula - 1; k >= sentStart && k >= copula - CLAIM_SUBJECT_REACH; k--) {
    if (CLAIM_NOUNS.has(doc.lower[k]!) && isNoun(doc.tokPos[k]!)) return true;
  }
  return false;
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
