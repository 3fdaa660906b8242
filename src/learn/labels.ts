/** The tagger's labels: BIO over content (C), source (S) and cue (Q), and which transitions are allowed. */
/** BIO labels for content (C), source (S) and cue (Q). */
export const LABELS = ['O', 'B-C', 'I-C', 'B-S', 'I-S', 'B-Q', 'I-Q'] as const;
export const O = 0, BC = 1, IC = 2, BS = 3, IS = 4, BQ = 5, IQ = 6;
export const N_LABELS = LABELS.length;
/** Label -> class: 0 = O, 1 = content, 2 = source, 3 = cue. */
export const CLASS_OF = Uint8Array.from([0, 1, 1, 2, 2, 3, 3]);

/** I-X only after B-X or I-X; row N_LABELS is the sequence start. */
export function bioAllowed(): Uint8Array {
  const L = N_LABELS;
  const a = new Uint8Array((L + 1) * L).fill(1);
  for (let p = 0; p <= L; p++) {
    for (const y of [IC, IS, IQ]) {
      const ok = p < L && (p === y || p === y - 1);
      a[p * L + y] = ok ? 1 : 0;
    }
  }
  return a;
}
