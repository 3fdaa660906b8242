import { describe, it, expect } from 'vitest';
import { extractDocument } from '../pipeline.ts';
import { makeDocument } from '../../model/index.ts';

// A war report we wrote, through the whole pipeline: figures beside the quotations that hold them,
// claimed by the speaker of the quotation or reported speech, else by the outlet that states them.
const text = `Russian forces have lost more than 1,500 tanks since February 2022, according to Ukraine's General Staff.

"We are destroying about 30 drones a night," said Colonel Ihor Lysak, a spokesman for the air force. He added that the enemy fires up to 40,000 shells per week.

The town of Vuhledar lies 50 km south-west of Donetsk. At least 12 civilians were killed there on Tuesday, and dozens of homes were damaged.

Lysak said Russia had moved between 5,000 and 7,000 troops into the sector in three days.`;

describe('figures: a whole article through the pipeline', () => {
  const { extraction } = extractDocument(makeDocument({ id: 'fixture', text, source: 'Example Wire' }));
  it.each([
    ['more than 1,500 tanks', { value: 1500, low: 1500, high: null, qualifier: 'more than', rate: 'since February 2022', unit: 'tanks', category: 'equipment', claimant: "Ukraine's General Staff" }],
    ['about 30 drones a night', { value: 30, qualifier: 'about', rate: 'a night', unit: 'drones', category: 'equipment', claimant: 'Ihor Lysak' }],
    ['up to 40,000 shells per week', { value: 40000, high: 40000, qualifier: 'up to', rate: 'per week', unit: 'shells', category: 'munitions', claimant: 'Ihor Lysak' }],
    ['50 km', { value: 50, unit: 'km', category: 'territory', claimant: 'Example Wire' }],
    ['At least 12 civilians', { value: 12, low: 12, qualifier: 'At least', unit: 'civilians', category: 'civilian-casualties', claimant: 'Example Wire' }],
    ['dozens', { value: null, low: 12, high: 120, unit: 'homes', claimant: 'Example Wire' }],
    ['between 5,000 and 7,000 troops', { value: null, low: 5000, high: 7000, rate: 'in three days', unit: 'troops', whose: 'Russia', category: 'troops', claimant: 'Ihor Lysak' }],
    ['three days', { value: 3, unit: 'days', claimant: 'Ihor Lysak' }],
  ] as const)('%s', (spanText, fields) => {
    const f = extraction.figures.find((x) => x.text === spanText);
    expect(f, spanText).toBeDefined();
    expect(text.slice(f!.start, f!.end)).toBe(spanText);
    expect(f).toMatchObject(fields);
  });

  it('finds no other figure (not the date, not the year)', () => {
    expect(extraction.figures).toHaveLength(8);
  });
});
