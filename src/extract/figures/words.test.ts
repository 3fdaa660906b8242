import { describe, it, expect } from 'vitest';
import { figuresOf } from '../../../test/helpers/figures.ts';

// Numbers written in words: value, or low/high for vague counts (NewsQuant: next order of magnitude).
describe('figures: numbers in words', () => {
  it.each([
    ['Russia is losing a thousand soldiers a day.', 'a thousand soldiers', 1000, null, null],
    ['They pushed tens of thousands of soldiers forward.', 'tens of thousands', null, 10000, 100000],
    ['Dozens of civilians were wounded overnight.', 'Dozens', null, 12, 120],
    ['Hundreds of thousands of people fled.', 'Hundreds of thousands', null, 100000, 1000000],
    ['Thousands of civilians remain in the city.', 'Thousands', null, 1000, 10000],
    ['The war has displaced half a million people.', 'half a million', 500000, null, null],
    ['Turnout rose by a half a million voters.', 'a half a million', 500000, null, null],
    ['Two-thirds of the town was destroyed.', 'Two-thirds', 2 / 3, null, null],
    ['A third of the brigade was rotated out.', 'A third', 1 / 3, null, null],
    ['The unit lost one hundred and fifty men.', 'one hundred and fifty', 150, null, null],
    ['Twenty-five soldiers were captured.', 'Twenty-five', 25, null, null],
    ['A dozen drones were shot down.', 'A dozen', 12, null, null],
    ['Several hundred troops arrived.', 'Several hundred', null, 300, 900],
    ['The bridge is one of four crossings left.', 'one of four', 0.25, null, null],
    ['Officials counted four to five thousand people.', 'four to five thousand', null, 4000, 5000],
    ['The brigade has three thousand men.', 'three thousand', 3000, null, null],
  ])('%s', (text, needle, value, low, high) => {
    const f = figuresOf(text).find((x) => x.text.includes(needle));
    expect(f, needle).toBeDefined();
    expect(f!.text.startsWith(needle) || f!.text.includes(needle)).toBe(true);
    if (value === null) expect(f!.value).toBeNull();
    else expect(f!.value).toBeCloseTo(value, 5);
    expect(f!.low).toBe(low);
    expect(f!.high).toBe(high);
  });

  it.each([
    ['No one was hurt.'],
    ['Each one of them said so.'],
    ['They love one another.'],
    ["A baker's dozen is thirteen."],
  ])('no count in "%s" beyond the words themselves', (text) => {
    const f = figuresOf(text).filter((x) => x.text.toLowerCase() === 'one' || x.text === 'dozen');
    expect(f).toEqual([]);
  });
});
