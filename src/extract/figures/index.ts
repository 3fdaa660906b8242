import type { Doc } from '../../model/doc.ts';
import type { Figure, FigureCategory, Quotation } from '../../model/items.ts';
import { span } from '../../model/span.ts';
import { findNumbers } from './01-find-numbers.ts';
import { parseValue } from './02-parse-value.ts';
import { rangesAndQualifiers } from './03-qualifiers.ts';
import { findRate } from './04-rate.ts';
import { findUnit, findWhose } from './05-unit-and-whose.ts';
import { categorize } from './06-category.ts';
import { findClaimant } from './07-claimant.ts';
import { SpanIndex } from '../span-index.ts';
import { MUNITION_NOUNS, EQUIPMENT_NOUNS } from '../lexicon/figure-categories.ts';
import type { NumberPhrase } from './types.ts';

/** Units that, written against a number right before a munition or weapon, name its type. */
const DESIGNATION_UNITS: ReadonlySet<string> = new Set(['millimetre', 'centimetre', 'pound', 'kilogram', 'inch', 'tonne']);

function isTypeDesignation(doc: Doc, unit: ReturnType<typeof findUnit>): boolean {
  if (!unit || !unit.inSpan || !unit.info || !DESIGNATION_UNITS.has(unit.info.name)) return false;
  const next = unit.lastTok + 1;
  if (next >= doc.lower.length || doc.tokSentence[next] !== doc.tokSentence[unit.lastTok]) return false;
  const w = doc.lower[next]!;
  return MUNITION_NOUNS.has(w) || EQUIPMENT_NOUNS.has(w) || w === 'calibre' || w === 'caliber' || w === 'cannon' || w === 'gun';
}

const finite = (v: number | null) => v === null || Number.isFinite(v);

/** Categories about people or arms, where "whose" may come from a side named earlier in the sentence. */
const SIDED: ReadonlySet<FigureCategory> = new Set(['military-casualties', 'troops', 'equipment', 'munitions']);

/**
 * Figures: the numbers a claim rests on, with value, bounds, qualifier, rate, unit, whose,
 * category and claimant. Reads only tokens holding a digit or a number word.
 */
export function extractFigures(doc: Doc, quotes: readonly Quotation[]): Figure[] {
  // 1. Numbers written in digits or words; labels, clock times, phone numbers, ordinals, dates out.
  const found = findNumbers(doc);
  let quoteIndex: SpanIndex<Quotation> | undefined;
  // 2. Values; years out.
  const phrases: NumberPhrase[] = [];
  for (const f of found) {
    const p = parseValue(doc, f);
    // "1e999", a 400-digit run: not a number JSON or a ledger can hold.
    if (p && finite(p.value) && finite(p.low) && finite(p.high)) phrases.push(p);
  }
  // 3. Ranges ("300 to 400") and hedges ("more than", "almost") set low/high.
  const bounded = rangesAndQualifiers(doc, phrases);
  const figures: Figure[] = [];
  // Tokens that open the period of an earlier figure ("€50bn over four years"): not a hedge there.
  const rateOpeners = new Set<number>();
  for (const p of bounded) {
    if (p.qualifier && rateOpeners.has(p.first - 1) && doc.tokStart[p.first - 1] === p.qualifier.start) {
      if (p.qualifier.bound === 'low') p.low = null;
      if (p.qualifier.bound === 'high') p.high = null;
      p.qualifier = null;
    }
    // 5. What is counted (before the rate, which follows the unit).
    const unit = findUnit(doc, p);
    // "155mm shells", "2,000-pound bombs", "500-kg bomb": a calibre or weight class names a type, like F-16.
    if (isTypeDesignation(doc, unit)) continue;
    // 4. Rate or period after the unit: "a day", "since February 2022", "in three days".
    const afterTok = (unit && unit.inSpan ? Math.max(unit.lastTok, p.last) : p.last) + 1;
    const rate = findRate(doc, afterTok);
    if (rate) rateOpeners.add(rate[0]);
    // 6. Category from the unit and the words of the clause.
    const category = categorize(doc, p, unit);
    // 5. Whose: a side in the unit's noun phrase, a possessive, or (for people and arms) the sentence.
    const whose = findWhose(doc, p, unit, SIDED.has(category));
    let end = Math.max(p.end, unit && unit.inSpan ? unit.spanEnd : p.end);
    let rateSpan = null;
    if (rate) {
      rateSpan = span(doc.text, doc.tokStart[rate[0]]!, doc.tokEnd[rate[1]]!);
      // A rate right after the unit reads as part of the figure: "a thousand soldiers a day".
      if (rate[0] === afterTok && rate[1] - rate[0] <= 1 && doc.lower[rate[0]] !== 'in' && doc.lower[rate[0]] !== 'since') end = rateSpan.end;
    }
    const start = p.qualifier && p.qualifier.start < p.start ? p.qualifier.start : p.start;
    const s = span(doc.text, start, end);
    // 7. Claimant: the speaker of the quotation holding the figure, else the outlet.
    const claimant = findClaimant(doc, quoteIndex ??= new SpanIndex(quotes), s.start, s.end);
    const rules = [...p.rules];
    if (unit) rules.push('figures/05-unit');
    if (rate) rules.push('figures/04-rate');
    const single = p.kind === 'words' && p.first === p.last && doc.lower[p.first] === 'one';
    figures.push({
      start: s.start,
      end: s.end,
      text: s.text,
      id: `f${figures.length + 1}`,
      confidence: single ? 0.6 : p.kind === 'vague' ? 0.8 : 0.9,
      rule: rules.join(' '),
      value: p.value,
      low: p.low,
      high: p.high,
      qualifier: p.qualifier?.text ?? null,
      rate: rateSpan?.text ?? null,
      unit: unit ? (unit.end > unit.start ? doc.text.slice(unit.start, unit.end) : unit.head) : null,
      whose,
      category,
      claimant,
    });
  }
  return figures;
}
