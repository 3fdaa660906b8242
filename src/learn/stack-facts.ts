/** Facts of the first pass's labels that the second pass's features read, once per document. */
import type { Doc } from '../model/doc.ts';
import type { DocInfo } from './doc-info.ts';
import { CLASS_OF, IC } from './labels.ts';

export interface StackFacts {
  sHas: Uint8Array; pHas: Uint8Array; leftS: Int32Array; rightS: Int32Array; leftQ: Int32Array; rightQ: Int32Array;
  runLen: Uint16Array; runCue: Uint8Array; sPat: Int32Array; runIdx: Uint8Array;
}
const stackCache = new WeakMap<Uint8Array, StackFacts>();

export function stackFactsOf(doc: Doc, info: DocInfo, p1: Uint8Array): StackFacts {
  const cached = stackCache.get(p1);
  if (cached) return cached;
  const { n, cue } = info;
  const sentOf = doc.tokSentence;
  const paraOf = doc.tokParagraph;
  const ss = doc.sentStartTok;
  const se = doc.sentEndTok;
  const ps = doc.paraStartTok;
  const nS = ss.length;
  {
    const sHas = new Uint8Array(nS);
    const pHas = new Uint8Array(ps.length);
    const leftS = new Int32Array(n).fill(-1), rightS = new Int32Array(n).fill(-1);
    const leftQ = new Int32Array(n).fill(-1), rightQ = new Int32Array(n).fill(-1);
    const runLen = new Uint16Array(n);
    const runCue = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const c = CLASS_OF[p1[i]!]!;
      if (c) { sHas[sentOf[i]!]! |= 1 << (c - 1); pHas[paraOf[i]!]! |= 1 << (c - 1); }
    }
    for (let s = 0; s < nS; s++) {
      const a = ss[s]!, b = se[s]!;
      let ls = -1, lq = -1;
      for (let i = a; i < b; i++) {
        leftS[i] = ls; leftQ[i] = lq;
        const c = CLASS_OF[p1[i]!]!;
        if (c === 2) ls = i; else if (c === 3) lq = i;
      }
      ls = -1; lq = -1;
      for (let i = b - 1; i >= a; i--) {
        rightS[i] = ls; rightQ[i] = lq;
        const c = CLASS_OF[p1[i]!]!;
        if (c === 2) ls = i; else if (c === 3) lq = i;
      }
    }
    // Sentence pattern: the sequence of first-pass run classes (O runs included), hashed, and
    // each token's run index within it.
    const sPat = new Int32Array(nS);
    const runIdx = new Uint8Array(n);
    for (let s2 = 0; s2 < nS; s2++) {
      let h = 0x2545f491, prev = -1, r = -1;
      for (let i2 = ss[s2]!; i2 < se[s2]!; i2++) {
        const c = CLASS_OF[p1[i2]!]!;
        if (c !== prev || (c !== 0 && (p1[i2]! & 1) === 1)) { r++; if (r < 8) h = Math.imul(h ^ (c + 1), 0x01000193); prev = c; }
        runIdx[i2] = Math.min(r, 7);
      }
      sPat[s2] = (h ^ Math.min(r, 8)) >>> 2;
    }
    // Length of the first-pass content run each token is in.
    let i = 0;
    while (i < n) {
      if (CLASS_OF[p1[i]!] !== 1) { i++; continue; }
      let j = i + 1;
      while (j < n && p1[j] === IC) j++;
      let mc = 0;
      for (let k = i; k < j; k++) if (cue[k]! > mc) mc = cue[k]!;
      for (let k = i; k < j; k++) { runLen[k] = Math.min(j - i, 65535); runCue[k] = mc; }
      i = j;
    }
    const out: StackFacts = { sHas, pHas, leftS, rightS, leftQ, rightQ, runLen, runCue, sPat, runIdx };
    stackCache.set(p1, out);
    return out;
  }
}
