import type { Doc } from '../../model/doc.ts';
import type { Quotation } from '../../model/items.ts';

/**
 * Step 7: who claims the figure. Inside a quotation: its speaker's name (null when the quotation
 * has no speaker: the text does not say, and we do not guess). Outside any quotation: the outlet
 * (`doc.document.source`), which states it as fact; null when the source is unknown.
 * Quotations are few per article, so a linear scan per figure is cheap.
 */
export function findClaimant(doc: Doc, quotes: readonly Quotation[], start: number, end: number): string | null {
  let best: Quotation | null = null;
  for (const q of quotes) {
    if (q.start <= start && end <= q.end && (!best || q.end - q.start < best.end - best.start)) best = q;
  }
  if (best) return best.speaker?.name ?? null;
  return doc.document.source;
}
