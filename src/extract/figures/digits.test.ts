import { describe, it, expect } from 'vitest';
import { figuresOf } from '../../../test/helpers/figures.ts';

// Numbers written with digits: separators, decimals, scales, currency signs, units against them.
describe('figures: numbers in digits', () => {
  it.each([
    ['Russia sent 100,000 troops.', '100,000 troops', 100000],
    ['The toll reached 1.2 million.', '1.2 million', 1200000],
    ['Washington pledged $3bn in aid.', '$3bn', 3e9],
    ['The budget is £3.2bn this year.', '£3.2bn', 3.2e9],
    ['Aid worth €40m arrived.', '€40m', 4e7],
    ['Losses reached US $3.7 billion last year.', 'US $3.7 billion', 3.7e9],
    ['Prices rose 45% in a month.', '45%', 45],
    ['The front moved 12km east.', '12km', 12],
    ['Stocks fell -1.3% on Monday.', '-1.3%', -1.3],
    ['Temperatures dropped to minus 20 degrees.', 'minus 20 degrees', -20],
    ['About 1/3 of them left.', '1/3', 1 / 3],
    ['The armour is 2 1/2 inches thick.', '2 1/2 inches', 2.5],
    ['Each shell costs USD1,700 at the factory.', 'USD1,700', 1700],
    ['A 5m-strong population', '5m', 5e6],
    ['The mortar has a range of 7.5 kilometres.', '7.5 kilometres', 7.5],
    ['The hit rate was .534 last month.', '.534', 0.534],
    ['The drone flew 1,000 km.', '1,000 km', 1000],
  ])('%s', (text, needle, value) => {
    const f = figuresOf(text).find((x) => x.text.includes(needle));
    expect(f, needle).toBeDefined();
    expect(f!.value).toBeCloseTo(value, 5);
  });
});
