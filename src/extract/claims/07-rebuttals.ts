import type { Party } from '../../model/claims.ts';
import type { Cue } from './01-find-cues.ts';
import { NO_PARTY, partyFromQuote, type Context } from './02-parties.ts';
import type { TokenRange } from './03-clauses.ts';
import { calledFalse } from './called-false.ts';
import { predicateRebuttal } from './denied-predicate.ts';
import { CLAUSE_STOPS, verbRebuttal } from './denying-verb.ts';
import { claimantRebuttal, falseByName } from './named-false.ts';
import { notSaidDrafts } from './not-said.ts';
import { unrelatedRebuttal } from './own-part.ts';
import { questionBefore, saidBefore, type QuestionBefore, type SaidBefore } from './pointing.ts';
import { inQuote, speakerAt } from './rebutter.ts';

/**
 * Step 7: rebuttals, each tied to the claim it answers. One rule per kind of cue:
 * - `X is/was [a] lie|false|fabricated|not true` (`denied-predicate.ts`);
 * - `X denied|dismissed|rejected ...` (`denying-verb.ts`);
 * - a claim named false where it is named or by whose it is (`named-false.ts`), or by a verb of naming
 *   (`called the claim a provocation`, `called-false.ts`);
 * - `We have nothing to do with that` (`own-part.ts`);
 * - `there is no encirclement`, `spreading this lie` (here).
 * Who says each denial: `rebutter.ts`. What a rebuttal answers is described here; step 8 finds the
 * claim (or makes the implied one).
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


export function rebuttalDrafts(ctx: Context, cues: readonly Cue[]): RebuttalDraft[] {
  const out = cueDrafts(ctx, cues);
  const notSaid = notSaidDrafts(ctx);
  // Denials that point back learn what else they may answer: a claim restated before them, a question.
  for (let i = 0; i < out.length; i++) {
    const r = out[i]!;
    if (r.target.kind !== 'previous') continue;
    out[i] = { ...r, said: saidBefore(ctx, r.range[0]), question: questionBefore(ctx, r.range[0]) };
  }
  // (In text order: an answer's follow-ups are linked in the order they come.)
  return notSaid.length ? mergeByCue(out, notSaid) : out;
}

/** The two lists merged by where their cues stand, each keeping its own order. */
function mergeByCue(a: readonly RebuttalDraft[], b: readonly RebuttalDraft[]): RebuttalDraft[] {
  const out: RebuttalDraft[] = [];
  let j = 0;
  for (const r of a) {
    while (j < b.length && b[j]!.cueAt < r.cueAt) out.push(b[j++]!);
    out.push(r);
  }
  while (j < b.length) out.push(b[j++]!);
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
