import { describe, it, expect } from 'vitest';
import { figuresOf } from '../../../test/helpers/figures.ts';

// Rates and periods after the figure.
describe('figures: rates', () => {
  it.each([
    ['Russia is losing almost a thousand soldiers a day.', 'a thousand', 'a day'],
    ['They fire 20,000 shells per week.', '20,000', 'per week'],
    ['The army loses 300 men daily.', '300', 'daily'],
    ['It lost 1,500 tanks since February 2022.', '1,500', 'since February 2022'],
    ['Russia lost 3,000 soldiers in three days.', '3,000', 'in three days'],
    ['Ukraine downed 40 drones over the past 24 hours.', '40', 'over the past 24 hours'],
    ['Russia exports 800,000 barrels a day by sea.', '800,000', 'a day'],
    ['Some 300 people were killed in the past week.', '300', 'in the past week'],
    ['They sent 300 tanks to the front in the past week.', '300', 'in the past week'],
    ['Russia fired 40 missiles at Kyiv since Monday.', '40', 'since Monday'],
  ])('%s', (text, needle, rate) => {
    const f = figuresOf(text).find((x) => x.text.includes(needle));
    expect(f, needle).toBeDefined();
    expect(f!.rate).toBe(rate);
  });

  it('a period that is the rate of an earlier figure loses its hedge ("over" opens the period)', () => {
    const figures = figuresOf('The EU pledged €50 billion over four years.');
    expect(figures.map((f) => [f.text, f.rate, f.qualifier, f.low])).toEqual([
      ['€50 billion', 'over four years', null, null],
      ['four years', null, null, null],
    ]);
  });

  it.each([
    ['Objectives they planned to achieve in three days.', 'three days'],
    ['Russia sent more than 100,000 troops into the area.', '100,000'],
  ])('no rate: %s', (text, needle) => {
    const f = figuresOf(text).find((x) => x.text.includes(needle));
    expect(f).toBeDefined();
    expect(f!.rate).toBeNull();
  });
});
