import { describe, expect, it } from 'vitest';
import { claimsOf, timex } from '../../../test/helpers/claims.ts';

/**
 * When a claim was made, given a dates layer (built on another branch; here its TIMEX3 objects are
 * made by hand): a date in or next to the claim's clause; else the article date for a present-tense
 * statement; else none.
 */
const ARTICLE = '2025-11-13';

describe('claims: dates', () => {
  it.each([
    ['a date before the claimant', 'On Tuesday, the Kremlin claimed that Kupiansk had fallen.', [['On Tuesday', '2025-11-11']], '2025-11-11', 'text'],
    ['a date after the cue', 'The Kremlin claimed on Tuesday that Kupiansk had fallen.', [['on Tuesday', '2025-11-11']], '2025-11-11', 'text'],
    ['a month', 'At the end of October, Moscow declared that Pokrovsk was encircled.', [['At the end of October', '2025-10']], '2025-10', 'text'],
    ['the nearest of two', 'In September, officials said little; on Friday the Kremlin claimed that Kupiansk had fallen.', [['In September', '2025-09'], ['on Friday', '2025-11-07']], '2025-11-07', 'text'],
    ['present tense, no date', 'The Kremlin claims that Kupiansk has fallen.', [], ARTICLE, 'article'],
    ['past tense, no date', 'The Kremlin claimed that Kupiansk had fallen.', [], null, null],
    ['a date in another sentence', 'Talks began on Monday. The Kremlin claimed that Kupiansk had fallen.', [['on Monday', '2025-11-10']], null, null],
    ['a duration is not a date', 'The Kremlin claimed that Kupiansk had fallen within three days.', [['three days', 'P3D', 'DURATION']], null, null],
  ] as const)('%s', (_name, text, given, date, source) => {
    const dates = given.map(([phrase, value, type]) => timex(text, phrase, value, type ?? 'DATE'));
    const { claims } = claimsOf(text, ARTICLE, dates);
    const c = claims.find((x) => x.text.startsWith('Kupiansk') || x.text.startsWith('Pokrovsk'))!;
    expect(c).toBeDefined();
    expect([c.date, c.dateSource]).toEqual([date, source]);
  });

  it('a present-tense rebuttal stands at the article date, a past-tense one has none', () => {
    const text = 'The Kremlin claimed that Kupiansk had fallen. Kyiv denies it. Kovalenko denied it.';
    const { rebuttals } = claimsOf(text, ARTICLE);
    expect(rebuttals.map((r) => [r.text, r.date])).toEqual([['Kyiv denies it', ARTICLE], ['Kovalenko denied it', null]]);
  });

  it('an article without a date gives no fallback', () => {
    const { claims } = claimsOf('The Kremlin claims that Kupiansk has fallen.', null);
    expect(claims[0]!.date).toBeNull();
  });
});
