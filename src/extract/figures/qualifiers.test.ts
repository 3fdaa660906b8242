import { describe, it, expect } from 'vitest';
import { figuresOf } from '../../../test/helpers/figures.ts';

// Hedges: more than N -> value = low = N; almost N -> value = high = N; around N -> estimate.
describe('figures: qualifiers', () => {
  it.each([
    ['Russia sent more than 100,000 troops.', 'more than', 100000, 100000, null],
    ['The siege lasted over two years.', 'over', 2, 2, null],
    ['At least 12 civilians were killed.', 'At least', 12, 12, null],
    ['Russia is losing almost a thousand soldiers a day.', 'almost', 1000, null, 1000],
    ['Nearly 40% of the shells missed.', 'Nearly', 40, null, 40],
    ['Kyiv could receive up to $6 million.', 'up to', 6e6, null, 6e6],
    ['Fewer than 20 drones reached the city.', 'Fewer than', 20, null, 20],
    ['Defence took just under 30 percent of spending.', 'just under', 30, null, 30],
    ['Around 600 people sheltered in the metro.', 'Around', 600, null, null],
    ['About 70% of the grid was damaged.', 'About', 70, null, null],
    ['Some 300 residents left Kupiansk.', 'Some', 300, null, null],
    ['Each bomb weighs roughly 1.5 tons.', 'roughly', 1.5, null, null],
    ['An estimated 5,000 troops massed there.', 'An estimated', 5000, null, null],
    ['They fired 100 or more shells.', 'or more', 100, 100, null],
    ['Most strikes used sub-500 km rockets.', 'sub', 500, null, 500],
    ['As many as 14 soldiers deserted.', 'As many as', 14, null, 14],
    ['The blast cost as much as $2 million.', 'as much as', 2e6, null, 2e6],
    ['The crater is in the order of 30 m wide.', 'in the order of', 30, null, null],
  ])('%s', (text, qualifier, value, low, high) => {
    const [f] = figuresOf(text).filter((x) => x.qualifier !== null);
    expect(f, text).toBeDefined();
    expect(f!.qualifier).toBe(qualifier);
    expect(f!.value).toBe(value);
    expect(f!.low).toBe(low);
    expect(f!.high).toBe(high);
  });

  it('keeps the hedge of a range and its bounds', () => {
    const [f] = figuresOf('Around 300 to 400 fighters remain.');
    expect(f).toMatchObject({ text: 'Around 300 to 400 fighters', qualifier: 'Around', value: null, low: 300, high: 400 });
  });

  it('puts the hedge in the span', () => {
    const [f] = figuresOf('Russia sent more than 100,000 troops.');
    expect(f).toMatchObject({ text: 'more than 100,000 troops', start: 12 });
  });
});
