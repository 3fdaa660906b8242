import type { Doc } from '../../model/doc.ts';
import type { TimeExpression } from '../../model/context.ts';
import type { Figure, Quotation } from '../../model/items.ts';
import { lowerBound, tokenAtOrAfter } from '../../analyze/lookup.ts';

/** How far (in tokens) a date may stand from a figure it qualifies, within one clause. */
const FIGURE_REACH = 20;

interface Spanned { readonly start: number; readonly end: number }

const inside = (a: Spanned, b: Spanned) => a.start >= b.start && a.end <= b.end;

/** The quotation holding a span, by binary search (quotations are in text order and do not overlap). */
function hostOf(quotes: readonly Quotation[], s: Spanned): Quotation | null {
  const i = lowerBound(quotes.length, (k) => quotes[k]!.end <= s.start);
  return i < quotes.length && inside(s, quotes[i]!) ? quotes[i]! : null;
}

/**
 * Which quotations and figures each date qualifies, as a function of the date's span:
 * - a date inside a quotation qualifies it (`"...in three days"`);
 * - a date outside quotations, in the sentence of a quotation's cue, qualifies the quotation:
 *   it says when it was said (`Hnatov told Newsmax ... on Wednesday`);
 * - a date qualifies the figures of its clause: same sentence, same side of any quotation mark,
 *   no `;` between them, at most FIGURE_REACH tokens apart (`1,000 soldiers a day`, `since 2022`).
 * Where each quotation's cue and each figure sit is worked out once per document.
 */
export function qualifierFinder(doc: Doc, quotes: readonly Quotation[], figures: readonly Figure[]): (date: Spanned) => string[] {
  const last = doc.tokens.length - 1;
  const cueSentence = quotes.map((q) => (q.cue ? doc.tokSentence[Math.min(last, tokenAtOrAfter(doc, q.cue.start))]! : -1));
  const figureTok = figures.map((f) => Math.min(last, tokenAtOrAfter(doc, f.start)));
  const figureHost = figures.map((f) => hostOf(quotes, f));
  return (date) => {
    const ids: string[] = [];
    const tok = tokenAtOrAfter(doc, date.start);
    if (tok > last) return ids;
    const sent = doc.tokSentence[tok]!;
    const host = hostOf(quotes, date);
    if (host) ids.push(host.id);
    else {
      const lo = lowerBound(quotes.length, (i) => quotes[i]!.end <= date.start);
      for (let k = Math.max(0, lo - 6); k < Math.min(quotes.length, lo + 6); k++) if (cueSentence[k] === sent) ids.push(quotes[k]!.id);
    }
    const fl = lowerBound(figures.length, (i) => figures[i]!.end <= date.start);
    for (let k = Math.max(0, fl - 8); k < Math.min(figures.length, fl + 8); k++) {
      const ft = figureTok[k]!;
      if (doc.tokSentence[ft] !== sent || figureHost[k] !== host) continue;
      const [a, b] = ft < tok ? [ft, tok] : [tok, ft];
      if (b - a > FIGURE_REACH) continue;
      let semicolon = false;
      for (let j = a; j < b && !semicolon; j++) semicolon = doc.tokens[j] === ';';
      if (!semicolon) ids.push(figures[k]!.id);
    }
    return ids;
  };
}

/**
 * The date that says when a span (a claim, a quotation) holds: a date inside it, else the nearest
 * one in the sentences it touches. Durations and sets say how long or how often, not when, so
 * they count only when `types` asks for them. For the claims stage.
 */
export function dateQualifying(doc: Doc, dates: readonly TimeExpression[], target: Spanned, types: readonly TimeExpression['type'][] = ['DATE', 'TIME']): TimeExpression | null {
  const wanted = dates.filter((d) => types.includes(d.type));
  const within = wanted.find((d) => inside(d, target));
  if (within) return within;
  if (doc.tokens.length === 0) return null;
  const firstSent = doc.tokSentence[Math.min(doc.tokens.length - 1, tokenAtOrAfter(doc, target.start))]!;
  const lastSent = doc.tokSentence[Math.min(doc.tokens.length - 1, Math.max(0, tokenAtOrAfter(doc, Math.max(target.start, target.end - 1))))]!;
  let best: TimeExpression | null = null;
  let bestDistance = Infinity;
  for (const d of wanted) {
    const s = doc.tokSentence[Math.min(doc.tokens.length - 1, tokenAtOrAfter(doc, d.start))]!;
    if (s < firstSent || s > lastSent) continue;
    const distance = d.end <= target.start ? target.start - d.end : d.start - target.end;
    if (distance < bestDistance) { best = d; bestDistance = distance; }
  }
  return best;
}
