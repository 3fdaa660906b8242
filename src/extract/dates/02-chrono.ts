// Only the English locale: the package's main entry loads every locale (about 0.15 s of CPU at start-up).
import * as chronoEn from 'chrono-node/en';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import { tokenAtOrAfter, tokenEndBefore } from '../../analyze/lookup.ts';
import { addDays, dayPeriod, isoWeekday, monthPeriod, weekPeriod, yearPeriod, type Period, type Ymd } from './calendar.ts';
import { futureContext, weekdayFor, yearFor } from './context.ts';
import { fromPeriod, type DateDraft } from './types.ts';
import { WindowKind } from './01-scan.ts';
import { UNITS } from './words.ts';

/**
 * chrono's casual English configuration, cut down per window to the parsers its triggers need
 * (a month name needs the month-name parsers, `ago` the time-unit-ago parser, ...), without the
 * time-zone and forward-date refiners. A window costs a third of what the full casual
 * configuration costs, measured (README); what chrono reads is unchanged.
 */
const PARSERS_FOR: readonly [number, readonly string[]][] = [
  [WindowKind.Month, ['ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser', 'ENMonthNameParser']],
  [WindowKind.Weekday, ['ENWeekdayParser', 'ENTimeExpressionParser']],
  [WindowKind.Casual, ['ENCasualDateParser', 'ENTimeExpressionParser']],
  [WindowKind.Relative, ['ENRelativeDateFormatParser']],
  [WindowKind.Ago, ['ENTimeUnitAgoFormatParser']],
];
const DROPPED_REFINERS: ReadonlySet<string> = new Set(['ExtractTimezoneOffsetRefiner', 'ExtractTimezoneAbbrRefiner', 'ForwardDateRefiner', 'UnlikelyFormatFilter', 'ENUnlikelyFormatFilter']);
const parsers = new Map<number, chronoEn.Chrono>();

function parserFor(kinds: number): chronoEn.Chrono {
  let p = parsers.get(kinds);
  if (!p) {
    const names = new Set(PARSERS_FOR.filter(([k]) => kinds & k).flatMap(([, n]) => n));
    p = chronoEn.casual.clone();
    p.parsers = p.parsers.filter((x) => names.has(x.constructor.name));
    p.refiners = p.refiners.filter((r) => !DROPPED_REFINERS.has(r.constructor.name));
    parsers.set(kinds, p);
  }
  return p;
}

/** A reference for windows of an article without a date: results that depend on it are marked unanchored. */
const NO_DATE: Ymd = { y: 2000, m: 1, d: 1 };

/**
 * Runs chrono on each window (never on the whole text: it is slow on long input) with the
 * article's date as the reference, and turns each result into a draft with TIMEX3 value and
 * granularity. chrono gives a moment; we keep what the text names: a month stays a month,
 * `last week` a week, `three years ago` a year.
 */
export function chronoDrafts(doc: Doc, windows: readonly [number, number, number][], triggers: Uint8Array, ref: Ymd | null): DateDraft[] {
  const out: DateDraft[] = [];
  const r = ref ?? NO_DATE;
  const reference = { instant: new Date(Date.UTC(r.y, r.m - 1, r.d, 12)), timezone: 0 };
  for (const [ws, we, kinds] of windows) {
    const base = doc.tokStart[ws]!;
    const text = doc.text.slice(base, doc.tokEnd[we - 1]!);
    for (const result of parserFor(kinds).parse(text, reference)) {
      const start = base + result.index;
      let ts = tokenAtOrAfter(doc, start);
      const te = tokenEndBefore(doc, start + result.text.length);
      if (ts < ws) ts = ws;
      if (te <= ts || te > we) continue;
      let triggered = false;
      for (let k = ts; k < te && !triggered; k++) triggered = triggers[k] === 1;
      if (!triggered) continue;
      const draft = interpret(doc, result, ts, te, ref);
      if (draft) out.push(draft);
    }
  }
  return out;
}

type Components = ParsedComponents;

function ymdOf(c: Components): Ymd {
  return { y: c.get('year')!, m: c.get('month')!, d: c.get('day')! };
}

function interpret(doc: Doc, result: ParsedResult, ts: number, te: number, ref: Ymd | null): DateDraft | null {
  // `the end of October`: chrono reads the last day; we keep the month and let the modifier step mark its end.
  while (te - ts > 1 && (doc.lower[ts] === 'the' || doc.lower[ts] === 'end' || doc.lower[ts] === 'of' || doc.lower[ts] === 'on' || doc.lower[ts] === 'at' || doc.lower[ts] === 'in')) ts++;
  while (te - ts > 1 && doc.tokPos[te - 1] === POS.PUNCT) te--;
  const partOfMonth = ts > 0 && doc.lower[ts - 1] === 'of' && doc.lower[ts - 2] === 'end';
  const c = result.start;
  const lowers = doc.lower.slice(ts, te);
  const relative = result.tags().has('result/relativeDate') || lowers[0] === 'last' || lowers[0] === 'next' || lowers[0] === 'this' || lowers[0] === 'past' || lowers[0] === 'coming' || lowers[0] === 'previous';
  const casual = [...result.tags()].some((t) => t.startsWith('casualReference/'));
  if (lowers.includes('now')) return null;
  const anchored: DateDraft['anchor'] = ref ? 'article-date' : 'none';
  let period: Period;
  let anchor: DateDraft['anchor'] = 'text';
  const unit = lowers.map((l) => (l === 'weekend' ? 'week' : UNITS.get(l)?.unit)).find((u) => u !== undefined);
  if (relative && unit) {
    // `in three days` is a duration (our scan reads it); chrono would make it a date.
    if (lowers[0] === 'in' || lowers[0] === 'within') return null;
    if (!ref) return unanchored(ts, te, unit);
    const at = ymdOf(c);
    anchor = anchored;
    period = unit === 'week' ? weekPeriod(at) : unit === 'month' ? monthPeriod(at.y, at.m) : unit === 'year' || unit === 'decade' ? yearPeriod(at.y) : dayPeriod(at);
  } else if (casual || relative) {
    if (!ref) return unanchored(ts, te, 'day');
    anchor = anchored;
    period = dayPeriod(ymdOf(c));
  } else {
    const month = c.isCertain('month') ? c.get('month')! : null;
    const day = c.isCertain('day') && !partOfMonth ? c.get('day')! : null;
    const weekday = c.isCertain('weekday') ? c.get('weekday')! : null;
    const future = futureContext(doc, ts);
    if (month !== null) {
      let y = c.isCertain('year') ? c.get('year')! : null;
      if (y === null) {
        if (!ref) return { ...fromPeriod(ts, te, day !== null ? dayPeriod({ y: 2000, m: month, d: day }) : monthPeriod(2000, month), 'none', 'dates/chrono', 0.6), value: day !== null ? `XXXX-${pad2(month)}-${pad2(day)}` : `XXXX-${pad2(month)}`, period: null, begin: null, finish: null };
        y = yearFor(ref, month, day, future);
        anchor = anchored;
      }
      period = day !== null ? dayPeriod({ y, m: month, d: day }) : monthPeriod(y, month);
    } else if (weekday !== null) {
      if (!ref) return { ts, te, type: 'DATE', value: `XXXX-WXX-${weekday === 0 ? 7 : weekday}`, granularity: 'day', period: null, begin: null, finish: null, mod: null, anchor: 'none', rule: 'dates/chrono', confidence: 0.6 };
      period = dayPeriod(weekdayFor(ref, weekday === 0 ? 7 : weekday, future));
      anchor = anchored;
    } else if (c.isCertain('hour')) {
      if (!ref) return null;
      period = dayPeriod(ymdOf(c));
      anchor = anchored;
    } else return null;
  }
  const draft = fromPeriod(ts, te, period, anchor, 'dates/chrono');
  if (c.isCertain('hour') && period.granularity === 'day') {
    draft.type = 'TIME';
    draft.granularity = 'time';
    draft.value = `${period.value}T${pad2(c.get('hour')!)}:${pad2(c.get('minute') ?? 0)}`;
  }
  if (result.end) {
    const e = result.end;
    if (e.isCertain('day') || e.isCertain('month') || e.isCertain('weekday')) {
      let end = ymdOf(e);
      // `Monday to Friday`: the Friday after the Monday we chose, whichever week that is.
      if (!e.isCertain('day') && e.isCertain('weekday') && draft.begin) end = addDays(draft.begin, ((e.get('weekday')! + 6) % 7 + 1 - isoWeekday(draft.begin) + 7) % 7);
      draft.granularity = 'range';
      draft.finish = e.isCertain('day') || e.isCertain('weekday') ? end : monthPeriod(end.y, end.m).finish;
    }
  }
  return draft;
}

function unanchored(ts: number, te: number, unit: string): DateDraft {
  const value = unit === 'week' ? 'XXXX-WXX' : unit === 'month' ? 'XXXX-XX' : unit === 'year' ? 'XXXX' : 'XXXX-XX-XX';
  const granularity = unit === 'week' ? 'week' : unit === 'month' ? 'month' : unit === 'year' ? 'year' : 'day';
  return { ts, te, type: 'DATE', value, granularity, period: null, begin: null, finish: null, mod: null, anchor: 'none', rule: 'dates/chrono', confidence: 0.5 };
}

const pad2 = (n: number) => String(n).padStart(2, '0');
