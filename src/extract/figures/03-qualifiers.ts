import type { Doc } from '../../model/doc.ts';
import { QUALIFIERS_BEFORE, QUALIFIERS_AFTER, QUALIFIER_MAX_TOKENS, type Bound } from '../lexicon/figure-qualifiers.ts';
import { UNITS, MULTI_WORD_UNITS } from '../lexicon/units.ts';
import type { NumberPhrase } from './types.ts';
import { bareWord } from './05-unit-and-whose.ts';

/**
 * Step 3: ranges and bounds.
 * - Two numbers joined by "to", "-" or "and" (after "between") become one range: `300 to 400`,
 *   `between 5 and 7`, `from 450 sq ft up to 900 sq ft`, `four to five thousand` (the scale of
 *   the second spreads to the first when that keeps low below high).
 * - Hedge words before ("more than", "almost", "around") or after ("or more") set the bound:
 *   low: value = low = N; high: value = high = N; approx: an estimate. The words are kept.
 */
export function rangesAndQualifiers(doc: Doc, phrases: NumberPhrase[]): NumberPhrase[] {
  const merged: NumberPhrase[] = [];
  for (let k = 0; k < phrases.length; k++) {
    const a = phrases[k]!;
    const b = phrases[k + 1];
    if (b && a.value !== null && b.value !== null) {
      const joined = joinRange(doc, a, b);
      if (joined) { merged.push(joined); k++; continue; }
    }
    merged.push(a);
  }
  for (const p of merged) qualify(doc, p);
  return merged;
}

const isUnitToken = (raw: string) => { const w = bareWord(raw); return UNITS.has(w) || MULTI_WORD_UNITS.has(w) || w === 'cent' || w === 'sq' || w === 'm' || w === 'ft'; };

/** The unit words right after a number's last token, as a key: "per cent", "miles". */
function unitAfter(doc: Doc, p: NumberPhrase, upTo: number): [string | null, number] {
  if (p.attachedUnit) return [p.attachedUnit.name, 0];
  let k = p.last + 1;
  const words: string[] = [];
  while (k < upTo && isUnitToken(doc.lower[k]!) && words.length < 2) words.push(bareWord(doc.lower[k++]!));
  return [words.length ? words.join(' ') : null, words.length];
}

/** `80,000`, `80 000`: a number whose last three digits are written thousands. */
const THOUSANDS_WRITTEN = /^\D*\d{1,3}[, \u00a0\u202f]000(?!\d|[.,]\d)/;

const JOINERS = new Set(['to', '-', '–', '—', 'through']);

function joinRange(doc: Doc, a: NumberPhrase, b: NumberPhrase): NumberPhrase | null {
  const { lower } = doc;
  if (doc.tokSentence[a.last] !== doc.tokSentence[b.first]) return null;
  let [aUnit, unitGap] = unitAfter(doc, a, b.first);
  // "252 miles to 287 miles", "138,285 lots to 212,577 lots": the same noun after both.
  if (!unitGap && b.first - a.last === 3 && lower[a.last + 1] === lower[b.last + 1]) { aUnit = lower[a.last + 1]!; unitGap = 1; }
  const gap = lower.slice(a.last + 1 + unitGap, b.first).join(' ');
  const before = a.first > 0 ? lower[a.first - 1]! : '';
  const between = before === 'between';
  const from = before === 'from';
  let ok = false;
  if (gap === 'and') ok = between;
  else if (JOINERS.has(gap)) ok = true;
  else if (gap === 'up to') ok = from;
  if (!ok) return null;
  let low = a.value!;
  let high = b.value!;
  // Spread the second number's scale: "four to five thousand", "$10 to $15 billion".
  if (b.scale > 1 && a.scale === 1 && low < high / b.scale) low *= b.scale;
  // "70 to 80,000" is spoken "seventy to eighty thousand": the thousands written out in the second
  // number only belong to the first as well, when that puts the two in the same order of magnitude.
  else if (b.scale === 1 && a.scale === 1 && Number.isInteger(low) && low < 1000 && THOUSANDS_WRITTEN.test(doc.text.slice(b.start, b.end))
    && low * 1000 < high && low * 1000 * 10 >= high) low *= 1000;
  if (from || between) [low, high] = [Math.min(low, high), Math.max(low, high)];
  if (!(low < high)) return null;
  // Both must measure the same thing: "rose 0.7 percent to 6,327.80" is a change and a level.
  if (aUnit !== null) {
    const [bUnit] = unitAfter(doc, b, doc.lower.length);
    const bWord = b.last + 1 < lower.length ? lower[b.last + 1]! : '';
    if (bUnit !== aUnit && bWord !== aUnit && !(from && bUnit === null)) return null;
  }
  if (a.currency !== b.currency && a.currency !== null) return null;
  const first = between ? a.first - 1 : a.first;
  return {
    ...b,
    kind: a.kind === b.kind ? a.kind : 'digits',
    first,
    start: between ? doc.tokStart[first]! : a.start,
    value: null, low, high,
    currency: b.currency ?? a.currency,
    rules: [...a.rules, 'figures/03-range'],
  };
}

function qualify(doc: Doc, p: NumberPhrase): void {
  const { lower, tokStart, tokEnd, text } = doc;
  const sentStart = doc.sentStartTok[doc.tokSentence[p.first]!]!;
  let best: { first: number; bound: Bound } | null = null;
  // Longest first: build the phrases right to left once, then look them up from the longest.
  const maxLen = Math.min(QUALIFIER_MAX_TOKENS, p.first - sentStart);
  const candidates: string[] = [];
  let phrase = '';
  for (let len = 1; len <= maxLen; len++) {
    phrase = len === 1 ? lower[p.first - 1]! : `${lower[p.first - len]!} ${phrase}`;
    candidates.push(phrase);
  }
  for (let len = maxLen; len >= 1; len--) {
    const bound = QUALIFIERS_BEFORE.get(candidates[len - 1]!);
    if (bound) { best = { first: p.first - len, bound }; break; }
  }
  // "just under 20 percent", "well over 100": the adverb joins the hedge.
  if (best && best.first > sentStart && (lower[best.first - 1] === 'just' || lower[best.first - 1] === 'well') && !QUALIFIERS_BEFORE.has(lower[best.first]!)) best.first--;
  let bound: Bound | null = best?.bound ?? null;
  let qStart = best ? tokStart[best.first]! : -1;
  let qEnd = best ? tokEnd[p.first - 1]! : -1;
  if (!best) {
    // A hedge glued to the digits: "sub-500".
    const c = text.charCodeAt(p.start) | 32;
    const glued = c >= 97 && c <= 122 ? /^(sub|under|over)-/i.exec(text.slice(p.start, p.start + 6)) : null;
    const tilde = text[p.start];
    if (tilde === '~' || tilde === '∼' || tilde === '≈') {
      bound = 'approx';
      qStart = p.start;
      qEnd = p.start + 1;
    } else if (glued && tokStart[p.first]! === p.start) {
      bound = glued[1]!.toLowerCase() === 'sub' || glued[1]!.toLowerCase() === 'under' ? 'high' : 'low';
      qStart = p.start;
      qEnd = p.start + glued[1]!.length;
    }
  }
  if (!bound) {
    // After: "100 or more", "300 or so", "100+".
    const n = p.last + 1;
    for (const len of [2, 1]) {
      if (n + len > lower.length || doc.tokSentence[n + len - 1] !== doc.tokSentence[p.last]) continue;
      const phrase = lower.slice(n, n + len).join(' ');
      const after = QUALIFIERS_AFTER.get(phrase);
      if (after && (len === 2 || phrase === '+' && tokStart[n] === tokEnd[p.last])) {
        bound = after; qStart = tokStart[n]!; qEnd = tokEnd[n + len - 1]!;
        break;
      }
    }
  }
  if (!bound) return;
  p.qualifier = { start: qStart, end: qEnd, text: text.slice(qStart, qEnd), bound };
  p.rules.push(`figures/03-qualifier-${bound}`);
  if (p.value === null || (p.low !== null && p.high !== null)) return; // a hedged range or tolerance keeps its low and high
  if (bound === 'low') p.low = p.value;
  else if (bound === 'high') p.high = p.value;
}
