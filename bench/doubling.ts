/**
 * `npm run bench:doubling` (issue 16): each hostile shape, and real prose, doubled from 250 KB up to
 * the 10 MB cap, timed stage by stage (ingest's reading, analyze, each extractor in pipeline order,
 * the store's put). A stage is linear when its time grows by under 2.3 per doubling.
 *
 * Made to be the proof on a shared machine, where another process can slow any one run:
 * - CPU time of this process (process.cpuUsage, user + system), never wall time;
 * - each size run several times, each run after a full collection (`node --expose-gc`, as the npm
 *   script runs it), and each stage's least CPU time of those runs kept: BENCH_RUNS runs per size
 *   (default 3), BENCH_RUNS_LARGE (default 2) from BENCH_LARGE_MB (default 3) up, where a run takes
 *   a minute;
 * - the load average printed with each shape and each size;
 * - a step that still reads 2.3x or more (where the larger run took over 50 ms, below which the clock
 *   is too coarse) is run again at once, that stage alone on the same two sizes
 *   (bench/doubling-stage.ts in a child process, for all such stages of a size together: their input
 *   made first, then BENCH_ALONE_RUNS runs of each, default 3, each after a full collection, the
 *   least CPU kept). Both figures are printed; the one alone is the measurement (the stage's own
 *   work, without the garbage and cache of the stages before it), and only a measurement of 2.3x or
 *   more counts as superlinear. BENCH_ALONE=0 turns
 *   the reruns off.
 *
 * Runs one size after another in this process, after a warm-up, so JIT compiling is not counted. At
 * the end of each shape it prints the table the README keeps: stages by doubling, `(x)` where the
 * larger run took under 50 ms, **bold** at 2.3x or more, `a / b alone` where a step was rerun alone.
 *
 * BENCH_MAX_BYTES stops earlier, BENCH_MIN_BYTES starts later; BENCH_SHAPES=a,b picks shapes (name
 * prefixes); BENCH_RATIO moves the 2.3 line (to try the reruns on a short run); CLAIMGRAPH_SHARED moves ../shared (real prose comes from
 * ../shared/data/realtext/dev.jsonl). Not part of `npm run bench`: a run to the cap takes far more
 * than two minutes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_MAX_BYTES } from '../src/ingest/index.ts';
import { shapes as allShapes, STAGES, timeStages, type Stage } from './doubling-shapes.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shapes = allShapes(resolve(root, process.env.CLAIMGRAPH_SHARED ?? '../shared'));
const MAX = Number(process.env.BENCH_MAX_BYTES ?? DEFAULT_MAX_BYTES);
/** Runs per size (BENCH_RUNS), fewer (BENCH_RUNS_LARGE) from BENCH_LARGE_MB up; each stage's least CPU time counts. */
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const RUNS_LARGE = Math.max(1, Number(process.env.BENCH_RUNS_LARGE ?? Math.min(RUNS, 2)));
const LARGE_BYTES = Number(process.env.BENCH_LARGE_MB ?? 3) * 1048576;
const ALONE = process.env.BENCH_ALONE !== '0';
const ALONE_RUNS = Math.max(1, Number(process.env.BENCH_ALONE_RUNS ?? 3));
/** The line between linear and not; BENCH_RATIO moves it (to try the reruns on a small run). */
const RATIO = Number(process.env.BENCH_RATIO ?? 2.3);
/** Below this many ms the larger run's clock is too coarse for a ratio to mean anything. */
const MIN_MS = 50;
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

const mb = (bytes: number) => (bytes / 1048576).toFixed(2);
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
const runsAt = (bytes: number) => (bytes >= LARGE_BYTES ? RUNS_LARGE : RUNS);

/** CPU ms of each of `stages` alone at two sizes, from bench/doubling-stage.ts in a child process (one pipeline run per size for them all); null if it failed. */
function alone(shape: string, stages: Stage[], small: number, large: number): Map<Stage, [number, number]> | null {
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(root, 'bench', 'doubling-stage.ts')], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 24,
    env: { ...process.env, BENCH_SHAPES: shape, BENCH_STAGE: stages.join(','), BENCH_SIZES: `${small / 1048576},${large / 1048576}`, BENCH_RUNS: String(ALONE_RUNS), BENCH_JSON: '1', BENCH_PROFILE: '' },
  });
  const last = child.stdout?.trim().split('\n').at(-1) ?? '';
  try {
    const { stages: ms } = JSON.parse(last) as { stages: Record<Stage, number[]> };
    return new Map(stages.map((s) => [s, [ms[s]![0]!, ms[s]![1]!]]));
  } catch {
    console.log(`  (the rerun alone failed: exit ${child.status}; ${(child.stderr ?? '').trim().split('\n').at(-1) ?? ''})`);
    return null;
  }
}

interface Step {
  /** The whole bench's ratio. */
  readonly ratio: number;
  /** The ratio of the stage rerun alone, when it was. */
  readonly alone?: number;
  /** The larger run's ms. */
  readonly ms: number;
}
const measured = (s: Step) => s.alone ?? s.ratio;

console.log(`doubling bench: sizes ${sizes.map(mb).join(', ')} MB; least CPU ms per stage of ${RUNS} runs per size (${RUNS_LARGE} from ${mb(LARGE_BYTES)} MB)${gc ? ', each after a full collection' : ' (no --expose-gc: no collection between runs)'}; a stage is linear when each doubling costs under ${RATIO}x${ALONE ? `; a step at ${RATIO}x or more is rerun alone (bench/doubling-stage.ts, least of ${ALONE_RUNS} runs), which is then the measurement` : ''}\n`);
let superlinear = 0;
const started = Date.now();
for (const [name, shape] of Object.entries(shapes)) {
  if (wanted && !wanted.some((w) => name.startsWith(w))) continue;
  const path = join(tmp, shape.file);
  writeFileSync(path, shape.make(20_000));
  await timeStages(path, join(tmp, 'warm.db'));
  const rows: { bytes: number; t: Record<Stage, number>; steps?: Record<Stage, Step> }[] = [];
  const shapeStart = Date.now();
  console.log(`## ${name}\n\nload average at the start (1, 5, 15 min): ${load()}; ${new Date().toISOString().slice(0, 16)} UTC\n`);
  console.log(`| MB | runs | load | ${STAGES.join(' | ')} | total s |`);
  console.log(`| --- | --- | --- |${STAGES.map(() => ' --- |').join('')} --- |`);
  let refused: string | null = null;
  for (const bytes of sizes) {
    writeFileSync(path, shape.make(bytes));
    let t: Record<Stage, number>;
    const runs = runsAt(bytes);
    try {
      // The least CPU of the runs per stage: one run per size catches a garbage collection or a busy neighbour now and then, which reads as superlinear.
      gc?.();
      t = (await timeStages(path, join(tmp, `${rows.length}-0.db`))).t;
      for (let r = 1; r < runs; r++) {
        gc?.();
        const { t: again } = await timeStages(path, join(tmp, `${rows.length}-${r}.db`));
        for (const s of STAGES) t[s] = Math.min(t[s], again[s]);
      }
    } catch (e) {
      refused = (e as Error).message.slice(0, 100);
      console.log(`| ${mb(bytes)} | | | refused: ${refused} |`);
      break;
    }
    const prev = rows.at(-1);
    const rowLoad = loadavg()[0]!.toFixed(1);
    let steps: Record<Stage, Step> | undefined;
    if (prev) {
      steps = {} as Record<Stage, Step>;
      for (const s of STAGES) {
        const ratio = (t[s] / Math.max(prev.t[s], 0.5)) * (prev.bytes * 2 / bytes);
        steps[s] = { ratio, ms: t[s] };
      }
    }
    const cells = STAGES.map((s) => {
      const step = steps?.[s];
      return step ? `${t[s].toFixed(0)} ms (${step.ratio.toFixed(2)}x)` : `${t[s].toFixed(0)} ms`;
    });
    const total = STAGES.reduce((a, s) => a + t[s], 0) / 1000;
    console.log(`| ${mb(bytes)} | ${runs} | ${rowLoad} | ${cells.join(' | ')} | ${total.toFixed(1)} |`);
    // Each step at 2.3x or more, timed again alone on the same two sizes.
    const again = STAGES.filter((s) => steps && steps[s].ms > MIN_MS && steps[s].ratio >= RATIO);
    const times = prev && steps && ALONE && again.length ? alone(name, again, prev.bytes, bytes) : null;
    if (prev && steps && times) {
      for (const s of again) {
        const step = steps[s];
        const got = times.get(s)!;
        const ratio = (got[1] / Math.max(got[0], 0.5)) * (prev.bytes * 2 / bytes);
        steps[s] = { ...step, alone: ratio };
        console.log(`  ${s} ${mb(prev.bytes)}→${mb(bytes)} MB: ${step.ratio.toFixed(2)}x in the whole bench; alone ${got[0].toFixed(0)} → ${got[1].toFixed(0)} ms, ${ratio.toFixed(2)}x (the measurement; load ${load()})`);
      }
    }
    rows.push({ bytes, t, steps });
  }

  // The README's table: stages by doubling.
  const doublings = rows.slice(1);
  const last = rows.at(-1);
  let largest: { ratio: number; stage: Stage; at: string } | null = null;
  console.log(`\n**${name}** (CPU ms at ${mb(rows[0]?.bytes ?? 0)} MB → at ${mb(last?.bytes ?? 0)} MB; ratio per doubling; load ${load()} at the end, ${((Date.now() - shapeStart) / 60000).toFixed(0)} min)\n`);
  console.log(`| stage | ms | ${doublings.map((r, i) => `${mb(rows[i]!.bytes)}→${mb(r.bytes)}`).join(' | ')} | mean |`);
  console.log(`| --- | --- |${doublings.map(() => ' --- |').join('')} --- |`);
  for (const s of STAGES) {
    const cells = doublings.map((r, i) => {
      const step = r.steps![s];
      const m = measured(step);
      const at = `${mb(rows[i]!.bytes)}→${mb(r.bytes)} MB`;
      if (step.ms <= MIN_MS) return `(${step.ratio.toFixed(2)})`;
      if (!largest || m > largest.ratio) largest = { ratio: m, stage: s, at };
      if (m >= RATIO) superlinear++;
      const whole = step.ratio >= RATIO ? `**${step.ratio.toFixed(2)}**` : step.ratio.toFixed(2);
      if (step.alone === undefined) return whole;
      return `${whole} / ${step.alone >= RATIO ? `**${step.alone.toFixed(2)}**` : step.alone.toFixed(2)} alone`;
    });
    const first = rows[0]!.t[s];
    const end = last!.t[s];
    // The growth per doubling from the first size to the last, where both runs took over 50 ms.
    const mean = doublings.length && first > MIN_MS ? Math.pow(end / first, 1 / Math.log2(last!.bytes / rows[0]!.bytes)) : null;
    console.log(`| ${s} | ${first.toFixed(0)} → ${end.toFixed(0)} | ${cells.join(' | ')} | ${mean === null ? '' : mean.toFixed(2)} |`);
  }
  const l = largest as { ratio: number; stage: Stage; at: string } | null;
  const reached = last && last.bytes === sizes.at(-1) ? (MAX === DEFAULT_MAX_BYTES ? `the cap (${mb(last.bytes)} MB)` : `${mb(last.bytes)} MB (BENCH_MAX_BYTES)`) : `${mb(last?.bytes ?? 0)} MB${refused ? ` (refused above: ${refused})` : ''}`;
  console.log(`\nreached: ${reached}; largest measured ratio (stage over ${MIN_MS} ms): ${l ? `${l.ratio.toFixed(2)}x, ${l.stage} at ${l.at}` : 'none'}\n`);
}
rmSync(tmp, { recursive: true, force: true });
console.log(`${((Date.now() - started) / 60000).toFixed(0)} min; ${superlinear ? `${superlinear} measured stage timings grew ${RATIO}x or more per doubling` : `every stage grew under ${RATIO}x per doubling (measured)`}`);
