import { describe, expect, it } from 'vitest';
import { FLAT_BYTES_PER_REQUEST, memoryVerdict } from '../../bench/memory-verdict.ts';

/** Rounds 0..n with `requests` each and the heap given by `heap(round)`. */
const rounds = (n: number, heap: (r: number) => number, requests = 20_000) =>
  Array.from({ length: n + 1 }, (_v, round) => ({ round, heapUsedMb: heap(round), requests: round ? requests : 0 }));

describe("bench:api's memory verdict", () => {
  it('a heap that jumps up now and then but comes back is flat', () => {
    const v = memoryVerdict(rounds(30, (r) => 17 + (r % 4 === 0 ? 8 : 0) + (r % 3) * 0.5));
    expect(v.verdict).toBe('flat');
    expect(v).toMatchObject({ from: 16, to: 30 });
    expect(Math.abs(v.slopeMbPerRound)).toBeLessThan(0.05);
  });

  it('one small object kept per request is growing, however noisy the rounds', () => {
    // 16 bytes x 20,000 requests a round, with the same jumps as above.
    const leak = (16 * 20_000) / 2 ** 20;
    const v = memoryVerdict(rounds(30, (r) => 17 + leak * r + (r % 4 === 0 ? 8 : 0)));
    expect(v.verdict).toBe('growing');
    expect(v.bytesPerRequest).toBeCloseTo(16, 0);
    expect(v.bytesPerRequest).toBeGreaterThan(FLAT_BYTES_PER_REQUEST);
  });

  it('compiled code growing by a little each round of few requests is flat', () => {
    // 0.04 MB a round at 3,000 requests: 14 bytes per request, 0.4 MB over the second half.
    const v = memoryVerdict(rounds(20, (r) => 15.4 + 0.04 * r, 3_000));
    expect(v.bytesPerRequest).toBeGreaterThan(FLAT_BYTES_PER_REQUEST);
    expect(v.verdict).toBe('flat');
  });

  it('growth in the first half only (start-up) is flat; fewer than ten rounds get no verdict', () => {
    expect(memoryVerdict(rounds(20, (r) => Math.min(15 + r * 2, 30))).verdict).toBe('flat');
    expect(memoryVerdict(rounds(6, (r) => 15 + r)).verdict).toBe('too few rounds');
  });
});
