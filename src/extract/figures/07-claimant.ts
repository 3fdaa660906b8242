import type { Doc } from '../../model/doc.ts';
import type { Quotation } from '../../model/items.ts';
import type { SpanIndex } from '../span-index.ts';

/**
 * Step 7: who claims the figure. Inside a quotation: its speaker's name (null when the quotation
 * has no speaker: the text does not say, and we do not guess). Outside any quotation: the outlet
 * (`doc.document.source`), which states it as fact; null when the source is unknown.
 * The quotations come indexed by position (one index per article, made by the caller): a scan of
 * every quotation per figure was quadratic on an article of thousands of both (issue 16).
 */
export function findClaimant(doc: Doc, quotes: SpanIndex<Quotation>, start: number, end: number): string | null {
  const best = quotes.smallestEnclosing(start, end);
  const source = doc.document.source;
  if (best) return outletLede(doc, best, source) ? source : best.speaker?.name ?? null;
  return source;
}

/**
 * An exclusive's lede, "<news>, X tells Newsmax.", in the article's first paragraph and addressed
 * to the outlet that publishes it, is the outlet's own summary of the interview, in its own words
 * ("staggering losses", "embattled city"): the outlet states it. The speaker's claims are the
 * quoted and reported words that follow.
 */
function outletLede(doc: Doc, q: Quotation, source: string | null): boolean {
  if (q.kind !== 'indirect' || !source || !addressedTo(doc, q, source)) return false;
  const firstParagraphEnd = doc.paraEndTok.length ? doc.tokEnd[doc.paraEndTok[0]! - 1] ?? doc.text.length : doc.text.length;
  return q.start < firstParagraphEnd;
}

/**
 * The quotation's addressee is the outlet. Learned quotations carry no addressee, so the words right
 * after the cue (`tells Newsmax`) are read as well.
 */
function addressedTo(doc: Doc, q: Quotation, source: string): boolean {
  const wanted = source.toLowerCase();
  if (q.addressee) return q.addressee.text.toLowerCase() === wanted;
  if (!q.cue) return false;
  const after = doc.text.slice(q.cue.end, q.cue.end + source.length + 4).trimStart();
  return after.toLowerCase().startsWith(wanted) && !/^[\p{L}\p{N}]/u.test(after.slice(source.length));
}
