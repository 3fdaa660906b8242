import { analyze } from '../../src/analyze/index.ts';
import { makeDocument } from '../../src/model/index.ts';
import type { Figure, Quotation } from '../../src/model/items.ts';
import { extractFigures } from '../../src/extract/figures/index.ts';

/** Figures of a sentence we wrote, for the table-driven tests beside this file. */
export function figuresOf(text: string, quotes: readonly Quotation[] = [], source: string | null = null): Figure[] {
  const doc = analyze(makeDocument({ id: 't', text, source }));
  const figures = extractFigures(doc, quotes);
  for (const f of figures) {
    if (text.slice(f.start, f.end) !== f.text) throw new Error(`span [${f.start}, ${f.end}) does not slice to ${f.text}`);
  }
  return figures;
}

/** The one figure whose text contains `needle`. */
export function figureWith(text: string, needle: string, quotes: readonly Quotation[] = [], source: string | null = null): Figure | undefined {
  return figuresOf(text, quotes, source).find((f) => f.text.includes(needle));
}
