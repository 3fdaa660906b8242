/**
 * Issue 16: `tokensOf` runs once per quotation; at the cap that is 200,000 searches over a token
 * array far larger than the cache. Its result is the scan's, and the reads it makes past the first
 * token grow with the span, not with the article (counted, not timed).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Doc } from '../../model/doc.ts';
import { tokensOf } from './03-clauses.ts';

/** A Doc with only what tokensOf reads: tokens of `widths` characters, one space apart; reads of tokStart counted. */
function docOf(widths: readonly number[]) {
  const tokStart = new Int32Array(widths.length);
  const tokEnd = new Int32Array(widths.length);
  let at = 0;
  widths.forEach((w, i) => { tokStart[i] = at; tokEnd[i] = at + w; at += w + 1; });
  const reads = { starts: 0 };
  const counted = new Proxy(tokStart, { get: (t, k) => { if (typeof k === 'string' && /^\d+$/.test(k)) reads.starts++; return Reflect.get(t, k, t); } });
  const doc = { tokens: widths.map(() => 'x'), tokStart: counted, tokEnd } as unknown as Doc;
  return { doc, length: at, tokStart, tokEnd, reads };
}

/** The definition: every token that shares a character with [start, end). */
function scan(tokStart: Int32Array, tokEnd: Int32Array, start: number, end: number): [number, number] | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < tokStart.length; i++) if (tokEnd[i]! > start && tokStart[i]! < end) { if (first < 0) first = i; last = i; }
  return first < 0 ? null : [first, last + 1];
}

describe('tokensOf', () => {
  it('finds the tokens a scan finds, for any span of any text', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 60 }), fc.nat(), fc.nat(), (widths, a, b) => {
      const { doc, length, tokStart, tokEnd } = docOf(widths);
      const start = a % (length + 2);
      const end = start + (b % (length + 2 - start));
      expect(tokensOf(doc, start, end)).toEqual(scan(tokStart, tokEnd, start, end));
    }), { numRuns: 500 });
  });

  it('reads token starts a number of times set by the span, not by the article, when the article doubles', () => {
    const readsFor = (n: number) => {
      const { doc, tokStart, reads } = docOf(Array.from({ length: n }, () => 3));
      // A span of 12 tokens in the middle of the article.
      const at = n >> 1;
      expect(tokensOf(doc, tokStart[at]!, tokStart[at + 12]! - 1)).toEqual([at, at + 12]);
      return reads.starts;
    };
    const small = readsFor(100_000);
    expect(readsFor(200_000)).toBe(small);
    expect(readsFor(400_000)).toBe(small);
    expect(small).toBeLessThanOrEqual(10);
  });
});
