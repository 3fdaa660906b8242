import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import { isCapitalized } from '../../analyze/lookup.ts';
import { UNIT_WORDS } from '../lexicon/figure-numbers.ts';
import { addDays, addMonths, compare, decadePeriod, monthPeriod, partOf, seasonPeriod, type Period, yearPeriod, type Season, type Ymd } from './calendar.ts';
import { futureContext, yearFor } from './context.ts';
import { fromPeriod, type DateDraft } from './types.ts';
import {
  CASUAL_DAYS, DATE_AFTER_DURATION, DURATION_PREPOSITIONS, PRESENT_WORDS, RELATIVE_OPENERS, SEASON_OPENERS,
  SEASONS, SET_OPENERS, UNITS, VAGUE_COUNTS, WEEKDAYS, YEAR_OPENERS,
} from './words.ts';
import { MONTHS } from '../lexicon/months.ts';

export interface Scan {
  /**
   * Token ranges [start, end) to hand to chrono, merged, within one sentence each, with the
   * kinds of trigger inside (a WindowKind bit mask): chrono runs only the parsers they need.
   */
  readonly windows: [number, number, number][];
  /** Tokens that made a window: a chrono result must hold one to count. */
  readonly triggers: Uint8Array;
  /** What chrono does not read: years, decades, seasons, PRESENT_REF, sets, durations. */
  readonly drafts: DateDraft[];
}

/** Tokens either side of a trigger that chrono sees: enough for `24 February 2022`, `February 24, 2022`, `two days ago`; `the end of` is ours. */
const BEFORE = 1;
const AFTER = 3;
/** A window never grows past this, so chrono's cost per window stays bounded. */
const MAX_WINDOW = 18;

const isYearToken = (t: string) => t.length === 4 && /^(1[89]\d\d|20\d\d)$/.test(t);
const RELATIVE_UNITS: ReadonlySet<string> = new Set(['week', 'month', 'year', 'weekend', 'night', 'morning', 'evening', 'afternoon']);

/** What opened a chrono window; bits, since merged windows hold several. */
export const WindowKind = { Month: 1, Weekday: 2, Casual: 4, Relative: 8, Ago: 16 } as const;

const enum Kind { Month, Weekday, Casual, Relative, Present, Season, Set, Count }

/** Every word that can open a time expression, with what it opens. */
const KIND: ReadonlyMap<string, Kind> = new Map<string, Kind>([
  ...[...MONTHS.keys()].map((w) => [w, Kind.Month] as const),
  ...[...WEEKDAYS.keys()].map((w) => [w, Kind.Weekday] as const),
  ...[...CASUAL_DAYS].map((w) => [w, Kind.Casual] as const),
  ...[...RELATIVE_OPENERS].map((w) => [w, Kind.Relative] as const),
  ...[...PRESENT_WORDS].map((w) => [w, Kind.Present] as const),
  ...[...SEASONS.keys()].map((w) => [w, Kind.Season] as const),
  ...[...SET_OPENERS].map((w) => [w, Kind.Set] as const),
  ...[...UNIT_WORDS.keys(), ...VAGUE_COUNTS, 'a', 'an'].map((w) => [w, Kind.Count] as const),
]);

/** Is token i a month name used as one (`May 5`, `in March`), not the verb or modal? */
function isMonth(doc: Doc, i: number): boolean {
  const l = doc.lower[i]!;
  if (!MONTHS.has(l) || !isCapitalized(doc.tokens[i]!)) return false;
  if (l !== 'may' && l !== 'march') return true;
  const prev = doc.lower[i - 1] ?? '';
  const next = doc.tokens[i + 1] ?? '';
  return /^\d/.test(next) || /^\d/.test(prev) || YEAR_OPENERS.has(prev) || RELATIVE_OPENERS.has(prev) || prev === 'of';
}

/**
 * One pass over the tokens: trigger tokens open chrono windows (month and weekday names,
 * `yesterday`, `ago`, `last week`); what chrono lacks is read here, from the tokens, at once.
 */
export function scan(doc: Doc, ref: Ymd | null): Scan {
  const n = doc.tokens.length;
  const triggers = new Uint8Array(n);
  const windows: [number, number, number][] = [];
  const drafts: DateDraft[] = [];
  const open = (i: number, kind: number, before = BEFORE) => {
    triggers[i] = 1;
    const sent = doc.tokSentence[i]!;
    const s = Math.max(doc.sentStartTok[sent]!, i - before);
    const e = Math.min(doc.sentEndTok[sent]!, i + AFTER + 1);
    const last = windows[windows.length - 1];
    if (last && s <= last[1] && doc.tokSentence[last[0]] === sent && e - last[0] <= MAX_WINDOW) { last[1] = Math.max(last[1], e); last[2] |= kind; }
    else windows.push([s, e, kind]);
  };
  for (let i = 0; i < n; i++) {
    const l = doc.lower[i]!;
    const c = l.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      if (isYearToken(l)) { const d = year(doc, i); if (d) drafts.push(d); continue; }
      if (l.charCodeAt(l.length - 1) === 115) { const dec = decade(doc, i, ref); if (dec) drafts.push(dec); continue; }
      const dur = duration(doc, i, ref);
      if (dur) { drafts.push(dur); i = dur.te - 1; }
      continue;
    }
    if (c === 39 || c === 0x2019) { const dec = decade(doc, i, ref); if (dec) drafts.push(dec); continue; }
    if (c === 109 && l.startsWith('mid-')) { const d = midToken(doc, i, ref); if (d) drafts.push(d); continue; }
    // One lookup per token decides whether it can start anything at all.
    const kind = KIND.get(l);
    if (kind === undefined) continue;
    if (kind === Kind.Month ? isMonth(doc, i) : kind === Kind.Weekday ? isCapitalized(doc.tokens[i]!) : kind === Kind.Casual) {
      // `two weeks ago`, `a year and a half ago`: the count stands before the trigger.
      if (l === 'ago') open(i, WindowKind.Ago, 4);
      else open(i, kind === Kind.Month ? WindowKind.Month : kind === Kind.Weekday ? WindowKind.Weekday : WindowKind.Casual);
      continue;
    }
    if (kind === Kind.Relative) {
      if (!RELATIVE_UNITS.has(doc.lower[i + 1] ?? '')) continue;
      // `the past week` is a stretch of time ending now (a duration), `last week` a calendar week.
      const d = l === 'past' ? anchoredDuration(doc, i + 1, i + 2, 1, ref, i - (doc.lower[i - 1] === 'the' ? 1 : 0)) : null;
      if (d) { drafts.push(d); i++; continue; }
      open(i, WindowKind.Relative);
      continue;
    }
    if (kind === Kind.Present) {
      if (l === 'now' && doc.lower[i + 1] === 'that') continue;
      drafts.push({ ts: i, te: i + 1, type: 'DATE', value: 'PRESENT_REF', granularity: 'present', period: null, begin: ref, finish: ref, mod: null, anchor: ref ? 'article-date' : 'none', rule: 'dates/present', confidence: 0.8 });
      continue;
    }
    if (kind === Kind.Season) { const d = season(doc, i, ref); if (d) { drafts.push(d); i = d.te - 1; } continue; }
    if (kind === Kind.Set || l === 'a' || l === 'an') { const d = set(doc, i); if (d) { drafts.push(d); i = d.te - 1; continue; } }
    if (kind === Kind.Count) {
      const d = duration(doc, i, ref);
      if (d) { drafts.push(d); i = d.te - 1; }
    }
  }
  return { windows, triggers, drafts };
}

/** `in 2022`, `since 2014`, `the 2022 invasion`; not `2022 soldiers`. */
function year(doc: Doc, i: number): DateDraft | null {
  const prev = doc.lower[i - 1] ?? '';
  const next = doc.tokens[i + 1];
  const nextPos = doc.tokPos[i + 1];
  const ok = YEAR_OPENERS.has(prev) || next === undefined || nextPos === POS.PUNCT
    || ((prev === 'the' || prev === "'s" || prev === '’s') && (nextPos === POS.NOUN || nextPos === POS.PROPN || nextPos === POS.ADJ));
  if (!ok) return null;
  return fromPeriod(i, i + 1, yearPeriod(+doc.lower[i]!), 'text', 'dates/year');
}

/** `mid-2023`, `mid-October`, written as one token: the middle third of the year or month. */
function midToken(doc: Doc, i: number, ref: Ymd | null): DateDraft | null {
  const rest = doc.lower[i]!.slice(4);
  let period: Period;
  let anchor: DateDraft['anchor'] = 'text';
  if (isYearToken(rest)) period = yearPeriod(+rest);
  else {
    const m = MONTHS.get(rest);
    if (m === undefined || !ref) return null;
    period = monthPeriod(yearFor(ref, m, null, futureContext(doc, i)), m);
    anchor = 'article-date';
  }
  const d = fromPeriod(i, i + 1, period, anchor, 'dates/mid');
  const part = partOf(period, 'MID');
  d.begin = part.begin;
  d.finish = part.finish;
  d.mod = 'MID';
  return d;
}

/** `the 1990s`, `the '90s` (a two-digit decade is the latest one not after the article's year). */
function decade(doc: Doc, i: number, ref: Ymd | null): DateDraft | null {
  const t = doc.lower[i]!;
  let m = /^(1[0-9]|20)(\d)0s$/.exec(t);
  if (m) return fromPeriod(i, i + 1, decadePeriod(+`${m[1]}${m[2]}0`), 'text', 'dates/decade');
  m = /^['’](\d)0s$/.exec(t);
  if (!m) return null;
  const base = ref ? ref.y : 2000;
  let first = 2000 + +m[1]! * 10;
  if (first > base) first -= 100;
  return fromPeriod(i, i + 1, decadePeriod(first), ref ? 'article-date' : 'none', 'dates/decade', 0.8);
}

/** `last summer`, `this winter`, `the spring of 2023`, `summer 2024`, `in the fall`. */
function season(doc: Doc, i: number, ref: Ymd | null): DateDraft | null {
  const s = SEASONS.get(doc.lower[i]!)! as Season;
  const prev = doc.lower[i - 1] ?? '';
  let te = i + 1;
  let y: number | null = null;
  if (isYearToken(doc.lower[i + 1] ?? '')) { y = +doc.lower[i + 1]!; te = i + 2; }
  else if (doc.lower[i + 1] === 'of' && isYearToken(doc.lower[i + 2] ?? '')) { y = +doc.lower[i + 2]!; te = i + 3; }
  if (y === null && !SEASON_OPENERS.has(prev)) return null;
  if (y === null && doc.lower[i] === 'fall' && prev !== 'last' && prev !== 'this' && prev !== 'next' && prev !== 'the' && prev !== 'early' && prev !== 'late') return null;
  let ts = i;
  let anchor: DateDraft['anchor'] = 'text';
  if (y === null) {
    if (!ref) return { ts, te, type: 'DATE', value: `XXXX-${s}`, granularity: 'season', period: null, begin: null, finish: null, mod: null, anchor: 'none', rule: 'dates/season', confidence: 0.6 };
    anchor = 'article-date';
    const years = [ref.y - 2, ref.y - 1, ref.y, ref.y + 1];
    const started = years.filter((yy) => compare(seasonPeriod(yy, s).begin, ref) <= 0);
    const finished = years.filter((yy) => compare(seasonPeriod(yy, s).finish, ref) < 0);
    const upcoming = years.filter((yy) => compare(seasonPeriod(yy, s).begin, ref) > 0);
    const lastStarted = started[started.length - 1]!;
    if (prev === 'last' || prev === 'past' || prev === 'previous') { y = finished[finished.length - 1]!; ts = i - 1; }
    else if (prev === 'next' || prev === 'coming') { y = upcoming[0]!; ts = i - 1; }
    else if (prev === 'this') { y = s === 'WI' && ref.m <= 2 ? ref.y - 1 : ref.y; ts = i - 1; }
    else y = futureContext(doc, i) ? upcoming[0]! : lastStarted;
  }
  return fromPeriod(ts, te, seasonPeriod(y, s), anchor, 'dates/season', 0.8);
}

/** The count before a unit: digits, a number word, `a`/`an`, or a vague count (`a few`, `several`) as null. */
function countAt(doc: Doc, i: number): { value: number | null; next: number } | null {
  const l = doc.lower[i]!;
  if (/^\d{1,4}(\.\d+)?$/.test(l)) return { value: +l, next: i + 1 };
  const w = UNIT_WORDS.get(l);
  if (w !== undefined && l !== 'dozen') return { value: w, next: i + 1 };
  if (l === 'a' || l === 'an') {
    const nx = doc.lower[i + 1];
    if (nx === 'few' || nx === 'couple') return { value: null, next: doc.lower[i + 2] === 'of' ? i + 3 : i + 2 };
    return { value: 1, next: i + 1 };
  }
  if (VAGUE_COUNTS.has(l)) return { value: null, next: i + 1 };
  return null;
}

function durationValue(count: number | null, unit: { letter: string; time: boolean }): string {
  return `P${unit.time ? 'T' : ''}${count === null ? 'X' : count}${unit.letter}`;
}

/**
 * `three days`, `18 months`, `a few weeks`, `in a day`: a DURATION (TIMEX3 P3D, P18M, PXW);
 * `the past three years` is anchored to the article's date. Not `two days ago` (chrono's) nor
 * `a thousand soldiers a day` (a SET).
 */
function duration(doc: Doc, i: number, ref: Ymd | null): DateDraft | null {
  const count = countAt(doc, i);
  if (!count) return null;
  let u = count.next;
  if (doc.tokens[u] === '-' && doc.tokEnd[u - 1] === doc.tokStart[u]) u++;
  const unit = UNITS.get(doc.lower[u] ?? '');
  if (!unit) return null;
  const plural = doc.lower[u]!.endsWith('s');
  if (count.value === 1 && plural) return null;
  if (DATE_AFTER_DURATION.has(doc.lower[u + 1] ?? '')) return null;
  const l = doc.lower[i]!;
  if ((l === 'a' || l === 'an') && count.value === 1 && !DURATION_PREPOSITIONS.has(doc.lower[i - 1] ?? '')) return null;
  // `last two weeks`, `the past three years`: ends at the article's date.
  const p1 = doc.lower[i - 1] ?? '';
  if ((p1 === 'past' || p1 === 'last') && count.value !== null) {
    const from = i - 1 - (doc.lower[i - 2] === 'the' ? 1 : 0);
    return anchoredDuration(doc, i, u + 1, count.value, ref, from);
  }
  return { ts: i, te: u + 1, type: 'DURATION', value: durationValue(count.value, unit), granularity: 'duration', period: null, begin: null, finish: null, mod: null, anchor: 'text', rule: 'dates/duration', confidence: count.value === null ? 0.6 : 0.8 };
}

/** `the past week`, `the last three months`: a duration that ends at the article's date. */
function anchoredDuration(doc: Doc, _countTok: number, te: number, count: number, ref: Ymd | null, ts: number): DateDraft | null {
  const unit = UNITS.get(doc.lower[te - 1]!);
  if (!unit) return null;
  let begin: Ymd | null = null;
  if (ref) {
    if (unit.unit === 'day') begin = addDays(ref, -count);
    else if (unit.unit === 'week') begin = addDays(ref, -7 * count);
    else if (unit.unit === 'month') begin = addMonths(ref, -count);
    else if (unit.unit === 'year') begin = addMonths(ref, -12 * count);
    else if (unit.unit === 'decade') begin = addMonths(ref, -120 * count);
    else begin = ref;
  }
  return { ts, te, type: 'DURATION', value: durationValue(count, unit), granularity: 'duration', period: null, begin, finish: ref, mod: null, anchor: ref ? 'article-date' : 'none', rule: 'dates/duration-anchored', confidence: 0.8 };
}

/** `every day`, `each week`, `per month`, `every two weeks`, `every Monday`, and the rate `1,000 soldiers a day`. */
function set(doc: Doc, i: number): DateDraft | null {
  const l = doc.lower[i]!;
  let k = i + 1;
  let count = 1;
  if (SET_OPENERS.has(l)) {
    const c = /^\d+$/.test(doc.lower[k] ?? '') ? +doc.lower[k]! : UNIT_WORDS.get(doc.lower[k] ?? '');
    if (c !== undefined && l === 'every') { count = c; k++; }
    const wd = WEEKDAYS.get(doc.lower[k] ?? '');
    if (wd !== undefined) return { ts: i, te: k + 1, type: 'SET', value: `XXXX-WXX-${wd}`, granularity: 'set', period: null, begin: null, finish: null, mod: null, anchor: 'text', rule: 'dates/set', confidence: 0.85 };
  } else {
    // `a day` is a rate only right after what it counts.
    const p = doc.tokPos[i - 1];
    if (!(p === POS.NOUN || p === POS.NUM || p === POS.PROPN) || DURATION_PREPOSITIONS.has(doc.lower[i - 1] ?? '')) return null;
  }
  const unit = UNITS.get(doc.lower[k] ?? '');
  if (!unit || (count === 1 && doc.lower[k]!.endsWith('s'))) return null;
  return { ts: i, te: k + 1, type: 'SET', value: durationValue(count, unit), granularity: 'set', period: null, begin: null, finish: null, mod: null, anchor: 'text', rule: 'dates/set', confidence: 0.8 };
}
