import type { Doc } from '../../model/doc.ts';
import {
  SCALE_WORDS, SCALE_SUFFIXES, ONE_PRONOUN_BEFORE, ONE_PRONOUN_AFTER, NEGATIVE_WORDS, VULGAR_FRACTIONS,
} from '../lexicon/figure-numbers.ts';
import { CURRENCY_COUNTRY_CODES, UNITS, CLOCK_LIKE_UNITS } from '../lexicon/units.ts';
import { readUnit } from './unit-reader.ts';
import { PERIOD_PLURALS } from '../lexicon/figure-rates.ts';
import { A_UNIT_WORDS, ONE_OF_DETERMINERS } from '../lexicon/figure-numbers.ts';
import { scanDigits, type DigitCore } from './digits.ts';
import { isLabel, isCapitalized, trapAfter, monthBefore, phoneRun } from './labels.ts';
import { findWords, glued, mayStartNumberWord, AFTER_A } from './number-words.ts';
import { newPhrase, type NumberPhrase } from './types.ts';

/**
 * Step 1: find the numbers. Only tokens holding a digit or a number word are looked at. Digits
 * are read from the text by `scanDigits`; words are grouped over tokens ("one hundred and fifty",
 * "tens of thousands", "half a million", "two-thirds"). Numbers that are labels, clock times,
 * phone numbers, ordinals or dates are dropped here; years are dropped in step 2.
 */
export interface Found {
  readonly phrase: NumberPhrase;
  /** For digits: what the scanner read. */
  readonly digits: DigitCore | null;
  /** For words: the lowercased number words in order (`a`, `and`, `-`, `of` included). */
  readonly words: readonly string[];
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;
const LIST_JOINERS: ReadonlySet<string> = new Set([',', 'and', '-', '–', '&', 'or']);
const ONE_HYPHEN_OK = (w: string) => UNITS.has(w) || PERIOD_PLURALS.has(w);

/** Offset of the first digit in text[from, to) relative to from, or -1 (reads the flat text, not the token strings). */
/** Single capital letters that read as a unit only when glued: "5 A" and "6 F" may be grades, "3 M" a company. */
const SPACED_SYMBOL_NOT: ReadonlySet<string> = new Set(['A', 'U', 'M', 'F']);

/** End (after "]") of a citation mark whose digits start at i, or -1: "[37]", "[21, 22]", "[76–80]". */
function citationEnd(text: string, i: number): number {
  if (text[i - 1] !== '[') return -1;
  for (let j = i; j < text.length && j - i < 40; j++) {
    const c = text.charCodeAt(j);
    if (c === 93) return j + 1; // ]
    if (!(isDigitCode(c) || c === 44 || c === 32 || c === 45 || c === 0x2013)) return -1;
  }
  return -1;
}

/** End of the identifier a trapped number belongs to: letters, digits, and . + - / between them. */
function identifierEnd(text: string, i: number): number {
  let j = i;
  const alnum = (c: number) => isDigitCode(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  while (j < text.length && j - i < 40) {
    const c = text.charCodeAt(j);
    if (alnum(c)) j++;
    else if ((c === 46 || c === 43 || c === 45 || c === 47) && alnum(text.charCodeAt(j + 1)) && alnum(text.charCodeAt(j - 1))) j++;
    else break;
  }
  return j;
}

const withoutStop = (t: string) => (t.length > 1 && t.endsWith('.') ? t.slice(0, -1) : t);

/** "$3 a gallon", "80 cents a litre", "$76 US a barrel": a number just before "a" makes "a <unit>" a rate. */
function rateAfterNumber(doc: Doc, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
    if (firstDigit(doc.text, doc.tokStart[k]!, doc.tokEnd[k]!) >= 0 || UNITS.has(doc.lower[k]!)) return true;
    if (!CURRENCY_COUNTRY_CODES.has(doc.tokens[k]!)) return false;
  }
  return false;
}

function firstDigit(text: string, from: number, to: number): number {
  for (let k = from; k < to; k++) if (isDigitCode(text.charCodeAt(k))) return k - from;
  return -1;
}

export function findNumbers(doc: Doc): Found[] {
  const out: Found[] = [];
  const { text, tokens, lower, tokStart, tokEnd } = doc;
  const n = tokens.length;
  let consumed = 0; // characters before this are inside an earlier number
  let labelEnd = -1; // last token of the latest label number: "Figs. 7 and 8", "Articles 5, 6"
  const afterLabel = (first: number) => {
    if (labelEnd < 0 || first - labelEnd > 2) return false;
    for (let k = labelEnd + 1; k < first; k++) if (!LIST_JOINERS.has(lower[k]!)) return false;
    return true;
  };
  for (let i = 0; i < n; i++) {
    if (tokStart[i]! < consumed) continue;
    const t = tokens[i]!;
    const d = firstDigit(text, tokStart[i]!, tokEnd[i]!);
    if (d >= 0) {
      // "[37]", "[21,22]", "[76–80]": citation marks.
      const citation = citationEnd(text, tokStart[i]! + d);
      if (citation >= 0) { consumed = citation; continue; }
      const phone = phoneRun(doc, i);
      if (phone >= 0) { consumed = tokEnd[phone]!; i = phone; continue; }
      let core = scanDigits(text, tokStart[i]! + d);
      if (!core) continue;
      // "2 1/2": a whole number and a fraction.
      if (core.bare && text[core.end] === ' ' && isDigitCode(text.charCodeAt(core.end + 1))) {
        const frac = scanDigits(text, core.end + 1);
        if (frac && frac.denominator !== null && !frac.trap) core = { ...frac, start: core.start, a: core.a * frac.denominator + frac.a, bare: false };
      }
      let last = i;
      while (last + 1 < n && tokStart[last + 1]! < core.end) last++;
      consumed = core.end;
      if (core.trap) {
        // "J1149.5+6663", "F-16A/B": the rest of an identifier is not a number either.
        if (core.trap === 'identifier') consumed = identifierEnd(text, core.end);
        continue;
      }
      let end = core.end;
      let start = core.start;
      // A scale word after the digits: "1.2 million", "3 bn".
      const words: string[] = [];
      let negated = false;
      if (core.scale === 1 && last + 1 < n && SCALE_WORDS.has(lower[last + 1]!) && !core.unit) {
        words.push(lower[last + 1]!);
        last++;
        end = tokEnd[last]!;
        consumed = end;
        if (last + 1 < n && SCALE_WORDS.has(lower[last + 1]!) && lower[last + 1] !== 'hundred') {
          words.push(lower[last + 1]!); last++; end = tokEnd[last]!; consumed = end;
        }
      } else if (core.currency && core.scale === 1 && !core.unit && last + 1 < n && tokStart[last + 1] === core.end + 1
        && SCALE_SUFFIXES.has(withoutStop(tokens[last + 1]!))) {
        // "$5 m", "£3.5 m deal", "$5 K": with a currency sign a spaced letter is a scale, not metres or kelvin
        // (a sentence's full stop may be glued to it: "A $5 m.").
        const key = withoutStop(tokens[last + 1]!);
        words.push(key);
        last++;
        end = tokStart[last]! + key.length;
        consumed = end;
      }
      // A unit written as symbols after a space: "111 MPa", "3800 K", "20 J/m^2", "-18 °C", "2.123 pm".
      let unit = core.unit;
      const spacedUnitStart = end + 1;
      if (!unit && !words.length && (text[end] === ' ' || text[end] === '\u00a0' || text[end] === '\u202f')) {
        const read = readUnit(text, end + 1);
        if (read && (read.compound || (read.symbol && !SPACED_SYMBOL_NOT.has(text.slice(end + 1, read.end))))) {
          unit = read.info;
          end = read.end;
        } else if (!core.clockLike && last + 1 < n && tokStart[last + 1] === end + 1 && CLOCK_LIKE_UNITS.has(tokens[last + 1]!)) {
          unit = CLOCK_LIKE_UNITS.get(tokens[last + 1]!)!; // lowercase only: "990 AM" is a radio station
          end = tokEnd[last + 1]!;
        }
        if (unit) {
          consumed = end;
          while (last + 1 < n && tokStart[last + 1]! < end) last++;
        }
      }
      let first = i;
      while (first > 0 && tokEnd[first - 1]! > start) first--;
      // "US $3.7", "HK $5.4m": the country code is its own token.
      if (core.currency && text[start] === '$' && first > 0 && tokEnd[first - 1] === start - 1 && CURRENCY_COUNTRY_CODES.has(tokens[first - 1]!)) {
        first--;
        start = tokStart[first]!;
      }
      // "minus 233": a sign word on its own.
      if (!core.negative && first > 0 && NEGATIVE_WORDS.has(lower[first - 1]!) && !core.currency) { first--; start = tokStart[first]!; negated = true; }
      // A number with a unit right after a label is not another label: "Stoxx 50 -1.3%", "S&P 500 +0.3%"
      // (but "Figures 3A and 3C" is a list of them).
      if (!words.length && ((afterLabel(first) && (!unit || first - labelEnd > 1)) || isLabel(doc, first, last, !unit && (core.bare || (core.b !== null && !core.currency && core.scale === 1))))) {
        labelEnd = last;
        continue;
      }
      if ((!unit && trapAfter(doc, last, core.a, core.bare)) || monthBefore(doc, i, core.a, core.bare)) continue;
      const phrase = newPhrase(core.denominator !== null ? 'fraction' : 'digits', first, last, start, end);
      phrase.bare = core.bare && !words.length;
      phrase.currency = core.currency;
      phrase.attachedUnit = unit;
      phrase.unitStart = !unit ? -1 : unit === core.unit ? core.unitStart : spacedUnitStart;
      phrase.rules.push('figures/01-digits');
      out.push({ phrase, digits: negated ? { ...core, negative: true } : core, words });
      continue;
    }
    const c0 = text.charCodeAt(tokStart[i]!); // the flat text: token strings are slow to read
    const vulgar = (c0 >= 0xbc && c0 <= 0xbe) || (c0 >= 0x2150 && c0 <= 0x215e) ? VULGAR_FRACTIONS.get(t[0]!) : undefined;
    if (vulgar !== undefined && t.length <= 2) {
      const phrase = newPhrase('fraction', i, i, tokStart[i]!, tokStart[i]! + 1);
      phrase.value = vulgar;
      phrase.rules.push('figures/01-fraction-sign');
      out.push({ phrase, digits: null, words: [] });
      continue;
    }
    const w = lower[i]!;
    if (!mayStartNumberWord(w)) continue;
    if ((w === 'a' || w === 'an') && !(i + 1 < n && AFTER_A.has(lower[i + 1]!))) {
      // "a gallon of beer", "a kilometre away": one of a measure, unless a number before makes it a rate ("$3 a gallon").
      if (i + 1 < n && A_UNIT_WORDS.has(lower[i + 1]!) && !rateAfterNumber(doc, i)) {
        const phrase = newPhrase('words', i, i, tokStart[i]!, tokEnd[i]!);
        phrase.rules.push('figures/01-a-unit');
        out.push({ phrase, digits: null, words: [w] });
      }
      continue;
    }
    const found = findWords(doc, i);
    if (!found) continue;
    const [last, words, kind] = found;
    if (w === 'one' && last === i) {
      const prev = i > 0 ? lower[i - 1]! : '';
      const next = i + 1 < n ? lower[i + 1]! : '';
      if (ONE_PRONOUN_BEFORE.has(prev) || ONE_PRONOUN_AFTER.has(next)) continue;
      if (next === '-' && glued(doc, i) && !(i + 2 < n && ONE_HYPHEN_OK(lower[i + 2]!))) continue;
      // "one of the most powerful levers", "one of Russia's largest": membership, not a count (issue 3's trap);
      // "at least one of the", "more than one of the" still count.
      if (next === 'of' && prev !== 'least' && prev !== 'than' && i + 2 < n && (ONE_OF_DETERMINERS.has(lower[i + 2]!) || lower[i + 3] === "'s" || lower[i + 3] === '’s')) continue;
    }
    if (kind === 'words' && trapAfter(doc, last, NaN, false)) continue; // "three o'clock"
    // A number word capitalized mid-sentence is a name: "Channel One", "the Big Three".
    if (isLabel(doc, i, last, isCapitalized(t) && doc.sentStartTok[doc.tokSentence[i]!] !== i)) continue;
    const phrase = newPhrase(kind, i, last, tokStart[i]!, tokEnd[last]!);
    phrase.rules.push('figures/01-words');
    out.push({ phrase, digits: null, words });
    consumed = tokEnd[last]!;
    i = last;
  }
  return out;
}
