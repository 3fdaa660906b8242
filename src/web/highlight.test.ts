import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { segments, type Marked } from './highlight.ts';

const span = (length: number) => fc.tuple(fc.nat(length), fc.nat(length), fc.constantFrom('quote', 'figure', 'place', 'claim'), fc.nat(50))
  .map(([a, b, kind, n]) => ({ kind, id: `${kind[0]}${n}`, start: Math.min(a, b), end: Math.max(a, b) }) as Marked);

describe('segments', () => {
  it('cuts a quotation holding a figure into three pieces, the middle one listing both, shortest first', () => {
    const q: Marked = { kind: 'quote', id: 'q1', start: 0, end: 20 };
    const f: Marked = { kind: 'figure', id: 'f1', start: 5, end: 9 };
    expect(segments(25, [q, f])).toEqual([
      { start: 0, end: 5, items: [q] },
      { start: 5, end: 9, items: [f, q] },
      { start: 9, end: 20, items: [q] },
      { start: 20, end: 25, items: [] },
    ]);
  });

  it('tiles the text, and every item is reachable from exactly the pieces inside it', () => {
    fc.assert(fc.property(fc.nat(200).chain((length) => fc.tuple(fc.constant(length), fc.array(span(length), { maxLength: 30 }))), ([length, spans]) => {
      const segs = segments(length, spans);
      let at = 0;
      for (const s of segs) {
        expect(s.start).toBe(at);
        expect(s.end).toBeGreaterThan(s.start);
        at = s.end;
        for (const m of s.items) expect(m.start <= s.start && m.end >= s.end).toBe(true);
        const lengths = s.items.map((m) => m.end - m.start);
        expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
      }
      expect(at).toBe(length);
      for (const m of spans) {
        if (m.end === m.start) continue;
        const covering = segs.filter((s) => s.items.includes(m));
        expect(covering.length).toBeGreaterThan(0);
        expect(covering[0]!.start).toBe(m.start);
        expect(covering.at(-1)!.end).toBe(m.end);
        expect(covering.reduce((n, s) => n + s.end - s.start, 0)).toBe(m.end - m.start);
      }
    }));
  });
});
