/**
 * `npm run bench:doubling` (issue 16): each hostile shape, and real prose, doubled from 250 KB up to
 * the 10 MB cap, timed stage by stage (ingest's reading, analyze, each extractor in pipeline order,
 * the store's put). A stage is linear when its time grows by under 2.3 per doubling; the table shows
 * each ratio (CPU time, user + system), and `superlinear` marks a stage above it (only where the larger run took over 50 ms,
 * below which the clock is too coarse). Runs one size after another in this process, after a
 * warm-up, so JIT compiling is not counted.
 *
 * `npm run bench:doubling` runs it under `node --expose-gc`, for a full collection before each run.
 * BENCH_MAX_BYTES stops earlier, BENCH_MIN_BYTES starts later (the cap takes many minutes where a stage is superlinear);
 * BENCH_RUNS=N times each size N times (default 3) and keeps each stage's least CPU time;
 * BENCH_SHAPES=a,b picks shapes; CLAIMGRAPH_SHARED moves ../shared (real prose comes from
 * ../shared/data/realtext/dev.jsonl). Not part of `npm run bench`: a run to the cap takes far more
 * than two minutes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_MAX_BYTES } from '../src/ingest/index.ts';
import { shapes as allShapes, STAGES, timeStages, type Stage } from './doubling-shapes.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shapes = allShapes(resolve(root, process.env.CLAIMGRAPH_SHARED ?? '../shared'));
const MAX = Number(process.env.BENCH_MAX_BYTES ?? DEFAULT_MAX_BYTES);
/** Runs per size (BENCH_RUNS); each stage's least CPU time counts. */
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const RATIO = 2.3;
/** Under `node --expose-gc` (as `npm run bench:doubling` runs it), a full collection before each run: else one run's garbage is collected in the next run's first stages (`read` took 283 ms at the cap, 91 ms alone). */
const gc = (globalThis as { gc?: () => void }).gc;

const tmp = mkdtempSync(join(tmpdir(), 'claimgraph-doubling-'));
const wanted = process.env.BENCH_SHAPES?.split(',');
const sizes: number[] = [];
// BENCH_MIN_BYTES starts later in the same series (250 KB doubled), e.g. to rerun the last steps alone.
const MIN = Number(process.env.BENCH_MIN_BYTES ?? 0);
for (let n = 250 * 1024; n <= MAX; n *= 2) if (n >= MIN) sizes.push(n);
// The cap itself, unless the last doubling came close to it.
if (MAX > sizes.at(-1)! * 1.1) sizes.push(MAX);

console.log(`doubling bench: sizes ${sizes.map((s) => (s / 1048576).toFixed(2)).join(', ')} MB; least CPU ms per stage of ${RUNS} runs${gc ? ', each after a full collection' : ' (no --expose-gc: no collection between runs)'}; a stage is linear when each doubling costs under ${RATIO}x\n`);
let superlinear = 0;
for (const [name, shape] of Object.entries(shapes)) {
  if (wanted && !wanted.some((w) => name.startsWith(w))) continue;
  const path = join(tmp, shape.file);
  writeFileSync(path, shape.make(20_000));
  await timeStages(path, join(tmp, 'warm.db'));
  const rows: { bytes: number; t: Record<Stage, number> }[] = [];
  console.log(`## ${name}`);
  console.log(`| MB | ${STAGES.join(' | ')} | total s |`);
  console.log(`| --- |${STAGES.map(() => ' --- |').join('')} --- |`);
  for (const bytes of sizes) {
    writeFileSync(path, shape.make(bytes));
    let t: Record<Stage, number>;
    try {
      // The least CPU of RUNS runs per stage: one run per size catches a garbage collection now and then, which reads as superlinear.
      gc?.();
      t = (await timeStages(path, join(tmp, `${rows.length}-0.db`))).t;
      for (let r = 1; r < RUNS; r++) {
        gc?.();
        const { t: again } = await timeStages(path, join(tmp, `${rows.length}-${r}.db`));
        for (const s of STAGES) t[s] = Math.min(t[s], again[s]);
      }
    } catch (e) {
      console.log(`| ${(bytes / 1048576).toFixed(2)} | refused: ${(e as Error).message.slice(0, 100)} |`);
      break;
    }
    const prev = rows.at(-1);
    const cells = STAGES.map((s) => {
      const ms = t[s];
      if (!prev) return `${ms.toFixed(0)} ms`;
      const ratio = (ms / Math.max(prev.t[s], 0.5)) * (prev.bytes * 2 / bytes);
      const flag = ms > 50 && ratio >= RATIO ? ' superlinear' : '';
      if (flag) superlinear++;
      return `${ms.toFixed(0)} ms (${ratio.toFixed(2)}x)${flag}`;
    });
    const total = STAGES.reduce((a, s) => a + t[s], 0) / 1000;
    console.log(`| ${(bytes / 1048576).toFixed(2)} | ${cells.join(' | ')} | ${total.toFixed(1)} |`);
    rows.push({ bytes, t });
  }
  console.log('');
}
rmSync(tmp, { recursive: true, force: true });
console.log(superlinear ? `${superlinear} stage timings grew ${RATIO}x or more per doubling` : `every stage grew under ${RATIO}x per doubling`);
