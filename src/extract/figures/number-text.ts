/**
 * The pieces of a number as written, read from raw text with plain loops (digits.ts puts them
 * together): character classes, digits with thousands separators and a decimal part, a currency
 * prefix before, a tolerance sign after, a coordinate's minutes and seconds, the word glued before.
 */
import { CURRENCY_PREFIXES } from '../lexicon/units.ts';

export const isDigit = (c: number) => c >= 48 && c <= 57;
export const isLetterOrDigit = (c: number) => isDigit(c) || isLetter(c);
export const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const PREFIXES = [...CURRENCY_PREFIXES.keys()].sort((x, y) => y.length - x.length);
/** Reads `1,200.50` from i; returns [value, end, hadComma, hadDecimal], or null if no digit at i. */
export function readNumber(text: string, i: number): [number, number, boolean, boolean] | null {
  const s = i;
  let j = i;
  while (j < text.length && isDigit(text.charCodeAt(j))) j++;
  let comma = false;
  while (j + 3 < text.length + 0 && text[j] === ',' && isDigit(text.charCodeAt(j + 1)) && isDigit(text.charCodeAt(j + 2))
    && isDigit(text.charCodeAt(j + 3)) && !isDigit(text.charCodeAt(j + 4))) { comma = true; j += 4; }
  let decimal = false;
  if (text[j] === '.' && isDigit(text.charCodeAt(j + 1))) {
    decimal = true;
    j++;
    while (j < text.length && isDigit(text.charCodeAt(j))) j++;
  }
  if (j === s || (j === s + 1 && text[s] === '.')) return null;
  const digits = text.slice(s, j).replace(/,/g, '');
  return [Number(digits), j, comma, decimal];
}

/** A currency prefix ending at i (exclusive), if any: [name, start]. */
export function currencyBefore(text: string, i: number): [string, number] | null {
  for (const p of PREFIXES) {
    const s = i - p.length;
    if (s < 0 || !text.startsWith(p, s)) continue;
    const before = s > 0 ? text.charCodeAt(s - 1) : 32;
    if (isLetter(before) || isDigit(before)) continue;
    return [CURRENCY_PREFIXES.get(p)!, s];
  }
  return null;
}

/** End of a coordinate from i (just after a degree sign): digits, minutes and seconds marks, a compass letter. */
export function coordinateEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && j - i < 16 && /[\d.,'’′"”″°]/.test(text[j]!)) j++;
  if (/[NSEW]/.test(text[j] ?? '')) j++;
  return j;
}

/** The word of letters ending at i (exclusive). */
export function wordBefore(text: string, i: number): string {
  let s = i;
  while (s > 0 && isLetter(text.charCodeAt(s - 1)) && i - s < 12) s--;
  return text.slice(s, i);
}

/** `±`, `+/-`, `+-` (with spaces or not) before a tolerance at i: returns where its number starts, or -1. */
export function toleranceAt(text: string, i: number): number {
  let j = i;
  if (text[j] === ' ') j++;
  if (text[j] === '±') j++;
  else if (text[j] === '+' && (text[j + 1] === '-' || text[j + 1] === '−')) j += 2;
  else if (text[j] === '+' && text[j + 1] === '/' && (text[j + 2] === '-' || text[j + 2] === '−')) j += 3;
  else return -1;
  if (text[j] === ' ') j++;
  return isDigit(text.charCodeAt(j)) || (text[j] === '.' && isDigit(text.charCodeAt(j + 1))) ? j : -1;
}
