import type { Party } from '../../model/claims.ts';
import type { Cue } from './01-find-cues.ts';
import { NO_PARTY, partyFromQuote, quoteAround, subjectOf, type Context } from './02-parties.ts';
import { clauseAfter, type TokenRange } from './03-clauses.ts';
import { ANAPHORS, CLAIM_NOUNS, HAPPEN_VERBS, NOMINAL_VERBS, SELF_DENIAL_NOUNS } from '../lexicon/claims.ts';
import { POS } from '../../model/doc.ts';

/**
 * Step 7: rebuttals, each tied to the claim it answers.
 * - `X is/was [a] lie|false|fabricated|not true`: the subject names the claim (`Moscow's claims that
 *   ...`), points back to one (`That`, `These reports`), or is one (`The encirclement story`).
 * - `X denied|dismissed|rejected ...`: the object names the claim (`claims that ...`), points back to
 *   one (`it`), or states it (`denied that the city was encircled`).
 * - `there is no encirclement`: answers the claim with that predicate.
 * What a rebuttal answers is described here; step 8 finds the claim (or makes the implied one).
 */
export type Target =
  | { readonly kind: 'cue'; readonly cueIndex: number }
  | { readonly kind: 'previous' }
  /** `Kyiv denied taking any hostile action`: the claim before it about the denier's own part. */
  | { readonly kind: 'party' }
  | { readonly kind: 'clause'; readonly range: TokenRange }
  | { readonly kind: 'nominal'; readonly noun: number; readonly clause: TokenRange };

export interface RebuttalDraft {
  /** Tokens of the whole rebutting statement. */
  readonly range: TokenRange;
  readonly rebutter: Party;
  readonly evidence: readonly TokenRange[];
  readonly target: Target;
  readonly tenseAt: number;
  readonly cueAt: number;
  readonly quote: string | null;
  readonly rule: string;
  readonly confidence: number;
}

const NEAR_OBJECT = 3;
const OBJECT_ANAPHORS: ReadonlySet<string> = new Set(['it', 'this', 'that']);
/** Where `there is no X` stops: the attribution after a comma is not part of what is denied. */
const CLAUSE_STOPS: ReadonlySet<string> = new Set([',', ';', '"', '“', '”', '—']);

export function rebuttalDrafts(ctx: Context, cues: readonly Cue[]): RebuttalDraft[] {
  const out: RebuttalDraft[] = [];
  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c]!;
    if (cue.kind === 'rebut-predicate') {
      const r = predicateRebuttal(ctx, cues, c);
      if (r) out.push(r);
    }
    else if (cue.kind === 'rebut-verb') {
      const r = verbRebuttal(ctx, cues, c);
      if (r) out.push(r);
    } else if (cue.kind === 'rebut-existential') out.push(existentialRebuttal(ctx, cue));
  }
  return out;
}

function inQuote(ctx: Context, tok: number) {
  return quoteAround(ctx, ctx.doc.tokStart[tok]!);
}

function predicateRebuttal(ctx: Context, cues: readonly Cue[], c: number): RebuttalDraft | null {
  const { doc } = ctx;
  const cue = cues[c]!;
  const quote = inQuote(ctx, cue.copula);
  const sentStart = doc.sentStartTok[doc.tokSentence[cue.copula]!]!;
  let subjectStart = sentStart;
  if (quote) {
    // `Kovalenko said reports that ... were not true`: the subject starts after the quotation's own
    // cue, not where the quotation's bounds put it (the learned tagger may leave `reports that` out).
    const cueEnd = quote.cue && quote.cue.end <= doc.tokStart[cue.copula]! ? lowerTok(ctx, quote.cue.end) : -1;
    const qStart = cueEnd >= 0 ? cueEnd + (doc.lower[cueEnd] === 'that' ? 1 : 0) : lowerTok(ctx, quote.start);
    if (qStart > subjectStart && qStart < cue.copula) subjectStart = qStart;
  }
  while (subjectStart < cue.copula && !/[\p{L}\p{N}]/u.test(doc.tokens[subjectStart]!)) subjectStart++;
  // `if it is false`: a condition denies nothing.
  for (let k = Math.max(sentStart, cue.copula - 3); k < cue.copula; k++) if (doc.lower[k] === 'if' || doc.lower[k] === 'unless' || doc.lower[k] === 'whether') return null;
  let target: Target = { kind: 'previous' };
  let confidence = 0.75;
  for (let k = c - 1; k >= 0 && cues[k]!.start >= subjectStart; k--) {
    const other = cues[k]!;
    if (other.kind === 'claim-noun' || other.kind === 'claim-verb') { target = { kind: 'cue', cueIndex: k }; confidence = 0.9; break; }
  }
  const head = doc.lower[cue.copula - 1] ?? '';
  if (target.kind === 'previous' && subjectStart < cue.copula && !ANAPHORS.has(doc.lower[subjectStart]!) && !CLAIM_NOUNS.has(head) && !ANAPHORS.has(head)) {
    // `this jump in inflation did not happen`: what did not happen must be a claim or an event (`the attack`).
    if (HAPPEN_VERBS.has(doc.lower[cue.end - 1]!) && !NOMINAL_VERBS.has(head)) return null;
    target = { kind: 'clause', range: [subjectStart, cue.copula] };
    confidence = 0.6;
  }
  return {
    range: [Math.min(subjectStart, cue.copula), cue.end], rebutter: partyFromQuote(quote, doc), evidence: [[cue.start, cue.end]],
    target, tenseAt: cue.copula, cueAt: cue.copula, quote: quote?.id ?? null, rule: 'claims/rebut-predicate', confidence,
  };
}

function verbRebuttal(ctx: Context, cues: readonly Cue[], c: number): RebuttalDraft | null {
  const { doc } = ctx;
  const cue = cues[c]!;
  const sentEnd = doc.sentEndTok[doc.tokSentence[cue.start]!]!;
  // `They will definitely deny this`, `to deny Russia access`: a denial foreseen or wanted is none made;
  // `denied, many of you ...`: a participle before a comma denies nothing.
  const sentStart = doc.sentStartTok[doc.tokSentence[cue.start]!]!;
  for (let k = Math.max(sentStart, cue.start - 3); k < cue.start; k++) if (NOT_A_DENIAL_BEFORE.has(doc.lower[k]!)) return null;
  if (doc.tokPos[cue.end] === POS.PUNCT) return null;
  const rebutter = subjectOf(ctx, cue.start);
  const quote = inQuote(ctx, cue.start);
  const start = rebutter.mention && rebutter.mention.start < doc.tokStart[cue.start]! ? lowerTok(ctx, rebutter.mention.start) : cue.start;
  const base = { rebutter, evidence: [[cue.start, cue.end]] as TokenRange[], tenseAt: cue.start, cueAt: cue.start, quote: quote?.id ?? null, rule: 'claims/rebut-verb' };
  const next = cues[c + 1];
  if (next && next.start - cue.end < NEAR_OBJECT && doc.tokSentence[next.start] === doc.tokSentence[cue.start]
    && (next.kind === 'claim-noun' || next.kind === 'claim-verb')) {
    const end = clauseAfter(doc, next.end, Infinity)?.[1] ?? next.end;
    return { ...base, range: [start, end], target: { kind: 'cue', cueIndex: c + 1 }, confidence: 0.85 };
  }
  const after = doc.lower[cue.end] ?? '';
  // `denied it`, `rejected them`, `dismissed the claim`; but `denied that the city ...` states what is denied.
  const objectEnds = cue.end + 1 >= sentEnd || doc.tokPos[cue.end + 1] === POS.PUNCT || doc.tokPos[cue.end + 1] === POS.ADP || doc.tokPos[cue.end + 1] === POS.CCONJ;
  // `denying it the privileges it enjoyed`: a second object makes `deny` withhold, not contradict.
  if ((OBJECT_ANAPHORS.has(after) && objectEnds) || (after === 'the' && CLAIM_NOUNS.has(doc.lower[cue.end + 1] ?? ''))) {
    return { ...base, range: [start, Math.min(sentEnd, cue.end + 1)], target: { kind: 'previous' }, confidence: 0.7 };
  }
  // `denied taking any hostile action`, `denied any involvement`: the denier speaks of its own part in
  // an event claimed before; what it answers is found by the parties (step 8), not by a clause.
  const object = after === 'any' ? doc.lower[cue.end + 1] ?? '' : after;
  const gerund = doc.tokPos[cue.end] === POS.VERB && after.endsWith('ing') && after.length > 4;
  if (DENY_WITHOUT_THAT.has(doc.lower[cue.start]!) && (gerund || SELF_DENIAL_NOUNS.has(object))) {
    let end = cue.end + 1;
    while (end < sentEnd && !CLAUSE_STOPS.has(doc.tokens[end]!) && doc.tokens[end] !== '.') end++;
    return { ...base, range: [start, end], target: { kind: 'party' }, confidence: 0.7 };
  }
  // `denied that the city was encircled`, `denied the city was encircled`: what is denied is a clause
  // with a verb of its own. `rejected a media request`, `dismissed her proposals` deny no claim.
  const clause = clauseAfter(doc, cue.end, Infinity);
  // `rejected that argument`: `that` before a noun is a determiner, not the start of a clause.
  const complementizer = doc.lower[cue.end] === 'that' && doc.tokPos[cue.end] !== POS.DET && doc.tokPos[cue.end + 1] !== POS.NOUN;
  if (!clause || (!complementizer && !DENY_WITHOUT_THAT.has(doc.lower[cue.start]!)) || OBJECT_PRONOUNS.has(doc.lower[clause[0]]!) || !hasFiniteVerb(doc, clause)) return null;
  // `deny capital, we deny technology`, `deny Russia access to the revenues they need`: without `that`, the
  // denied clause's verb comes within a few words of its start, with no comma or relative word before it.
  if (!complementizer && !bareClauseVerbSoon(doc, clause)) return null;
  return { ...base, range: [start, clause[1]], target: { kind: 'clause', range: clause }, confidence: 0.7 };
}

const NOT_A_DENIAL_BEFORE: ReadonlySet<string> = new Set([
  'to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall', "'ll", '’ll',
  // `No one really denies that`, `did not deny`: a denial negated is none.
  'no', 'nobody', 'not', "n't", 'never',
]);
const BARE_CLAUSE_REACH = 4;
const RELATIVES: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'whose']);

function bareClauseVerbSoon(doc: Context['doc'], [s, e]: TokenRange): boolean {
  for (let k = s; k < e && k <= s + BARE_CLAUSE_REACH; k++) {
    const p = doc.tokPos[k];
    if (p === POS.PUNCT || RELATIVES.has(doc.lower[k]!)) return false;
    if (p === POS.AUX || p === POS.VERB) return true;
  }
  return false;
}

/** Only `deny` takes a bare clause as what it denies: `denied Pokrovsk was encircled`. */
const DENY_WITHOUT_THAT: ReadonlySet<string> = new Set(['denied', 'denies', 'deny']);

/** `deny them mining permits`: a person denied something, not a claim. */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['them', 'him', 'her', 'us', 'me', 'you']);

/** A verb of the clause's own, not an infinitive or participle: `the city was encircled`, not `the right to question`. */
function hasFiniteVerb(doc: Context['doc'], [s, e]: TokenRange): boolean {
  for (let k = s; k < e && k < s + 12; k++) {
    const p = doc.tokPos[k];
    if (p === POS.AUX || (p === POS.VERB && doc.lower[k - 1] !== 'to' && !doc.lower[k]!.endsWith('ing'))) return true;
  }
  return false;
}

function existentialRebuttal(ctx: Context, cue: Cue): RebuttalDraft {
  const { doc } = ctx;
  const there = Math.max(doc.sentStartTok[doc.tokSentence[cue.start]!]!, cue.copula);
  const quote = inQuote(ctx, cue.start);
  const sentEnd = doc.sentEndTok[doc.tokSentence[cue.start]!]!;
  let clauseEnd = cue.end;
  while (clauseEnd < sentEnd && !CLAUSE_STOPS.has(doc.tokens[clauseEnd]!) && doc.tokens[clauseEnd] !== '.') clauseEnd++;
  return {
    range: [there, cue.end], rebutter: quote ? partyFromQuote(quote, doc) : NO_PARTY, evidence: [[cue.start, cue.end]],
    target: { kind: 'nominal', noun: cue.end - 1, clause: [there, clauseEnd] }, tenseAt: there + 1, cueAt: cue.start, quote: quote?.id ?? null,
    rule: 'claims/rebut-existential', confidence: 0.65,
  };
}

/** The token that starts at or after character `at`. */
function lowerTok(ctx: Context, at: number): number {
  const starts = ctx.doc.tokStart;
  let lo = 0;
  let hi = ctx.doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
