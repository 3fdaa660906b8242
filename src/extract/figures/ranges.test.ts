import { describe, it, expect } from 'vitest';
import { figuresOf } from '../../../test/helpers/figures.ts';

// Ranges: value null, low and high.
describe('figures: ranges', () => {
  it.each([
    ['Around 300 to 400 Russian fighters are in the city.', '300 to 400', 300, 400],
    ['Between 5 and 7 drones were seen.', 'Between 5 and 7', 5, 7],
    ['Some 300-400 fighters remain.', '300-400', 300, 400],
    ['They recruited 10,000-15,000 troops.', '10,000-15,000', 10000, 15000],
    ['Estimates put it at $10 to $15 billion.', '$10 to $15 billion', 1e10, 1.5e10],
    ['Costs ranged from $200 to $4 million.', '$200 to $4 million', 200, 4e6],
    ['Officials expect a 5% to 10% drop in output.', '5% to 10%', 5, 10],
    ['Shelters measure from 300 sq ft up to 600 sq ft.', '300 sq ft up to 600', 300, 600],
    ['Estimates of the front line run 980 km to 1,200 km.', '980 km to 1,200', 980, 1200],
    ['It will take three to four years.', 'three to four years', 3, 4],
  ])('%s', (text, needle, low, high) => {
    const f = figuresOf(text).find((x) => x.text.includes(needle));
    expect(f, needle).toBeDefined();
    expect(f!.value).toBeNull();
    expect(f!.low).toBe(low);
    expect(f!.high).toBe(high);
  });

  it.each([
    ['The hryvnia index gained 1.4 percent to 4,120.50.', 2],
    ['Defence shares rose 4.2% to 310p.', 2],
  ])('a change and a level are two figures: %s', (text, count) => {
    const figures = figuresOf(text);
    expect(figures).toHaveLength(count);
    expect(figures.every((f) => f.value !== null)).toBe(true);
  });
});
