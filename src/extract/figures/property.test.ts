import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { figuresOf } from '../../../test/helpers/figures.ts';

// Never throws, spans always slice the text, same input same output: over number-heavy random text.
const pieces = ['1', '2', '0', '12', '2022', '1,000', '3.5', '-', '/', ':', '$', '£', '%', 'km', 'bn', 'm', ' ', ' ', ' ',
  'a', 'one', 'two', 'thousand', 'tens', 'of', 'thousands', 'dozens', 'half', 'million', 'to', 'and', 'between',
  'more', 'than', 'almost', 'around', 'a day', 'since', 'in', 'days', 'troops', 'Russian', 'F-16', 'No.', '.', ',',
  '"', '(', ')', 'minus', 'sub-', '+', '\n\n', 'per', 'cent', 'sq', 'ft', '½', '⁄', 'US', 'HK',
  '±', '+/-', '^', '²', '³', '×10', 'x10', 'e-3', 'e999', 'MPa', 'K', '°', '°C', 'J/m', 's-1', '[', ']', 'pm', 'am',
  'crore', 'Rs', 'USD', 'a gallon', 'one of the', 'in thick', '’', 'N', 'J1149.5+6663'];

describe('figures: properties', () => {
  it('never throws and every span slices the text', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
      const text = parts.join(' ').replace(/ {2,}/g, ' ');
      const a = figuresOf(text);
      for (const f of a) {
        for (const v of [f.value, f.low, f.high]) if (v !== null) expect(Number.isFinite(v)).toBe(true);
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeLessThanOrEqual(text.length);
        expect(f.start).toBeLessThan(f.end);
        expect(text.slice(f.start, f.end)).toBe(f.text);
      }
      expect(figuresOf(text)).toEqual(a);
    }), { numRuns: 300 });
  });

  it('never throws on arbitrary unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
      for (const f of figuresOf(text)) expect(text.slice(f.start, f.end)).toBe(f.text);
    }), { numRuns: 200 });
  });
});
