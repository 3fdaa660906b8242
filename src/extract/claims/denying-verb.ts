import type { Cue } from './01-find-cues.ts';
import { subjectOf, type Context } from './02-parties.ts';
import { clauseAfter, type TokenRange } from './03-clauses.ts';
import { CLAIM_NOUNS, SELF_DENIAL_NOUNS } from '../lexicon/claims.ts';
import { POS } from '../../model/doc.ts';
import type { RebuttalDraft } from './07-rebuttals.ts';
import { inQuote, lowerTok } from './rebutter.ts';

/**
 * `X denied|dismissed|rejected ...`: the object names the claim (`claims that ...`), points back to
 * one (`it`), or states it (`denied that the city was encircled`); `denied taking any hostile action`
 * speaks of the denier's own part.
 */

const NEAR_OBJECT = 3;
const REJECTING: ReadonlySet<string> = new Set(['rejected', 'rejects', 'reject']);
const OBJECT_ANAPHORS: ReadonlySet<string> = new Set(['it', 'this', 'that']);
/** Where `there is no X` stops: the attribution after a comma is not part of what is denied. */
export const CLAUSE_STOPS: ReadonlySet<string> = new Set([',', ';', '"', '“', '”', '—']);

export function verbRebuttal(ctx: Context, cues: readonly Cue[], c: number): RebuttalDraft | null {
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
    // `Moscow rejected these accusations`: a claim noun with no claim after it names the kind it answers (step 8 looks further back).
    return { ...base, range: [start, end], target: { kind: 'cue', cueIndex: c + 1 }, confidence: 0.85, named: next.kind === 'claim-noun' };
  }
  const after = doc.lower[cue.end] ?? '';
  // `denied it`, `rejected them`, `dismissed the claim`; but `denied that the city ...` states what is denied.
  const objectEnds = cue.end + 1 >= sentEnd || doc.tokPos[cue.end + 1] === POS.PUNCT || doc.tokPos[cue.end + 1] === POS.ADP || doc.tokPos[cue.end + 1] === POS.CCONJ;
  // `denying it the privileges it enjoyed`: a second object makes `deny` withhold, not contradict.
  // `Republicans rejected it`: what is rejected by a pronoun is more often a proposal than a claim; `denied it` is a claim.
  const anaphoric = OBJECT_ANAPHORS.has(after) && objectEnds && !REJECTING.has(doc.lower[cue.start]!);
  if (anaphoric || (after === 'the' && CLAIM_NOUNS.has(doc.lower[cue.end + 1] ?? ''))) {
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
