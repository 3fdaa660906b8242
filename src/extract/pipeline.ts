import { analyze } from '../analyze/index.ts';
import type { Doc } from '../model/doc.ts';
import type { Document } from '../model/document.ts';
import type { Extraction } from '../model/items.ts';
import type { TimeExpression } from '../model/context.ts';
import { extractQuotes } from './quotes/index.ts';
import { extractFigures } from './figures/index.ts';
import { extractClaims } from './claims/index.ts';

/**
 * The order of extraction, one line of reason each:
 * 1. analyze: tokens, sentences, paragraphs, POS; every later step reads only this.
 * 2. quotes (with speakers and the article's people): figures need to know whose words they stand in.
 * 3. figures: claimant comes from the quotation a figure sits in.
 * 4. claims: quotations are claims, their speakers claimants; dates (when that layer runs) date them.
 */
export function extractDocument(document: Document): { doc: Doc; extraction: Extraction } {
  const doc = analyze(document);
  const { quotes, entities } = extractQuotes(doc);
  const figures = extractFigures(doc, quotes);
  const dates: TimeExpression[] = [];
  const { claims, rebuttals } = extractClaims(doc, { quotes, entities, dates });
  return { doc, extraction: { quotes, entities, figures, places: [], equipment: [], dates, claims, rebuttals } };
}
