import type { Doc } from '../../model/doc.ts';

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
    // A paragraph whose nested straight marks leave something open was misread as nested: pair it flat.
    if (!pairParagraph(text, pStart, pEnd, p, true, out)) pairParagraph(text, pStart, pEnd, p, false, out);
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
 * Pairs the marks of one paragraph into `out`. With `nest`, a straight mark that opens while a
 * quotation is open starts a quotation inside it, closed by the next mark that closes, and one
 * that plainly closes while none is open is stray; returns false (adding nothing) when that
 * leaves a quotation open at the paragraph's end.
 */
function pairParagraph(text: string, pStart: number, pEnd: number, p: number, nest: boolean, out: MarkedSpan[]): boolean {
  const found: MarkedSpan[] = [];
  let open = -1;
  let inner = -1;
  // A nested or stray mark was read: if the paragraph then ends open, that reading was wrong.
  let nested = false;
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
    if (open < 0) {
      // Reversed guillemets (`»Text«`, German and Nordic usage) open with ».
      if (c === '»' && isWordChar(text[i + 1]) && !isWordChar(text[i - 1])) { open = i; continue; }
      // A straight mark glued to a word on its left and not on its right closes nothing and
      // opens nothing we can trust (inch marks, typos); a stray closing curly mark likewise.
      if (CLOSERS.has(c)) continue;
      if (c === STRAIGHT && isWordChar(text[i - 1]) && !isWordChar(text[i + 1])) continue;
      // Nor does one that plainly closes (`things," the President said` whose opening mark the
      // text lost): opened, it would pair with the next quotation's opening mark.
      if (nest && c === STRAIGHT && straightOpens(text, i, pStart, pEnd) === false) { nested = true; continue; }
      open = i;
      continue;
    }
    if (nest && c === STRAIGHT && text[open] === STRAIGHT) {
      const opens = straightOpens(text, i, pStart, pEnd);
      if (inner < 0 && opens === true) { inner = i; nested = true; continue; }
      if (inner >= 0 && opens !== true) { inner = -1; continue; }
      if (inner >= 0) return false;
    }
    if (OPENERS.has(c) && /\s/.test(text[i - 1] ?? ' ') && !/\s/.test(text[i + 1] ?? ' ')) {
      // An opening mark while one is open: the earlier one was never closed. Start again here.
      open = i;
      continue;
    }
    if (text[open] === '»' && c !== '«') continue;
    found.push({ start: open, end: i + 1, paragraph: p, unclosed: false, opensParagraph: open === pStart, continues: null });
    open = -1;
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

