/**
 * 32-bit hashing for feature templates: FNV-1a over strings, murmur3-style mixing to combine
 * integers. Everything stays in int32 arithmetic (Math.imul), so no objects are made per token.
 * Every function returns a non-negative 30-bit int: small integers (Smis) are never boxed by V8,
 * even when a call is not inlined, so hashing allocates nothing.
 */

export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 2;
}

/** murmur3 fmix32. */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 2;
}

// The combiners multiply-xor each value in, then finish with one xor-shift-multiply: about half
// the work of a full murmur finalizer per feature, which is plenty for bucket selection.

/** Combine a template id and one value. */
export function h1(t: number, a: number): number {
  let h = Math.imul((t + 1) ^ Math.imul(a, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 13)) >>> 2;
}

/** Combine a template id and two values. */
export function h2(t: number, a: number, b: number): number {
  let h = Math.imul((t + 1) ^ Math.imul(a, 0x9e3779b1), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 15) ^ b, 0xc2b2ae35);
  return (h ^ (h >>> 13)) >>> 2;
}

/** Combine a template id and three values. */
export function h3(t: number, a: number, b: number, c: number): number {
  let h = Math.imul((t + 1) ^ Math.imul(a, 0x9e3779b1), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 15) ^ b, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 13) ^ c, 0x27d4eb2f);
  return (h ^ (h >>> 16)) >>> 2;
}
