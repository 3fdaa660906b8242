import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import { compare, partOf, type Ymd } from './calendar.ts';
import type { DateDraft } from './types.ts';
import { PART_WORDS, SINCE_WORDS, UNTIL_WORDS } from './words.ts';

/**
 * What the words before a date do to it, widening its span over them:
 * - a part (`the end of October`, `early 2024`, `mid-2023`): TIMEX3 mod START/MID/END, begin and
 *   finish narrowed to that third of the period (see calendar.ts `partOf`), value unchanged;
 * - a range signal: `since 2022` runs from the period's first day to the article's date
 *   (mod ON_OR_AFTER), `until March` from the article's date, when earlier, to its last day
 *   (mod ON_OR_BEFORE). Both become granularity `range`.
 */
export function applyModifiers(doc: Doc, drafts: DateDraft[], ref: Ymd | null): void {
  for (const d of drafts) {
    if (d.type !== 'DATE' || !d.period) continue;
    let ts = d.ts;
    const part = partBefore(doc, ts);
    if (part) {
      const narrowed = partOf(d.period, part.mod);
      d.begin = narrowed.begin;
      d.finish = narrowed.finish;
      d.mod = part.mod;
      ts = part.from;
    }
    const signal = doc.lower[ts - 1] ?? '';
    if (SINCE_WORDS.has(signal)) {
      d.granularity = 'range';
      d.mod = 'ON_OR_AFTER';
      d.finish = ref && d.begin && compare(ref, d.begin) >= 0 ? ref : null;
      ts--;
    } else if (UNTIL_WORDS.has(signal)) {
      d.granularity = 'range';
      d.mod = 'ON_OR_BEFORE';
      d.begin = ref && d.finish && compare(ref, d.finish) <= 0 ? ref : null;
      ts--;
    } else if (signal === 'in' && sinceEventBefore(doc, ts - 1)) {
      // `since its full-scale invasion in 2022`: since the year, though an event stands between.
      d.granularity = 'range';
      d.mod = 'ON_OR_AFTER';
      d.finish = ref && d.begin && compare(ref, d.begin) >= 0 ? ref : null;
      d.rule += '+since-event';
    }
    if (ts !== d.ts) d.rule += part ? '+part' : '+range';
    d.ts = ts;
  }
}

/** `since` a few words before `in` at token `inTok`, with only a short noun phrase between (`since its full-scale invasion in`). */
function sinceEventBefore(doc: Doc, inTok: number): boolean {
  for (let k = inTok - 1; k >= Math.max(0, inTok - 6); k--) {
    const l = doc.lower[k]!;
    if (SINCE_WORDS.has(l)) return k < inTok - 1;
    const p = doc.tokPos[k]!;
    if (!(p === POS.DET || p === POS.ADJ || p === POS.NOUN || p === POS.PROPN || p === POS.PRON || l === '-')) return false;
  }
  return false;
}

/** `the end of`, `the beginning of`, `the middle of`, `early`, `late`, `mid`, `mid-` right before token `ts`. */
function partBefore(doc: Doc, ts: number): { mod: 'START' | 'MID' | 'END'; from: number } | null {
  const p1 = doc.lower[ts - 1] ?? '';
  if (p1 === '-' && doc.lower[ts - 2] === 'mid') return { mod: 'MID', from: ts - 2 };
  const direct = PART_WORDS.get(p1);
  if (direct && (p1 === 'early' || p1 === 'late' || p1 === 'mid' || p1 === 'mid-')) return { mod: direct, from: ts - 1 };
  if (p1 === 'of') {
    const mod = PART_WORDS.get(doc.lower[ts - 2] ?? '');
    if (mod && p1 === 'of') return { mod, from: ts - 2 - (doc.lower[ts - 3] === 'the' ? 1 : 0) };
  }
  return null;
}
