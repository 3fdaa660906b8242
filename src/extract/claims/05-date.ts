import type { Doc } from '../../model/doc.ts';
import type { TimeExpression } from '../../model/context.ts';
import type { DateSource } from '../../model/claims.ts';
import { PAST_FORMS, PRESENT_FORMS } from '../lexicon/claims.ts';

/**
 * Step 5: when a claim was made. A date expression in the claim's sentence, from the sentence start
 * to a few tokens past its clause (`At the end of October, Russia declared ...`, `..., he said on
 * Tuesday`), nearest the cue, wins. Without one, a present-tense statement (`Moscow claims`, `are
 * fabricated`) stands at the article's date; anything else has no date rather than a guess.
 */
export interface DatedSpan {
  readonly date: string | null;
  readonly dateSource: DateSource | null;
}

const AFTER_CLAUSE_TOKENS = 6;
/** A sentence with more dates than this is a list, not a dated statement; we look at the first ones only. */
const MAX_DATES_LOOKED_AT = 32;
const NO_DATE: DatedSpan = { date: null, dateSource: null };

export function dateOf(doc: Doc, dates: readonly TimeExpression[], clauseStart: number, clauseEnd: number, cue: number, tenseAt: number): DatedSpan {
  const sentence = doc.tokSentence[cue]!;
  const first = Math.min(doc.sentStartTok[sentence]!, clauseStart);
  const last = Math.min(Math.max(clauseEnd, cue + 1) + AFTER_CLAUSE_TOKENS, doc.sentEndTok[sentence]!, doc.tokens.length) - 1;
  if (last >= first && dates.length) {
    const from = doc.tokStart[first]!;
    const to = doc.tokEnd[last]!;
    const anchor = doc.tokStart[cue]!;
    let best: TimeExpression | null = null;
    const lb = lowerBound(dates, from);
    for (let k = lb; k < dates.length && k < lb + MAX_DATES_LOOKED_AT && dates[k]!.start < to; k++) {
      const d = dates[k]!;
      if (d.end > to || (d.type !== 'DATE' && d.type !== 'TIME')) continue;
      if (!best || Math.abs(d.start - anchor) < Math.abs(best.start - anchor)) best = d;
    }
    if (best) return { date: best.value, dateSource: 'text' };
  }
  if (tenseAt >= 0 && isPresent(doc, tenseAt) && doc.document.date) return { date: doc.document.date, dateSource: 'article' };
  return NO_DATE;
}

/** `claims`, `are`, `has denied`: a present-tense finite verb at or just before token k. */
export function isPresent(doc: Doc, k: number): boolean {
  const w = doc.lower[k]!;
  if (PAST_FORMS.has(w)) return false;
  if (PRESENT_FORMS.has(w)) return true;
  const prev = k > 0 ? doc.lower[k - 1]! : '';
  return prev === 'has' || prev === 'have';
}

function lowerBound(dates: readonly TimeExpression[], at: number): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
