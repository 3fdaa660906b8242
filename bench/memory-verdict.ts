/** bench:api's verdict on the server's memory (bench/api.ts): flat or growing, from the heap after GC of each round. */

/**
 * A heap that leaks holds something per request: the smallest object V8 can retain is 12-16
 * bytes (a Map entry, a boxed number, a short string's header), so a heap growing by less than
 * 8 bytes per request answered is not keeping one of anything per request. Between rounds the
 * heap after a full GC moves by several MB either way (caches filled and emptied, code compiled
 * and flushed), so the slope is Theil-Sen's (the median of the slopes between every pair of
 * rounds), which a few high rounds do not tilt, taken over the second half of the rounds, after
 * the start-up growth.
 *
 * V8 also compiles the server's hot code as the rounds go on: 0.84 MB of new code and its
 * metadata between rounds 4 and 12 of a run (heap snapshots; nothing else grew), bounded by the
 * program. A run of few requests per round (a loaded machine) can show that as bytes per request,
 * so growth also has to reach MIN_GROWTH_MB over the second half to count. A leak of one small
 * object per request does, in any run of the default length on a quiet machine: 12 bytes x
 * 20,000 requests x 15 rounds = 3.4 MB.
 */
export const FLAT_BYTES_PER_REQUEST = 8;
export const MIN_GROWTH_MB = 1;
export const MIN_ROUNDS_FOR_VERDICT = 10;

export interface MemoryVerdict {
  slopeMbPerRound: number;
  bytesPerRequest: number;
  /** The rounds the slope is taken over. */
  from: number;
  to: number;
  verdict: 'flat' | 'growing' | 'too few rounds';
}

/** `rounds`: the heap after GC after each round (round 0, the warm-up, is left out) and the requests the round answered. */
export function memoryVerdict(rounds: readonly { round: number; heapUsedMb: number; requests: number }[]): MemoryVerdict {
  const played = rounds.filter((r) => r.round > 0);
  const half = played.slice(Math.floor(played.length / 2));
  const slopes: number[] = [];
  for (let i = 0; i < half.length; i++) {
    for (let j = i + 1; j < half.length; j++) slopes.push((half[j]!.heapUsedMb - half[i]!.heapUsedMb) / (half[j]!.round - half[i]!.round));
  }
  slopes.sort((a, b) => a - b);
  const m = slopes.length;
  const slope = m ? (m % 2 ? slopes[(m - 1) / 2]! : (slopes[m / 2 - 1]! + slopes[m / 2]!) / 2) : 0;
  const perRound = half.length ? half.reduce((s, r) => s + r.requests, 0) / half.length : 0;
  const bytesPerRequest = perRound ? (slope * 2 ** 20) / perRound : 0;
  const from = half[0]?.round ?? 0;
  const to = half.at(-1)?.round ?? 0;
  const growing = bytesPerRequest >= FLAT_BYTES_PER_REQUEST && slope * (to - from) >= MIN_GROWTH_MB;
  const verdict = played.length < MIN_ROUNDS_FOR_VERDICT ? 'too few rounds' : growing ? 'growing' : 'flat';
  return { slopeMbPerRound: slope, bytesPerRequest, from, to, verdict };
}
