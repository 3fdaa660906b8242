import type { Extraction } from './api.ts';

export type ItemKind = 'quote' | 'entity' | 'figure' | 'place' | 'equipment' | 'date' | 'claim' | 'rebuttal';

/** Layer names in the API's extraction, per kind (provenance URLs name the layer). */
export const LAYER: Record<ItemKind, keyof Extraction> = {
  quote: 'quotes', entity: 'entities', figure: 'figures', place: 'places', equipment: 'equipment', date: 'dates', claim: 'claims', rebuttal: 'rebuttals',
};

export interface Marked {
  readonly kind: ItemKind;
  /** The item's id in its layer (`q3`); an entity's mentions all carry the entity's id. */
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

/** A stretch of text and every item covering all of it, shortest first. */
export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly items: readonly Marked[];
}

/** Every highlighted span of an extraction: one per item, one per entity mention. */
export function markedSpans(x: Extraction): Marked[] {
  const out: Marked[] = [];
  const add = (kind: ItemKind, id: string, s: { start: number; end: number }) => { if (s.end > s.start) out.push({ kind, id, start: s.start, end: s.end }); };
  for (const q of x.quotes) add('quote', q.id, q);
  for (const e of x.entities) for (const m of e.mentions) add('entity', e.id, m);
  for (const f of x.figures) add('figure', f.id, f);
  for (const p of x.places) add('place', p.id, p);
  for (const q of x.equipment) add('equipment', q.id, q);
  for (const d of x.dates) add('date', d.id, d);
  for (const c of x.claims) add('claim', c.id, c);
  for (const r of x.rebuttals) add('rebuttal', r.id, r);
  return out;
}

/**
 * Cuts [0, length) at every item boundary: each piece is covered by the same items all along,
 * so overlapping and nested items are all reachable from any piece they cover. Pieces no item
 * covers are included (items empty). Linear in the text's length plus items times their nesting.
 */
export function segments(length: number, spans: readonly Marked[]): Segment[] {
  const cuts = new Set<number>([0, length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(length, s.start)));
    cuts.add(Math.max(0, Math.min(length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...spans].sort((a, b) => a.start - b.start);
  const open: Marked[] = [];
  const out: Segment[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    while (next < byStart.length && byStart[next]!.start <= start) open.push(byStart[next++]!);
    for (let k = open.length - 1; k >= 0; k--) if (open[k]!.end <= start) open.splice(k, 1);
    const items = open.filter((s) => s.start <= start && s.end >= end).sort((a, b) => (a.end - a.start) - (b.end - b.start));
    out.push({ start, end, items });
  }
  return out;
}
