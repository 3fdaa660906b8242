import type { Cue } from './01-find-cues.ts';
import { NO_PARTY, partyFromQuote, subjectOf, type Context } from './02-parties.ts';
import { clauseAfter, type TokenRange } from './03-clauses.ts';
import { ANAPHORS, CLAIM_NOUNS, POINTERS, EXPLETIVE_PREDICATES, HAPPEN_VERBS, NAMED_ONLY_PREDICATES, NOMINAL_VERBS, SAYING_ONLY_PREDICATES } from '../lexicon/claims.ts';
import { POS } from '../../model/doc.ts';
import type { RebuttalDraft, Target } from './07-rebuttals.ts';
import { claimSubjectStart } from './claim-subject.ts';
import { whatSays } from './named-false.ts';
import { inQuote, isPartyPhrase, lowerTok, orTurnSpeaker, sameName, speakerAt } from './rebutter.ts';

/**
 * `X is/was [a] lie|false|fabricated|not true`: the subject names the claim (`Moscow's claims that
 * ...`), points back to one (`That`, `These reports`), or is one (`The encirclement story`); an
 * expletive `it is not true that X` denies X.
 */

export function predicateRebuttal(ctx: Context, cues: readonly Cue[], c: number): RebuttalDraft | null {
  const { doc } = ctx;
  const cue = cues[c]!;
  const quote = inQuote(ctx, cue.copula);
  const sentStart = doc.sentStartTok[doc.tokSentence[cue.copula]!]!;
  let subjectStart = sentStart;
  if (quote) {
    // `Kovalenko said reports that ... were not true`: the subject starts after the quotation's own
    // cue, not where the quotation's bounds put it (the learned tagger may leave `reports that` out).
    const cueEnd = quote.cue && quote.cue.end <= doc.tokStart[cue.copula]! ? lowerTok(ctx, quote.cue.end) : -1;
    // (A transcript turn's cue is the label's colon: `MR. KIRBY: That is not true` keeps its `That`.)
    const qStart = cueEnd >= 0 ? cueEnd + (doc.lower[cueEnd] === 'that' && doc.tokens[cueEnd - 1] !== ':' ? 1 : 0) : lowerTok(ctx, quote.start);
    if (qStart > subjectStart && qStart < cue.copula) subjectStart = qStart;
  }
  while (subjectStart < cue.copula && !/[\p{L}\p{N}]/u.test(doc.tokens[subjectStart]!)) subjectStart++;
  // `they say X, but that is a lie`: a pointing subject after a clause boundary is the whole subject.
  const pointer = cue.copula - 1;
  if (pointer > subjectStart && ANAPHORS.has(doc.lower[pointer]!) && CLAUSE_BOUNDARIES.has(doc.lower[pointer - 1]!)) subjectStart = pointer;
  // `if it is false`: a condition denies nothing.
  for (let k = Math.max(sentStart, cue.copula - 3); k < cue.copula; k++) if (doc.lower[k] === 'if' || doc.lower[k] === 'unless' || doc.lower[k] === 'whether') return null;
  // `it would be incorrect (for you) to conclude that X`, `it is not true that X`: the clause is what is denied.
  const expletive = expletiveClause(ctx, subjectStart, cue);
  if (expletive) {
    return {
      range: [subjectStart, expletive[1]], rebutter: speakerAt(ctx, cue.copula), evidence: [[cue.start, cue.end]], target: { kind: 'clause', range: expletive },
      tenseAt: cue.copula, cueAt: cue.copula, quote: quote?.id ?? null, rule: 'claims/rebut-predicate', confidence: 0.75,
    };
  }
  // `He was wrong` judges a belief, not a claim: these deny only after an expletive `it`, or with a
  // claim noun heading the subject (`reports that suggest otherwise are inaccurate`): that names the kind it answers.
  const judging = EXPLETIVE_PREDICATES.has(doc.lower[cue.end - 1]!);
  if (judging) {
    // (The quotation layer may start the subject after its claim noun: `Reports [that suggest otherwise are inaccurate]`.)
    const claimSubject = claimSubjectStart(doc, cue.copula, sentStart);
    if (claimSubject < 0) return null;
    subjectStart = claimSubject;
  }
  // `what Mr. Peskov says is just a blatant, bald lie`: Peskov's claim is what is denied.
  const what = whatSays(ctx, subjectStart, cue.copula);
  const rebutter = quote ? partyFromQuote(quote, doc) : orTurnSpeaker(ctx, cue.copula, NO_PARTY);
  if (what && !(rebutter.name && sameName(rebutter.name, what.party.name!))) {
    return {
      range: [what.what, cue.end], rebutter, evidence: [[cue.start, cue.end]], target: { kind: 'claimant', party: what.party },
      tenseAt: cue.copula, cueAt: cue.copula, quote: quote?.id ?? null, rule: 'claims/rebut-claimant', confidence: 0.7,
    };
  }
  let target: Target = { kind: 'previous' };
  let confidence = 0.75;
  const head = doc.lower[cue.copula - 1] ?? '';
  // `these accusations were groundless`, `such claims are nonsense`: a short subject headed by a claim noun.
  const named = judging || (CLAIM_NOUNS.has(head) && cue.copula - subjectStart <= NAMED_SUBJECT && (POINTERS.has(doc.lower[subjectStart]!) || doc.lower[subjectStart] === 'the'));
  for (let k = c - 1; k >= 0 && cues[k]!.start >= subjectStart; k--) {
    const other = cues[k]!;
    if (other.kind === 'claim-noun' || other.kind === 'claim-verb' || other.kind === 'accusation' || other.kind === 'accusation-passive') { target = { kind: 'cue', cueIndex: k }; confidence = 0.9; break; }
  }
  if (target.kind === 'previous' && !judging && subjectStart < cue.copula && !ANAPHORS.has(doc.lower[subjectStart]!) && !CLAIM_NOUNS.has(head) && !ANAPHORS.has(head)) {
    // `this jump in inflation did not happen`: what did not happen must be a claim or an event (`the attack`).
    if (HAPPEN_VERBS.has(doc.lower[cue.end - 1]!) && !NOMINAL_VERBS.has(head)) return null;
    // `the threat is exaggerated` judges a size; it denies a claim only when it names or points at one.
    if (NAMED_ONLY_PREDICATES.has(doc.lower[cue.end - 1]!)) return null;
    // `Russia is lying`: the party's claim before, not words of its own.
    if (LIAR_PREDICATES.has(doc.lower[cue.end - 1]!) && isPartyPhrase(doc, subjectStart, cue.copula)) {
      const party = subjectOf(ctx, cue.copula);
      if (!party.name || (rebutter.name && sameName(rebutter.name, party.name))) return null;
      return {
        range: [subjectStart, cue.end], rebutter, evidence: [[cue.start, cue.end]], target: { kind: 'claimant', party },
        tenseAt: cue.copula, cueAt: cue.copula, quote: quote?.id ?? null, rule: 'claims/rebut-claimant', confidence: 0.65,
      };
    }
    target = { kind: 'clause', range: [subjectStart, cue.copula] };
    confidence = 0.6;
  }
  return {
    range: [Math.min(subjectStart, cue.copula), cue.end], rebutter, evidence: [[cue.start, cue.end]],
    target, tenseAt: cue.copula, cueAt: cue.copula, quote: quote?.id ?? null, rule: 'claims/rebut-predicate', confidence, named,
  };
}

/** Before a pointing subject, the end of the clause it points at: `X, but that is a lie`. */
const CLAUSE_BOUNDARIES: ReadonlySet<string> = new Set([',', ';', '—', '–', 'but', 'and']);

/** `these accusations`, `such baseless claims`: a pointing word, an adjective or two, the claim noun. */
const NAMED_SUBJECT = 4;

/** `Russia is lying`, `Kyiv is bluffing`: predicates whose subject is the party whose claim they deny. */
const LIAR_PREDICATES: ReadonlySet<string> = new Set(['lying', 'bluffing']);


const EXPLETIVE_REACH = 4;
const SAYING_VERBS: ReadonlySet<string> = new Set(['say', 'conclude', 'suggest', 'claim', 'assume', 'think', 'believe', 'argue', 'report', 'state', 'imply', 'characterize', 'describe']);

/** After `it is|would be PRED`: `that X`, or `(for you) to say|conclude|suggest that X`; the tokens of X, or null. */
function expletiveClause(ctx: Context, subjectStart: number, cue: Cue): TokenRange | null {
  const { doc } = ctx;
  // The subject is `it`, with at most a modal before the copula: `it would be`, `it is`, `it's`.
  const it = doc.lower[cue.copula - 1] === 'it' ? cue.copula - 1 : doc.lower[cue.copula - 2] === 'it' && doc.tokPos[cue.copula - 1] === POS.AUX ? cue.copula - 2 : -1;
  if (it < subjectStart) return null;
  const sentEnd = doc.sentEndTok[doc.tokSentence[cue.start]!]!;
  let k = cue.end;
  // `it is absurd that X` asserts X: these deny only what is said (`it is absurd to claim that X`).
  if (doc.lower[k] === 'that' && SAYING_ONLY_PREDICATES.has(doc.lower[cue.end - 1]!)) return null;
  if (doc.lower[k] !== 'that') {
    if (doc.lower[k] === 'for') { let j = k + 1; while (j < sentEnd && j <= k + EXPLETIVE_REACH && doc.lower[j] !== 'to') j++; k = j; }
    if (doc.lower[k] !== 'to' || !SAYING_VERBS.has(doc.lower[k + 1] ?? '') || doc.lower[k + 2] !== 'that') return null;
    k += 2;
  }
  return clauseAfter(doc, k, Infinity);
}
