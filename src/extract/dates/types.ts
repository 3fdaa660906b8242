import type { TimeGranularity, TimexMod, TimexType } from '../../model/context.ts';
import type { Period, Ymd } from './calendar.ts';

/** A time expression before overlaps are settled and ids assigned; token range [ts, te). */
export interface DateDraft {
  ts: number;
  te: number;
  type: TimexType;
  value: string;
  granularity: TimeGranularity;
  /** The calendar period the value names, when it names one; modifiers narrow begin/finish from it. */
  period: Period | null;
  begin: Ymd | null;
  finish: Ymd | null;
  mod: TimexMod | null;
  anchor: 'text' | 'article-date' | 'none';
  rule: string;
  confidence: number;
}

export function fromPeriod(ts: number, te: number, period: Period, anchor: DateDraft['anchor'], rule: string, confidence = 0.9): DateDraft {
  return { ts, te, type: 'DATE', value: period.value, granularity: period.granularity, period, begin: period.begin, finish: period.finish, mod: null, anchor, rule, confidence };
}
