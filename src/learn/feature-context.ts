/**
 * What the feature groups read (FeatureCtx, one object of one shape) and the buckets they put
 * distances, margins and counts in.
 */

const distBucketOf = (d: number) => (d <= 3 ? d : d <= 5 ? 4 : d <= 8 ? 5 : d <= 12 ? 6 : d <= 20 ? 7 : d <= 35 ? 8 : 9);
/** distBucketOf as a table (one predictable range check instead of a chain of branches on varying distances). */
const DIST = Uint8Array.from({ length: 36 }, (_, d) => distBucketOf(d));
export const distBucket = (d: number) => (d >= 0 && d <= 35 ? DIST[d]! : distBucketOf(d));
/** 0 below 1, then 1 (< 3), 2 (< 8), 3 (< 20), 4 (< 50), 5: a sum of comparisons, no branches (margins are never NaN). */
export const marginBucket = (m: number) => +(m >= 1) + +(m >= 3) + +(m >= 8) + +(m >= 20) + +(m >= 50);
export const countBucket = (c: number) => (c <= 2 ? c : 3);

export const BOS = 0x1234567;
export const EOS = 0x7654321;

/**
 * Everything the feature groups read, in one object of one shape: the stacked-label facts are
 * zero-length arrays in the first pass rather than null, so every group function sees the same
 * field types on every call and V8 compiles it once.
 */
export interface FeatureCtx {
  n: number; nS: number;
  lw: Uint32Array; shape: Uint32Array; suf3: Uint32Array; pre2: Uint32Array; cap: Uint8Array; qm: Uint8Array; inq: Uint8Array; cue: Uint8Array;
  leftCue: Int32Array; rightCue: Int32Array;
  pos: Uint8Array; sentOf: Int32Array; paraOf: Int32Array; ss: Int32Array; se: Int32Array; ps: Int32Array; pe: Int32Array;
  sQuote: Uint8Array; sCue: Uint8Array; sFirstQ: Uint8Array; sLastInq: Uint8Array;
  commaBefore: Uint8Array; commaAfter: Uint8Array; thatAfterCue: Uint8Array; relClause: Uint8Array; colonBefore: Uint8Array;
  commaRaw: Uint16Array; leftVerb: Int32Array; rightVerb: Int32Array; nlBefore: Uint8Array;
  p1: Uint8Array; m1: Float32Array; hasM: boolean;
  sHas: Uint8Array; pHas: Uint8Array; leftS: Int32Array; rightS: Int32Array; leftQ: Int32Array; rightQ: Int32Array;
  runLen: Uint16Array; runCue: Uint8Array; sPat: Int32Array; runIdx: Uint8Array;
  f: Uint32Array; offs: Int32Array;
}
