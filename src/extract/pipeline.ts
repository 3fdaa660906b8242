import { analyze } from '../analyze/index.ts';
import type { Doc } from '../model/doc.ts';
import type { Document } from '../model/document.ts';
import type { Extraction } from '../model/items.ts';
import { extractQuotes } from './quotes/index.ts';
import { extractFigures } from './figures/index.ts';
import { extractDates } from './dates/index.ts';
import { entityLayer } from './entities/index.ts';

/**
 * The order of extraction, one line of reason each:
 * 1. analyze: tokens, sentences, paragraphs, POS; every later step reads only this.
 * 2. quotes (with speakers and the article's people): figures need to know whose words they stand in.
 * 3. entities: every person and organization, all mentions linked; after quotes, whose people it
 *    extends (speakers' entity ids follow where two of them turn out to be one).
 * 4. figures: claimant comes from the quotation a figure sits in.
 * 5. dates: resolved against the article's date; each names the quotations and figures it qualifies.
 */
export function extractDocument(document: Document): { doc: Doc; extraction: Extraction } {
  const doc = analyze(document);
  const { quotes: quoted, entities: people } = extractQuotes(doc);
  const { entities, quotes } = entityLayer(doc, quoted, people);
  const figures = extractFigures(doc, quotes);
  const dates = extractDates(doc, quotes, figures);
  return { doc, extraction: { quotes, entities, figures, places: [], equipment: [], dates, claims: [], rebuttals: [] } };
}
