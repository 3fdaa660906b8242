/**
 * Per-token facts both feature sets read (DocInfo): word-level facts from a bounded word table
 * (hashes of the lowercased form, shape, suffix and prefix, capital, quotation-mark kind, cue
 * strength), the quotation state per paragraph and the nearest cue word either side.
 */
import type { Doc } from '../model/doc.ts';
import { fnv1a } from './hash.ts';

/** Cue lexicon: lowercased token -> strength 1..4 (learned from train cue spans). */
export type CueLexicon = ReadonlyMap<string, number>;

/**
 * Word-level facts, computed once per distinct token string and kept in a table of typed arrays
 * (one row per word, its id from a Map): hashes of the lowercased form, shape, suffix and prefix,
 * capital, quotation-mark kind, cue strength. Bounded: the table starts over when full.
 */
const WORD_CAP = 1 << 17;
let wordIds = new Map<string, number>();
let wordLex: CueLexicon | null = null;
const wLw = new Uint32Array(WORD_CAP);
const wShape = new Uint32Array(WORD_CAP);
const wSuf3 = new Uint32Array(WORD_CAP);
const wPre2 = new Uint32Array(WORD_CAP);
const wCap = new Uint8Array(WORD_CAP);
/** 0 none, 1 open double, 2 close double, 3 straight double, 4 open single, 5 close single, 6 straight single. */
const wQm = new Uint8Array(WORD_CAP);
const wCue = new Uint8Array(WORD_CAP);


function shapeOf(t: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < t.length && out.length < 6; i++) {
    const c = t.charCodeAt(i);
    let k: string;
    if (c >= 65 && c <= 90) k = 'X';
    else if (c >= 97 && c <= 122) k = 'x';
    else if (c >= 48 && c <= 57) k = 'd';
    else if (c > 127 && t[i]!.toLowerCase() !== t[i]!.toUpperCase()) k = t[i] === t[i]!.toUpperCase() ? 'X' : 'x';
    else k = t[i]!;
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

function quoteMarkOf(t: string): number {
  if (t.length !== 1 && t !== '``' && t !== "''") return 0;
  switch (t) {
    case '“': case '„': case '«': case '``': return 1;
    case '”': case '»': case "''": return 2;
    case '"': return 3;
    case '‘': case '‹': return 4;
    case '’': case '›': return 5;
    case "'": return 6;
    default: return 0;
  }
}

/** Row of token string t in the word table (added on first sight). */
function wordId(t: string, lex: CueLexicon): number {
  const id = wordIds.get(t);
  return id !== undefined ? id : addWord(t, lex);
}

function addWord(t: string, lex: CueLexicon): number {
  if (wordIds.size >= WORD_CAP) wordIds = new Map();
  const id = wordIds.size;
  const lower = t.toLowerCase();
  const c0 = t.charCodeAt(0);
  wLw[id] = fnv1a(lower);
  wShape[id] = fnv1a(shapeOf(t));
  wSuf3[id] = fnv1a(lower.slice(-3));
  wPre2[id] = fnv1a(lower.slice(0, 2));
  wCap[id] = (c0 >= 65 && c0 <= 90) || (c0 > 127 && t[0] !== lower[0]) ? 1 : 0;
  wQm[id] = quoteMarkOf(t);
  // doc.lower[i] is tokens[i].toLowerCase() (analyze), so the strength is a fact of the word.
  wCue[id] = lex.get(lower) ?? 0;
  wordIds.set(t, id);
  return id;
}

/** Per-token facts shared by both feature sets. */
export interface DocInfo {
  readonly n: number;
  readonly lw: Uint32Array;
  readonly shape: Uint32Array;
  readonly suf3: Uint32Array;
  readonly pre2: Uint32Array;
  readonly cap: Uint8Array;
  readonly qm: Uint8Array;
  /** 0 outside quotes, 1 inside double quotes (marks included), 2 inside single quotes only. */
  readonly inq: Uint8Array;
  /** Cue strength 0..4. */
  readonly cue: Uint8Array;
  /** Nearest token in the same sentence with cue >= 2, before / after; -1 if none. */
  readonly leftCue: Int32Array;
  readonly rightCue: Int32Array;
}

export const H_THAT = fnv1a('that');
export const H_WHO = fnv1a('who');
export const H_WHICH = fnv1a('which');
export const H_COMMA = fnv1a(',');
export const H_COLON = fnv1a(':');
export const H_AND = fnv1a('and');
export const H_BUT = fnv1a('but');
export const H_TO = fnv1a('to');

export function docInfo(doc: Doc, lex: CueLexicon): DocInfo {
  const n = doc.tokens.length;
  const info: DocInfo = {
    n,
    lw: new Uint32Array(n), shape: new Uint32Array(n), suf3: new Uint32Array(n), pre2: new Uint32Array(n),
    cap: new Uint8Array(n), qm: new Uint8Array(n), inq: new Uint8Array(n), cue: new Uint8Array(n),
    leftCue: new Int32Array(n), rightCue: new Int32Array(n),
  };
  if (lex !== wordLex) { wordIds = new Map(); wordLex = lex; }
  wordFacts(doc.tokens, lex, info);
  quoteState(doc, info);
  nearestCues(doc, info);
  return info;
}

function wordFacts(tokens: readonly string[], lex: CueLexicon, info: DocInfo): void {
  const { n, lw, shape, suf3, pre2, cap, qm, cue } = info;
  for (let i = 0; i < n; i++) {
    const id = wordId(tokens[i]!, lex);
    lw[i] = wLw[id]!; shape[i] = wShape[id]!; suf3[i] = wSuf3[id]!; pre2[i] = wPre2[id]!;
    cap[i] = wCap[id]!; qm[i] = wQm[id]!; cue[i] = wCue[id]!;
  }
}

/** Quotation state per paragraph. */
function quoteState(doc: Doc, info: DocInfo): void {
  const { n, qm, inq } = info;
  const ps = doc.paraStartTok, pe = doc.paraEndTok, tokStart = doc.tokStart, tokEnd = doc.tokEnd;
  for (let p = 0; p < ps.length; p++) {
    let dbl = false;
    let sgl = false;
    for (let i = ps[p]!; i < pe[p]!; i++) {
      const q = qm[i]!;
      if (q === 1 || (q === 3 && !dbl)) { dbl = true; inq[i] = 1; continue; }
      if (q === 2 || (q === 3 && dbl)) { inq[i] = dbl ? 1 : 0; dbl = false; sgl = false; continue; }
      if (q === 4 || (q === 6 && !sgl && i + 1 < n && qm[i + 1] === 0 && tokStart[i + 1] === tokEnd[i])) { sgl = true; inq[i] = dbl ? 1 : 2; continue; }
      if ((q === 5 || q === 6) && sgl) { inq[i] = dbl ? 1 : 2; sgl = false; continue; }
      inq[i] = dbl ? 1 : sgl ? 2 : 0;
    }
  }
}

/** Nearest cue (strength >= 2) on each side within the sentence, -1 if none. */
function nearestCues(doc: Doc, info: DocInfo): void {
  const { cue, leftCue, rightCue } = info;
  const ss = doc.sentStartTok, se = doc.sentEndTok;
  leftCue.fill(-1);
  rightCue.fill(-1);
  for (let s = 0; s < ss.length; s++) {
    const a = ss[s]!;
    const b = se[s]!;
    let last = -1;
    for (let i = a; i < b; i++) { leftCue[i] = last; if (cue[i]! >= 2) last = i; }
    last = -1;
    for (let i = b - 1; i >= a; i--) { rightCue[i] = last; if (cue[i]! >= 2) last = i; }
  }
}
