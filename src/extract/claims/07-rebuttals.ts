import type { Party } from '../../model/claims.ts';
import type { Cue } from './01-find-cues.ts';
import { NO_PARTY, partyFromQuote, partyOf, possessorOf, quoteAround, subjectOf, type Context } from './02-parties.ts';
import { clauseAfter, type TokenRange } from './03-clauses.ts';
import { phraseEndingAt } from '../../extract/speakers/find-source.ts';
import { ANAPHORS, BLAME_SHIFTING, CLAIM_NOUNS, POINTERS, EXPLETIVE_PREDICATES, HAPPEN_VERBS, NAMED_ONLY_PREDICATES, NOMINAL_VERBS, REBUTTING_MODIFIERS, REBUTTING_NOUNS, SELF_DENIAL_NOUNS, WHAT_SAYS_VERBS } from '../lexicon/claims.ts';
import { POS } from '../../model/doc.ts';
import { claimNounSubject } from './claim-subject.ts';
import { calledFalse } from './called-false.ts';
import { questionBefore, saidBefore, turnSpeaker, type QuestionBefore, type SaidBefore } from './pointing.ts';

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
  /** `We have nothing to do with that`: the accusation before it, else the claim just before. */
  | { readonly kind: 'blame' }
  /** `Mr. Peskov's lies`, `what Mr. Peskov says is a lie`, `Russia is lying`: the claim that party made before. */
  | { readonly kind: 'claimant'; readonly party: Party }
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
  /** For a denial that points back: a claim restated just before it, and the reporter's question it answers (`pointing.ts`). */
  readonly said?: SaidBefore | null;
  readonly question?: QuestionBefore | null;
  /** `these accusations were groundless`: the claim is named by its kind, so it may lie further back. */
  readonly named?: boolean;
}

const NEAR_OBJECT = 3;
const REJECTING: ReadonlySet<string> = new Set(['rejected', 'rejects', 'reject']);
const OBJECT_ANAPHORS: ReadonlySet<string> = new Set(['it', 'this', 'that']);
/** Where `there is no X` stops: the attribution after a comma is not part of what is denied. */
const CLAUSE_STOPS: ReadonlySet<string> = new Set([',', ';', '"', '“', '”', '—']);

export function rebuttalDrafts(ctx: Context, cues: readonly Cue[]): RebuttalDraft[] {
  const out = cueDrafts(ctx, cues);
  // Denials that point back learn what else they may answer: a claim restated before them, a question.
  for (let i = 0; i < out.length; i++) {
    const r = out[i]!;
    if (r.target.kind !== 'previous') continue;
    out[i] = { ...r, said: saidBefore(ctx, r.range[0]), question: questionBefore(ctx, r.range[0]) };
  }
  return out;
}

function cueDrafts(ctx: Context, cues: readonly Cue[]): RebuttalDraft[] {
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
    else if (cue.kind === 'rebut-unrelated') {
      const r = unrelatedRebuttal(ctx, cue);
      if (r) out.push(r);
    } else if (cue.kind === 'rebut-pointing') {
      const quote = inQuote(ctx, cue.start);
      out.push({
        range: [cue.start, cue.end], rebutter: speakerAt(ctx, cue.start), evidence: [[cue.end - 1, cue.end]], target: { kind: 'previous' },
        tenseAt: -1, cueAt: cue.start, quote: quote?.id ?? null, rule: 'claims/rebut-pointing', confidence: 0.6,
      });
    }
    else if (cue.kind === 'rebut-claimant') {
      const r = claimantRebuttal(ctx, cue);
      if (r) out.push(r);
    }
    else if (cue.kind === 'claim-noun' || cue.kind === 'accusation' || cue.kind === 'accusation-passive') {
      const r = falseByName(ctx, cues, c) ?? (cue.kind === 'claim-noun' ? calledFalse(ctx, cues, c) : null);
      if (r) out.push(r);
    }
  }
  return out;
}

const MODIFIER_REACH = 3;

/**
 * `contrary to Mr. Peskov's lies`, `Russia keeps spreading disinformation` (issue 14, fourth pass): the
 * noun calls false what the party it names claimed; step 8 finds that party's claim before it, or
 * nothing. The rebutter is whoever says the words, never the party named.
 */
function claimantRebuttal(ctx: Context, cue: Cue): RebuttalDraft | null {
  const { doc } = ctx;
  const possessive = doc.lower[cue.copula] === "'s" || doc.lower[cue.copula] === '’s';
  const party = possessive ? possessorOf(ctx, cue.start) : subjectOf(ctx, verbGroupStart(ctx, cue.copula));
  if (!party.name) return null;
  const rebutter = speakerAt(ctx, cue.start);
  if (rebutter.name && sameName(rebutter.name, party.name)) return null;
  const from = party.mention && party.mention.start < doc.tokStart[cue.start]! && party.mention.start >= doc.tokStart[doc.sentStartTok[doc.tokSentence[cue.start]!]!]!
    ? lowerTok(ctx, party.mention.start) : cue.copula;
  const quote = inQuote(ctx, cue.start);
  return {
    range: [Math.min(from, cue.copula), cue.end], rebutter, evidence: [[cue.start, cue.end]], target: { kind: 'claimant', party },
    tenseAt: possessive ? -1 : cue.copula, cueAt: cue.start, quote: quote?.id ?? null, rule: 'claims/rebut-claimant', confidence: 0.65,
  };
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** `keeps peddling`, `is spreading`, `continues to spread`: the first word of the verb group ending at `v`, whose subject is the party. */
function verbGroupStart(ctx: Context, v: number): number {
  const { doc } = ctx;
  const sentStart = doc.sentStartTok[doc.tokSentence[v]!]!;
  let k = v;
  while (k - 1 > sentStart && k > v - 4) {
    const p = doc.tokPos[k - 1];
    if (p !== POS.AUX && p !== POS.VERB && p !== POS.ADV && doc.lower[k - 1] !== 'to') break;
    k--;
  }
  return k;
}

/** Verbs of saying that may stand between `what X` and the copula with an auxiliary: `what Peskov is saying`, `what they have said`. */
const WHAT_REACH = 6;

/** `what Mr. Peskov says is a lie`: the party whose words the subject names, or null. */
function whatSays(ctx: Context, subjectStart: number, copula: number): { party: Party; what: number } | null {
  const { doc } = ctx;
  const verb = copula - 1;
  if (verb <= subjectStart || !WHAT_SAYS_VERBS.has(doc.lower[verb]!)) return null;
  for (let w = verb - 1; w >= subjectStart && w >= verb - WHAT_REACH; w--) {
    if (doc.lower[w] !== 'what') continue;
    let end = verb;
    while (end > w + 1 && doc.tokPos[end - 1] === POS.AUX) end--;
    if (end <= w + 1) return null;
    const party = partyOf(ctx, { start: w + 1, end, apposition: null });
    return party.name ? { party, what: w } : null;
  }
  return null;
}

/**
 * The claim named false where it is named (issue 14): `any false notion that ...`, `the false premise
 * that ...`, `the myth of ...`, `Kiev's blatant lies and statements that ...`, `groundlessly accused of
 * ...`. The rebuttal is the rebutting word up to the claim noun or verb; it answers the claims of that cue.
 */
function falseByName(ctx: Context, cues: readonly Cue[], c: number): RebuttalDraft | null {
  const { doc } = ctx;
  const cue = cues[c]!;
  const sentStart = doc.sentStartTok[doc.tokSentence[cue.start]!]!;
  let from = -1;
  if (cue.kind === 'claim-noun' && REBUTTING_NOUNS.has(doc.lower[cue.start]!)) from = cue.start;
  for (let k = cue.start - 1; k >= sentStart && k >= cue.start - MODIFIER_REACH; k--) {
    const w = doc.lower[k]!;
    if (REBUTTING_MODIFIERS.has(w)) { from = k; break; }
    if (doc.tokPos[k] === POS.PUNCT || doc.tokPos[k] === POS.VERB || w === 'not' || w === "n't" || w === 'no') break;
  }
  if (from < 0) return null;
  // `this is a false claim` names no claim: the claim must follow (`that ...`, `of ...`) as the cue found it.
  const next = doc.lower[cue.end] ?? '';
  if (cue.kind === 'claim-noun' && next !== 'that' && next !== 'of' && next !== 'about') return null;
  const quote = inQuote(ctx, from);
  return {
    range: [from, cue.end], rebutter: speakerAt(ctx, from), evidence: [[from, from + 1]], target: { kind: 'cue', cueIndex: c },
    tenseAt: from, cueAt: from, quote: quote?.id ?? null, rule: 'claims/rebut-named-false', confidence: 0.75,
  };
}

/** Who says the words at token `k`: the speaker of the quotation around it, else the subject of the verb before it in its sentence. */
function speakerAt(ctx: Context, k: number): Party {
  const quote = inQuote(ctx, k);
  if (quote?.speaker) return partyFromQuote(quote, ctx.doc);
  const { doc } = ctx;
  const sentStart = doc.sentStartTok[doc.tokSentence[k]!]!;
  let subject = NO_PARTY;
  for (let v = k - 1; v >= sentStart; v--) if (doc.tokPos[v] === POS.VERB) { subject = subjectOf(ctx, v); break; }
  // `I would just say that ...` in a transcript turn the quotation layer left out: the turn's speaker.
  return subject.name || quote ? subject : orTurnSpeaker(ctx, k, subject);
}

/** A party without a name, outside any quotation: the transcript turn's speaker, keeping the mention found. */
function orTurnSpeaker(ctx: Context, k: number, found: Party): Party {
  const turn = turnSpeaker(ctx, k);
  return turn.name ? { ...turn, mention: found.mention ?? turn.mention } : found;
}

/**
 * `We have absolutely nothing to do with that`, `Russia has nothing to do with it`: the speaking party
 * denies its part in what it was blamed for. The subject must be a party (a name or `we`, `I`), not
 * a thing: `the ban on Russian oil imports has nothing to do with it` argues, it does not deny.
 */
function unrelatedRebuttal(ctx: Context, cue: Cue): RebuttalDraft | null {
  const { doc } = ctx;
  const sentStart = doc.sentStartTok[doc.tokSentence[cue.start]!]!;
  // The verb `has`/`have`/`had` before `nothing`, past an adverb (`absolutely`).
  let v = cue.start - 1;
  while (v > sentStart && doc.tokPos[v] === POS.ADV) v--;
  const quote = inQuote(ctx, cue.start);
  // `another attempt to pin the blame on someone else`: whoever says it disputes the accusation;
  // `Prices are rising, but not because of us`: the speaker denies being the cause.
  if (BLAME_SHIFTING.has(doc.lower[cue.start]!) || (doc.lower[cue.start] === 'not' && doc.lower[cue.start + 1] === 'because')) {
    // (`Prices are rising, but not because of us`: the subject is no rebutter; the one speaking is.)
    const speaking = doc.lower[cue.start] === 'not' ? (quote?.speaker ? partyFromQuote(quote, doc) : orTurnSpeaker(ctx, cue.start, NO_PARTY)) : speakerAt(ctx, cue.start);
    return {
      range: [cue.start, cue.end], rebutter: speaking, evidence: [[cue.start, cue.end]], target: { kind: 'blame' }, tenseAt: -1,
      cueAt: cue.start, quote: quote?.id ?? null, rule: 'claims/rebut-unrelated', confidence: 0.6,
    };
  }
  const phrase = v > sentStart ? phraseEndingAt(doc, v, sentStart) : null;
  if (!phrase || !isPartyPhrase(doc, phrase.start, phrase.end)) return null;
  const subject = subjectOf(ctx, v);
  // `We have nothing to do with that` outside any quotation, in a transcript turn: its speaker.
  const rebutter = subject.name || quote ? subject : orTurnSpeaker(ctx, cue.start, subject);
  const start = rebutter.mention && rebutter.mention.start < doc.tokStart[cue.start]! && rebutter.mention.start >= doc.tokStart[sentStart]! ? lowerTok(ctx, rebutter.mention.start) : cue.start;
  // `Kyiv had nothing to do with the attack` names the event: the claim that the rebutter's side did it.
  const event = cue.end - cue.start > NOTHING_TO_DO_THAT;
  return {
    range: [start, cue.end], rebutter, evidence: [[cue.start, event ? cue.start + 4 : cue.end]], target: { kind: event ? 'party' : 'blame' }, tenseAt: v, cueAt: cue.start,
    quote: quote?.id ?? null, rule: 'claims/rebut-unrelated', confidence: 0.65,
  };
}

/** `nothing to do with that`: five tokens; more name an event. */
const NOTHING_TO_DO_THAT = 5;

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
  if (judging && !claimNounSubject(doc, subjectStart, cue.copula)) return null;
  if (judging && doc.lower[subjectStart] === 'that') subjectStart--;
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

const SPEAKING_PRONOUNS: ReadonlySet<string> = new Set(['we', 'i']);
/** `Russia is lying`, `Kyiv is bluffing`: predicates whose subject is the party whose claim they deny. */
const LIAR_PREDICATES: ReadonlySet<string> = new Set(['lying', 'bluffing']);

/** A name (`Russia`, `the Russian Army`) or the speaker (`we`, `I`). */
function isPartyPhrase(doc: Context['doc'], s: number, e: number): boolean {
  if (e - s === 1 && SPEAKING_PRONOUNS.has(doc.lower[s]!)) return true;
  for (let k = s; k < e; k++) if (doc.tokPos[k] === POS.PROPN) return true;
  return false;
}

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
  if (doc.lower[k] !== 'that') {
    if (doc.lower[k] === 'for') { let j = k + 1; while (j < sentEnd && j <= k + EXPLETIVE_REACH && doc.lower[j] !== 'to') j++; k = j; }
    if (doc.lower[k] !== 'to' || !SAYING_VERBS.has(doc.lower[k + 1] ?? '') || doc.lower[k + 2] !== 'that') return null;
    k += 2;
  }
  return clauseAfter(doc, k, Infinity);
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
