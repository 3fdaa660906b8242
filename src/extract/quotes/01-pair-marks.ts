import type { Doc } from '../../model/doc.ts';
import { afterQuoteCueOf, cueOf } from '../lexicon/cue-verbs.ts';

/** A stretch of text between quotation marks, found before anyone asks what it is. */
export interface MarkedSpan {
  /** Offset of the opening mark. */
  readonly start: number;
  /** Offset just past the closing mark, or the paragraph's end when the quote stays open. */
  readonly end: number;
  readonly paragraph: number;
  /** The paragraph ended with the quote still open. */
  readonly unclosed: boolean;
  /** The mark is the first character of its paragraph. */
  readonly opensParagraph: boolean;
  /** Index into the returned array of the piece this one continues (multi-paragraph quotes). */
  readonly continues: number | null;
}

const OPENERS = new Set(['“', '„', '«', '‟']);
const SINGLE_MIN_WORDS = 3;
const MAX_SINGLE_QUOTE = 1000;

/** A single mark opens a quotation only at the start of a word, after space or an opening bracket. */
function opensSingle(text: string, i: number): boolean {
  const before = text[i - 1];
  return (before === undefined || /[\s(\[—–-]/.test(before)) && isWordChar(text[i + 1]);
}

/**
 * The mark closing a single-quoted stretch: glued to the word before it and followed by no letter.
 * Apostrophes look the same (`soldiers’ families`), so a mark after punctuation (`,’` `.’`) wins,
 * and the quotation must hold a few words.
 */
function singleCloser(text: string, from: number, to: number, mark: string): number {
  let plain = -1;
  // Bounded: a single-quoted stretch longer than this is not one we can tell from apostrophes.
  const limit = Math.min(to, from + MAX_SINGLE_QUOTE);
  for (let k = from; k < limit; k++) {
    if (text[k] !== mark || /\s/.test(text[k - 1]!) || isWordChar(text[k + 1])) continue;
    if (/[.,!?;:]/.test(text[k - 1]!)) return k;
    if (plain < 0) plain = k;
  }
  if (plain < 0) return -1;
  let words = 1;
  for (let k = from; k < plain; k++) if (text.charCodeAt(k) === 32) words++;
  return words >= SINGLE_MIN_WORDS ? plain : -1;
}
const CLOSERS = new Set(['”', '»']);
const STRAIGHT = '"';

function paragraphRanges(doc: Doc): [number, number][] {
  const out: [number, number][] = [];
  for (let p = 0; p < doc.paraStartTok.length; p++) {
    const first = doc.paraStartTok[p]!;
    const last = doc.paraEndTok[p]! - 1;
    if (last >= first) out.push([doc.tokStart[first]!, doc.tokEnd[last]!]);
  }
  return out;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * Pairs double quotation marks (straight, curly, low-9, guillemets) within each paragraph.
 * Single quotes are left alone at this level: inside a double quote they are part of it, and
 * outside one they are far more often apostrophes than quotation marks.
 */
export function pairMarks(doc: Doc): MarkedSpan[] {
  const text = doc.text;
  const out: MarkedSpan[] = [];
  const paras = paragraphRanges(doc);
  for (let p = 0; p < paras.length; p++) {
    const [pStart, pEnd] = paras[p]!;
    // Readings from the most regular to the most forgiving; the first that leaves nothing open
    // wins, and a paragraph none of the nested readings balances is paired flat.
    if (!READINGS.some((r) => pairParagraph(text, pStart, pEnd, p, r, out))) pairParagraph(text, pStart, pEnd, p, FLAT, out);
  }
  return linkParagraphs(out);
}

/**
 * A straight mark after a space (or an opening bracket or dash) and before a word opens; one
 * after a word and before a space or punctuation closes. Texts whose curly marks were
 * straightened nest quotations this way (`"... the words "I want" ...," he said`), and pairing
 * them in turn would read the text between two quotations as one.
 */
function straightOpens(text: string, i: number, pStart: number, pEnd: number): boolean | null {
  const before = i > pStart ? text[i - 1] : undefined;
  const after = i + 1 < pEnd ? text[i + 1] : undefined;
  const leftOpen = (before === undefined || /[\s(\[—–-]/.test(before)) && after !== undefined && !/\s/.test(after);
  const rightClose = before !== undefined && !/[\s(\[—–-]/.test(before) && (after === undefined || /[\s.,;:!?)\]—–-]/.test(after));
  return leftOpen === rightClose ? null : leftOpen;
}

/**
 * How a paragraph's straight marks are read (issue 12, direct quotations; real releases whose
 * curly marks were straightened, where one mark often does two jobs or is a typo):
 * - `nest`: a mark that opens while a quotation is open starts one inside it;
 * - `closeAtAttribution`: an inner quotation's closing mark closes the outer one too when an
 *   attribution follows it (`"Many of them say: "We will not go there," he stated.`);
 * - `closeAtSentenceEnd`: likewise when a sentence ends after it (`... and say: "No, we will not
 *   talk". According to him, ...`);
 * - `skipAfterStop`: an opening mark right after a sentence's end inside an open quotation is a
 *   repeated mark, not a quotation inside it (`"... it was daily. "Several times we ...," he said.`).
 * Each is tried only where the ones before leave the paragraph open, most regular first.
 */
interface Reading { readonly nest: boolean; readonly closeAtAttribution: boolean; readonly closeAtSentenceEnd: boolean; readonly skipAfterStop: boolean }
const READINGS: readonly Reading[] = [
  { nest: true, closeAtAttribution: false, closeAtSentenceEnd: false, skipAfterStop: false },
  { nest: true, closeAtAttribution: true, closeAtSentenceEnd: false, skipAfterStop: false },
  { nest: true, closeAtAttribution: true, closeAtSentenceEnd: true, skipAfterStop: false },
  { nest: true, closeAtAttribution: true, closeAtSentenceEnd: true, skipAfterStop: true },
];
const FLAT: Reading = { nest: false, closeAtAttribution: false, closeAtSentenceEnd: false, skipAfterStop: false };

/** Words of an attribution after a closing mark, up to the first sentence punctuation or mark. */
const ATTRIBUTION_WORDS = 10;

/**
 * Whether a cue of speech follows offset `from` within a few words, before any sentence
 * punctuation: `," Volodymyr Zelenskyy stated`, `?" said the First Lady`, `," the President summed up`.
 */
export function attributionFollows(text: string, from: number, to: number): boolean {
  const stretch = text.slice(from, Math.min(to, from + 160));
  const clause = /^[\s,—–-]*([^.!?;:"“”«»]*)/.exec(stretch)![1]!;
  const words = clause.split(/\s+/).filter((w) => w.length > 0).slice(0, ATTRIBUTION_WORDS).map((w) => w.toLowerCase().replace(/[,)]+$/, ''));
  return words.some((w, k) => cueOf(w)?.strength === 1 || afterQuoteCueOf(w, words[k + 1]) !== undefined || (w === 'is' && words[k + 1] === 'convinced'));
}

/** Whether the sentence ends right after offset `from`: `"No". According to ...`, or the paragraph ends. */
function sentenceEndsAfter(text: string, from: number, to: number): boolean {
  if (from >= to) return true;
  if (!/[.!?]/.test(text[from]!)) return false;
  let k = from + 1;
  while (k < to && /\s/.test(text[k]!)) k++;
  return k >= to || /\p{Lu}/u.test(text[k]!);
}

/** Whether the mark at `i` follows a sentence's end: `daily. "Several`. */
function afterStop(text: string, i: number, pStart: number): boolean {
  let k = i - 1;
  if (k < pStart || !/\s/.test(text[k]!)) return false;
  while (k > pStart && /\s/.test(text[k]!)) k--;
  return /[.!?]/.test(text[k]!);
}

/**
 * A closing mark with no quotation open, followed by an attribution, whose quotation's opening
 * mark the text lost or misplaced: when the quotation before it in the paragraph closed on a
 * sentence's end with no attribution of its own and nothing lies between but text
 * (`"Will this win or will our humanity prevail?" Will autocracy dominate? ... in this war," she
 * said.`), that quotation runs to this mark.
 */
function resumesLast(text: string, found: MarkedSpan[], i: number, prevMark: number, pEnd: number): boolean {
  const last = found[found.length - 1];
  // `prevMark`: the mark before this one; it must be that quotation's closing mark.
  if (!last || last.unclosed || text[last.start] !== STRAIGHT || prevMark !== last.end - 1) return false;
  if (!/[.!?]/.test(text[prevMark - 1] ?? '') || attributionFollows(text, last.end, pEnd)) return false;
  if (!attributionFollows(text, i + 1, pEnd)) return false;
  // Three words or more (a bounded count: a long quotation is not read again).
  let spaces = 0;
  for (let k = last.start; k < prevMark && spaces < 2; k++) if (text.charCodeAt(k) === 32) spaces++;
  if (spaces < 2) return false;
  found[found.length - 1] = { ...last, end: i + 1 };
  return true;
}

/**
 * Pairs the marks of one paragraph into `out` as `reading` says. Nested, a straight mark that
 * opens while a quotation is open starts a quotation inside it, closed by the next mark that
 * closes, and one that plainly closes while none is open is stray; returns false (adding nothing)
 * when that leaves a quotation open at the paragraph's end.
 */
function pairParagraph(text: string, pStart: number, pEnd: number, p: number, reading: Reading, out: MarkedSpan[]): boolean {
  const nest = reading.nest;
  const found: MarkedSpan[] = [];
  let open = -1;
  let inner = -1;
  // A nested or stray mark was read: if the paragraph then ends open, that reading was wrong.
  let nested = false;
  let lastMark = -1;
  // Quotations nested in the open one that have closed.
  let innersClosed = 0;
  for (let i = pStart; i < pEnd; i++) {
    const c = text[i]!;
    if (open < 0 && (c === '‘' || c === "'") && opensSingle(text, i)) {
      const close = singleCloser(text, i + 1, pEnd, c === '‘' ? '’' : "'");
      if (close > 0) {
        found.push({ start: i, end: close + 1, paragraph: p, unclosed: false, opensParagraph: i === pStart, continues: null });
        i = close;
      }
      continue;
    }
    if (c !== STRAIGHT && !OPENERS.has(c) && !CLOSERS.has(c)) continue;
    const prevMark = lastMark;
    lastMark = i;
    if (open < 0) {
      // Reversed guillemets (`»Text«`, German and Nordic usage) open with ».
      if (c === '»' && isWordChar(text[i + 1]) && !isWordChar(text[i - 1])) { open = i; continue; }
      // A straight mark glued to a word on its left and not on its right closes nothing and
      // opens nothing we can trust (inch marks, typos); a stray closing curly mark likewise.
      if (CLOSERS.has(c)) continue;
      if (c === STRAIGHT && isWordChar(text[i - 1]) && !isWordChar(text[i + 1])) continue;
      // Nor does one that plainly closes (`things," the President said` whose opening mark the
      // text lost): opened, it would pair with the next quotation's opening mark.
      if (nest && c === STRAIGHT && straightOpens(text, i, pStart, pEnd) === false) { resumesLast(text, found, i, prevMark, pEnd); nested = true; continue; }
      open = i;
      continue;
    }
    if (nest && c === STRAIGHT && text[open] === STRAIGHT) {
      const opens = straightOpens(text, i, pStart, pEnd);
      if (inner < 0 && opens === true) {
        nested = true;
        if (!(reading.skipAfterStop && afterStop(text, i, pStart))) inner = i;
        continue;
      }
      if (inner >= 0 && opens !== true) {
        inner = -1;
        // Otherwise the mark closes the outer quotation too (below).
        // Only the first quotation nested in an outer one: an outer quotation that closed one of
        // its own before (`say: "No". According to him, ... "We would ...," he said`) was itself
        // closed there, and the later mark opens a quotation of its own.
        const closesBoth = innersClosed === 0 && ((reading.closeAtAttribution && attributionFollows(text, i + 1, pEnd)) || (reading.closeAtSentenceEnd && sentenceEndsAfter(text, i + 1, pEnd)));
        innersClosed++;
        if (!closesBoth) continue;
      } else if (inner >= 0) return false;
    }
    if (OPENERS.has(c) && /\s/.test(text[i - 1] ?? ' ') && !/\s/.test(text[i + 1] ?? ' ')) {
      // An opening mark while one is open: the earlier one was never closed. Start again here.
      open = i;
      continue;
    }
    if (text[open] === '»' && c !== '«') continue;
    found.push({ start: open, end: i + 1, paragraph: p, unclosed: false, opensParagraph: open === pStart, continues: null });
    open = -1;
    innersClosed = 0;
  }
  if (nested && (open >= 0 || inner >= 0)) return false;
  if (open >= 0) found.push({ start: open, end: pEnd, paragraph: p, unclosed: true, opensParagraph: open === pStart, continues: null });
  // One at a time: a paragraph of a hostile text may hold more marks than a call has room for arguments.
  for (const f of found) out.push(f);
  return true;
}

/**
 * A paragraph that opens a quote and does not close it is continued by the next paragraph when
 * that one opens with a mark again (the newspaper convention for long quotations).
 */
function linkParagraphs(spans: MarkedSpan[]): MarkedSpan[] {
  const out = spans.slice();
  for (let k = 0; k + 1 < out.length; k++) {
    const cur = out[k]!;
    const next = out[k + 1]!;
    if (cur.unclosed && next.paragraph === cur.paragraph + 1 && next.opensParagraph) {
      out[k + 1] = { ...next, continues: k };
    }
  }
  return out;
}

