import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import { ANAPHORS, CLAIM_NOUNS, COPULAS, EVIDENCE_NOUNS, EXPLETIVE_PREDICATES, HAPPEN_AUX, NAMED_ONLY_PREDICATES, NOMINAL_VERBS, PREDICATE_FILLERS, REBUT_PREDICATES } from '../lexicon/claims.ts';
import type { Cue } from './01-find-cues.ts';
import { judgementDenies } from './claim-subject.ts';

/**
 * Step 1's denials read back from their last word: a rebutting predicate after a copula (`That was a
 * lie`, `is not true`), a past event denied (`this has not happened`), and the event noun after `no
 * sign of`. Each looks a few tokens back or ahead, never further.
 */

/** `just a blatant, bald lie`: up to five words between the copula and the predicate (a comma counts). */
const MAX_FILLERS = 5;

/** `is|was [not] [fillers] WORD`, read back from WORD: `That was a lie`, `are fabricated`, `is not true`. */
export function predicateEndingAt(doc: Doc, k: number, sentStart: number, sentEnd: number, truth: boolean): Cue | null {
  const { lower } = doc;
  // `a lie detector`, `false flag`: the predicate must end its phrase.
  const after = k + 1 < sentEnd ? doc.tokPos[k + 1]! : POS.PUNCT;
  if (after === POS.NOUN || after === POS.PROPN) return null;
  // `it's not so sophisticated that ...`: `not so` denies only where it ends its clause (`that is not so`).
  if (lower[k] === 'so' && after !== POS.PUNCT && after !== POS.CCONJ) return null;
  let j = k;
  while (j - 1 >= sentStart && k - j < MAX_FILLERS && isFiller(doc, j - 1)) j--;
  const negated = j - 1 >= sentStart && (lower[j - 1] === 'not' || lower[j - 1] === "n't");
  if (truth !== negated) return null;
  const start = negated ? j - 1 : j;
  let copula = start - 1;
  // `is just not true`, `is simply not the case`: an adverb between the copula and `not`.
  if (negated && copula > sentStart && PREDICATE_FILLERS.has(lower[copula]!) && doc.tokPos[copula] === POS.ADV) copula--;
  if (copula < sentStart || !COPULAS.has(lower[copula]!) || doc.tokPos[copula] === POS.PART) return null;
  // `any attempts ... will be legally groundless`, `it will no longer be a fantasy`: a judgement foreseen denies no claim made.
  if (lower[copula] === 'be' && copula - 1 >= sentStart && FORESEEING.has(lower[copula - 1]!) && lower[copula - 2] !== 'it') return null;
  // `wrong`, `incorrect` deny only after an expletive `it` (`it would be incorrect to conclude that ...`);
  // `rejecting neutrality would be wrong` judges, `He was wrong` answers a belief.
  // (Or after a claim noun: `reports that suggest otherwise are inaccurate`; claim-subject.ts decides.)
  if (EXPLETIVE_PREDICATES.has(lower[k]!) && !judgementDenies(doc, k, copula, sentStart)) return null;
  // `the power of these parties may be overstated` judges a size; a claim must be named or pointed at.
  if (NAMED_ONLY_PREDICATES.has(lower[k]!) && !namesClaimBefore(doc, copula, sentStart)) return null;
  return { kind: 'rebut-predicate', start, end: k + 1, copula };
}

/**
 * Between the copula and the predicate: `a complete lie`, and adverbs or adjectives before a rebutting
 * noun (`are crudely fabricated propaganda`); never a negation, a noun or a name.
 */
function isFiller(doc: Doc, k: number): boolean {
  const w = doc.lower[k]!;
  // `just a blatant, bald lie`: a comma between two adjectives.
  if (w === ',') return doc.tokPos[k + 1] === POS.ADJ && (doc.tokPos[k - 1] === POS.ADJ || PREDICATE_FILLERS.has(doc.lower[k - 1] ?? ''));
  if (PREDICATE_FILLERS.has(w) || REBUT_PREDICATES.has(w)) return true;
  const p = doc.tokPos[k];
  return (p === POS.ADV || p === POS.ADJ) && w !== 'not' && w !== 'never' && !COPULAS.has(w);
}

const FORESEEING: ReadonlySet<string> = new Set(['will', "'ll", '’ll', 'shall', 'longer']);

const NAMED_REACH = 8;

/** `rumors of the death of NATO unity were greatly exaggerated`: a claim noun or a pointing word in the few words before the copula. */
function namesClaimBefore(doc: Doc, copula: number, sentStart: number): boolean {
  for (let k = copula - 1; k >= sentStart && k >= copula - NAMED_REACH; k--) if (CLAIM_NOUNS.has(doc.lower[k]!) || ANAPHORS.has(doc.lower[k]!)) return true;
  return false;
}

const MAX_EVENT_MODIFIERS = 3;

/** `sign of a Ukrainian attack`: the event noun after a noun of evidence and `of`, past a few modifiers; -1 if none. */
export function eventAfterEvidence(doc: Doc, k: number, sentEnd: number): number {
  const { lower, tokPos } = doc;
  if (!EVIDENCE_NOUNS.has(lower[k]!) || lower[k + 1] !== 'of') return -1;
  for (let j = k + 2; j < sentEnd && j <= k + 2 + MAX_EVENT_MODIFIERS; j++) {
    if (NOMINAL_VERBS.has(lower[j]!)) return j;
    const p = tokPos[j];
    if (p !== POS.DET && p !== POS.ADJ && p !== POS.PROPN && p !== POS.NUM && p !== POS.NOUN) return -1;
  }
  return -1;
}

/**
 * `this has not happened`, `it never happened`, `did not occur`: the verb of happening read back to
 * its negation and auxiliary; the subject ends before them (held in `copula`, as for `was a lie`).
 */
export function negatedHappening(doc: Doc, k: number, sentStart: number, sentEnd: number): Cue | null {
  const { lower } = doc;
  // A past event denied: `has not happened`, `never happened`; not `will not happen`, `does not happen`.
  if (!PAST_HAPPENING.has(lower[k]!)) return null;
  // `did not happen by accident`: the verb must end its clause.
  const next = k + 1 < sentEnd ? doc.tokPos[k + 1]! : POS.PUNCT;
  if (next !== POS.PUNCT && next !== POS.CCONJ && lower[k + 1] !== 'yet' && lower[k + 1] !== 'there') return null;
  // `if that does not happen`: a condition denies nothing.
  for (let j = Math.max(sentStart, k - 8); j < k; j++) if (CONDITIONALS.has(lower[j]!)) return null;
  const prev = k - 1 >= sentStart ? lower[k - 1]! : '';
  if (prev === 'never') return k - 2 >= sentStart && lower[k]!.endsWith('ed') && !HAPPEN_MODALS.has(lower[k - 2]!) ? { kind: 'rebut-predicate', start: k - 1, end: k + 1, copula: k - 1 } : null;
  if (prev !== 'not' && prev !== "n't") return null;
  const aux = k - 2;
  if (aux <= sentStart || !HAPPEN_AUX.has(lower[aux]!)) return null;
  return { kind: 'rebut-predicate', start: aux, end: k + 1, copula: aux };
}

const PAST_HAPPENING: ReadonlySet<string> = new Set(['happened', 'occurred', 'happen', 'occur']);
const HAPPEN_MODALS: ReadonlySet<string> = new Set(['will', 'would', 'could', 'may', 'might', 'can', 'shall', 'should']);
const CONDITIONALS: ReadonlySet<string> = new Set(['if', 'unless', 'until', 'whether', 'when']);
