import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Extraction } from '../model/items.ts';
import { itemTables, type ItemContext } from './schema.ts';

/** The `period` column of a layer's table, as the writer computes it. */
function period(layer: 'quotes' | 'figures' | 'claims', item: object, context: ItemContext): string | number | null {
  const column = itemTables.find((t) => t.layer === layer)!.columns.find((c) => c.name === 'period')!;
  return column.from!(item as never, context);
}

const date = (id: string, begin: string | null, qualifies: string[]) => ({ id, begin, qualifies });
const context = (dates: ReturnType<typeof date>[], articleDate: string | null = '2025-11-13'): ItemContext =>
  ({ articleDate, extraction: { quotes: [], entities: [], figures: [], places: [], equipment: [], dates, claims: [], rebuttals: [] } as unknown as Extraction });

describe('the period column', () => {
  it('is the begin of the first date that qualifies the item and has one, else the article date', () => {
    const c = context([date('d1', null, ['q1']), date('d2', '2025-10-01', ['q1', 'f1']), date('d3', '2025-11-01', ['q1', 'q3'])]);
    expect(period('quotes', { id: 'q1' }, c)).toBe('2025-10-01');
    expect(period('quotes', { id: 'q3' }, c)).toBe('2025-11-01');
    expect(period('figures', { id: 'f1' }, c)).toBe('2025-10-01');
    expect(period('quotes', { id: 'q2' }, c)).toBe('2025-11-13');
    expect(period('quotes', { id: 'q2' }, context([], null))).toBeNull();
    // A claim's own date comes first.
    expect(period('claims', { id: 'c1', date: '2024-02-24' }, context([date('d1', '2025-10-01', ['c1'])]))).toBe('2024-02-24');
    expect(period('claims', { id: 'c1', date: null }, context([date('d1', '2025-10-01', ['c1'])]))).toBe('2025-10-01');
  });

  it('answers as a scan of every date would, on random layers (it reads an index built once per extraction)', () => {
    const id = fc.constantFrom('q1', 'q2', 'q3', 'f1', 'f2', 'c1');
    const dates = fc.array(fc.record({ begin: fc.option(fc.constantFrom('2025-01-01', '2025-02-01', '2025-03-01')), qualifies: fc.array(id, { maxLength: 4 }) }), { maxLength: 8 });
    fc.assert(fc.property(dates, id, (ds, item) => {
      const c = context(ds.map((d, i) => date(`d${i}`, d.begin, d.qualifies)));
      const scan = ds.find((d) => d.begin && d.qualifies.includes(item))?.begin ?? '2025-11-13';
      return period(item.startsWith('f') ? 'figures' : 'quotes', { id: item }, c) === scan;
    }), { numRuns: 500 });
  });
});
