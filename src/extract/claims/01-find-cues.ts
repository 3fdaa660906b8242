import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import {
  ACCUSE_VERBS, ANAPHORS, BLAME_SHIFTING, CLAIMANT_REBUT_NOUNS, CLAIM_NOUNS, NAMED_ONLY_PREDICATES, SPREAD_VERBS, CLAIM_VERBS, COPULAS, EVIDENCE_NOUNS, EXPLETIVE_PREDICATES, HAPPEN_AUX, HAPPEN_VERBS, NEGATED_TRUTH,
  NOTHING_TO_DO_OBJECTS, NOUN_MARKERS, POINTERS, POINTING_REBUT_NOUNS, NOMINAL_VERBS, PREDICATE_FILLERS, REBUT_PREDICATES, REBUT_VERBS,
} from '../lexicon/claims.ts';
import { judgementDenies } from './claim-subject.ts';
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
const PASSIVE_AUX: ReadonlySet<string> = new Set(['was', 'were', 'been', 'be', 'being', 'is', 'are']);
/** `just a blatant, bald lie`: up to five words between the copula and the predicate (a comma counts). */
const MAX_FILLERS = 5;

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

/** `is|was [not] [fillers] WORD`, read back from WORD: `That was a lie`, `are fabricated`, `is not true`. */
function predicateEndingAt(doc: Doc, k: number, sentStart: number, sentEnd: number, truth: boolean): Cue | null {
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

const CAUSE_REACH = 14;
const CAUSE_NOUNS: ReadonlySet<string> = new Set(['reason', 'cause', 'culprit']);
const SPEAKING_PARTIES: ReadonlySet<string> = new Set(['us', 'me', 'russia', 'ukraine', 'kyiv', 'moscow']);

/**
 * `[they] are pointing to the sanctions ... as the reason for the deterioration`: an accusation (the
 * words after `to`, the claimant the subject), `as` held in `copula`. `Prices are rising, but not
 * because of us`: the speaking party denies being the cause (`rebut-unrelated`, answered like `We have
 * nothing to do with that`). A cause in general (`because of the war`) is neither.
 */
function causeCue(doc: Doc, i: number, sentStart: number, sentEnd: number): Cue | null {
  const { lower } = doc;
  if (lower[i] === 'because') {
    if (lower[i - 1] !== 'not' || lower[i + 1] !== 'of' || i - 1 < sentStart) return null;
    const party = i + 2;
    if (party >= sentEnd || !SPEAKING_PARTIES.has(lower[party]!)) return null;
    if (party + 1 < sentEnd && doc.tokPos[party + 1] !== POS.PUNCT && doc.tokPos[party + 1] !== POS.CCONJ) return null;
    return { kind: 'rebut-unrelated', start: i - 1, end: party + 1, copula: -1 };
  }
  if (lower[i + 1] !== 'to' || doc.tokPos[i] !== POS.VERB) return null;
  for (let k = i + 2; k < sentEnd && k <= i + CAUSE_REACH; k++) {
    if (lower[k] === 'as' && lower[k + 1] === 'the' && CAUSE_NOUNS.has(lower[k + 2] ?? '')) return { kind: 'accusation', start: i, end: i + 2, copula: k };
    if (lower[k] === ';' || lower[k] === '.') return null;
  }
  return null;
}

const ACCUSATION_REACH = 10;
const NEGATED_BEFORE: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no']);

/**
 * `X accused Y of ...`, `X blames Y for ...`, `attempts to blame Russia for ...`, and the passive `Y is
 * (being groundlessly) accused (by X) of ...`. Not a noun (`the blame`), not negated (`do not accuse
 * our country of ...`), and the `of`/`for` must come within a few words.
 */
function accusation(doc: Doc, i: number, sentStart: number, sentEnd: number): Cue | null {
  const { lower, tokPos } = doc;
  const prev = i > sentStart ? i - 1 : -1;
  // `another attempt to pin the blame on someone else`: the speaker disputes the accusation; not negated, not a wish (`do not shift the blame`).
  if (lower[i] === 'blame' && lower[prev] === 'the' && BLAME_SHIFTING.has(lower[i - 2] ?? '') && lower[i + 1] === 'on') {
    for (let k = Math.max(sentStart, i - 6); k < i; k++) if (NEGATED_BEFORE.has(lower[k]!)) return null;
    return { kind: 'rebut-unrelated', start: i - 2, end: i + 1, copula: -1 };
  }
  // `the blame`, `shift the blame on us`: a noun.
  if (prev >= 0 && (tokPos[prev] === POS.DET || tokPos[prev] === POS.ADJ || NOUN_MARKERS.has(lower[prev]!))) return null;
  for (let k = Math.max(sentStart, i - 3); k < i; k++) if (NEGATED_BEFORE.has(lower[k]!)) return null;
  const blame = lower[i]!.startsWith('blam');
  const preposition = blame ? 'for' : 'of';
  let at = -1;
  for (let k = i + 1; k < sentEnd && k <= i + ACCUSATION_REACH; k++) {
    if (lower[k] === preposition) { at = k; break; }
    if (tokPos[k] === POS.PUNCT && lower[k] !== '-' && lower[k] !== '—') break;
  }
  if (at < 0) return null;
  let b = i - 1;
  while (b > sentStart && tokPos[b] === POS.ADV) b--;
  const passive = b >= sentStart && PASSIVE_AUX.has(lower[b]!) && lower[i]!.endsWith('ed');
  return { kind: passive ? 'accusation-passive' : 'accusation', start: i, end: i + 1, copula: at };
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

const SPREAD_REACH = 3;
const RELATIVE_SAYING: ReadonlySet<string> = new Set(['say', 'says', 'said', 'use', 'uses', 'used']);

/**
 * Where the claimant of a rebutting noun is named: the possessive `'s` right before it (`Peskov's
 * lies`), or a verb of spreading a few words before, past adjectives and adverbs (`spreading blatant
 * lies`), but not past a pointing word (`spreading this lie` points back: `rebut-pointing`). -1 if none.
 */
function claimantSource(doc: Doc, i: number, sentStart: number): number {
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

const NAMED_REACH = 8;

/** `rumors of the death of NATO unity were greatly exaggerated`: a claim noun or a pointing word in the few words before the copula. */
function namesClaimBefore(doc: Doc, copula: number, sentStart: number): boolean {
  for (let k = copula - 1; k >= sentStart && k >= copula - NAMED_REACH; k--) if (CLAIM_NOUNS.has(doc.lower[k]!) || ANAPHORS.has(doc.lower[k]!)) return true;
  return false;
}

/** `that Russia spreads`, `that they use`: after `that`, a short subject and a verb of saying or spreading. */
function relativeOfSaying(doc: Doc, k: number, sentEnd: number): boolean {
  // (`reports that Mateen said in a call that ...` is a claim: the verb must end the clause.)
  for (let j = k; j < sentEnd && j <= k + 2; j++) {
    if (SPREAD_VERBS.has(doc.lower[j]!) || RELATIVE_SAYING.has(doc.lower[j]!)) return j > k && (j + 1 >= sentEnd || doc.tokPos[j + 1] === POS.PUNCT);
  }
  return false;
}

/** `claims` is a noun after a possessive, a determiner or an adjective, or before `that`/`of`/`by`. */
function isClaimNoun(t: string, prev: string, next: string, prevPos: number, pos: number): boolean {
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
const COMPLEMENT_ONLY: ReadonlySet<string> = new Set([
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
