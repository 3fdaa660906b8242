/**
 * Spans (quotations, people's mentions) sorted by start, for "which spans overlap or enclose
 * [start, end)" in about log n plus the spans that reach that far, instead of a scan of them all per
 * question: an article of thousands of quotations with a figure in each was quadratic (issue 16).
 * `reach[i]` is the furthest end among the first i + 1 spans, so a backward walk stops as soon as
 * no earlier span can reach `start`.
 */
export class SpanIndex<T extends { readonly start: number; readonly end: number }> {
  private readonly spans: readonly { item: T; order: number }[];
  private readonly reach: Float64Array;

  constructor(items: readonly T[]) {
    this.spans = items.map((item, order) => ({ item, order })).sort((a, b) => a.item.start - b.item.start || a.order - b.order);
    this.reach = new Float64Array(this.spans.length);
    let max = -Infinity;
    this.spans.forEach((s, i) => { max = Math.max(max, s.item.end); this.reach[i] = max; });
  }

  /** Each span with start < `before` and end > `after`, from the latest start back, with its place in the original list. */
  *reaching(after: number, before: number): Generator<{ item: T; order: number }> {
    // The last span that starts before `before`.
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid]!.item.start < before) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && this.reach[i]! > after; i--) {
      const s = this.spans[i]!;
      if (s.item.end > after) yield s;
    }
  }

  /** The shortest span holding [start, end) whole (the first in the original list among equals), or null. */
  smallestEnclosing(start: number, end: number): T | null {
    let best: { item: T; order: number } | null = null;
    for (const s of this.reaching(end - 1, start + 1)) {
      if (s.item.start > start || s.item.end < end) continue;
      const length = s.item.end - s.item.start;
      const bestLength = best ? best.item.end - best.item.start : Infinity;
      if (length < bestLength || (length === bestLength && s.order < best!.order)) best = s;
    }
    return best?.item ?? null;
  }
}
