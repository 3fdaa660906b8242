/** The second pass's stacked group: the first pass's labels and margins around each token. */
import { distBucket, marginBucket, type FeatureCtx } from './feature-context.ts';
import { CLASS_OF } from './labels.ts';

/** The first pass's labels and margins around the token, in its sentence, the neighbouring sentences and the paragraph. */
export function stackGroup(c: FeatureCtx, from: number, to: number, t0: number): void {
  const { n, nS, lw, inq, pos, sentOf, paraOf, ss, se, p1, m1, hasM, sHas, pHas, leftS, rightS, leftQ, rightQ, runLen, runCue, sPat, runIdx, f, offs } = c;
  let h = 0;
  for (let i = from; i < to; i++) {
    const o = offs[i]!;
    if (offs[i + 1] === o) continue;
    const s = sentOf[i]!;
    const a = ss[s]!, b = se[s]!;
    const p = paraOf[i]!;
    const pi = pos[i]!;
    const q = inq[i]!;
    const prevS = s > 0 && paraOf[ss[s - 1]!] === p ? s - 1 : -1;
    const nextS = s + 1 < nS && paraOf[ss[s + 1]!] === p ? s + 1 : -1;
    let t = t0;
    let k = o + t0;
    const c0 = CLASS_OF[p1[i]!]!;
    const cm1 = i > 0 ? CLASS_OF[p1[i - 1]!]! : 7;
    const cm2 = i > 1 ? CLASS_OF[p1[i - 2]!]! : 7;
    const cp1 = i + 1 < n ? CLASS_OF[p1[i + 1]!]! : 7;
    const cp2 = i + 2 < n ? CLASS_OF[p1[i + 2]!]! : 7;
    const mb = hasM ? marginBucket(m1[i]!) : 0;
    h = Math.imul(++t ^ Math.imul(p1[i]!, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (mb), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(p1[i]!, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (lw[i]!), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(p1[i]!, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (i > 0 ? p1[i - 1]! : 9), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (hasM && i > 0 ? marginBucket(m1[i - 1]!) : 0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(p1[i]!, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (i + 1 < n ? p1[i + 1]! : 9), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (hasM && i + 1 < n ? marginBucket(m1[i + 1]!) : 0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(cm1, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(cp1, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(cm1, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (c0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (cp1), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(cm2, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (cm1), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (c0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(c0, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (cp1), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (cp2), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(c0, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (q), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (pi), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    const sh = sHas[s]!;
    const prevH = prevS >= 0 ? sHas[prevS]! : 8;
    const nextH = nextS >= 0 ? sHas[nextS]! : 8;
    h = Math.imul(++t ^ Math.imul(sh, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (c0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(sh, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (prevH), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (c0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(sh, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (nextH), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (c0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(pHas[p]!, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (c0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (q), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    const lS = leftS[i]!, rS = rightS[i]!, lQ = leftQ[i]!, rQ = rightQ[i]!;
    h = Math.imul(++t ^ Math.imul(lS >= 0 ? distBucket(i - lS) : 15, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (rS >= 0 ? distBucket(rS - i) : 15), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (c0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(lQ >= 0 ? distBucket(i - lQ) : 15, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (rQ >= 0 ? distBucket(rQ - i) : 15), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (c0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(lQ >= 0 ? lw[lQ]! : 0, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (rQ >= 0 ? lw[rQ]! : 0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (c0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    // Previous sentence's last label class and next sentence's first.
    const prevLast = s > 0 ? CLASS_OF[p1[se[s - 1]! - 1]!]! : 7;
    const nextFirst = s + 1 < nS ? CLASS_OF[p1[ss[s + 1]!]!]! : 7;
    h = Math.imul(++t ^ Math.imul(prevLast, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (nextFirst), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (c0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(prevLast, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (i === a ? 1 : 0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (q), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    const rl = runLen[i]!;
    h = Math.imul(++t ^ Math.imul(c0 === 1 ? distBucket(rl) : 15, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (sh), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    // Where in its first-pass run the token is, and whether the run holds a cue word.
    const first = c0 !== 0 && (i === 0 || CLASS_OF[p1[i - 1]!] !== c0 || (p1[i]! & 1) === 1) ? 1 : 0;
    const last = c0 !== 0 && (i + 1 === n || CLASS_OF[p1[i + 1]!] !== c0 || (p1[i + 1]! & 1) === 1) ? 1 : 0;
    h = Math.imul(++t ^ Math.imul(first * 2 + last, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (c0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (pi), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(first * 2 + last, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (c0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (lw[i]!), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(c0 === 1 ? runCue[i]! : 9, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (q), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (distBucket(rl)), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(sPat[s]!, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (runIdx[i]!), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (c0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(sPat[s]!, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (q), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (pi), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(sPat[s]!, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (prevS >= 0 ? sPat[prevS]! : 0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (c0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
  }
}
