import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze/index.ts';
import { makeDocument } from '../../model/document.ts';
import { extractDates } from './index.ts';

/** Dates resolved against an article of Thursday 2025-11-13 (ISO week 46). */
const ARTICLE_DATE = '2025-11-13';

function datesOf(text: string, date: string | null = ARTICLE_DATE) {
  return extractDates(analyze(makeDocument({ id: 't', text, date })));
}

// sentence | expression text | type | value | granularity | begin | finish
const TABLE: [string, string, string, string, string, string | null, string | null][] = [
  ['He spoke in an exclusive interview on Wednesday.', 'Wednesday', 'DATE', '2025-11-12', 'day', '2025-11-12', '2025-11-12'],
  ['They met on Saturday.', 'Saturday', 'DATE', '2025-11-08', 'day', '2025-11-08', '2025-11-08'],
  ['He will visit the front on Saturday.', 'Saturday', 'DATE', '2025-11-15', 'day', '2025-11-15', '2025-11-15'],
  ['At the end of October, Russia declared the city encircled.', 'the end of October', 'DATE', '2025-10', 'month', '2025-10-21', '2025-10-31'],
  ['Fighting has gone on since 2022.', 'since 2022', 'DATE', '2022', 'range', '2022-01-01', '2025-11-13'],
  ['Since its full-scale invasion in 2022, Russia has failed.', '2022', 'DATE', '2022', 'range', '2022-01-01', '2025-11-13'],
  ['They planned to achieve it in three days.', 'three days', 'DURATION', 'P3D', 'duration', null, null],
  ['The siege lasted 18 months.', '18 months', 'DURATION', 'P18M', 'duration', null, null],
  ['It took a few weeks.', 'a few weeks', 'DURATION', 'PXW', 'duration', null, null],
  ['Officials said last week that the city held.', 'last week', 'DATE', '2025-W45', 'week', '2025-11-03', '2025-11-09'],
  ['Attacks have risen this month.', 'this month', 'DATE', '2025-11', 'month', '2025-11-01', '2025-11-30'],
  ['Two drones hit the city yesterday.', 'yesterday', 'DATE', '2025-11-12', 'day', '2025-11-12', '2025-11-12'],
  ['Talks resume tomorrow.', 'tomorrow', 'DATE', '2025-11-14', 'day', '2025-11-14', '2025-11-14'],
  ['Ukraine currently holds the line.', 'currently', 'DATE', 'PRESENT_REF', 'present', '2025-11-13', '2025-11-13'],
  ['The city is now quiet.', 'now', 'DATE', 'PRESENT_REF', 'present', '2025-11-13', '2025-11-13'],
  ['Russia loses a thousand soldiers a day.', 'a day', 'SET', 'P1D', 'set', null, null],
  ['Sirens sound every day.', 'every day', 'SET', 'P1D', 'set', null, null],
  ['Convoys leave every Monday.', 'every Monday', 'SET', 'XXXX-WXX-1', 'set', null, null],
  ['The offensive began last summer.', 'last summer', 'DATE', '2025-SU', 'season', '2025-06-01', '2025-08-31'],
  ['Troops dug in over the winter of 2023.', 'winter of 2023', 'DATE', '2023-WI', 'season', '2023-12-01', '2024-02-29'],
  ['The plant was built in the 1990s.', '1990s', 'DATE', '199', 'decade', '1990-01-01', '1999-12-31'],
  ['It was a hit in the \'90s.', '\'90s', 'DATE', '199', 'decade', '1990-01-01', '1999-12-31'],
  ['Russia invaded on February 24, 2022.', 'February 24, 2022', 'DATE', '2022-02-24', 'day', '2022-02-24', '2022-02-24'],
  ['Russia invaded on 24 February 2022.', '24 February 2022', 'DATE', '2022-02-24', 'day', '2022-02-24', '2022-02-24'],
  ['The bridge was hit in 2022.', '2022', 'DATE', '2022', 'year', '2022-01-01', '2022-12-31'],
  ['The town fell in December.', 'December', 'DATE', '2024-12', 'month', '2024-12-01', '2024-12-31'],
  ['Elections will be held in March.', 'March', 'DATE', '2026-03', 'month', '2026-03-01', '2026-03-31'],
  ['Prices rose in early 2024.', 'early 2024', 'DATE', '2024', 'year', '2024-01-01', '2024-05-01'],
  ['The front moved by mid-2023.', 'mid-2023', 'DATE', '2023', 'year', '2023-05-02', '2023-08-30'],
  ['The strike came two weeks ago.', 'two weeks ago', 'DATE', '2025-W44', 'week', '2025-10-27', '2025-11-02'],
  ['The town changed hands three years ago.', 'three years ago', 'DATE', '2022', 'year', '2022-01-01', '2022-12-31'],
  ['Losses grew over the past three years.', 'the past three years', 'DURATION', 'P3Y', 'duration', '2022-11-13', '2025-11-13'],
  ['Aid arrives next month.', 'next month', 'DATE', '2025-12', 'month', '2025-12-01', '2025-12-31'],
  ['The ceasefire runs until March 2026.', 'until March 2026', 'DATE', '2026-03', 'range', '2025-11-13', '2026-03-31'],
  ['The raid began on Friday, Nov. 7.', 'Friday, Nov. 7', 'DATE', '2025-11-07', 'day', '2025-11-07', '2025-11-07'],
  ['The raid began on Friday at 5 p.m.', 'Friday at 5 p.m.', 'TIME', '2025-11-07T17:00', 'time', '2025-11-07', '2025-11-07'],
  ['Shelling eased in mid-October.', 'mid-October', 'DATE', '2025-10', 'month', '2025-10-11', '2025-10-20'],
];

describe('dates relative to an article of 2025-11-13', () => {
  it.each(TABLE)('%s -> %s', (sentence, text, type, value, granularity, begin, finish) => {
    const found = datesOf(sentence);
    const d = found.find((x) => x.text === text);
    expect(d, `found: ${found.map((x) => x.text).join(' | ')}`).toBeDefined();
    expect([d!.type, d!.value, d!.granularity, d!.begin, d!.finish]).toEqual([type, value, granularity, begin, finish]);
  });

  it('marks the end of a period as TIMEX3 mod END and a since-range as ON_OR_AFTER', () => {
    expect(datesOf('At the end of October, it fell.')[0]?.mod).toBe('END');
    expect(datesOf('It has gone on since 2022.')[0]?.mod).toBe('ON_OR_AFTER');
  });

  it('does not read counts, verbs or bare numbers as dates', () => {
    for (const s of ['Russia sent 2022 soldiers.', 'The city may fall.', 'Troops march at dawn.', 'The wall will fall soon.', 'He has 30 drones.']) {
      expect(datesOf(s).map((d) => d.text), s).toEqual([]);
    }
  });

  it('leaves what depends on the article date unresolved when it is unknown', () => {
    const [wed] = datesOf('He spoke on Wednesday.', null);
    expect(wed?.value).toBe('XXXX-WXX-3');
    expect(wed?.begin).toBeNull();
    const [feb] = datesOf('Russia invaded on February 24, 2022.', null);
    expect(feb?.value).toBe('2022-02-24');
  });
});
