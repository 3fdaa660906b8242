/**
 * Calendar arithmetic on plain (year, month, day) triples in the proleptic Gregorian calendar,
 * through Date.UTC so that no time zone or daylight saving ever moves a day.
 */

export interface Ymd { readonly y: number; readonly m: number; readonly d: number }

/** A stretch of the calendar and its TIMEX3 value. */
export interface Period {
  readonly value: string;
  readonly granularity: 'day' | 'week' | 'month' | 'season' | 'year' | 'decade';
  readonly begin: Ymd;
  readonly finish: Ymd;
}

const DAY_MS = 86_400_000;

const pad = (n: number, w: number) => String(Math.abs(n)).padStart(w, '0');
export const isoDate = (x: Ymd) => `${pad(x.y, 4)}-${pad(x.m, 2)}-${pad(x.d, 2)}`;

export function parseIsoDate(s: string | null): Ymd | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const x = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
  return x.m >= 1 && x.m <= 12 && x.d >= 1 && x.d <= daysInMonth(x.y, x.m) ? x : null;
}

export const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

const toMs = (x: Ymd) => Date.UTC(x.y, x.m - 1, x.d);
function fromMs(ms: number): Ymd {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export const addDays = (x: Ymd, n: number) => fromMs(toMs(x) + n * DAY_MS);

/** Months added with the day clamped to the target month (31 March - 1 month = 28/29 February). */
export function addMonths(x: Ymd, n: number): Ymd {
  const total = x.y * 12 + (x.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return { y, m, d: Math.min(x.d, daysInMonth(y, m)) };
}

/** ISO weekday, Monday 1 .. Sunday 7. */
export const isoWeekday = (x: Ymd) => ((new Date(toMs(x)).getUTCDay() + 6) % 7) + 1;

export const compare = (a: Ymd, b: Ymd) => toMs(a) - toMs(b);

export function dayPeriod(x: Ymd): Period {
  return { value: isoDate(x), granularity: 'day', begin: x, finish: x };
}

export function monthPeriod(y: number, m: number): Period {
  return { value: `${pad(y, 4)}-${pad(m, 2)}`, granularity: 'month', begin: { y, m, d: 1 }, finish: { y, m, d: daysInMonth(y, m) } };
}

export function yearPeriod(y: number): Period {
  return { value: pad(y, 4), granularity: 'year', begin: { y, m: 1, d: 1 }, finish: { y, m: 12, d: 31 } };
}

/** The ISO week holding a day: `2025-W46`, Monday to Sunday. */
export function weekPeriod(x: Ymd): Period {
  const monday = addDays(x, 1 - isoWeekday(x));
  // The ISO week-year is the year of the week's Thursday.
  const thursday = addDays(monday, 3);
  const jan4 = { y: thursday.y, m: 1, d: 4 };
  const week1Monday = addDays(jan4, 1 - isoWeekday(jan4));
  const week = Math.round((toMs(monday) - toMs(week1Monday)) / (7 * DAY_MS)) + 1;
  return { value: `${pad(thursday.y, 4)}-W${pad(week, 2)}`, granularity: 'week', begin: monday, finish: addDays(monday, 6) };
}

export type Season = 'SP' | 'SU' | 'FA' | 'WI';

/**
 * Meteorological seasons of the northern hemisphere (the war's and most reporting's): spring is
 * March to May, summer June to August, autumn September to November, winter December to February.
 * Winter `2025-WI` is the one that begins in December 2025.
 */
export function seasonPeriod(y: number, s: Season): Period {
  const first = { SP: 3, SU: 6, FA: 9, WI: 12 }[s];
  const end = addMonths({ y, m: first, d: 1 }, 2);
  return { value: `${pad(y, 4)}-${s}`, granularity: 'season', begin: { y, m: first, d: 1 }, finish: { y: end.y, m: end.m, d: daysInMonth(end.y, end.m) } };
}

/** The season a day falls in, with the year its winter began. */
export function seasonOf(x: Ymd): [number, Season] {
  if (x.m === 12) return [x.y, 'WI'];
  if (x.m <= 2) return [x.y - 1, 'WI'];
  return [x.y, x.m <= 5 ? 'SP' : x.m <= 8 ? 'SU' : 'FA'];
}

/** `the 1990s`: TIMEX3 writes a decade as its first three digits, `199`. */
export function decadePeriod(firstYear: number): Period {
  return { value: pad(Math.floor(firstYear / 10), 3), granularity: 'decade', begin: { y: firstYear, m: 1, d: 1 }, finish: { y: firstYear + 9, m: 12, d: 31 } };
}

/**
 * A part of a period: the first, middle or last third of its days (`early`, `mid`, `late`/`the
 * end of`). Thirds, because news uses "the end of October" for roughly its last ten days and
 * "early 2024" for its first four months; the value stays the whole period's (TIMEX3 puts the
 * part in `mod`), begin and finish narrow.
 */
export function partOf(p: Period, part: 'START' | 'MID' | 'END'): { begin: Ymd; finish: Ymd } {
  const days = Math.round((toMs(p.finish) - toMs(p.begin)) / DAY_MS) + 1;
  if (days < 3) return { begin: p.begin, finish: p.finish };
  const third = Math.floor(days / 3);
  if (part === 'START') return { begin: p.begin, finish: addDays(p.begin, third - 1) };
  if (part === 'END') return { begin: addDays(p.finish, -(days - 2 * third) + 1), finish: p.finish };
  return { begin: addDays(p.begin, third), finish: addDays(p.begin, 2 * third - 1) };
}
