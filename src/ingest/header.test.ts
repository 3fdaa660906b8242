import { describe, expect, it } from 'vitest';
import { ClaimgraphError } from '../model/errors.ts';
import { isCalendarDate, parseHeader } from './header.ts';

const body = (raw: string) => raw.slice(parseHeader(raw).bodyStart);

describe('parseHeader', () => {
  it.each([
    // [raw, date, article text]
    ['date 2025-11-13 Russia is suffering losses.', '2025-11-13', 'Russia is suffering losses.'],
    [' date 2025-11-13 Russia is suffering losses.', '2025-11-13', 'Russia is suffering losses.'],
    ['date 2024-06-03\nFirst paragraph.\n\nSecond.', '2024-06-03', 'First paragraph.\n\nSecond.'],
    ['date 2024-06-03\r\n\r\nFirst paragraph.', '2024-06-03', 'First paragraph.'],
    ['\ufeffdate 2024-02-29\n"Quote," he said.', '2024-02-29', '"Quote," he said.'],
    ['Date: 2024-01-05 Text.', '2024-01-05', 'Text.'],
  ])('%j has date %s', (raw, date, text) => {
    expect(parseHeader(raw).date).toBe(date);
    expect(body(raw)).toBe(text);
  });

  it.each([
    'No header here.',
    'dated 2024-01-01 is not a header',
    'date 2024-01-015 is not a date',
    'The date 2024-01-01 is in the middle.',
    '',
  ])('%j has no header', (raw) => {
    expect(parseHeader(raw)).toEqual({ date: null, bodyStart: 0 });
  });

  it('refuses a date that is not on the calendar, naming file and line', () => {
    const error = (() => { try { parseHeader('date 2023-02-29 Text.', 'a.txt'); } catch (e) { return e; } })();
    expect(error).toBeInstanceOf(ClaimgraphError);
    expect((error as ClaimgraphError).describe()).toBe('a.txt:1: header date 2023-02-29 is not a calendar date');
  });

  it('keeps the article offsets exact: the body is a suffix of the raw text', () => {
    const raw = 'date 2025-11-13 "We hold," he said.';
    const { bodyStart } = parseHeader(raw);
    expect(raw.slice(bodyStart)).toBe('"We hold," he said.');
  });
});

describe('isCalendarDate', () => {
  it.each([
    [2024, 2, 29, true], [2023, 2, 29, false], [1900, 2, 29, false], [2000, 2, 29, true],
    [2024, 4, 31, false], [2024, 12, 31, true], [2024, 13, 1, false], [2024, 0, 1, false], [2024, 1, 0, false],
  ])('%i-%i-%i -> %s', (y, m, d, ok) => expect(isCalendarDate(y, m, d)).toBe(ok));
});
