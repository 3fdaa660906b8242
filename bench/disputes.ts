/**
 * Time of `frameContradictions` (src/link/disputes.ts) on one proposition said by 2,000, 4,000 and
 * 8,000 articles on each side (`test/disputes-corpus.ts`), median of 5 runs each, plus the work counter's
 * steps. `npx tsx bench/disputes.ts [module]`: another module exporting `frameContradictions` (an older
 * checkout's file) is timed the same way, for comparison.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { disputeCorpus } from '../test/disputes-corpus.ts';
import * as current from '../src/link/disputes.ts';

const module: typeof current = process.argv[2] ? await import(pathToFileURL(resolve(process.argv[2])).href) : current;
const sizes = (process.env.SIZES ?? '2000,4000,8000').split(',').map(Number);
const runs = Number(process.env.RUNS ?? 5);

// Warm up (the JIT), so the first size is not timed cold.
{
  const { articles, ids, byKey } = disputeCorpus(sizes[0]!);
  for (let i = 0; i < 3; i++) module.frameContradictions(articles, ids, byKey);
}

for (const n of sizes) {
  const { articles, ids, byKey } = disputeCorpus(n);
  const times: number[] = [];
  const work = { steps: 0 };
  let listed = 0;
  for (let i = 0; i < runs; i++) {
    work.steps = 0;
    const t = process.hrtime.bigint();
    listed = module.frameContradictions(articles, ids, byKey, work).length;
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  console.log(`${n} a side: median ${times[Math.floor(runs / 2)]!.toFixed(1)} ms (min ${times[0]!.toFixed(1)}), ${work.steps} steps, ${listed} listed`);
}
