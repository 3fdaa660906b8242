import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import {
  ANAPHORS, CLAIM_NOUNS, CLAIM_VERBS, COPULAS, NEGATED_TRUTH, NOUN_MARKERS, NOMINAL_VERBS, PREDICATE_FILLERS,
  REBUT_PREDICATES, REBUT_VERBS,
} from './lexicon.ts';

/**
 * Step 1: one pass over the tokens, finding the words that make a claim or deny one. Every test
 * is a hash lookup on a token and its neighbours; nothing looks further than a few tokens.
 */
export type CueKind = 'claim-verb' | 'claim-noun' | 'according' | 'rebut-verb' | 'rebut-predicate' | 'rebut-existential';

export interface Cue {
  readonly kind: CueKind;
  /** First and last+1 token of the cue words (`according to`, `was a lie` -> `a lie`). */
  readonly start: number;
  readonly end: number;
  /** For predicates: the copula's token; the subject ends before it. */
  readonly copula: number;
}

/** Verbs that make a claim only with a `that` clause: `announced that`, not `announced a plan`. */
const NEEDS_THAT: ReadonlySet<string> = new Set(['announced', 'announces', 'maintained', 'maintains', 'insisted', 'insists', 'contended', 'contends']);
const PASSIVE_AUX: ReadonlySet<string> = new Set(['was', 'were', 'been', 'be', 'being', 'is', 'are']);
const MAX_FILLERS = 3;

export function findCues(doc: Doc): Cue[] {
  const cues: Cue[] = [];
  const { lower, tokPos } = doc;
  const n = lower.length;
  for (let i = 0; i < n; i++) {
    const t = lower[i]!;
    const sentEnd = doc.sentEndTok[doc.tokSentence[i]!]!;
    const next = i + 1 < sentEnd ? lower[i + 1]! : '';
    const prev = i > doc.sentStartTok[doc.tokSentence[i]!]! ? lower[i - 1]! : '';
    if (t === 'according' && next === 'to') {
      cues.push({ kind: 'according', start: i, end: i + 2, copula: -1 });
      continue;
    }
    if (CLAIM_NOUNS.has(t) && isClaimNoun(t, prev, next, i > 0 ? tokPos[i - 1]! : -1)) {
      cues.push({ kind: 'claim-noun', start: i, end: i + 1, copula: -1 });
      continue;
    }
    if (CLAIM_VERBS.has(t) && i + 1 < sentEnd && !NOUN_MARKERS.has(prev)) {
      if (NEEDS_THAT.has(t) && next !== 'that' && lower[i + 2] !== 'that') continue;
      cues.push({ kind: 'claim-verb', start: i, end: i + 1, copula: -1 });
      continue;
    }
    if (REBUT_VERBS.has(t) && !PASSIVE_AUX.has(prev) && i + 1 < sentEnd) {
      cues.push({ kind: 'rebut-verb', start: i, end: i + 1, copula: -1 });
      continue;
    }
    if (COPULAS.has(t) && tokPos[i] !== POS.PART) {
      const predicate = predicateAfter(doc, i + 1, sentEnd);
      if (predicate) cues.push({ kind: 'rebut-predicate', start: predicate[0], end: predicate[1], copula: i });
      continue;
    }
    // `there is no encirclement`, `there has been no breakthrough`
    if (t === 'there' && i + 3 < sentEnd) {
      let k = i + 1;
      while (k < i + 3 && (lower[k] === 'is' || lower[k] === 'was' || lower[k] === 'has' || lower[k] === 'been' || lower[k] === 'are' || lower[k] === 'were')) k++;
      if (k > i + 1 && lower[k] === 'no' && k + 1 < sentEnd && NOMINAL_VERBS.has(lower[k + 1]!)) {
        cues.push({ kind: 'rebut-existential', start: k, end: k + 2, copula: i });
        i = k + 1;
      }
    }
  }
  return cues;
}

/** `claims` is a noun after a possessive, a determiner or an adjective, or before `that`/`of`/`by`. */
function isClaimNoun(t: string, prev: string, next: string, prevPos: number): boolean {
  if (NOUN_MARKERS.has(prev) || prevPos === POS.ADJ) return true;
  if (t === 'claims' || t === 'claim') {
    // `Russia claims it has ...` is the verb: a noun phrase before it, a clause after.
    return prev === '' && (next === 'that' || next === 'of' || next === 'by');
  }
  return next === 'that' || next === 'by' || next === 'from';
}

/** After a copula: `[not] [fillers] PREDICATE` -> the predicate's tokens, or null. */
function predicateAfter(doc: Doc, from: number, sentEnd: number): [number, number] | null {
  const { lower } = doc;
  let k = from;
  const negated = k < sentEnd && (lower[k] === 'not' || lower[k] === "n't");
  if (negated) k++;
  const start = k;
  while (k < sentEnd && k - start < MAX_FILLERS && PREDICATE_FILLERS.has(lower[k]!)) k++;
  if (k >= sentEnd) return null;
  const w = lower[k]!;
  if (negated) return NEGATED_TRUTH.has(w) ? [from, k + 1] : null;
  if (!REBUT_PREDICATES.has(w)) return null;
  // `a lie detector`, `false flag`: the predicate must end its phrase.
  const after = k + 1 < sentEnd ? doc.tokPos[k + 1]! : POS.PUNCT;
  if (after === POS.NOUN || after === POS.PROPN) return null;
  return [start, k + 1];
}

export const isAnaphor = (t: string) => ANAPHORS.has(t);
