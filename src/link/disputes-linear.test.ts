/**
 * The work of `frameContradictions` grows linearly with the frames of one key: counted (steps of its
 * queries and entries of its lists), not timed. One proposition said by 1,000 then 2,000 articles on
 * each side (`test/disputes-corpus.ts`). The pairwise loop it replaced made 1,000 x 1,000 then 2,000
 * x 2,000 checks.
 */
import { describe, expect, it } from 'vitest';
import { disputeCorpus } from '../../test/disputes-corpus.ts';
import { frameContradictions } from './disputes.ts';
import type { WorkCounter } from './first-valid.ts';

function work(n: number) {
  const { articles, ids, byKey } = disputeCorpus(n);
  const counter: WorkCounter = { steps: 0 };
  const out = frameContradictions(articles, ids, byKey, counter);
  return { steps: counter.steps, out };
}

describe('frameContradictions: work linear in the frames of a key', () => {
  it('doubling the assertions and denials of one key (1,000 -> 2,000 each) about doubles the work', () => {
    const small = work(1000);
    const large = work(2000);
    // Something is listed, with many on each side: the work is not that of an empty answer.
    expect(small.out.length).toBeGreaterThan(0);
    expect(large.out.reduce((n, c) => n + c.asserted.length + c.denied.length, 0)).toBeGreaterThan(30);
    // Linear doubles it (2.3 here: which denials come first shapes the lists a little); pairs would make it 4.
    const ratio = large.steps / small.steps;
    expect(ratio).toBeGreaterThan(1.6);
    expect(ratio).toBeLessThan(2.6);
    // A few dozen steps per frame, far from one per pair (4,000,000 at 2,000 a side).
    expect(large.steps).toBeLessThan(100 * 4000);
  });
});
