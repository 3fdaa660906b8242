/**
 * First-order Viterbi decoding under hard constraints (the tagger's BIO layout: I-X only after
 * B-X or I-X), over emission rows STRIDE wide. The transition table `T` holds row p (previous
 * label; row L = start), column y, with forbidden transitions at NEG; `preds` lists each label's
 * allowed predecessors, so the inner loop visits only those (I-X has two, the others all L).
 */
export const STRIDE = 8;
export const NEG = -1e30;

/** Decodes n tokens: best labels into labels[from + i], their score returned (see Viterbi.decode). */
type Decode = (emis: Float32Array, e0: number, n: number, from: number, labels: Uint8Array, T: Float32Array, back: Uint8Array) => number;

export class Viterbi {
  private back = new Uint8Array(0);
  private readonly run: Decode;
  private readonly margins: Margins;

  /**
   * @param L number of labels (at most STRIDE)
   * @param T transitions, (L + 1) × L, forbidden ones at NEG
   * @param preds for each label y its allowed predecessors, ascending, then -1 (rows L + 1 wide)
   */
  constructor(readonly L: number, readonly T: Float32Array, readonly preds: Int8Array) {
    this.run = compile(L, preds);
    this.margins = compileMargins(L);
  }

  /**
   * Best labels of the n tokens whose emission rows start at emis[e0 + i * STRIDE], into
   * labels[from + i]; with `margins`, each chosen label's emission minus the best other one.
   * Returns the best path's score. Ties go to the lower label (strict comparisons, in order).
   */
  decode(emis: Float32Array, e0: number, n: number, from: number, labels: Uint8Array, margins?: Float32Array): number {
    if (n <= 0) return 0;
    if (this.back.length < n * STRIDE) this.back = new Uint8Array(Math.max(n, 256) * 2 * STRIDE);
    const best = this.run(emis, e0, n, from, labels, this.T, this.back);
    if (margins) this.margins(emis, e0, n, from, labels, margins);
    return best;
  }
}

/**
 * The decoding loop for one transition table, written out: each label's score is the best of its
 * allowed predecessors' (in `preds` order, strict comparisons: ties to the first) plus its
 * emission, with the previous token's scores and the transitions in locals. The same steps as a
 * loop over `preds` (viterbiLoop, kept for the tests), which V8 runs about 3× slower (a branch and
 * two array reads per transition against one add and one compare).
 */
function compile(L: number, preds: Int8Array): Decode {
  const allowed: number[][] = [];
  for (let y = 0; y < L; y++) {
    const row: number[] = [];
    for (let j = y * (L + 1); preds[j]! >= 0; j++) row.push(preds[j]!);
    allowed.push(row);
  }
  const ys = [...Array(L).keys()];
  const lines: string[] = [];
  for (const y of ys) for (const p of allowed[y]!) lines.push(`const t${p}_${y} = T[${p * L + y}];`);
  for (const y of ys) lines.push(`let d${y} = T[${L * L + y}] + emis[e0 + ${y}];`);
  lines.push('for (let i = 1; i < n; i++) {', '  const eo = e0 + i * 8, o = i * 8;', '  let b = 0, a = 0, v = 0;');
  for (const y of ys) {
    const [first, ...rest] = allowed[y]!;
    lines.push(`  b = d${first} + t${first}_${y}; a = ${first};`);
    for (const p of rest) lines.push(`  v = d${p} + t${p}_${y}; if (v > b) { b = v; a = ${p}; }`);
    lines.push(`  const n${y} = b + emis[eo + ${y}]; back[o + ${y}] = a;`);
  }
  lines.push('  ' + ys.map((y) => `d${y} = n${y};`).join(' '), '}');
  lines.push('let best = d0, arg = 0;');
  for (const y of ys.slice(1)) lines.push(`if (d${y} > best) { best = d${y}; arg = ${y}; }`);
  lines.push('for (let i = n - 1; i >= 0; i--) { labels[from + i] = arg; if (i > 0) arg = back[i * 8 + arg]; }', 'return best;');
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- code made from the model's own transition table, no input text
  return new Function('emis', 'e0', 'n', 'from', 'labels', 'T', 'back', lines.join('\n')) as Decode;
}

type Margins = (emis: Float32Array, e0: number, n: number, from: number, labels: Uint8Array, margins: Float32Array) => void;

/** marginsOf written out for L labels (the loop over labels costs as much as the decoding). */
function compileMargins(L: number): Margins {
  const lines = ['for (let i = 0; i < n; i++) {', '  const o = e0 + i * 8;', '  let m1 = emis[o], a1 = 0, m2 = -1e30, v = 0;'];
  for (let y = 1; y < L; y++) lines.push(`  v = emis[o + ${y}]; if (v > m1) { m2 = m1; m1 = v; a1 = ${y}; } else if (v > m2) m2 = v;`);
  lines.push('  const y = labels[from + i];', '  margins[from + i] = y === a1 ? m1 - m2 : emis[o + y] - m1;', '}');
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- code made from the label count, no input text
  return new Function('emis', 'e0', 'n', 'from', 'labels', 'margins', lines.join('\n')) as Margins;
}

/** The same decoding as compile's, as a plain loop over the predecessor lists (the reference the tests compare with). */
export function viterbiLoop(L: number, T: Float32Array, preds: Int8Array, emis: Float32Array, e0: number, n: number, from: number, labels: Uint8Array): number {
  if (n <= 0) return 0;
  const back = new Uint8Array(n * STRIDE);
  let prev = new Float64Array(STRIDE), cur = new Float64Array(STRIDE);
  for (let y = 0; y < L; y++) prev[y] = T[L * L + y]! + emis[e0 + y]!;
  for (let i = 1; i < n; i++) {
    const o = i * STRIDE;
    for (let y = 0; y < L; y++) {
      let j = y * (L + 1);
      let p = preds[j++]!;
      let best = prev[p]! + T[p * L + y]!;
      let arg = p;
      while ((p = preds[j++]!) >= 0) {
        const s = prev[p]! + T[p * L + y]!;
        if (s > best) { best = s; arg = p; }
      }
      cur[y] = best + emis[e0 + o + y]!;
      back[o + y] = arg;
    }
    const t = prev; prev = cur; cur = t;
  }
  let best = prev[0]!, arg = 0;
  for (let y = 1; y < L; y++) if (prev[y]! > best) { best = prev[y]!; arg = y; }
  for (let i = n - 1; i >= 0; i--) {
    labels[from + i] = arg;
    if (i > 0) arg = back[i * STRIDE + arg]!;
  }
  return best;
}

/**
 * Local confidence of each chosen label: its emission minus the best other label's, from the
 * best and second-best emission of the row (the same value as comparing against every other
 * label, ties included).
 */
export function marginsOf(emis: Float32Array, e0: number, n: number, L: number, from: number, labels: Uint8Array, margins: Float32Array): void {
  for (let i = 0; i < n; i++) {
    const o = e0 + i * STRIDE;
    let m1 = emis[o]!, a1 = 0, m2 = NEG;
    for (let y = 1; y < L; y++) {
      const v = emis[o + y]!;
      if (v > m1) { m2 = m1; m1 = v; a1 = y; } else if (v > m2) m2 = v;
    }
    const y = labels[from + i]!;
    margins[from + i] = y === a1 ? m1 - m2 : emis[o + y]! - m1;
  }
}

/** For each label y, its allowed predecessors then -1 (row width L + 1), from the allowed table. */
export function predecessorLists(L: number, allowed: Uint8Array): Int8Array {
  const out = new Int8Array(L * (L + 1)).fill(-1);
  for (let y = 0; y < L; y++) {
    let j = y * (L + 1);
    for (let p = 0; p < L; p++) if (allowed[p * L + y]) out[j++] = p;
    if (j === y * (L + 1)) out[j] = 0; // nothing allowed: fall back to label 0 (score NEG via T)
  }
  return out;
}
