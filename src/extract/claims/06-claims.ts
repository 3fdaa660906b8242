import type { Doc } from '../../model/doc.ts';
import type { Party } from '../../model/claims.ts';
import type { Quotation } from '../../model/items.ts';
import { POS } from '../../model/doc.ts';
import type { Cue } from './01-find-cues.ts';
import { NO_PARTY, accordingTo, partyFromQuote, partyOf, possessorOf, quoteAround, subjectOf, type Context } from './02-parties.ts';
import { ABOUT_NOUNS, OF_NOUNS } from './cue-claim-nouns.ts';
import { REBUTTING_NOUNS, SPREAD_VERBS } from '../lexicon/claims.ts';
import { phraseEndingAt, phraseStartingAt } from '../../extract/speakers/find-source.ts';
import { COURTESY_CUES, COURTESY_WORDS, GREETING_TIMES, PROPOSAL_CUES } from '../lexicon/claims.ts';
import { clauseAfter, clauseBefore, splitThat, tokensOf, type TokenRange } from './03-clauses.ts';

/**
 * Step 6: claims, before keys and dates. Every cue of claiming gives one claim per proposition of its
 * clause; every quotation is a claim of its speaker unless it holds cues of its own (then the claims
 * and rebuttals inside say more than the quotation as a whole).
 */
export interface Draft {
  readonly range: TokenRange;
  readonly claimant: Party;
  /** Cue tokens, or null for a quotation without a cue. */
  readonly cue: TokenRange | null;
  /** The token whose tense dates the claim, -1 for none. */
  readonly tenseAt: number;
  readonly quote: string | null;
  readonly group: number;
  readonly rule: string;
  readonly confidence: number;
  /** Index of the cue in the cue list, for rebuttals that name it (`Moscow's claims that ... are false`). */
  readonly cueIndex: number;
}

export function claimDrafts(ctx: Context, cues: readonly Cue[]): Draft[] {
  const { doc } = ctx;
  const drafts: Draft[] = [];
  // A quotation whose cue is ours (`declared that ...`, `according to ...`) becomes our claims: the
  // cue's clause split into propositions, with the quotation's resolved speaker.
  const quoteByCue = new Map<number, Quotation>();
  for (const q of ctx.quotes) if (q.cue) quoteByCue.set(q.cue.start, q);
  const consumed = new Set<string>();
  // Token positions of cues, sorted, to ask whether a quotation holds one; and the rebutting verbs,
  // whose quotation is a denial rather than a claim.
  const cueAt: number[] = [];
  const rebutVerbs = new Set<number>();
  let group = 0;
  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c]!;
    // `Officials say the administration leaked the report`: a claim noun with no claim after it names
    // none, and the quotation around it is still a claim.
    const named = cue.kind !== 'claim-noun' || CLAIM_COMPLEMENTS.has(doc.lower[cue.end] ?? '');
    // `the United States was not involved, contrary to Mr. Peskov's lies`: the quotation states a claim of its own besides.
    if (named && cue.kind !== 'rebut-claimant') cueAt.push(cue.kind === 'rebut-predicate' || cue.kind === 'rebut-existential' ? cue.copula : cue.start);
    if (cue.kind === 'rebut-verb') rebutVerbs.add(cue.start);
    if (cue.kind !== 'claim-verb' && cue.kind !== 'claim-noun' && cue.kind !== 'according' && cue.kind !== 'accusation' && cue.kind !== 'accusation-passive') continue;
    const q = quoteByCue.get(doc.tokStart[cue.start]!) ?? null;
    const made = cueClaims(ctx, cues, c, group, q);
    if (made.length) {
      drafts.push(...made);
      group++;
      if (q) consumed.add(q.id);
    }
  }
  cueAt.sort((a, b) => a - b);
  // A quotation over words a cue already claimed (the learned tagger may cut one `declared that A,
  // that B` into two quotations of one cue) would claim them twice.
  const claimed = drafts.map((d) => d.range).sort((a, b) => a[0] - b[0]);
  for (const q of ctx.quotes) {
    if (consumed.has(q.id)) continue;
    const range = tokensOf(doc, q.start, q.end);
    if (!range || (q.kind === 'partial' && range[1] - range[0] < 6)) continue;
    if (overlapsAny(claimed, range)) continue;
    const k = lowerBound(cueAt, range[0]);
    if (k < cueAt.length && cueAt[k]! < range[1]) continue;
    const cue = q.cue ? tokensOf(doc, q.cue.start, q.cue.end) : null;
    if (cue && rebutVerbs.has(cue[0])) continue;
    if (courtesy(doc, range, cue)) continue;
    if (cue && someWord(doc, cue, PROPOSAL_CUES)) continue;
    if (infinitiveOnly(doc, range)) continue;
    drafts.push({
      range, claimant: partyFromQuote(q, doc), cue, tenseAt: cue ? cue[0] : -1, quote: q.id, group: group++,
      rule: 'claims/quotation', confidence: q.confidence, cueIndex: -1,
    });
  }
  return drafts;
}

function cueClaims(ctx: Context, cues: readonly Cue[], c: number, group: number, own: Quotation | null): Draft[] {
  const { doc } = ctx;
  const cue = cues[c]!;
  const quote = own?.id ?? quoteAround(ctx, doc.tokStart[cue.start]!)?.id ?? null;
  const speaker = partyFromQuote(own, doc);
  const make = (range: TokenRange, claimant: Party, tenseAt: number, rule: string, confidence: number): Draft =>
    ({ range, claimant, cue: [cue.start, cue.end], tenseAt, quote, group, rule, confidence, cueIndex: c });
  if (cue.kind === 'according') {
    const to = accordingTo(ctx, cue.start + 1);
    if (!to) return [];
    const sentStart = doc.sentStartTok[doc.tokSentence[cue.start]!]!;
    // `According to X, CLAUSE` or `CLAUSE, according to X.`
    const range = cue.start - sentStart <= 1 ? clauseAfter(doc, to.end, Infinity) : clauseBefore(doc, cue.start);
    return range ? [make(range, speaker.name ? speaker : to.party, finiteIn(doc, range), 'claims/according-to', 0.85)] : [];
  }
  if (cue.kind === 'claim-noun') {
    let stop = Infinity;
    const sentence = doc.tokSentence[cue.start]!;
    for (let k = c + 1; k < cues.length && doc.tokSentence[cues[k]!.start] === sentence; k++) {
      const other = cues[k]!;
      if (other.kind === 'rebut-predicate') { stop = other.copula; break; }
    }
    const complement = doc.lower[cue.end];
    if (complement !== 'that' && complement !== 'of' && !(complement === 'about' && (OF_NOUNS.has(doc.lower[cue.start]!) || ABOUT_NOUNS.has(doc.lower[cue.start]!)))) return [];
    let range = clauseAfter(doc, cue.end + (complement === 'that' ? 0 : 1), stop, true);
    if (!range) return [];
    // `disinformation about biological weapons in Ukraine as a pretext ... and underscored ...`: what the
    // false words are about is a noun phrase; the sentence goes on after it.
    if (complement === 'about' && ABOUT_NOUNS.has(doc.lower[cue.start]!)) range = nounPhraseIn(doc, range);
    const possessor = possessorOf(ctx, cue.start);
    // `Russia is spreading lies that ...`: whoever spreads the false claim makes it.
    const spreader = possessor.name || !REBUTTING_NOUNS.has(doc.lower[cue.start]!) ? possessor : spreaderOf(ctx, cue.start);
    const claimant = spreader.name ? spreader : speaker;
    // `any false notion that A, that B, or that C`: one claim per proposition, as after a verb.
    const parts = complement === 'that' ? splitThat(doc, range) : [range];
    return parts.map((part) => make(part, claimant, finiteIn(doc, part), 'claims/claim-noun', claimant.name ? 0.8 : 0.6));
  }
  if (cue.kind === 'accusation' || cue.kind === 'accusation-passive') return accusationClaims(ctx, cues, c, make);
  const whole = clauseAfter(doc, thatAhead(doc, cue.end), Infinity);
  if (!whole) return [];
  const claimant = speaker.name ? speaker : subjectOf(ctx, cue.start);
  const parts = splitThat(doc, whole);
  return parts.map((range, i) => make(range, claimant, cue.start, 'claims/claim-verb', i === 0 ? 0.85 : 0.8));
}

/**
 * `X accused Y of A`, `X blames Y for A`: a claim of X's that Y did A (the object and what follows);
 * `Y is accused (by X) of A`: the claim is A, X's or nobody's. The accuser is the subject before the
 * verb group (`they are trying to blame us`); a pronoun for someone else (`they`) is not resolved
 * to the quotation's speaker, who reports the accusation and does not make it.
 */
function accusationClaims(ctx: Context, cues: readonly Cue[], c: number, make: (range: TokenRange, claimant: Party, tenseAt: number, rule: string, confidence: number) => Draft): Draft[] {
  const { doc } = ctx;
  const cue = cues[c]!;
  const preposition = cue.copula;
  let stop = Infinity;
  const sentence = doc.tokSentence[cue.start]!;
  // `attempts to blame Russia for ... were groundless`: the claim ends where its denial begins.
  for (let k = c + 1; k < cues.length && doc.tokSentence[cues[k]!.start] === sentence; k++) {
    if (cues[k]!.kind === 'rebut-predicate') { stop = cues[k]!.copula; break; }
  }
  const passive = cue.kind === 'accusation-passive';
  const whole = clauseAfter(doc, passive ? preposition + 1 : cue.end, stop, true);
  if (!whole) return [];
  // `accused of disrupting supplies, Vladimir Putin emphasised ...`: the accusation ends at a comma.
  let end = whole[0] + 1;
  while (end < whole[1] && doc.tokens[end] !== ',') end++;
  const range: TokenRange = [whole[0], end];
  let claimant: Party = NO_PARTY;
  if (passive) {
    const agent = doc.lower[cue.end] === 'by' ? phraseStartingAt(doc, cue.end + 1, preposition) : null;
    if (agent) claimant = partyOf(ctx, agent);
  } else {
    const floor = doc.sentStartTok[sentence]!;
    let b = cue.start;
    while (b - 1 > floor && (doc.lower[b - 1] === 'to' || doc.tokPos[b - 1] === POS.AUX || doc.tokPos[b - 1] === POS.VERB || doc.tokPos[b - 1] === POS.ADV || doc.tokPos[b - 1] === POS.PART)) b--;
    const phrase = phraseEndingAt(doc, b, floor);
    const one = phrase && phrase.end - phrase.start === 1 ? doc.lower[phrase.start]! : '';
    if (phrase && !OTHERS.has(one)) claimant = partyOf(ctx, phrase);
  }
  return [make(range, claimant, cue.start, 'claims/accusation', claimant.name ? 0.75 : 0.65)];
}

const CLAIM_COMPLEMENTS: ReadonlySet<string> = new Set(['that', 'of', 'about', 'by', 'from']);

/** Pronouns for a party other than the one speaking. */
const OTHERS: ReadonlySet<string> = new Set(['they', 'he', 'she', 'it', 'them', 'who', 'which']);

/**
 * `Congress to act`, `to let Republicans propose amendments`: what someone was called on, offered or
 * asked to do. The first verb is an infinitive: nothing is asserted to have happened or to be so.
 */
function infinitiveOnly(doc: Doc, [s, e]: TokenRange): boolean {
  for (let k = s; k < e; k++) {
    const p = doc.tokPos[k];
    if (p !== POS.VERB && p !== POS.AUX) continue;
    if (k === s || doc.lower[k - 1] !== 'to' || doc.tokPos[k - 1] !== POS.PART) return false;
    // `to let ...`, `Congress to act`, `them to leave`; but `measures to counter the spread` names a thing done.
    if (k - 1 === s) return true;
    for (let j = s; j < k - 1; j++) if (doc.tokPos[j] === POS.PROPN || doc.tokPos[j] === POS.PRON) return true;
    return false;
  }
  return false;
}

/** Whether a word of the cue (`also have offered`, `called on`) is in `words`. */
function someWord(doc: Doc, [s, e]: TokenRange, words: ReadonlySet<string>): boolean {
  for (let k = s; k < e; k++) if (words.has(doc.lower[k]!)) return true;
  return false;
}

/** Words at the start of a quotation where a greeting or thanks shows: `"Well, thank you`, `I want to thank`. */
const COURTESY_REACH = 5;

/** `"Thank you very much"`, `"Good afternoon, everyone"`, `thanked the UK for ...`: nothing checkable is asserted. */
function courtesy(doc: Doc, [s, e]: TokenRange, cue: TokenRange | null): boolean {
  if (cue && someWord(doc, cue, COURTESY_CUES)) return true;
  for (let k = s; k < e && k < s + COURTESY_REACH; k++) {
    const w = doc.lower[k]!;
    if (COURTESY_WORDS.has(w) || (w === 'good' && GREETING_TIMES.has(doc.lower[k + 1] ?? ''))) return true;
  }
  return false;
}

/** Whether `range` shares a token with one of `sorted` (sorted by start; cue clauses do not nest). */
function overlapsAny(sorted: readonly TokenRange[], [s, e]: TokenRange): boolean {
  for (const [a, b] of sorted) {
    if (a >= e) return false;
    if (b > s) return true;
  }
  return false;
}

function lowerBound(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const MAX_BEFORE_THAT = 5;

/** `claimed on Tuesday that ...`: a time or place phrase between the cue and `that` is not claimed. */
function thatAhead(doc: Doc, from: number): number {
  const sentEnd = doc.sentEndTok[doc.tokSentence[Math.min(from, doc.tokens.length - 1)]!]!;
  for (let k = from; k < sentEnd && k - from <= MAX_BEFORE_THAT; k++) {
    if (doc.lower[k] === 'that') return k;
    const p = doc.tokPos[k];
    if (p === POS.VERB || p === POS.AUX || p === POS.SCONJ) return from;
  }
  return from;
}

/** The first finite verb or auxiliary of a clause, whose tense dates a claim named by a noun. */
export function finiteIn(doc: Doc, [s, e]: TokenRange): number {
  for (let k = s; k < e; k++) if (doc.tokPos[k] === POS.AUX || doc.tokPos[k] === POS.VERB) return k;
  return -1;
}

/** `Russia is spreading (blatant) lies that ...`: the subject of the verb of spreading before a claim noun, else no party. */
function spreaderOf(ctx: Context, noun: number): Party {
  const { doc } = ctx;
  const sentStart = doc.sentStartTok[doc.tokSentence[noun]!]!;
  for (let k = noun - 1; k >= sentStart && k >= noun - 3; k--) {
    if (SPREAD_VERBS.has(doc.lower[k]!) && doc.tokPos[k] === POS.VERB) return subjectOf(ctx, k);
    const p = doc.tokPos[k];
    if (p !== POS.ADJ && p !== POS.ADV && p !== POS.DET) break;
  }
  return NO_PARTY;
}

/** The noun phrase at the start of `range`: up to a comma, `as`, or a conjunction before a verb. */
function nounPhraseIn(doc: Doc, [s, e]: TokenRange): TokenRange {
  let k = s;
  while (k < e) {
    const w = doc.lower[k]!;
    if (w === ',' || w === 'as' || w === ';') break;
    if (doc.tokPos[k] === POS.CCONJ && (doc.tokPos[k + 1] === POS.VERB || doc.tokPos[k + 1] === POS.AUX)) break;
    k++;
  }
  return k > s ? [s, k] : [s, e];
}
