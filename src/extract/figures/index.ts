import type { Doc } from '../../model/doc.ts';
import type { Figure, Quotation } from '../../model/items.ts';

export function extractFigures(_doc: Doc, _quotes: readonly Quotation[]): Figure[] {
  return [];
}
