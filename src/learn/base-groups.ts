/**
 * The base feature groups (both passes; the second a lighter subset, `full` false): each a loop
 * over the tokens filling its slots, template ids from t0 in the order written.
 */
import { H_AND, H_BUT, H_THAT, H_TO } from './doc-info.ts';
import { BOS, EOS, countBucket, distBucket, type FeatureCtx } from './feature-context.ts';

// Each feature: template id t and up to three values, hashed inline (multiply-xor, one final
// xor-shift): written out per template, because a helper call is not always inlined and costs
// more than the hash.

/** Word and POS windows, bigrams and trigrams, capitalisation. */
export function lexicalGroup(c: FeatureCtx, from: number, to: number, full: boolean, t0: number): void {
  const { n, lw, shape, suf3, pre2, cap, pos, sentOf, ss, se, f, offs } = c;
  let h = 0;
  for (let i = from; i < to; i++) {
    const o = offs[i]!;
    if (offs[i + 1] === o) continue;
    const s = sentOf[i]!;
    const a = ss[s]!, b = se[s]!;
    const lwm1 = i > 0 ? lw[i - 1]! : BOS;
    const lwm2 = i > 1 ? lw[i - 2]! : BOS;
    const lwp1 = i + 1 < n ? lw[i + 1]! : EOS;
    const lwp2 = i + 2 < n ? lw[i + 2]! : EOS;
    const pm1 = i > a ? pos[i - 1]! : 30;
    const pm2 = i > a + 1 ? pos[i - 2]! : 30;
    const pp1 = i + 1 < b ? pos[i + 1]! : 31;
    const pp2 = i + 2 < b ? pos[i + 2]! : 31;
    const pi = pos[i]!;
    let t = t0;
    let k = o + t0;
    // bias
    h = Math.imul(++t ^ Math.imul(1, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(lw[i]!, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    if (full) {
      h = Math.imul(++t ^ Math.imul(shape[i]!, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(suf3[i]!, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(pre2[i]!, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(lwm1, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(lwp1, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(lwm2, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(lwp2, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    }
    h = Math.imul(++t ^ Math.imul(lwm1, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (lw[i]!), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(lw[i]!, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (lwp1), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(pi, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    if (full) {
      h = Math.imul(++t ^ Math.imul(pm1, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(pp1, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(pm2, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(pp2, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(pm1, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (pi), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(pi, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (pp1), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    }
    h = Math.imul(++t ^ Math.imul(pm1, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (pi), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (pp1), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    if (full) {
      h = Math.imul(++t ^ Math.imul(pm2, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (pm1), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (pi), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(pi, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (pp1), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (pp2), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(cap[i]!, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (i > a ? cap[i - 1]! : 2), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(cap[i]!, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (i > a ? cap[i - 1]! : 2), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (i + 1 < b ? cap[i + 1]! : 2), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    }
  }
}

/** Quotation-mark state of the token, its sentence, paragraph start and neighbouring sentences. */
export function quoteGroup(c: FeatureCtx, from: number, to: number, full: boolean, t0: number): void {
  const { n, nS, lw, qm, inq, pos, sentOf, paraOf, ss, ps, sQuote, sCue, sFirstQ, sLastInq, f, offs } = c;
  let h = 0;
  for (let i = from; i < to; i++) {
    const o = offs[i]!;
    if (offs[i + 1] === o) continue;
    const s = sentOf[i]!;
    const p = paraOf[i]!;
    const pi = pos[i]!;
    const q = inq[i]!;
    const pa = ps[p]!;
    const prevS = s > 0 && paraOf[ss[s - 1]!] === p ? s - 1 : -1;
    const nextS = s + 1 < nS && paraOf[ss[s + 1]!] === p ? s + 1 : -1;
    let t = t0;
    let k = o + t0;
    // Quotation marks.
    h = Math.imul(++t ^ Math.imul(q, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(q, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (qm[i]!), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(q, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (pi), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    if (full) {
      h = Math.imul(++t ^ Math.imul(q, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (lw[i]!), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(i > 0 ? qm[i - 1]! : 9, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (i + 1 < n ? qm[i + 1]! : 9), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(q, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (i > 0 ? inq[i - 1]! : 9), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (i + 1 < n ? inq[i + 1]! : 9), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    }
    h = Math.imul(++t ^ Math.imul(q, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (sQuote[s]!), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (sFirstQ[s]!), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(q, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (sLastInq[s]!), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (sCue[s]!), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(q, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (qm[pa] === 1 || qm[pa] === 3 ? 1 : 0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (i === pa ? 1 : 0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    // Neighbouring sentences: does the previous end inside quotes, the next start with one?
    h = Math.imul(++t ^ Math.imul(q, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (prevS >= 0 ? sLastInq[prevS]! + 1 : 0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (nextS >= 0 ? sFirstQ[nextS]! + 1 : 0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(q, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (prevS >= 0 ? sCue[prevS]! : 9), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (nextS >= 0 ? sCue[nextS]! : 9), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
  }
}

/** Cue strength of the word and its neighbours. */
export function cueGroup(c: FeatureCtx, from: number, to: number, full: boolean, t0: number): void {
  const { n, cue, pos, sentOf, ss, se, f, offs } = c;
  let h = 0;
  for (let i = from; i < to; i++) {
    const o = offs[i]!;
    if (offs[i + 1] === o) continue;
    const s = sentOf[i]!;
    const a = ss[s]!, b = se[s]!;
    const pm1 = i > a ? pos[i - 1]! : 30;
    const pp1 = i + 1 < b ? pos[i + 1]! : 31;
    const pi = pos[i]!;
    let t = t0;
    let k = o + t0;
    // Cue words.
    const cu = cue[i]!;
    h = Math.imul(++t ^ Math.imul(cu, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(cu, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (pi), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    if (full) {
      h = Math.imul(++t ^ Math.imul(cu, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (pm1), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (pp1), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(i > 0 ? cue[i - 1]! : 9, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (i + 1 < n ? cue[i + 1]! : 9), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    }
  }
}

/** Distance to and identity of the nearest cue word either side in the sentence. */
export function nearCueGroup(c: FeatureCtx, from: number, to: number, full: boolean, t0: number): void {
  const { n, lw, inq, cue, leftCue, rightCue, pos, commaBefore, commaAfter, thatAfterCue, f, offs } = c;
  let h = 0;
  for (let i = from; i < to; i++) {
    const o = offs[i]!;
    if (offs[i + 1] === o) continue;
    const pi = pos[i]!;
    const q = inq[i]!;
    let t = t0;
    let k = o + t0;
    // Nearest cue on the left / right within the sentence.
    const lc = leftCue[i]!;
    const rc = rightCue[i]!;
    const ld = lc >= 0 ? distBucket(i - lc) : 15;
    const rd = rc >= 0 ? distBucket(rc - i) : 15;
    h = Math.imul(++t ^ Math.imul(ld, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (rd), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(ld, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (q), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (pi), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(rd, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (q), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (pi), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(ld, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (lc >= 0 ? lw[lc]! : 0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(rd, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (rc >= 0 ? lw[rc]! : 0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    if (full) {
      h = Math.imul(++t ^ Math.imul(lc >= 0 ? lw[lc]! : 0, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (thatAfterCue[i]!), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (q), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(rc >= 0 ? lw[rc]! : 0, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (commaAfter[i]!), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (q), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(ld, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (thatAfterCue[i]!), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (commaBefore[i]!), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(rd, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (commaAfter[i]!), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (lc >= 0 ? 1 : 0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(lc >= 0 && lc + 1 < n ? lw[lc + 1]! : 0, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (ld), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (lc >= 0 ? pos[lc]! : 0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(rc >= 0 && rc > 0 ? lw[rc - 1]! : 0, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (rd), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (rc >= 0 ? pos[rc]! : 0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(rc >= 0 ? cue[rc]! : 0, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (lc >= 0 ? cue[lc]! : 0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (pi), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    }
  }
}

/** Position in the sentence and paragraph, commas, relative clause, colon, line breaks, nearest verbs. */
export function clauseGroup(c: FeatureCtx, from: number, to: number, full: boolean, t0: number): void {
  const { n, lw, inq, leftCue, rightCue, pos, sentOf, paraOf, ss, se, ps, pe, sQuote, sCue, commaBefore, commaAfter, relClause, colonBefore, commaRaw, leftVerb, rightVerb, nlBefore, f, offs } = c;
  let h = 0;
  for (let i = from; i < to; i++) {
    const o = offs[i]!;
    if (offs[i + 1] === o) continue;
    const s = sentOf[i]!;
    const a = ss[s]!, b = se[s]!;
    const p = paraOf[i]!;
    const pm1 = i > a ? pos[i - 1]! : 30;
    const pp1 = i + 1 < b ? pos[i + 1]! : 31;
    const pi = pos[i]!;
    const q = inq[i]!;
    const pa = ps[p]!;
    const lc = leftCue[i]!;
    const rc = rightCue[i]!;
    const ld = lc >= 0 ? distBucket(i - lc) : 15;
    const rd = rc >= 0 ? distBucket(rc - i) : 15;
    let t = t0;
    let k = o + t0;
    // Position and clause structure.
    const fromStart = distBucket(i - a);
    const toEnd = distBucket(b - 1 - i);
    h = Math.imul(++t ^ Math.imul(fromStart, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (toEnd), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(fromStart, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (pi), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (q), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(toEnd, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (pi), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (q), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    h = Math.imul(++t ^ Math.imul(commaBefore[i]!, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (commaAfter[i]!), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (q), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    if (full) {
      h = Math.imul(++t ^ Math.imul(relClause[i]!, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (colonBefore[i]!), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (q), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(commaBefore[i]!, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (ld), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (rd), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(lc >= 0 ? Math.min(commaRaw[i]! - commaRaw[lc]!, 3) : 9, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (lc >= 0 ? lw[lc]! : 0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (q), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(rc >= 0 ? Math.min(commaRaw[rc]! - commaRaw[i]!, 3) : 9, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (rc >= 0 ? lw[rc]! : 0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (pi), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(nlBefore[i]!, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (i + 1 < n ? nlBefore[i + 1]! : 1), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (q), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      const lv = leftVerb[i]!, rv = rightVerb[i]!;
      h = Math.imul(++t ^ Math.imul(lv >= 0 ? lw[lv]! : 0, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (lv >= 0 ? distBucket(i - lv) : 15), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (q), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(rv >= 0 ? lw[rv]! : 0, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (rv >= 0 ? distBucket(rv - i) : 15), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (q), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(lv >= 0 ? lw[lv]! : 0, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (pi), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (lv >= 0 && lv + 1 < n ? pos[lv + 1]! : 31), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(sCue[s]!, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (sQuote[s]!), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(i === a ? 1 : 0, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (i === b - 1 ? 1 : 0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (pi), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(lw[i] === H_THAT ? 1 : lw[i] === H_TO ? 2 : lw[i] === H_AND || lw[i] === H_BUT ? 3 : 0, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (pm1), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (pp1), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(distBucket(i - pa), 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (s === sentOf[pa] ? 1 : 0), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(p === 0 ? 1 : p === 1 ? 2 : 0, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (q), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
      h = Math.imul(++t ^ Math.imul(countBucket(pe[p]! - pa > 60 ? 3 : 0), 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (countBucket(s - sentOf[pa]!)), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (0), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2;
    }
  }
}

