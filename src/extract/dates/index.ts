import type { Doc } from '../../model/doc.ts';
import type { TimeExpression } from '../../model/context.ts';
import type { Figure, Quotation } from '../../model/items.ts';
import { span } from '../../model/span.ts';
import { isoDate, parseIsoDate } from './calendar.ts';
import { scan } from './01-scan.ts';
import { chronoDrafts } from './02-chrono.ts';
import { applyModifiers } from './03-modifiers.ts';
import { qualifierFinder } from './04-qualify.ts';
import type { DateDraft } from './types.ts';

export { dateQualifying } from './04-qualify.ts';

/**
 * Dates and periods, resolved against the article's date (Document.date), in order:
 * 1. one pass over the tokens: trigger tokens open short windows for chrono; years, decades,
 *    seasons, PRESENT_REF, sets and durations, which chrono does not read, are read at once;
 * 2. chrono on each window, its moments turned into TIMEX3 values that keep the granularity;
 * 3. the words before each date: parts (`the end of`, `early`) and ranges (`since`, `until`);
 * 4. overlaps: the longer expression wins (`February 24, 2022` over `2022`);
 * 5. what each date qualifies: the quotations and figures of its clause (04-qualify.ts).
 */
export function extractDates(doc: Doc, quotes: readonly Quotation[] = [], figures: readonly Figure[] = []): TimeExpression[] {
  const ref = parseIsoDate(doc.document.date);
  const found = scan(doc, ref);
  const drafts = [...chronoDrafts(doc, found.windows, found.triggers, ref), ...found.drafts];
  applyModifiers(doc, drafts, ref);
  const qualifies = qualifierFinder(doc, quotes, figures);
  return settleOverlaps(drafts).map((d, i) => {
    const s = span(doc.text, doc.tokStart[d.ts]!, doc.tokEnd[d.te - 1]!);
    // Fields written out: an object spread here cost more than the rest of the stage (measured).
    return {
      start: s.start,
      end: s.end,
      text: s.text,
      id: `t${i + 1}`,
      type: d.type,
      value: d.value,
      granularity: d.granularity,
      begin: d.begin ? isoDate(d.begin) : null,
      finish: d.finish ? isoDate(d.finish) : null,
      mod: d.mod,
      anchor: d.anchor,
      qualifies: qualifies(s),
      confidence: d.confidence,
      rule: d.rule,
    };
  });
}

/** In text order; of two overlapping expressions the longer stays (chrono's on a tie: it came first). */
function settleOverlaps(drafts: DateDraft[]): DateDraft[] {
  const order = drafts.map((d, i) => [d, i] as const).sort((a, b) => a[0].ts - b[0].ts || (b[0].te - b[0].ts) - (a[0].te - a[0].ts) || a[1] - b[1]);
  const kept: DateDraft[] = [];
  for (const [d] of order) {
    const last = kept[kept.length - 1];
    if (last && d.ts < last.te) {
      if (d.te - d.ts > last.te - last.ts) kept[kept.length - 1] = d;
      continue;
    }
    kept.push(d);
  }
  return kept;
}
