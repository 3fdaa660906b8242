import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { asName } from './lookup.ts';

describe('asName', () => {
  const slow = (s: string) => s.replace(/\s+/g, ' ');

  it('folds every kind of white space the regular expression \\s knows, and nothing else', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [`A${ch}B`, `A ${ch}B`, `A${ch} B`, ch]) if (asName(s) !== slow(s)) wrong.push(JSON.stringify(s));
    }
    expect(wrong).toEqual([]);
    expect(asName('United\nStates')).toBe('United States');
    expect(asName('Olena  Kravets')).toBe('Olena Kravets');
  });

  it('equals the regular expression on random names and text', () => {
    const piece = fc.constantFrom(' ', '  ', '\n', '\t', '\u00a0', '\u2009', '\u3000', 'Andrii', 'Hnatov', 'Ж', '-', '.');
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }).map((a) => a.join('')), (s) => asName(s) === slow(s)), { numRuns: 500 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => asName(s) === slow(s)), { numRuns: 500 });
  });
});
