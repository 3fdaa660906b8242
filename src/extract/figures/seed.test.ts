import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { figuresOf } from './testing.ts';

// The seed article (shared/seed, beside the repository): its six figures, end to end.
const seedPath = fileURLToPath(new URL('../../../../shared/seed/seed-article.txt', import.meta.url));

describe.skipIf(!existsSync(seedPath))('figures: seed article', () => {
  const text = existsSync(seedPath) ? readFileSync(seedPath, 'utf8') : '';
  const figures = figuresOf(text, [], 'Newsmax');
  it.each([
    ['tens of thousands of soldiers', 'tens of thousands', { value: null, low: 10000, high: 100000, qualifier: null, rate: null, unit: 'soldiers', whose: 'Russia', category: 'troops' }],
    ['a thousand a day', 'almost a thousand soldiers a day', { value: 1000, low: null, high: 1000, qualifier: 'almost', rate: 'a day', unit: 'soldiers', whose: 'Russia', category: 'military-casualties' }],
    ['1.2 million', 'almost 1.2 million', { value: 1200000, low: null, high: 1200000, qualifier: 'almost', rate: null, unit: 'dead and wounded', whose: 'Russia', category: 'military-casualties' }],
    ['100,000 troops', 'more than 100,000 troops', { value: 100000, low: 100000, high: null, qualifier: 'more than', rate: null, unit: 'troops', whose: 'Russia', category: 'troops' }],
    ['300 to 400 fighters', 'around 300 to 400 Russian fighters', { value: null, low: 300, high: 400, qualifier: 'around', rate: null, unit: 'Russian fighters', whose: 'Russian fighters', category: 'troops' }],
    ['three days', 'three days', { value: 3, low: null, high: null, qualifier: null, rate: null, unit: 'days', whose: null, category: 'other' }],
  ])('%s', (_name, spanText, fields) => {
    const f = figures.find((x) => x.text === spanText);
    expect(f, spanText).toBeDefined();
    expect(text.slice(f!.start, f!.end)).toBe(spanText);
    expect(f).toMatchObject({ ...fields, claimant: 'Newsmax' });
  });

  it('finds nothing else but "one of the most powerful levers" (NewsQuant counts "one of" as 1)', () => {
    const others = figures.filter((f) => !['tens of thousands', 'almost a thousand soldiers a day', 'almost 1.2 million',
      'more than 100,000 troops', 'around 300 to 400 Russian fighters', 'three days'].includes(f.text));
    expect(others.map((f) => [f.text, f.value, f.confidence])).toEqual([['one', 1, 0.6]]);
  });
});
