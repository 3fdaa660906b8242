/**
 * PostgreSQL's full text with SQLite's words (issue 17: the same query gives the same hits, in
 * the same order, with the same count, on both backends). PostgreSQL keeps the index and answers
 * the match (a `tsvector` column with a GIN index, `@@` a `tsquery`, phrases by position), but the
 * words in both are ../fts-tokens.ts's, SQLite FTS5's tokenizer in TypeScript: the writer stores
 * each row's vector built here, a query becomes a tsquery literal built here, hits are ranked by
 * FTS5's bm25 over the same counts (./search.ts), and each hit's snippet is chosen and marked by
 * FTS5's snippet() algorithm, ported below.
 *
 * PostgreSQL's own limits remain: a tsvector holds the first MAX_FTS_CHARS characters of an
 * article and at most 1 MB of words (MAX_VECTOR_BYTES), positions up to 16,383 (a phrase past the
 * 16,383rd word of a text is not found) and 256 positions per word (bm25 counts at most 256 of one
 * word in a row), a word of at most 2,047 bytes. Articles of ordinary length meet none of them.
 */
import { tokenize, type Token } from '../fts-tokens.ts';
import { CLOSE, OPEN, queryTerms } from '../query-terms.ts';

/** Characters of an article indexed: a tsvector holds at most 1 MB. */
export const MAX_FTS_CHARS = 1_000_000;
const MAX_POSITION = 16_383;
const MAX_POSITIONS_PER_WORD = 256;
const MAX_WORD_BYTES = 2_047;
/**
 * Bytes of words and positions a vector may take: PostgreSQL refuses a tsvector over 1 MB ("string
 * is too long for tsvector"), which a million characters of distinct Cyrillic words would reach.
 * Past it, a word not yet in the vector is left out (its tokens still count in the length).
 */
const MAX_VECTOR_BYTES = 900_000;

const quote = (term: string) => `'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/**
 * The tsvector (as a literal) of a row's searchable columns, and its length in tokens (FTS5's
 * column sizes summed, what bm25 divides by). Each column's positions follow the last one's with a
 * gap, so that no phrase runs from one column into the next (FTS5 matches phrases within a column).
 */
export function ftsVector(...columns: (string | null | undefined)[]): { vector: string; length: number } {
  const positions = new Map<string, number[]>();
  let position = 0;
  let length = 0;
  let bytes = 0;
  for (const column of columns) {
    if (!column) continue;
    const tokens = tokenize(column.length > MAX_FTS_CHARS ? column.slice(0, MAX_FTS_CHARS) : column);
    length += column.length > MAX_FTS_CHARS ? tokenize(column).length : tokens.length;
    for (const t of tokens) {
      position++;
      let list = positions.get(t.term);
      if (!list) {
        // A word's entry, its bytes and the count of its positions (4 + length + 2, rounded up to even).
        const size = 8 + Buffer.byteLength(t.term);
        if (size - 8 > MAX_WORD_BYTES || bytes + size > MAX_VECTOR_BYTES) continue;
        bytes += size;
        positions.set(t.term, (list = []));
      }
      if (list.length < MAX_POSITIONS_PER_WORD && bytes + 2 <= MAX_VECTOR_BYTES) {
        list.push(Math.min(position, MAX_POSITION));
        bytes += 2;
      }
    }
    position++;
  }
  const parts: string[] = [];
  for (const [term, list] of positions) parts.push(`${quote(term)}:${[...new Set(list)].join(',')}`);
  return { vector: parts.join(' '), length };
}

/** The tables with full text, and the columns each indexes (SQLite's `<table>_fts` columns, in order). */
export const FTS_COLUMNS = {
  articles: ['title', 'text'],
  quotes: ['text', 'speaker'],
  claims: ['text', 'claimant'],
} as const;
export type FtsTable = keyof typeof FTS_COLUMNS;

/** One thing a query looks for, as FTS5 reads it: a phrase of terms, the last a prefix if `prefix`. */
export interface Phrase {
  readonly terms: readonly string[];
  readonly prefix: boolean;
}

/** A user's query (read by ../query-terms.ts as for SQLite) -> its phrases and the tsquery literal that matches them all. */
export function ftsQuery(query: string): { phrases: Phrase[]; tsquery: string } {
  const phrases: Phrase[] = [];
  for (const term of queryTerms(query)) {
    const terms = tokenize(term.text).map((t) => t.term);
    // A word longer than any the index keeps matches nothing (and a tsquery would refuse it).
    if (terms.some((t) => Buffer.byteLength(t) > MAX_WORD_BYTES)) return { phrases: [], tsquery: '' };
    if (terms.length) phrases.push({ terms, prefix: term.prefix });
  }
  return { phrases, tsquery: phrases.map(phraseQuery).join(' & ') };
}

/** One phrase as a tsquery literal: its terms in a row (`<->`), the last with `:*` for a prefix. */
export function phraseQuery(p: Phrase): string {
  return `(${p.terms.map((t, i) => `${quote(t)}${p.prefix && i === p.terms.length - 1 ? ':*' : ''}`).join(' <-> ')})`;
}

/** Phrase p at token i? */
function matchesAt(tokens: readonly Token[], i: number, p: Phrase): boolean {
  if (i + p.terms.length > tokens.length) return false;
  for (let k = 0; k < p.terms.length; k++) {
    const term = tokens[i + k]!.term;
    const want = p.terms[k]!;
    if (p.prefix && k === p.terms.length - 1 ? !term.startsWith(want) : term !== want) return false;
  }
  return true;
}

interface Instance { phrase: number; at: number }

/**
 * A snippet of `text` as FTS5's snippet(table, column, OPEN, CLOSE, '', tokens) gives it: the
 * window of `tokens` tokens with the most different phrases (a sentence's start preferred), each
 * phrase instance marked. fts5SnippetFunction, fts5SnippetScore and fts5HighlightCb of SQLite's
 * fts5_aux.c, step by step; toHit (../query-terms.ts) turns the marks into offsets.
 */
export function snippet(text: string, phrases: readonly Phrase[], nToken: number): string {
  const tokens = tokenize(text);
  const size = tokens.length;
  // Phrase instances in token order (for one position, the phrase given first), as xInst lists them.
  const inst: Instance[] = [];
  for (let i = 0; i < size; i++) phrases.forEach((p, phrase) => { if (matchesAt(tokens, i, p)) inst.push({ phrase, at: i }); });

  // The tokens that start a sentence: the first, and each after a '.' or ':' and white space.
  const firsts: number[] = [];
  tokens.forEach((t, pos) => {
    if (pos === 0) { firsts.push(0); return; }
    let i = t.start - 1;
    let c = '';
    for (; i >= 0; i--) {
      c = text[i]!;
      if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') break;
    }
    if (i !== t.start - 1 && (c === '.' || c === ':')) firsts.push(pos);
  });

  const score = (from: number): { score: number; adjusted: number } => {
    const seen = new Set<number>();
    let total = 0;
    let first = -1;
    let last = 0;
    for (const { phrase, at } of inst) {
      if (at < from || at >= from + nToken) continue;
      total += seen.has(phrase) ? 1 : 1000;
      seen.add(phrase);
      if (first < 0) first = at;
      last = at + phrases[phrase]!.terms.length;
    }
    let adjusted = first - Math.trunc((nToken - (last - first)) / 2);
    if (adjusted + nToken > size) adjusted = size - nToken;
    if (adjusted < 0) adjusted = 0;
    return { score: total, adjusted };
  };

  let bestScore = 0;
  let bestStart = 0;
  for (const { at } of inst) {
    const s = score(at);
    if (s.score > bestScore) { bestScore = s.score; bestStart = s.adjusted; }
    if (firsts.length && size > nToken) {
      let j = 0;
      for (; j < firsts.length - 1; j++) if (firsts[j + 1]! > at) break;
      if (firsts[j]! < at) {
        const t = score(firsts[j]!).score + (firsts[j] === 0 ? 120 : 100);
        if (t > bestScore) { bestScore = t; bestStart = firsts[j]!; }
      }
    }
  }

  // Phrase instances coalesced where they overlap: [first token, last token].
  const spans: [number, number][] = [];
  for (const { phrase, at } of inst) {
    const end = at - 1 + phrases[phrase]!.terms.length;
    const open = spans[spans.length - 1];
    if (open && at <= open[1]) open[1] = Math.max(open[1], end);
    else spans.push([at, end]);
  }
  let next = 0;
  while (next < spans.length && spans[next]![0] < bestStart) next++;
  const iter = () => spans[next] ?? [-1, -1];

  const rangeStart = bestStart;
  const rangeEnd = bestStart + nToken - 1;
  let out = '';
  let off = 0;
  let open = false;
  tokens.forEach((t, pos) => {
    if (pos < rangeStart || pos > rangeEnd) return;
    if (rangeStart && pos === rangeStart) off = t.start;
    if (open && (pos <= iter()[0] || iter()[0] < 0) && t.start > off) { out += CLOSE; open = false; }
    if (pos === iter()[0] && !open) {
      out += text.slice(off, t.start) + OPEN;
      off = t.start;
      open = true;
    }
    if (pos === iter()[1]) {
      if (!open) { out += OPEN; open = true; }
      out += text.slice(off, t.end);
      off = t.end;
      next++;
    }
    if (pos === rangeEnd) {
      if (open) {
        if (iter()[0] >= 0 && pos >= iter()[0]) { out += text.slice(off, t.end); off = t.end; }
        out += CLOSE;
        open = false;
      }
      out += text.slice(off, t.end);
      off = t.end;
    }
  });
  if (open) out += CLOSE;
  if (rangeEnd >= size - 1) out += text.slice(off);
  return out;
}
