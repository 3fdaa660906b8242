import type { Document } from '../model/document.ts';
import type { Extraction } from '../model/items.ts';
import type { Appearance } from '../model/claims.ts';

/** What the ledger reads: each article with what was extracted from it. */
export interface Article {
  readonly document: Document;
  readonly extraction: Extraction;
}

export function appearance(article: Article, item: { id: string; start: number; end: number; text: string }): Appearance {
  const { document } = article;
  return { document: document.id, source: document.source, published: document.date, item: item.id, start: item.start, end: item.end, text: item.text };
}

/** First appearance first: by article date (undated last), then outlet, then article id, then position. */
export function byAppearance(a: Appearance, b: Appearance): number {
  return cmp(a.published ?? '\uffff', b.published ?? '\uffff') || cmp(a.source ?? '', b.source ?? '') || cmp(a.document, b.document) || a.start - b.start;
}

export const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
