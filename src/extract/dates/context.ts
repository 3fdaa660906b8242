import type { Doc } from '../../model/doc.ts';
import { addDays, isoWeekday, type Ymd } from './calendar.ts';
import { FUTURE_MARKERS } from './words.ts';

/**
 * Whether the clause around a token speaks of the future. News reports the past: a bare
 * `on Saturday` or `in December` is the last one before the article's date unless a future
 * marker (`will`, `scheduled`, `next`) stands in the clause. chrono picks the closest instead
 * (its issues #599, #256), which is right for schedulers and wrong for reporting.
 */
export function futureContext(doc: Doc, tok: number): boolean {
  const sent = doc.tokSentence[tok]!;
  const from = Math.max(doc.sentStartTok[sent]!, tok - 12);
  const to = Math.min(doc.sentEndTok[sent]!, tok + 4);
  for (let k = from; k < to; k++) if (FUTURE_MARKERS.has(doc.lower[k]!)) return true;
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
