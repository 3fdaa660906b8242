import type { Party } from '../../model/claims.ts';
import { POS } from '../../model/doc.ts';
import type { Cue } from './01-find-cues.ts';
import { partyOf, possessorOf, subjectOf, type Context } from './02-parties.ts';
import { REBUTTING_MODIFIERS, REBUTTING_NOUNS, WHAT_SAYS_VERBS } from '../lexicon/claims.ts';
import type { RebuttalDraft } from './07-rebuttals.ts';
import { inQuote, lowerTok, sameName, speakerAt } from './rebutter.ts';

/**
 * Claims named false where they are named (`any false notion that ...`, `groundlessly accused of ...`)
 * or by whose they are (`Mr. Peskov's lies`, `Russia is spreading disinformation`, `what Mr. Peskov says`).
 */

const MODIFIER_REACH = 3;

/**
 * `contrary to Mr. Peskov's lies`, `Russia keeps spreading disinformation` (issue 14, fourth pass): the
 * noun calls false what the party it names claimed; step 8 finds that party's claim before it, or
 * nothing. The rebutter is whoever says the words, never the party named.
 */
export function claimantRebuttal(ctx: Context, cue: Cue): RebuttalDraft | null {
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
export function whatSays(ctx: Context, subjectStart: number, copula: number): { party: Party; what: number } | null {
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
export function falseByName(ctx: Context, cues: readonly Cue[], c: number): RebuttalDraft | null {
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
