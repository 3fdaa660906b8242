import type { Doc } from '../../model/doc.ts';
import { isQuoteMark } from '../../extract/speakers/find-source.ts';
import { POS } from '../../model/doc.ts';

/**
 * Step 3: the words a claim asserts. After a verb cue, the clause runs to the end of the sentence,
 * a closing quotation mark, a semicolon or `stop` (a rebutting copula: `claims that X are fabricated`).
 * `declared that A, that B, and that C` is split into three propositions.
 */
export type TokenRange = readonly [number, number];

const TRAILING: ReadonlySet<string> = new Set(['.', ',', ';', ':', '!', '?', '—', '–', '-', ')']);

/** Copulas that, after a clause with its own verb, start the sentence's main predicate: `claims that X has fallen are premature`. */
const MAIN_COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were']);
const JOINERS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'that', 'which', 'who', ',', 'because', 'as', 'if', 'when', 'while']);

/** `nounSubject`: the clause is the complement of a noun (`claims that ...`), which ends at the main copula. */
export function clauseAfter(doc: Doc, from: number, stop: number, nounSubject = false): TokenRange | null {
  const sentEnd = doc.sentEndTok[doc.tokSentence[Math.min(from, doc.tokens.length - 1)]!]!;
  let s = from;
  if (s < sentEnd && doc.lower[s] === 'that') s++;
  let e = s;
  const limit = Math.min(sentEnd, stop);
  let finite = false;
  while (e < limit && doc.tokens[e] !== ';' && !isQuoteMark(doc.tokens[e]!)) {
    const w = doc.lower[e]!;
    if (nounSubject && finite && MAIN_COPULAS.has(w) && !JOINERS.has(doc.lower[e - 1]!)) break;
    if (doc.tokPos[e] === POS.AUX || doc.tokPos[e] === POS.VERB) finite = true;
    e++;
  }
  return trim(doc, s, e);
}

/** The clause before token `end` back to the sentence start: `Russia lost 300 tanks, according to ...`. */
export function clauseBefore(doc: Doc, end: number): TokenRange | null {
  const sentStart = doc.sentStartTok[doc.tokSentence[Math.max(0, end - 1)]!]!;
  let s = end;
  while (s > sentStart && doc.tokens[s - 1] !== ';' && !isQuoteMark(doc.tokens[s - 1]!)) s--;
  return trim(doc, s, end);
}

function trim(doc: Doc, s: number, e: number): TokenRange | null {
  while (e > s && TRAILING.has(doc.tokens[e - 1]!)) e--;
  while (s < e && (TRAILING.has(doc.tokens[s]!) || isQuoteMark(doc.tokens[s]!))) s++;
  return e > s ? [s, e] : null;
}

/** `A, that B, and that C` -> [A], [B], [C]: a `that` after a comma or `and` opens the next proposition. */
export function splitThat(doc: Doc, [s, e]: TokenRange): TokenRange[] {
  const parts: TokenRange[] = [];
  let from = s;
  for (let k = s + 1; k < e; k++) {
    if (doc.lower[k] !== 'that') continue;
    const p = doc.lower[k - 1];
    if (p !== ',' && p !== 'and' && p !== 'or') continue;
    const end = p === ',' ? k - 1 : doc.lower[k - 2] === ',' ? k - 2 : k - 1;
    const piece = trim(doc, from, end);
    if (piece) parts.push(piece);
    from = k + 1;
  }
  const last = trim(doc, from, e);
  if (last) parts.push(last);
  return parts;
}

/**
 * Tokens covering characters [start, end): binary search on token ends for the first, then a
 * galloping search from it for the last, so that a span of k tokens costs log k reads near it, not
 * a second search across a token array far larger than the cache (one per quotation at the cap).
 */
export function tokensOf(doc: Doc, start: number, end: number): TokenRange | null {
  const n = doc.tokens.length;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokEnd[mid]! <= start) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  // Gallop: [lo, hi) brackets the first token starting at or after `end`.
  for (let step = 1; ; step *= 2) {
    hi = Math.min(n, first + step);
    if (hi >= n || doc.tokStart[hi]! >= end) break;
    lo = hi + 1;
  }
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokStart[mid]! < end) lo = mid + 1;
    else hi = mid;
  }
  return lo > first ? [first, lo] : null;
}
