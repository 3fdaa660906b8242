import { ClaimgraphError } from './errors.ts';

/** A stretch of the document text. `text === doc.text.slice(start, end)` always. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The one place spans are made. A span that does not fit the text is a bug in an extractor,
 * so it fails here, at creation, rather than in the store or the UI.
 */
export function span(text: string, start: number, end: number): Span {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
    throw new ClaimgraphError('E_SPAN', `span [${start}, ${end}) does not fit a text of length ${text.length}`);
  }
  return { start, end, text: text.slice(start, end) };
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return Math.min(a.end, b.end) > Math.max(a.start, b.start);
}
