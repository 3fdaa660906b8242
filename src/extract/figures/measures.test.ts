import { describe, it, expect } from 'vitest';
import { figuresOf } from '../../../test/helpers/figures.ts';

// Physical and compound units, scientific notation, tolerances and currency forms: the span runs
// over the unit, and value/low/high are numbers.
describe('figures: measures', () => {
  it.each([
    ['The shell casing withstood 111 MPa in tests.', '111 MPa', 111, null, null, 'MPa'],
    ['The plasma reached 3800 K near the nozzle.', '3800 K', 3800, null, null, 'K'],
    ['Nights fell to -18 °C in Kharkiv.', '-18 °C', -18, null, null, '°C'],
    ['Soldiers were exposed to 20 J/m^2 per year.', '20 J/m^2', 20, null, null, 'J/m^2'],
    ['The alloy density is 5.5x10-3 kg/cm³ at rest.', '5.5x10-3 kg/cm³', 0.0055, null, null, 'kg/cm³'],
    ['The fragment weighed 1.99×10−30 kg by the estimate.', '1.99×10−30 kg', 1.99e-30, null, null, 'kg'],
    ['The signal oscillates at 4e14 s-1 in the lab.', '4e14 s-1', 4e14, null, null, 's-1'],
    ['The column moved at 40 km/h along the road.', '40 km/h', 40, null, null, 'km/h'],
    ['The warhead weighs 2,000.45±0.01 pounds.', '2,000.45±0.01', 2000.45, 2000.44, 2000.46, 'pounds'],
    ['It fell with an acceleration of 9.83e-3 +/- 1e-5 km/s2 there.', '9.83e-3 +/- 1e-5 km/s2', 0.00983, 0.00982, 0.00984, 'km/s2'],
    ['The reservoir holds 4km^3 of water.', '4km^3', 4, null, null, 'km^3'],
    ['The crater covers 4 km² of farmland.', '4 km²', 4, null, null, 'km²'],
    ['Each shelter has 32m2 of floor.', '32m2', 32, null, null, 'm2'],
    ['The plate is 2 in thick.', '2 in', 2, null, null, 'in'],
    ['The grid spacing is 2.123 pm across.', '2.123 pm', 2.123, null, null, 'pm'],
    ['A kibibyte is exactly 8x2^10 bits.', '8x2^10 bits', 8192, null, null, 'bits'],
    ['The gap is about 1/40 of a wavelength.', '1/40', 0.025, null, null, null],
    ['The water level was between 11.8 m and 11.5 m in May.', 'between 11.8 m and 11.5 m', null, 11.5, 11.8, 'm'],
    ['Supplies rose from 211 K to 284 K during the test.', '211 K to 284 K', null, 211, 284, 'K'],
    ['The beam hit 3.5–4.0 TeV.', '3.5–4.0 TeV', null, 3.5, 4, 'TeV'],
    ['The rate was 4 °C/min during cooling.', '4 °C/min', 4, null, null, '°C/min'],
    ['The tank took a gallon of fuel.', 'a gallon', 1, null, null, 'gallon'],
    ['The dam covers 500 square metres.', '500 square metres', 500, null, null, 'square metres'],
    ['The exhaust speed rose from 2.6 km s−1 to 25 km s−1 in tests.', '2.6 km s−1 to 25 km s−1', null, 2.6, 25, 'km s−1'],
    ['The filler makes up 10 wt% of the armour.', '10 wt%', 10, null, null, 'wt%'],
    ['Mass loss reached 6 × 10^6 kg s−1 at the peak.', '6 × 10^6 kg s−1', 6e6, null, null, 'kg s−1'],
    ['The gauge read 1 μbar at altitude.', '1 μbar', 1, null, null, 'μbar'],
    ['Hull temperatures ran 320–500 K during the test.', '320–500 K', null, 320, 500, 'K'],
  ] as const)('%s', (text, needle, value, low, high, unit) => {
    const f = figuresOf(text).find((x) => x.text.includes(needle));
    expect(f, needle).toBeDefined();
    if (value === null) expect(f!.value).toBeNull();
    else expect(f!.value).toBeCloseTo(value, 10);
    if (low === null) expect(f!.low).toBeNull(); else expect(f!.low).toBeCloseTo(low, 10);
    if (high === null) expect(f!.high).toBeNull(); else expect(f!.high).toBeCloseTo(high, 10);
    if (unit !== null) expect(f!.unit).toBe(unit);
  });

  it.each([
    ['Kyiv paid £2,000 per shell.', '£2,000', 2000, 'money'],
    ['The fund holds €10M for repairs.', '€10M', 1e7, 'money'],
    ['The economy is worth $2.174T.', '$2.174T', 2.174e12, 'money'],
    ['The state spent Rs 500 crore on shelters.', 'Rs 500 crore', 5e9, 'money'],
    ['The contract is worth USD 500 million.', 'USD 500 million', 5e8, 'money'],
    ['Fraudsters moved RM3.06mil abroad.', 'RM3.06mil', 3.06e6, 'money'],
    ['He was paid $5m/year by the ministry.', '$5m', 5e6, 'money'],
    ['The donor gave 20 million pounds to the fund.', '20 million pounds', 2e7, 'money'],
    ['He was paid $5 m last year.', '$5 m', 5e6, 'money'],
    ['The unit kept $5 K in cash.', '$5 K', 5e3, 'money'],
  ] as const)('currency: %s', (text, needle, value, category) => {
    const f = figuresOf(text).find((x) => x.text.includes(needle));
    expect(f, needle).toBeDefined();
    expect(f!.value).toBeCloseTo(value, 5);
    expect(f!.category).toBe(category);
  });

  it.each([
    ['"$3 a gallon" is a price with a rate, not "a gallon"', 'Diesel sold at $3 a gallon in Lviv.', ['$3']],
    ['"2.30pm" is a clock time', 'The strike came at 2.30pm on Monday.', []],
    ['"A" before a pound sign is an article, not Australia', 'A £3.5 m deal was signed.', ['£3.5 m']],
    ['spaced "m" without a currency is metres', 'The wall is 100 m long.', ['100 m']],
    ['"5 pm" is a clock time', 'The strike came at 5 pm on Monday.', []],
    ['a glued "A" after a label is part of the label', 'As shown in Figures 3A and 3C of the study.', []],
  ])('%s', (_name, text, expected) => {
    expect(figuresOf(text).map((f) => f.text)).toEqual(expected);
  });
});
