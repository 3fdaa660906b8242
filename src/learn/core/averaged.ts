/**
 * The averaged perceptron's weights, shared by the tagger (emission and transition tables), the
 * source linker and the span stage: the running weights `w`, and while training the step-weighted
 * sums of the updates `u` and the step counter `c`, so that the average over every step is
 * `w - u / c` without summing every step's weights (Daumé's trick).
 */
export class AveragedWeights {
  readonly w: Float32Array;
  private u: Float64Array | null = null;
  private c = 1;

  constructor(size: number) {
    this.w = new Float32Array(size);
  }

  /** Whether startTraining() was called and finalize() not yet. */
  get training(): boolean {
    return this.u !== null;
  }

  /** Allocates the update sums. */
  startTraining(): void {
    this.u = new Float64Array(this.w.length);
    this.c = 1;
  }

  /** Adds `d` to weight i (an update of the current step). */
  add(i: number, d: number): void {
    this.w[i]! += d;
    this.u![i]! += d * this.c;
  }

  /** Ends a training step (an example seen, updated or not). */
  step(): void {
    this.c++;
  }

  /** Replaces the weights by their averages and drops the training state. */
  finalize(): void {
    const u = this.u;
    if (!u) return;
    const w = this.w, c = this.c;
    for (let i = 0; i < w.length; i++) w[i] = w[i]! - u[i]! / c;
    this.u = null;
  }
}

/**
 * A linear scorer over hashed features with one weight per bucket (the linker and the span stage
 * rank their candidates with it): a model's feature writer pushes 32-bit hashes, `score` sums
 * their weights, `update` moves them towards (+1) or away from (-1) the features pushed.
 */
export class HashedScorer {
  readonly bits: number;
  readonly mask: number;
  readonly weights: AveragedWeights;
  private buf = new Uint32Array(64);
  private nf = 0;

  constructor(bits: number) {
    this.bits = bits;
    this.mask = (1 << bits) - 1;
    this.weights = new AveragedWeights(1 << bits);
  }

  get w(): Float32Array {
    return this.weights.w;
  }

  /** Starts a new feature list. */
  clear(): void {
    this.nf = 0;
  }

  push(h: number): void {
    this.buf[this.nf++] = h;
  }

  /** The sum of the weights of the features pushed since clear(); clears them. */
  score(): number {
    const w = this.weights.w, buf = this.buf, mask = this.mask;
    let s = 0;
    for (let k = 0; k < this.nf; k++) s += w[buf[k]! & mask]!;
    this.nf = 0;
    return s;
  }

  /** Adds d to the weight of every feature pushed since clear(); clears them. */
  update(d: number): void {
    const weights = this.weights, buf = this.buf, mask = this.mask;
    for (let k = 0; k < this.nf; k++) weights.add(buf[k]! & mask, d);
    this.nf = 0;
  }
}
