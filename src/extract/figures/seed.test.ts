import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { textFileDocument } from '../../ingest/text-file.ts';
import { makeDocument } from '../../model/index.ts';
import { extractDocument } from '../pipeline.ts';

// The seed article (shared/seed, beside the repository): its six figures, end to end through the
// pipeline, quotations and speakers included, with the outlet as the document's source.
const seedPath = fileURLToPath(new URL('../../../../shared/seed/seed-article.txt', import.meta.url));

describe.skipIf(!existsSync(seedPath))('figures: seed article', () => {
  const read = existsSync(seedPath) ? textFileDocument(readFileSync(seedPath), seedPath, 'seed') : makeDocument({ id: 'seed', text: '' });
  const { doc, extraction } = extractDocument({ ...read, source: 'Newsmax' });
  const figures = extraction.figures;
  const HNATOV = 'Andrii Hnatov';
  it.each([
    ['tens of thousands of soldiers (the lede: the outlet states it)', 'tens of thousands', { value: null, low: 10000, high: 100000, qualifier: null, rate: null, unit: 'soldiers', whose: 'Russia', category: 'troops', claimant: 'Newsmax' }],
    ['a thousand a day', 'almost a thousand soldiers a day', { value: 1000, low: null, high: 1000, qualifier: 'almost', rate: 'a day', unit: 'soldiers', whose: 'Russia', category: 'military-casualties', claimant: HNATOV }],
    ['1.2 million', 'almost 1.2 million', { value: 1200000, low: null, high: 1200000, qualifier: 'almost', rate: null, unit: 'dead and wounded', whose: 'Russia', category: 'military-casualties', claimant: HNATOV }],
    ['100,000 troops', 'more than 100,000 troops', { value: 100000, low: 100000, high: null, qualifier: 'more than', rate: null, unit: 'troops', whose: 'Russia', category: 'troops', claimant: HNATOV }],
    ['300 to 400 fighters', 'around 300 to 400 Russian fighters', { value: null, low: 300, high: 400, qualifier: 'around', rate: null, unit: 'Russian fighters', whose: 'Russian fighters', category: 'troops', claimant: HNATOV }],
    ['three days', 'three days', { value: 3, low: null, high: null, qualifier: null, rate: null, unit: 'days', whose: null, category: 'duration', claimant: HNATOV }],
  ])('%s', (_name, spanText, fields) => {
    const f = figures.find((x) => x.text === spanText);
    expect(f, spanText).toBeDefined();
    expect(doc.text.slice(f!.start, f!.end)).toBe(spanText);
    expect(f).toMatchObject(fields);
  });

  it('finds nothing else: not the year 2022, not the F-16, not "one of the most powerful levers"', () => {
    expect(figures.map((f) => f.text)).toEqual(['tens of thousands', 'three days', 'almost a thousand soldiers a day',
      'almost 1.2 million', 'more than 100,000 troops', 'around 300 to 400 Russian fighters']);
  });
});
