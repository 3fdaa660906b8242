import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import {
  ANAPHORS, CLAIM_NOUNS, CLAIM_VERBS, COPULAS, EVIDENCE_NOUNS, HAPPEN_AUX, HAPPEN_VERBS, NEGATED_TRUTH, NOUN_MARKERS, NOMINAL_VERBS, PREDICATE_FILLERS,
  REBUT_PREDICATES, REBUT_VERBS,
} from '../lexicon/claims.ts';

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

/** One hash lookup per token: what part a word can play. Most tokens are not in it and cost nothing more. */
const ACCORDING = 1;
const CLAIM_NOUN = 2;
const CLAIM_VERB = 4;
const REBUT_VERB = 8;
const PREDICATE = 16;
const TRUTH = 32;
const THERE = 64;
const HAPPEN = 128;
const ROLES: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const add = (words: Iterable<string>, flag: number) => { for (const w of words) m.set(w, (m.get(w) ?? 0) | flag); };
  add(['according'], ACCORDING);
  add(CLAIM_NOUNS, CLAIM_NOUN);
  add(CLAIM_VERBS, CLAIM_VERB);
  add(REBUT_VERBS, REBUT_VERB);
  add(REBUT_PREDICATES, PREDICATE);
  add(NEGATED_TRUTH, TRUTH);
  add(['there'], THERE);
  add(HAPPEN_VERBS, HAPPEN);
  return m;
})();

/** Prefilter before the lookup: bit `length` of LENGTHS_BY_FIRST[first char] is set when some cue word has that first char and length. */
const MAX_WORD = 31;
const LENGTHS_BY_FIRST: Uint32Array = (() => {
  const bits = new Uint32Array(128);
  for (const w of ROLES.keys()) if (w.charCodeAt(0) < 128 && w.length <= MAX_WORD) bits[w.charCodeAt(0)]! |= 1 << w.length;
  return bits;
})();

export function findCues(doc: Doc): Cue[] {
  const cues: Cue[] = [];
  const { lower, tokPos } = doc;
  const n = lower.length;
  for (let i = 0; i < n; i++) {
    const t = lower[i]!;
    // Most words cannot be a cue by their first letter and length alone: skip the hash lookup.
    const c0 = t.charCodeAt(0);
    if (c0 >= 128 || t.length > MAX_WORD || ((LENGTHS_BY_FIRST[c0]! >>> t.length) & 1) === 0) continue;
    const role = ROLES.get(t);
    if (role === undefined) continue;
    const sentence = doc.tokSentence[i]!;
    const sentEnd = doc.sentEndTok[sentence]!;
    const sentStart = doc.sentStartTok[sentence]!;
    const next = i + 1 < sentEnd ? lower[i + 1]! : '';
    const prev = i > sentStart ? lower[i - 1]! : '';
    if (role & ACCORDING) {
      if (next === 'to') cues.push({ kind: 'according', start: i, end: i + 2, copula: -1 });
      continue;
    }
    if (role & CLAIM_NOUN && isClaimNoun(t, prev, next, i > 0 ? tokPos[i - 1]! : -1)) {
      cues.push({ kind: 'claim-noun', start: i, end: i + 1, copula: -1 });
      continue;
    }
    if (role & CLAIM_VERB && i + 1 < sentEnd && !NOUN_MARKERS.has(prev)) {
      if (NEEDS_THAT.has(t) && next !== 'that' && lower[i + 2] !== 'that') continue;
      cues.push({ kind: 'claim-verb', start: i, end: i + 1, copula: -1 });
      continue;
    }
    if (role & REBUT_VERB) {
      // `The dispute centers on ...`: after a determiner or adjective it is a noun.
      const prevPos = i > sentStart ? tokPos[i - 1]! : -1;
      if (!PASSIVE_AUX.has(prev) && prevPos !== POS.DET && prevPos !== POS.ADJ && i + 1 < sentEnd) cues.push({ kind: 'rebut-verb', start: i, end: i + 1, copula: -1 });
      continue;
    }
    if (role & (PREDICATE | TRUTH)) {
      const found = predicateEndingAt(doc, i, sentStart, sentEnd, (role & TRUTH) !== 0);
      if (found) cues.push(found);
      continue;
    }
    if (role & HAPPEN) {
      const found = negatedHappening(doc, i, sentStart, sentEnd);
      if (found) cues.push(found);
      continue;
    }
    // `there is no encirclement`, `there has been no breakthrough`, `there was no sign of a Ukrainian attack`
    if (role & THERE && i + 3 < sentEnd) {
      let k = i + 1;
      while (k < i + 3 && (lower[k] === 'is' || lower[k] === 'was' || lower[k] === 'has' || lower[k] === 'been' || lower[k] === 'are' || lower[k] === 'were')) k++;
      if (k > i + 1 && lower[k] === 'no' && k + 1 < sentEnd) {
        const noun = NOMINAL_VERBS.has(lower[k + 1]!) ? k + 1 : eventAfterEvidence(doc, k + 1, sentEnd);
        if (noun >= 0) {
          cues.push({ kind: 'rebut-existential', start: k, end: noun + 1, copula: i });
          i = noun;
        }
      }
    }
  }
  return cues;
}

/** `is|was [not] [fillers] WORD`, read back from WORD: `That was a lie`, `are fabricated`, `is not true`. */
function predicateEndingAt(doc: Doc, k: number, sentStart: number, sentEnd: number, truth: boolean): Cue | null {
  const { lower } = doc;
  // `a lie detector`, `false flag`: the predicate must end its phrase.
  const after = k + 1 < sentEnd ? doc.tokPos[k + 1]! : POS.PUNCT;
  if (after === POS.NOUN || after === POS.PROPN) return null;
  let j = k;
  while (j - 1 >= sentStart && k - j < MAX_FILLERS && PREDICATE_FILLERS.has(lower[j - 1]!)) j--;
  const negated = j - 1 >= sentStart && (lower[j - 1] === 'not' || lower[j - 1] === "n't");
  if (truth !== negated) return null;
  const start = negated ? j - 1 : j;
  const copula = start - 1;
  if (copula < sentStart || !COPULAS.has(lower[copula]!) || doc.tokPos[copula] === POS.PART) return null;
  return { kind: 'rebut-predicate', start, end: k + 1, copula };
}

const MAX_EVENT_MODIFIERS = 3;

/** `sign of a Ukrainian attack`: the event noun after a noun of evidence and `of`, past a few modifiers; -1 if none. */
function eventAfterEvidence(doc: Doc, k: number, sentEnd: number): number {
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
function negatedHappening(doc: Doc, k: number, sentStart: number, sentEnd: number): Cue | null {
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

/** `claims` is a noun after a possessive, a determiner or an adjective, or before `that`/`of`/`by`. */
function isClaimNoun(t: string, prev: string, next: string, prevPos: number): boolean {
  if (NOUN_MARKERS.has(prev) || prevPos === POS.ADJ) return true;
  if (t === 'claims' || t === 'claim') {
    // `Russia claims it has ...` is the verb: a noun phrase before it, a clause after.
    return prev === '' && (next === 'that' || next === 'of' || next === 'by');
  }
  return next === 'that' || next === 'by' || next === 'from';
}

export const isAnaphor = (t: string) => ANAPHORS.has(t);
