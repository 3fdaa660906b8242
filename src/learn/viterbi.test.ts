import { describe, expect, it } from 'vitest';
import { bioAllowed, N_LABELS } from './features.ts';
import { NEG, STRIDE, Viterbi, marginsOf, predecessorLists, viterbiLoop } from './viterbi.ts';

/** Deterministic pseudo-random numbers in [-10, 10). */
function numbers(n: number, seed: number): Float32Array {
  const out = new Float32Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) { x = (Math.imul(x, 1103515245) + 12345) | 0; out[i] = ((x >>> 8) % 2000) / 100 - 10; }
  return out;
}

describe('Viterbi decoding over a transition table', () => {
  it.each([
    ['the BIO table (I-X only after B-X / I-X)', N_LABELS, bioAllowed()],
    ['a free table of 4 labels', 4, new Uint8Array(5 * 4).fill(1)],
  ])('the decoder written out from %s decodes as the plain loop does, margins included', (_name, L, allowed) => {
    const trans = numbers((L + 1) * L, 7);
    const T = Float32Array.from(trans, (t, i) => (allowed[i] ? t : NEG));
    const preds = predecessorLists(L, allowed);
    const v = new Viterbi(L, T, preds);
    const n = 300;
    const emis = numbers(n * STRIDE, 11);
    for (const [from, to] of [[0, 1], [0, 37], [37, 300], [5, 6]] as const) {
      const got = new Uint8Array(n), want = new Uint8Array(n);
      const gotM = new Float32Array(n), wantM = new Float32Array(n);
      const e0 = from * STRIDE;
      const score = v.decode(emis, e0, to - from, from, got, gotM);
      expect(score).toBe(viterbiLoop(L, T, preds, emis, e0, to - from, from, want));
      marginsOf(emis, e0, to - from, L, from, want, wantM);
      expect([...got]).toEqual([...want]);
      expect([...gotM]).toEqual([...wantM]);
      // Never a forbidden transition, from the start or between tokens.
      for (let i = from; i < to; i++) expect(allowed[(i === from ? L : got[i - 1]!) * L + got[i]!]).toBe(1);
    }
  });
});
