import type { Doc } from '../model/doc.ts';

/** Index of the first token that ends after `offset` (the token containing it, or the next). */
export function tokenAtOrAfter(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokEnd[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index just past the last token that starts before `offset`. */
export function tokenEndBefore(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokStart[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Character span of tokens [first, end). */
export function tokenChars(doc: Doc, first: number, end: number): [number, number] {
  return [doc.tokStart[first]!, doc.tokEnd[end - 1]!];
}

export const isCapitalized = (t: string) => {
  const c = t.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && t[0] !== t[0]!.toLowerCase());
};
