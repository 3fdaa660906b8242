/**
 * Learned source linker: for one content span, rank the source spans nearby (and "no source")
 * with an averaged perceptron over hashed features of the pair: direction, distance in tokens
 * and sentences, cue spans between or next to the source, other sources/contents in between,
 * quotation layout, pronoun-ness of the source.
 */
import type { Doc } from '../model/doc.ts';
import { lowerBound } from '../analyze/lookup.ts';
import { h1, h2, h3 } from './hash.ts';
import { HashedScorer } from './core/averaged.ts';
import { HeaderReader, HeaderWriter, packFloat32, unpackFloat32 } from './core/pack.ts';
import type { DocInfo } from './features.ts';

export interface Span3 {
  cls: number;
  a: number;
  b: number;
}

const MAGIC = 0x314b4c43; // 'CLK1'
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'his', 'her', 'their', 'its', 'him', 'them', 'us', 'me', 'which', 'that']);
const dB = (d: number) => (d <= 2 ? d : d <= 4 ? 3 : d <= 8 ? 4 : d <= 15 ? 5 : d <= 30 ? 6 : d <= 60 ? 7 : 8);
const gapOf = (x: Span3, y: Span3) => Math.max(0, x.a - y.b - 1, y.a - x.b - 1);

/** Sentences around a content span where its source may be: c-3 .. c+2. */
const WINDOW_BEFORE = 3;
const WINDOW_AFTER = 2;

const sortedCache = new WeakMap<readonly Span3[], boolean>();
function isSorted(arr: readonly Span3[]): boolean {
  let v = sortedCache.get(arr);
  if (v === undefined) {
    v = true;
    for (let k = 1; k < arr.length && v; k++) v = arr[k - 1]!.a <= arr[k]!.a;
    sortedCache.set(arr, v);
  }
  return v;
}

/**
 * Tokens either side of a content span beyond which no source, cue or content is looked at, even
 * inside the sentence window: one sentence of thousands of tokens (hostile input, a transcript
 * without full stops) would otherwise make every content span weigh every other span (quadratic).
 * Real sources sit within a few dozen tokens; 400 leaves PolNeAR's output unchanged.
 */
export const TOKEN_WINDOW = 400;

/**
 * The spans of `arr` that start in sentences [lo, hi] and at tokens [aLo, aHi]. Spans from the
 * tagger come in text order and sentence indexes grow with token indexes, so both bounds are one
 * binary search, and a long paragraph of many short quotations stays linear.
 */
export function inSentences(doc: Doc, arr: readonly Span3[], lo: number, hi: number, aLo = -Infinity, aHi = Infinity): readonly Span3[] {
  const inside = (s: Span3) => { const t = doc.tokSentence[s.a]!; return t >= lo && t <= hi && s.a >= aLo && s.a <= aHi; };
  if (!isSorted(arr)) return arr.filter(inside);
  const first = lowerBound(arr.length, (i) => doc.tokSentence[arr[i]!.a]! < lo || arr[i]!.a < aLo);
  let end = first;
  while (end < arr.length && doc.tokSentence[arr[end]!.a]! <= hi && arr[end]!.a <= aHi) end++;
  return arr.slice(first, end);
}

/** Candidate sources for content c: sentences c-3 .. c+2 (by sentence index), nearest first. */
export function candidates(doc: Doc, c: Span3, sources: readonly Span3[]): Span3[] {
  const sa = doc.tokSentence[c.a]!;
  const sb = doc.tokSentence[c.b]!;
  const out = inSentences(doc, sources, sa - WINDOW_BEFORE, sb + WINDOW_AFTER, c.a - TOKEN_WINDOW, c.b + TOKEN_WINDOW).slice();
  out.sort((x, y) => gapOf(c, x) - gapOf(c, y));
  return out;
}

function sameSentenceCount(doc: Doc, c: Span3, cands: readonly Span3[]): number {
  const sa = doc.tokSentence[c.a]!;
  const sb = doc.tokSentence[c.b]!;
  let k = 0;
  for (const x of cands) { const t = doc.tokSentence[x.a]!; if (t >= sa && t <= sb) k++; }
  return k;
}

export class Linker {
  /** The weights and the feature list (the averaged perceptron of core/averaged.ts). */
  private readonly h: HashedScorer;

  constructor(bits = 18) {
    this.h = new HashedScorer(bits);
  }

  get bits(): number {
    return this.h.bits;
  }

  get w(): Float32Array {
    return this.h.w;
  }

  private push(h: number): void {
    this.h.push(h);
  }

  /** Features of linking content c to candidate s (null = no source) into this.buf. */
  private features(doc: Doc, info: DocInfo, c: Span3, s: Span3 | null, rank: number, cands: readonly Span3[], cues: readonly Span3[], contents: readonly Span3[] | null, sameSentCands: number): void {
    this.h.clear();
    const sa = doc.tokSentence[c.a]!;
    const sb = doc.tokSentence[c.b]!;
    const quoted = info.inq[c.a]! === 1 ? 1 : 0;
    const paraStart = doc.paraStartTok[doc.tokParagraph[c.a]!] === c.a || (c.a > 0 && doc.paraStartTok[doc.tokParagraph[c.a]!] === c.a - 1) ? 1 : 0;
    let t = 0;
    if (!s) {
      this.push(h1(t++, 1));
      this.push(h2(t++, quoted, Math.min(cands.length, 3)));
      this.push(h2(t++, Math.min(sameSentCands, 2), quoted));
      this.push(h2(t++, cands.length ? dB(gapOf(c, cands[0]!)) : 9, paraStart));
      this.push(h2(t++, doc.tokParagraph[c.a]! === 0 ? 1 : 0, quoted));
      return;
    }
    t = 10;
    const ss = doc.tokSentence[s.a]!;
    const after = s.a > c.b ? 1 : 0;
    const g = gapOf(c, s);
    const sd = ss < sa ? Math.max(-3, ss - sa) : ss > sb ? Math.min(2, ss - sb) : 0;
    const samePara = doc.tokParagraph[s.a] === doc.tokParagraph[c.a] ? 1 : 0;
    const lower = doc.lower[s.a]!;
    const pron = s.a === s.b && PRONOUNS.has(lower) ? 1 : 0;
    const len = Math.min(s.b - s.a + 1, 5);
    // Cue next to the source / between source and content.
    let cueAdj = 0;
    let cueBetween = 0;
    let cueSide = 0;
    for (const q of cues) {
      if (gapOf(q, s) <= 1 && doc.tokSentence[q.a] === ss) { cueAdj = 1; cueSide = q.a > s.b ? 1 : 2; }
      const lo = Math.min(c.b, s.b), hi = Math.max(c.a, s.a);
      if (q.a > lo && q.b < hi) cueBetween = 1;
    }
    let between = 0;
    for (const x of cands) if (x !== s && ((x.a > s.b && x.b < c.a) || (x.a > c.b && x.b < s.a))) between++;
    let contBetween = 0;
    if (contents) for (const x of contents) if (x !== c && ((x.a > s.b && x.b < c.a) || (x.a > c.b && x.b < s.a))) contBetween++;
    this.push(h1(t++, 1));
    this.push(h3(t++, after, dB(g), sd + 3));
    this.push(h3(t++, after, sd + 3, quoted));
    this.push(h3(t++, sd + 3, samePara, paraStart));
    this.push(h3(t++, Math.min(rank, 3), sd + 3, after));
    this.push(h3(t++, cueAdj, cueBetween, after));
    this.push(h3(t++, cueAdj, sd + 3, quoted));
    this.push(h3(t++, Math.min(between, 2), after, sd + 3));
    this.push(h3(t++, Math.min(contBetween, 2), after, sd + 3));
    this.push(h3(t++, pron, sd + 3, after));
    this.push(h2(t++, len, pron));
    this.push(h2(t++, info.lw[s.a]!, after));
    this.push(h2(t++, s.a > 0 ? info.lw[s.a - 1]! : 0, after));
    this.push(h2(t++, s.b + 1 < info.n ? info.lw[s.b + 1]! : 0, after));
    this.push(h3(t++, Math.min(sameSentCands, 2), sd + 3, quoted));
    this.push(h3(t++, dB(g), cueAdj, quoted));
    this.push(h2(t++, info.suf3[s.b]!, pron));
    const pd = Math.min(doc.tokParagraph[c.a]! - doc.tokParagraph[s.a]!, 2) + 2;
    this.push(h3(t++, cueSide, after, quoted));
    this.push(h3(t++, info.inq[s.a]!, info.inq[s.b]!, quoted));
    this.push(h3(t++, pd, quoted, paraStart));
    this.push(h3(t++, doc.tokPos[s.b]!, info.cap[s.a]!, cueSide));
  }

  private score(): number {
    return this.h.score();
  }

  /** Best source for content c among `sources` (null = none). */
  choose(doc: Doc, tag: { info: DocInfo }, c: Span3, sources: readonly Span3[], allCues: readonly Span3[], allContents: readonly Span3[] | null = null): Span3 | null {
    const cands = candidates(doc, c, sources);
    // Only cues and contents inside the candidates' window can change a feature (cue next to a
    // source in its sentence, cue or content between source and content): the rest are skipped.
    const lo = doc.tokSentence[c.a]! - WINDOW_BEFORE;
    const hi = doc.tokSentence[c.b]! + WINDOW_AFTER;
    const cues = inSentences(doc, allCues, lo, hi, c.a - TOKEN_WINDOW, c.b + TOKEN_WINDOW);
    const contents = allContents && inSentences(doc, allContents, lo, hi, c.a - TOKEN_WINDOW, c.b + TOKEN_WINDOW);
    const same = sameSentenceCount(doc, c, cands);
    let best: Span3 | null = null;
    this.features(doc, tag.info, c, null, 0, cands, cues, contents, same);
    let bestS = this.score();
    for (let r = 0; r < cands.length; r++) {
      this.features(doc, tag.info, c, cands[r]!, r, cands, cues, contents, same);
      const sc = this.score();
      if (sc > bestS) { bestS = sc; best = cands[r]!; }
    }
    return best;
  }

  startTraining(): void {
    this.h.weights.startTraining();
  }

  private update(doc: Doc, info: DocInfo, c: Span3, s: Span3 | null, rank: number, cands: readonly Span3[], cues: readonly Span3[], contents: readonly Span3[] | null, d: number): void {
    this.features(doc, info, c, s, rank, cands, cues, contents, sameSentenceCount(doc, c, cands));
    this.h.update(d);
  }

  /** One training step: gold is the right candidate (or null). Returns 1 on error. */
  train(doc: Doc, info: DocInfo, c: Span3, gold: Span3 | null, sources: readonly Span3[], cues: readonly Span3[], contents: readonly Span3[] | null): number {
    const cands = candidates(doc, c, sources);
    if (gold && !cands.includes(gold)) return 0;
    const pred = this.choose(doc, { info }, c, sources, cues, contents);
    let err = 0;
    if (pred !== gold) {
      err = 1;
      this.update(doc, info, c, gold, gold ? cands.indexOf(gold) : 0, cands, cues, contents, 1);
      this.update(doc, info, c, pred, pred ? cands.indexOf(pred) : 0, cands, cues, contents, -1);
    }
    this.h.weights.step();
    return err;
  }

  finalize(): void {
    this.h.weights.finalize();
  }

  /** The file's bytes: magic, bits, the Float32 weights deflated (the trainer writes them; src/resources/models.ts reads them back with fromBuffer). */
  toBuffer(): Buffer {
    return new HeaderWriter().u32(MAGIC).u32(this.bits).bytes(packFloat32(this.w)).done();
  }

  static fromBuffer(buf: Buffer): Linker {
    const r = new HeaderReader(buf);
    if (r.u32() !== MAGIC) throw new Error('not a claimgraph linker file');
    const l = new Linker(r.u32());
    l.w.set(unpackFloat32(r.rest()));
    return l;
  }
}
