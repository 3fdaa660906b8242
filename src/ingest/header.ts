import { ClaimgraphError } from '../model/errors.ts';

/**
 * `date YYYY-MM-DD` at the very start of a text file, then the article. The header may share its
 * line with the first sentence (`date 2025-11-13 Russia is ...`) or stand on a line of its own.
 * White space around it is not part of the article: offsets count from the first character after.
 */
const HEADER = /^[\t \ufeff]*date:?[\t ]+(\d{4})-(\d{2})-(\d{2})(?![^\s])\s*/i;

export interface Header {
  /** ISO `YYYY-MM-DD`, or null when the text has no header. */
  readonly date: string | null;
  /** Where the article starts in the raw text: 0 without a header. */
  readonly bodyStart: number;
}

export function parseHeader(raw: string, file?: string): Header {
  const m = HEADER.exec(raw);
  if (!m) return { date: null, bodyStart: 0 };
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  const date = `${y}-${mo}-${d}`;
  if (!isCalendarDate(+y, +mo, +d)) {
    throw new ClaimgraphError('E_INPUT_FIELD', `header date ${date} is not a calendar date`, { file, line: 1 });
  }
  return { date, bodyStart: m[0].length };
}

export function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[m - 1]!;
}
