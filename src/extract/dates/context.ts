import type { Doc } from '../../model/doc.ts';
import { addDays, isoWeekday, type Ymd } from './calendar.ts';
import { POS } from '../../model/doc.ts';
import { FUTURE_MARKERS, IRREGULAR_PAST } from './words.ts';

/**
 * Whether the clause around a token speaks of the future. News reports the past: a bare
 * `on Saturday` or `in December` is the last one before the article's date unless a future
 * marker (`will`, `scheduled`, `next`) stands in the clause. chrono picks the closest instead
 * (its issues #599, #256), which is right for schedulers and wrong for reporting.
 */
const PASSIVE_BE: ReadonlySet<string> = new Set(['be', 'been', 'being']);

export function futureContext(doc: Doc, tok: number): boolean {
  const sent = doc.tokSentence[tok]!;
  const from = Math.max(doc.sentStartTok[sent]!, tok - 12);
  const to = Math.min(doc.sentEndTok[sent]!, tok + 4);
  // The nearest verb before the date decides: a predictive or future one looks forward (`predicts ...
  // by mid-May`, `would stabilise by June`), a past one back (`will meet ... said the talks collapsed in March`).
  for (let k = tok - 1; k >= from; k--) {
    const w = doc.lower[k]!;
    // `He predicted in October that ...`: a date right after a past verb of predicting is when it was said.
    if (FUTURE_MARKERS.has(w)) return !(w.endsWith('ed') && tok - k <= 2 && doc.lower[k - 1] !== 'be' && doc.lower[k - 1] !== 'is');
    // `will be held in March`: a participle after `be` is no past tense.
    if (PASSIVE_BE.has(doc.lower[k - 1] ?? '')) continue;
    if (IRREGULAR_PAST.has(w) || (doc.tokPos[k] === POS.VERB && w.endsWith('ed'))) return false;
  }
  for (let k = tok; k < to; k++) if (FUTURE_MARKERS.has(doc.lower[k]!)) return true;
  return false;
}

/** The year of a month (and day) written without one: the last such date before `ref`, or the next after it. */
export function yearFor(ref: Ymd, month: number, day: number | null, future: boolean): number {
  // Month only: the article's own month is this year's either way.
  const key = month * 100 + (day ?? 0);
  const refKey = ref.m * 100 + (day === null ? 0 : ref.d);
  if (future) return key < refKey ? ref.y + 1 : ref.y;
  return key > refKey ? ref.y - 1 : ref.y;
}

/** A bare weekday: the last one on or before the article's date, or the next one after it. */
export function weekdayFor(ref: Ymd, weekday: number, future: boolean): Ymd {
  const today = isoWeekday(ref);
  if (future) return addDays(ref, ((weekday - today + 7) % 7) || 7);
  return addDays(ref, -((today - weekday + 7) % 7));
}
