import { UNITS, CLOCK_LIKE_UNITS, type UnitInfo } from '../lexicon/units.ts';
import { readUnit } from './unit-reader.ts';
import { SCALE_SUFFIXES, VULGAR_FRACTIONS } from '../lexicon/figure-numbers.ts';
import { ORDINAL_SUFFIXES } from '../lexicon/figure-traps.ts';
import { coordinateEnd, currencyBefore, isDigit, isLetter, isLetterOrDigit, readNumber, toleranceAt, wordBefore } from './number-text.ts';

/**
 * A number written with digits, read straight from the text (not from tokens: the tokenizer
 * splits `RM120,000` and `PS2.7m` in odd places). One forward pass over a few characters with
 * plain loops, so no input can make it backtrack.
 */
export interface DigitCore {
  /** [start, end) including a currency sign before and a scale or unit written against it. */
  readonly start: number;
  readonly end: number;
  readonly negative: boolean;
  readonly currency: string | null;
  /** The number, and the second number of `300-400`. */
  readonly a: number;
  readonly b: number | null;
  /** `1/3`: the denominator. */
  readonly denominator: number | null;
  /** Multiplier written against the digits: `3bn`, `1.2m`. 1 when none. */
  readonly scale: number;
  readonly unit: UnitInfo | null;
  /** Why this is not a count, if it is not: a clock time, a phone number, an ordinal, a label. */
  readonly trap: 'time' | 'phone' | 'ordinal' | 'decade' | 'identifier' | 'year-range' | 'date' | null;
  /** A word glued before with a hyphen that bounds it: `sub-500` (high), `minus-130` handled as sign. */
  readonly prefixWord: string | null;
  /** Digits only: no sign, currency, separator, decimal point, range, fraction, scale or unit. */
  readonly bare: boolean;
  readonly plus: boolean;
  /** `2,000.45±0.01`, `9.83e-3 +/- 1e-5`: the tolerance, else null. */
  readonly tolerance: number | null;
  /** Could be a time of day: a whole number up to 24, or `h.mm` with minutes under 60. */
  readonly clockLike: boolean;
  /** Where `unit` starts in the text, -1 when there is none. */
  readonly unitStart: number;
}

const FRACTION_DENOMINATORS = new Set([2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100, 128]);
const METRE_AFTER = ['high', 'long', 'wide', 'tall', 'deep', 'away', 'metre', 'meter', 'in diameter'];
/** After a one-letter suffix, these make it a unit, not a scale: "32m2", "5m/s", "3m^2". */
const UNIT_GOES_ON: ReadonlySet<string> = new Set(['2', '3', '/', '^', '²', '³']);
const GLUED_BOUND_WORDS = new Set(['sub', 'under', 'over', 'minus', 'mid', 'pre', 'post', 'late', 'early', 'circa', 'ca']);

const c0 = (s: string) => s.charCodeAt(0);

/** Scans the digit number whose first digit is at `at`. `depth` bounds the tolerance's own scan. */
export function scanDigits(text: string, at: number, depth = 0): DigitCore | null {
  let start = at;
  if (text[at - 1] === '.' && !isDigit(text.charCodeAt(at - 2))) start = at - 1; // .534
  const first = readNumber(text, start);
  if (!first) return null;
  let [a, end, comma, decimal] = first;
  const fractionDigits = decimal ? end - text.lastIndexOf('.', end - 1) - 1 : 0;
  const whole = Math.floor(a);
  const clockLike = !comma && ((!decimal && whole <= 24) || (decimal && fractionDigits === 2 && whole <= 24 && Math.round((a - whole) * 100) < 60));
  // "10 000": thousands split by a space (or a no-break space), groups of exactly three digits.
  if (!comma && !decimal && end - start <= 3) {
    let j = end;
    let v = a;
    while ((text[j] === ' ' || text[j] === '\u00a0' || text[j] === '\u202f') && isDigit(text.charCodeAt(j + 1)) && isDigit(text.charCodeAt(j + 2))
      && isDigit(text.charCodeAt(j + 3)) && !isDigit(text.charCodeAt(j + 4)) && text[j + 4] !== ':') { v = v * 1000 + Number(text.slice(j + 1, j + 4)); j += 4; }
    if (j > end) { a = v; end = j; comma = true; }
  }
  // "2½": a whole number and a fraction sign.
  const vulgar = VULGAR_FRACTIONS.get(text[end] ?? '');
  if (vulgar !== undefined && !decimal) { a += vulgar; end++; decimal = true; }
  // "4e14", "9.83e-3", "2.48×10−5", "5.5x10^-3": powers of ten.
  {
    let j = end;
    let mantissaOk = false;
    // "4.3 × 10−8": the same with spaces around the sign, only when an exponent follows the 10.
    if (text[j] === ' ' && (text[j + 1] === '×' || text[j + 1] === 'x') && text[j + 2] === ' ' && text[j + 3] === '1' && text[j + 4] === '0'
      && (text[j + 5] === '^' || text[j + 5] === '−' || text[j + 5] === '-')) {
      j += 5;
      if (text[j] === '^') j++;
      mantissaOk = true;
    }
    else if ((text[j] === 'e' || text[j] === 'E') && (isDigit(text.charCodeAt(j + 1)) || ((text[j + 1] === '-' || text[j + 1] === '+' || text[j + 1] === '−') && isDigit(text.charCodeAt(j + 2))))) { j++; mantissaOk = true; }
    else if ((text[j] === '×' || text[j] === 'x' || text[j] === '*') && text[j + 1] === '1' && text[j + 2] === '0' && (text[j + 3] === '^' || text[j + 3] === '-' || text[j + 3] === '−' || text[j + 3] === '+' || isDigit(text.charCodeAt(j + 3)))) {
      j += 3;
      if (text[j] === '^') j++;
      mantissaOk = true;
    }
    else if ((text[j] === '×' || text[j] === 'x' || text[j] === '*') && isDigit(text.charCodeAt(j + 1))) {
      // "8x2^10": another base with a caret.
      let k = j + 1;
      while (isDigit(text.charCodeAt(k)) && k - j <= 3) k++;
      if (text[k] === '^' && k - j <= 3) {
        const base = Number(text.slice(j + 1, k));
        let e = k + 1;
        let sign = 1;
        if (text[e] === '-' || text[e] === '−') { sign = -1; e++; }
        const e0 = e;
        while (isDigit(text.charCodeAt(e)) && e - e0 < 3) e++;
        if (e > e0 && !isDigit(text.charCodeAt(e))) { a = Number((a * base ** (sign * Number(text.slice(e0, e)))).toPrecision(12)); end = e; decimal = true; }
      }
    }
    if (mantissaOk) {
      let sign = 1;
      if (text[j] === '-' || text[j] === '−') { sign = -1; j++; } else if (text[j] === '+') j++;
      const e0 = j;
      while (isDigit(text.charCodeAt(j)) && j - e0 < 3) j++;
      if (j > e0 && !isDigit(text.charCodeAt(j))) { a = Number((a * 10 ** (sign * Number(text.slice(e0, j)))).toPrecision(12)); end = j; decimal = true; }
    }
  }
  let negative = false;
  let currency: string | null = null;
  let trap: DigitCore['trap'] = null;
  let prefixWord: string | null = null;
  let plus = false;

  // Left: sign, currency sign, a glued word.
  let left = start;
  for (let round = 0; round < 2; round++) {
    const c = text[left - 1];
    if ((c === '-' || c === '−') && !negative) {
      const w = wordBefore(text, left - 1);
      if (w) {
        const lw = w.toLowerCase();
        if (lw === 'minus') { negative = true; left = left - 1 - w.length; }
        else if (GLUED_BOUND_WORDS.has(lw)) { prefixWord = lw; left = left - 1 - w.length; }
        else trap = 'identifier';
        break;
      }
      const b = text.charCodeAt(left - 2);
      if (!isDigit(b)) { negative = true; left--; continue; }
      break;
    }
    if (c === '+' && !isDigit(text.charCodeAt(left - 2))) { plus = true; break; }
    if ((c === '~' || c === '∼' || c === '≈') && !prefixWord) { prefixWord = '~'; left--; continue; }
    if (c === '#') { trap = 'identifier'; break; }
    // "Mg(ClO4)2": digits glued after a closing bracket belong to a formula.
    if ((c === ')' || c === ']') && isLetterOrDigit(text.charCodeAt(left - 2))) { trap = 'identifier'; break; }
    if (!currency) {
      let cur = currencyBefore(text, left);
      // "USD 500", "Rs 500 crore": a currency code in letters may stand a space before.
      if (!cur && text[left - 1] === ' ') {
        const spaced = currencyBefore(text, left - 1);
        if (spaced && isLetter(text.charCodeAt(spaced[1])) && left - 1 - spaced[1] >= 2 && text.slice(spaced[1], left - 1) !== 'PS') cur = spaced; // PS: a mangled £, glued only
      }
      if (cur) { currency = cur[0]; left = cur[1]; continue; }
    }
    if (c !== undefined && isLetter(c.charCodeAt(0))) trap = 'identifier';
    break;
  }

  // Right: clock time, fraction, range, then suffix.
  let b: number | null = null;
  let denominator: number | null = null;
  if (text[end] === ':' && isDigit(text.charCodeAt(end + 1))) {
    trap = 'time';
    end++;
    while (isDigit(text.charCodeAt(end))) end++;
  } else if ((text[end] === '/' || text[end] === '⁄') && isDigit(text.charCodeAt(end + 1))) {
    const den = readNumber(text, end + 1);
    if (den) {
      end = den[1];
      if (text[end] === '/' || text[end] === '-') { trap = 'date'; while (end < text.length && /[\d/-]/.test(text[end]!)) end++; }
      else if (!decimal && !comma && a < den[0] && (FRACTION_DENOMINATORS.has(den[0]) || a === 1 || den[0] % 10 === 0)) denominator = den[0];
      else trap = 'identifier';
    }
  } else if ((text[end] === '-' || text[end] === '–') && !trap) {
    let k = end + 1;
    if (text[k] === '$' || text[k] === '£' || text[k] === '€') k++;
    if (isDigit(text.charCodeAt(k))) {
      const second = readNumber(text, k);
      if (second) {
        const [bv, bEnd] = second;
        const aDigits = end - start;
        const bDigits = bEnd - k;
        if ((text[bEnd] === '-' && isDigit(text.charCodeAt(bEnd + 1))) || (aDigits === 3 && bDigits === 4 && !comma && !second[2])) {
          trap = 'phone';
          end = bEnd;
          while (end < text.length && (isDigit(text.charCodeAt(end)) || text[end] === '-')) end++;
        } else if (!comma && !decimal && aDigits === 4 && a >= 1800 && a <= 2100 && (bDigits === 2 || (bDigits === 4 && bv >= 1800 && bv <= 2100))) {
          trap = 'year-range';
          end = bEnd;
        } else if (text[bEnd] === '/' || text[bEnd] === ':') {
          trap = 'date';
          end = bEnd;
        } else { b = bv; end = bEnd; }
      }
    }
  }

  // Suffix: letters, %, ° written against the number.
  let scale = 1;
  let unit: UnitInfo | null = null;
  let suffixEnd = end;
  while (suffixEnd < text.length && suffixEnd - end < 8) {
    const c = text.charCodeAt(suffixEnd);
    if (isLetter(c) || c === 37 || c === 176 || c === 0xba || c === 0x3bc || c === 0xb5 || c === 0xb2 || c === 0xb3 || c === 0x2030) suffixEnd++;
    else if (c === 47 && isLetter(text.charCodeAt(suffixEnd + 1)) && suffixEnd > end && !currency) suffixEnd++; // "$5m/year" is $5m a year
    else break;
  }
  const suffix = text.slice(end, suffixEnd);
  if (suffix && !trap) {
    const lower = suffix.toLowerCase();
    if (ORDINAL_SUFFIXES.has(lower)) trap = 'ordinal';
    // "Pagani et al., 2006b": a year with a letter is a citation.
    else if (suffix.length === 1 && suffix >= 'a' && suffix <= 'e' && !decimal && !comma && end - start === 4 && a >= 1800 && a <= 2100) trap = 'date';
    else if ((suffix === 'am' || suffix === 'pm') && !clockLike && b === null) unit = CLOCK_LIKE_UNITS.get(lower)!;
    else if (lower === 'am' || lower === 'pm' || lower === 'gmt' || lower === 'utc') trap = 'time';
    else if ((c0(suffix) === 176 || c0(suffix) === 0xba) && isDigit(text.charCodeAt(suffixEnd))) { trap = 'identifier'; suffixEnd = coordinateEnd(text, suffixEnd); } // 57°44’8"N
    else if (lower === 's' && !decimal && !comma) trap = 'decade';
    else if (suffix === 'm' && METRE_AFTER.some((w) => text.startsWith(w, suffixEnd + 1) || text.startsWith(w, suffixEnd + 2))) unit = UNITS.get('metre')!;
    else if (SCALE_SUFFIXES.has(suffix) && !(UNIT_GOES_ON.has(text[suffixEnd] ?? '') && !(currency && text[suffixEnd] === '/'))) scale = SCALE_SUFFIXES.get(suffix)!;
    else if (lower.startsWith('bn') && UNITS.has(lower.slice(2))) { scale = 1e9; unit = UNITS.get(lower.slice(2))!; }
    else if (lower === 'x') unit = UNITS.get('times')!;
    else {
      const read = readUnit(text, end);
      if (read) { unit = read.info; suffixEnd = read.end; } else trap = 'identifier';
    }
  }
  let unitStart = unit ? end : -1;
  if (suffix && !trap) end = suffixEnd;
  else if (suffix && trap === 'ordinal') end = suffixEnd;
  else if (suffix && trap) end = suffixEnd;

  // "2,000.45±0.01", "9.83e-3 +/- 1e-5 km/s2": a tolerance (its unit, if written, is the figure's).
  let tolerance: number | null = null;
  if (!trap && b === null && denominator === null && depth === 0) {
    const t = toleranceAt(text, end);
    const tol = t >= 0 ? scanDigits(text, t, 1) : null;
    if (tol && !tol.trap && tol.b === null && tol.denominator === null && !tol.currency && !tol.negative) {
      tolerance = tol.a * tol.scale;
      end = tol.end;
      if (!unit && tol.unit) { unit = tol.unit; unitStart = tol.unitStart; }
    }
  }

  // "001 basal peak", "codes 040301": a leading zero on a whole number makes a code, not a count.
  if (!trap && !decimal && text.charCodeAt(start) === 48 && isDigit(text.charCodeAt(start + 1))) trap = 'identifier';

  const bare = !negative && !currency && !comma && !decimal && b === null && denominator === null && scale === 1 && !unit
    && !prefixWord && !plus && tolerance === null && start === at;
  return {
    start: left, end, negative, currency, a, b, denominator, scale, unit, trap, prefixWord, bare, plus, tolerance, clockLike, unitStart,
  };
}
