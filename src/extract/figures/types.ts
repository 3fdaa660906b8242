import type { UnitInfo } from '../lexicon/units.ts';
import type { Bound } from '../lexicon/figure-qualifiers.ts';

/** How a number was written, which decides how 02-parse-value reads it. */
export type NumberKind = 'digits' | 'words' | 'vague' | 'fraction' | 'ratio';

/**
 * A number found in the text (01), then given its value (02), bounds (03), rate (04), unit (05).
 * Built step by step inside extractFigures and never leaves it: Figure is what leaves.
 */
export interface NumberPhrase {
  readonly kind: NumberKind;
  /** Tokens [first, last] the number covers (last inclusive). */
  first: number;
  last: number;
  /** Characters [start, end) of the number with its currency sign, scale and attached unit. */
  start: number;
  end: number;
  value: number | null;
  low: number | null;
  high: number | null;
  /** Currency from a sign or code before the number: `dollar`. */
  currency: string | null;
  /** Unit written against the number (`12km`, `45%`), from the digit scanner. */
  attachedUnit: UnitInfo | null;
  /** Where that unit starts in the text (-1 when none). */
  unitStart: number;
  /** The multiplier written in the number (`3bn`, `1.2 million`): 1 when none. Ranges spread it. */
  scale: number;
  /** Plain digits: no sign, comma, decimal point, scale or unit. Years and labels look like this. */
  bare: boolean;
  /** Set by 03: the hedge words and what they make of the number. */
  qualifier: { start: number; end: number; text: string; bound: Bound } | null;
  /** Set by 04. */
  rate: { start: number; end: number; text: string } | null;
  /** Set by 05: what is counted, with its span when it is written after the number. */
  unit: { start: number; end: number; text: string; head: string; info: UnitInfo | null } | null;
  whose: string | null;
  /** The rule tags that decided this number, in order. */
  rules: string[];
}

export const newPhrase = (kind: NumberKind, first: number, last: number, start: number, end: number): NumberPhrase => ({
  kind, first, last, start, end, value: null, low: null, high: null, currency: null, attachedUnit: null, unitStart: -1,
  scale: 1, bare: false, qualifier: null, rate: null, unit: null, whose: null, rules: [],
});
