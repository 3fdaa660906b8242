import type { Doc } from '../../model/doc.ts';
import type { Entity, Quotation } from '../../model/items.ts';

export function extractQuotes(_doc: Doc): { quotes: Quotation[]; entities: Entity[] } {
  return { quotes: [], entities: [] };
}
