import { createHash } from 'node:crypto';
import type { Document } from '../model/document.ts';

/**
 * The hash that says whether an article changed: its text and the metadata the page gives (date,
 * title, byline, URL). The source (the outlet, or a feed or file name before) is left out, so the same article read from another folder
 * is the same article.
 */
export function contentHash(document: Document): string {
  const { text, date, title, url } = document;
  return createHash('sha256').update(JSON.stringify([text, date, title, document.byline ?? null, url])).digest('hex').slice(0, 32);
}
