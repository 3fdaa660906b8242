import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import { ACCUSE_VERBS, CLAIMANT_REBUT_NOUNS, CLAIM_NOUNS, CLAIM_VERBS, EXPLETIVE_PREDICATES, HAPPEN_VERBS, NEGATED_TRUTH, NOMINAL_VERBS, NOTHING_TO_DO_OBJECTS, NOUN_MARKERS, POINTERS, POINTING_REBUT_NOUNS, REBUT_PREDICATES, REBUT_VERBS } from '../lexicon/claims.ts';
import { accusation, causeCue, PASSIVE_AUX } from './cue-accusations.ts';
import { claimantSource, COMPLEMENT_ONLY, isClaimNoun, OF_NOUNS, ABOUT_NOUNS, relativeOfSaying } from './cue-claim-nouns.ts';
import { eventAfterEvidence, negatedHappening, predicateEndingAt } from './cue-predicates.ts';
import { eventObjectEnd } from './own-part.ts';

/**
 * Step 1: one pass over the tokens, finding the words that make a claim or deny one. Every test
 * is a hash lookup on a token and its neighbours; nothing looks further than a few tokens.
 */
export type CueKind = 'claim-verb' | 'claim-noun' | 'according' | 'rebut-verb' | 'rebut-predicate' | 'rebut-existential'
  /** `X accused Y of ...`, `X blames Y for ...` (issue 14). */
  | 'accusation'
  /** `Y is accused (by X) of ...`. */
  | 'accusation-passive'
  /** `X has nothing to do with this`: a party denies its part in what was just claimed. */
  | 'rebut-unrelated'
  /** `spread this lie`, `buy this nonsense`: a false claim pointed at. */
  | 'rebut-pointing'
  /**
   * `Mr. Peskov's lies`, `Russia is spreading disinformation`: a false claim named by its claimant
   * (issue 14, fourth pass). `copula` holds the possessive `'s` or the verb of spreading.
   */
  | 'rebut-claimant';

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

/** One hash lookup per token: what part a word can play. Most tokens are not in it and cost nothing more. */
const ACCORDING = 1;
const CLAIM_NOUN = 2;
const CLAIM_VERB = 4;
const REBUT_VERB = 8;
const PREDICATE = 16;
const TRUTH = 32;
const THERE = 64;
const HAPPEN = 128;
const ACCUSE = 256;
const NOTHING = 512;
/** `pointing to X as the reason for Y` claims a cause; `but not because of us` denies being one. */
const CAUSE = 1024;
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
  add(EXPLETIVE_PREDICATES, PREDICATE);
  add(ACCUSE_VERBS, ACCUSE);
  add(['nothing'], NOTHING);
  add(['because', 'pointing', 'pointed', 'point', 'points'], CAUSE);
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
    // `That was a lie` is a predicate; `the lie that ...` names a claim.
    // `false information that provoke violations`: `that` before a verb is a relative pronoun, not the claim's start.
    if (role & CLAIM_NOUN && next === 'that' && i + 2 < sentEnd && (tokPos[i + 2] === POS.VERB || tokPos[i + 2] === POS.AUX)) continue;
    // `the lies that Russia spreads`: a relative clause whose verb spreads or says, not the claim.
    if (role & CLAIM_NOUN && next === 'that' && relativeOfSaying(doc, i + 2, sentEnd)) continue;
    // (`why would he lie about that?`: after `about` the word must be a noun.)
    if (role & CLAIM_NOUN && isClaimNoun(t, prev, next, i > 0 ? tokPos[i - 1]! : -1, tokPos[i]!)
      && (!COMPLEMENT_ONLY.has(t) || next === 'that' || ((next === 'of' || next === 'about') && OF_NOUNS.has(t)) || (next === 'about' && ABOUT_NOUNS.has(t)))) {
      cues.push({ kind: 'claim-noun', start: i, end: i + 1, copula: -1 });
      continue;
    }
    // `contrary to Mr. Peskov's lies`, `Russia is spreading disinformation`: nothing follows the noun, its claimant is named.
    if (CLAIMANT_REBUT_NOUNS.has(t) && next !== 'that' && next !== 'about' && next !== 'of'
      && (i + 1 >= sentEnd || (tokPos[i + 1] !== POS.NOUN && tokPos[i + 1] !== POS.PROPN))) {
      const source = claimantSource(doc, i, sentStart);
      if (source >= 0) {
        cues.push({ kind: 'rebut-claimant', start: i, end: i + 1, copula: source });
        continue;
      }
    }
    if (role & ACCUSE) {
      const found = accusation(doc, i, sentStart, sentEnd);
      if (found) cues.push(found);
      continue;
    }
    if (role & CAUSE) {
      const found = causeCue(doc, i, sentStart, sentEnd);
      if (found) cues.push(found);
      continue;
    }
    if (role & NOTHING) {
      // `We have absolutely nothing to do with that`
      if (next === 'to' && lower[i + 2] === 'do' && lower[i + 3] === 'with' && i + 3 < sentEnd) {
        const object = i + 4 < sentEnd ? lower[i + 4]! : '';
        const pointsBack = NOTHING_TO_DO_OBJECTS.has(object) && (i + 5 >= sentEnd || tokPos[i + 5] === POS.PUNCT || tokPos[i + 5] === POS.CCONJ);
        // `which the Russian Army had nothing to do with.` denies what its antecedent names, not a claim made before: left out.
        if (pointsBack) cues.push({ kind: 'rebut-unrelated', start: i, end: i + 5, copula: -1 });
        // `Kyiv had nothing to do with the attack`: the event named (own-part.ts).
        const event = pointsBack ? -1 : eventObjectEnd(doc, i + 4, sentEnd);
        if (event > 0) cues.push({ kind: 'rebut-unrelated', start: i, end: event, copula: -1 });
      }
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
      // `spread this lie`, `buy this nonsense`: the noun points back to the claim it calls false.
      // (`the road that lies before us`: a verb after a relative `that` is none.)
      else if (POINTERS.has(prev) && POINTING_REBUT_NOUNS.has(t) && (prev !== 'that' || tokPos[i] === POS.NOUN) && (i + 1 >= sentEnd || tokPos[i + 1] !== POS.NOUN)) cues.push({ kind: 'rebut-pointing', start: i - 1, end: i + 1, copula: -1 });
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
      while (k < i + 3 && (lower[k] === 'is' || lower[k] === 'was' || lower[k] === 'has' || lower[k] === 'been' || lower[k] === 'are' || lower[k] === 'were' || lower[k] === "'s" || lower[k] === '’s')) k++;
      // `There's absolutely no truth to it`: the claim just made is denied.
      const adverb = k > i + 1 && tokPos[k] === POS.ADV && lower[k + 1] === 'no' ? 1 : 0;
      if (k > i + 1 && lower[k + adverb] === 'no' && lower[k + adverb + 1] === 'truth' && (lower[k + adverb + 2] === 'to' || lower[k + adverb + 2] === 'in')) {
        const end = k + adverb + 3 < sentEnd && NOTHING_TO_DO_OBJECTS.has(lower[k + adverb + 3]!) ? k + adverb + 4 : k + adverb + 2;
        cues.push({ kind: 'rebut-predicate', start: k + adverb, end, copula: i });
        i = end - 1;
        continue;
      }
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
