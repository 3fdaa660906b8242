/**
 * The span stage's features (span.ts ranks with them): of the run being decided as a whole (for
 * "drop"), of a candidate's left bound and right bound alone (each scored once and shared by the
 * candidates that use it), and of the pair. Every feature is a template id and up to three values
 * hashed with `h1`-`h3` (hash.ts) into the scorer's list; template ids: pair 0-7, left bound 40-50,
 * right bound 80-91, drop 200-215 (models/attrib-span.bin was trained with them: keep them).
 */
import type { Doc } from '../model/doc.ts';
import { CLASS_OF } from './labels.ts';
import { h1, h2, h3 } from './hash.ts';
import type { HashedScorer } from './core/averaged.ts';
import { B_STOP, boundaryKind, type SpanCandidate, type SpanContext, type TokRun } from './span-candidates.ts';

const lenB = (n: number) => (n <= 3 ? n : n <= 5 ? 4 : n <= 8 ? 5 : n <= 12 ? 6 : n <= 18 ? 7 : n <= 26 ? 8 : n <= 40 ? 9 : 10);
const deltaB = (d: number) => (d === 0 ? 0 : d < 0 ? -lenB(-d) : lenB(d)) + 16;
const marginB = (m: number) => (m < -2 ? 0 : m < 0 ? 1 : m < 1 ? 2 : m < 3 ? 3 : m < 8 ? 4 : m < 20 ? 5 : 6);
const fracB = (x: number) => (x >= 0.999 ? 4 : x >= 0.8 ? 3 : x >= 0.5 ? 2 : x > 0 ? 1 : 0);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'his', 'her', 'their', 'its', 'him', 'them', 'us', 'me']);
const EDGE = 0x5bd1e995;

const DROP = 200;

/** Writes one candidate's (or drop's) features into a scorer's list; the run's facts are set once per run. */
export class SpanFeatures {
  constructor(private readonly h: HashedScorer) {}

  private push(h: number): void { this.h.push(h); }

  // Facts of the run being decided, shared by all its candidates (set by setRun).
  private cueS = 0;
  private cueW = 0;
  private srcKind = 0;
  private cue: TokRun | null = null;
  private src: TokRun | null = null;
  private run: TokRun = { cls: 1, a: 0, b: 0 };

  setRun(doc: Doc, t: SpanContext, c: TokRun, src: TokRun | null, cue: TokRun | null): void {
    const info = t.info;
    let cueS = 0;
    if (cue) for (let i = cue.a; i <= cue.b; i++) if (info.cue[i]! > cueS) cueS = info.cue[i]!;
    this.cueS = cueS;
    this.cueW = cue ? info.lw[cue.b]! : 0;
    this.srcKind = !src ? 0 : src.a === src.b && PRONOUNS.has(doc.lower[src.a]!) ? 1 : info.cap[src.a]! ? 2 : 3;
    this.cue = cue;
    this.src = src;
    this.run = c;
  }

  /** Drop: facts about the tagger's span as a whole. */
  drop(doc: Doc, t: SpanContext): void {
    const { info, margins } = t;
    const c = this.run, cue = this.cue, cueS = this.cueS, cueW = this.cueW, srcKind = this.srcKind;
    const pos = doc.tokPos;
    let sum = 0, min = Infinity;
    for (let i = c.a; i <= c.b; i++) { const m = margins[i]!; sum += m; if (m < min) min = m; }
    const len = c.b - c.a + 1;
    const mb = marginB(sum / len), nb = marginB(min);
    const q = info.inq[c.a]!;
    const cuePos = !cue ? 3 : cue.b < c.a ? 0 : cue.a > c.b ? 1 : 2;
    let t0 = DROP;
    this.push(h1(t0++, 1));
    this.push(h2(t0++, mb, nb));
    this.push(h3(t0++, cueS, srcKind, q));
    this.push(h2(t0++, cueW, cuePos));
    this.push(h3(t0++, lenB(len), cueS, q));
    this.push(h3(t0++, mb, cueS, srcKind));
    this.push(h3(t0++, nb, lenB(len), q));
    this.push(h2(t0++, info.lw[c.a]!, q));
    this.push(h3(t0++, pos[c.a]!, pos[c.b]!, cuePos));
    this.push(h2(t0++, cueW, srcKind));
    const sent = doc.tokSentence[c.a]!;
    const sl = doc.sentEndTok[doc.tokSentence[c.b]!]! - doc.sentStartTok[sent]!;
    this.push(h3(t0++, fracB(len / Math.max(1, sl)), cueS, q));
    this.push(h3(t0++, doc.sentStartTok[sent] === c.a ? 1 : 0, doc.paraStartTok[doc.tokParagraph[c.a]!] === doc.sentStartTok[sent] ? 1 : 0, q));
    // Agreement of the first pass, and where the linked source is.
    let agree = 0;
    for (let i = c.a; i <= c.b; i++) if (CLASS_OF[t.labels1[i]!] === 1) agree++;
    const ag = fracB(agree / len);
    const src = this.src;
    const srcSide = !src ? 0 : src.b < c.a ? 1 : src.a > c.b ? 2 : 3;
    const srcGap = !src ? 0 : lenB(Math.max(0, c.a - src.b - 1, src.a - c.b - 1));
    this.push(h3(t0++, ag, mb, q));
    this.push(h3(t0++, ag, cueS, srcKind));
    this.push(h3(t0++, srcSide, srcGap, q));
    this.push(h3(t0++, srcSide, cuePos, srcKind));
  }

  /** Features of a candidate's left bound alone (its start a, moved by ld to boundary lk). */
  left(doc: Doc, t: SpanContext, a: number, ld: number, lk: number): void {
    const { info, labels, margins } = t;
    const pos = doc.tokPos;
    const cue = this.cue, c = this.run;
    const L = (ld << 5) | lk;
    const cl = !cue ? 3 : cue.b < a ? 0 : cue.a > c.b ? 1 : 2;
    const gap = !cue ? 0 : cue.b < a ? lenB(a - cue.b - 1) : 0;
    const before = a - 1;
    const lwB = before >= 0 ? info.lw[before]! : EDGE;
    const posB = before >= 0 ? pos[before]! : 99;
    const clB = before >= 0 ? CLASS_OF[labels[before]!]! : 4;
    const mB = before >= 0 ? marginB(margins[before]!) : 7;
    const startsSent = a === doc.sentStartTok[doc.tokSentence[a]!] ? 1 : 0;
    let t0 = 40;
    this.push(h2(t0++, L, this.cueS));
    this.push(h2(t0++, info.lw[a]!, ld));
    this.push(h3(t0++, pos[a]!, L, cl));
    this.push(h2(t0++, lwB, ld));
    this.push(h3(t0++, posB, L, clB));
    this.push(h3(t0++, this.cueW, L, cl));
    this.push(h3(t0++, cl, gap, L));
    this.push(h3(t0++, clB, mB, L));
    this.push(h3(t0++, lwB, info.lw[a]!, ld));
    this.push(h3(t0++, startsSent, info.inq[a]!, L));
    this.push(h3(t0++, info.qm[a]! ? 1 : 0, before >= 0 && info.qm[before]! ? 1 : 0, L));
  }

  /** Features of a candidate's right bound alone (its end b, moved by rd to boundary rk). */
  right(doc: Doc, t: SpanContext, b: number, rd: number, rk: number): void {
    const { info, labels, margins } = t;
    const pos = doc.tokPos;
    const n = info.n;
    const cue = this.cue, c = this.run;
    const R = (rd << 5) | rk;
    const cr = !cue ? 3 : cue.a > b ? 1 : cue.b < c.a ? 0 : 2;
    const after = b + 1 < n ? b + 1 : -1;
    const lwA = after >= 0 ? info.lw[after]! : EDGE;
    const posA = after >= 0 ? pos[after]! : 99;
    const clA = after >= 0 ? CLASS_OF[labels[after]!]! : 4;
    const mA = after >= 0 ? marginB(margins[after]!) : 7;
    const sEnd = doc.sentEndTok[doc.tokSentence[b]!]!;
    const endsSent = b + 1 >= sEnd || (b + 2 === sEnd && boundaryKind(doc, info, b + 1) === B_STOP) ? 1 : 0;
    let t0 = 80;
    this.push(h2(t0++, R, this.cueS));
    this.push(h2(t0++, info.lw[b]!, rd));
    this.push(h3(t0++, pos[b]!, R, endsSent));
    this.push(h2(t0++, lwA, rd));
    this.push(h3(t0++, posA, R, clA));
    this.push(h3(t0++, this.cueW, R, cr));
    this.push(h3(t0++, clA, mA, R));
    this.push(h3(t0++, info.lw[b]!, lwA, rd));
    this.push(h3(t0++, this.cueW, lwA, rd));
    this.push(h3(t0++, this.srcKind, R, cr));
    this.push(h3(t0++, info.inq[b]!, after >= 0 ? info.inq[after]! : 3, R));
    this.push(h3(t0++, info.qm[b]! ? 1 : 0, after >= 0 && info.qm[after]! ? 1 : 0, R));
  }

  /** Features of the whole candidate (both bounds together). */
  pair(doc: Doc, t: SpanContext, x: SpanCandidate): void {
    const { info, labels, margins } = t;
    const c = this.run, cue = this.cue;
    const a = x.a, b = x.b;
    const len = b - a + 1;
    let sum = 0, nC = 0, nSQ = 0;
    const lo = this.preLo;
    if (lo >= 0 && a >= lo && b < this.preHi) {
      const i = a - lo, j = b - lo + 1;
      sum = this.preSum[j]! - this.preSum[i]!;
      nC = this.preC[j]! - this.preC[i]!;
      nSQ = this.preSQ[j]! - this.preSQ[i]!;
    } else {
      for (let i = a; i <= b; i++) {
        const cl = CLASS_OF[labels[i]!]!;
        if (cl === 1) { nC++; sum += margins[i]!; } else if (cl) nSQ++;
      }
    }
    const mb = nC ? marginB(sum / nC) : 7;
    const L = (x.ld << 5) | x.lk, R = (x.rd << 5) | x.rk;
    const cuePos = !cue ? 3 : cue.b < a ? 0 : cue.a > b ? 1 : 2;
    const fr = fracB(nC / len);
    let t0 = 0;
    this.push(h2(t0++, L, R));
    this.push(h3(t0++, L, R, this.cueS));
    this.push(h3(t0++, R, lenB(len), this.cueS));
    this.push(h3(t0++, L, lenB(len), cuePos));
    this.push(h3(t0++, deltaB(c.a - a), deltaB(b - c.b), this.cueS));
    this.push(h3(t0++, mb, fr, lenB(len)));
    this.push(h3(t0++, fr, Math.min(nSQ, 3), info.inq[a]! * 4 + info.inq[b]!));
    this.push(h3(t0++, this.cueW, lenB(len), cuePos));
  }

  // Prefix sums over tokens [preLo, preHi) of the run being decided: content margins, content
  // tokens, source/cue tokens (so each candidate's counts are O(1)).
  private preLo = -1;
  private preHi = -1;
  private preSum = new Float64Array(256);
  private preC = new Int32Array(256);
  private preSQ = new Int32Array(256);

  prefix(t: SpanContext, cands: readonly SpanCandidate[]): void {
    let lo = Infinity, hi = -1;
    for (const x of cands) { if (x.a < lo) lo = x.a; if (x.b > hi) hi = x.b; }
    const len = hi - lo + 1;
    if (!(len > 0)) { this.preLo = -1; return; }
    if (this.preSum.length <= len) {
      const m = 2 * len + 1;
      this.preSum = new Float64Array(m); this.preC = new Int32Array(m); this.preSQ = new Int32Array(m);
    }
    const { labels, margins } = t;
    const ps = this.preSum, pc = this.preC, pq = this.preSQ;
    ps[0] = 0; pc[0] = 0; pq[0] = 0;
    for (let i = 0; i < len; i++) {
      const cl = CLASS_OF[labels[lo + i]!]!;
      ps[i + 1] = ps[i]! + (cl === 1 ? margins[lo + i]! : 0);
      pc[i + 1] = pc[i]! + (cl === 1 ? 1 : 0);
      pq[i + 1] = pq[i]! + (cl > 1 ? 1 : 0);
    }
    this.preLo = lo;
    this.preHi = hi + 1;
  }

  /** Forget the prefix sums (the next run sets its own). */
  endRun(): void {
    this.preLo = -1;
  }
}
