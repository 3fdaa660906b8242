/**
 * `npx tsx bench/doubling-stage.ts` (issue 16 item 5): ONE stage of `npm run bench:doubling` (or a few,
 * one after another) timed on its own, to tell a superlinear stage from noise. For each size, the pipeline runs once to make
 * the stage's input, then a full garbage collection, then the stage alone BENCH_RUNS times (default 5);
 * it prints the least CPU ms, ms per MB (flat when linear) and the ratio per doubling.
 *
 *   BENCH_SHAPES=<shape prefix>   one shape of bench/doubling-shapes.ts (default: quotation with figures)
 *   BENCH_STAGE=<stage>[,<stage>] read, analyze, entities, places, quotes, figures, equipment, dates, claims or store;
 *                                 several share one run of the pipeline per size (each timed alone in turn)
 *   BENCH_SIZES=1,2,4,8           sizes in MB (default 1,2,4)
 *   BENCH_JSON=1                  also print, last, one line of JSON: {"sizes": MB[], "ms": least CPU ms[] of the first
 *                                 stage, "stages": {stage: least CPU ms[]}}
 *                                 (bench/doubling.ts reads it when it reruns a step alone)
 *   BENCH_PROFILE=DIR             also profile the stage's runs (node:inspector): DIR/<stage>-<MB>.cpuprofile (the first run),
 *                                 and print the functions whose self time grew most per doubling. V8 samples
 *                                 in wall time: on a loaded machine every function's self time is inflated by
 *                                 the waits for a core, so read the growth of a function, not its total
 *
 * Run with `node --expose-gc --import tsx bench/doubling-stage.ts` for the collection between sizes
 * (without it the stage also pays for the garbage of the run that made its input).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze/index.ts';
import { extractClaims } from '../src/extract/claims/index.ts';
import { extractDates } from '../src/extract/dates/index.ts';
import { corefer, findPeople, linkEntities, peopleOf } from '../src/extract/entities/index.ts';
import { extractEquipment } from '../src/extract/equipment/index.ts';
import { extractFigures } from '../src/extract/figures/index.ts';
import { extractPlaces } from '../src/extract/places/index.ts';
import { extractQuotes } from '../src/extract/quotes/index.ts';
import { readInputs } from '../src/ingest/index.ts';
import { cpuMs, putOne, shapes, STAGES, timeStages, type Stage, type Staged } from './doubling-shapes.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const all = shapes(resolve(root, process.env.CLAIMGRAPH_SHARED ?? '../shared'));
const shapeName = Object.keys(all).find((n) => n.startsWith(process.env.BENCH_SHAPES ?? 'quotation'));
const stages = (process.env.BENCH_STAGE ?? 'claims').split(',') as Stage[];
if (!shapeName || !stages.every((s) => STAGES.includes(s))) throw new Error(`BENCH_SHAPES must start one of: ${Object.keys(all).join('; ')}; BENCH_STAGE one of ${STAGES.join(', ')}`);
const shape = all[shapeName]!;
const sizes = (process.env.BENCH_SIZES ?? '1,2,4').split(',').map(Number);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const profileDir = process.env.BENCH_PROFILE;
const gc = (globalThis as { gc?: () => void }).gc;

const tmp = mkdtempSync(join(tmpdir(), 'claimgraph-doubling-stage-'));
const path = join(tmp, shape.file);
let dbs = 0;

/** The stage again on what the pipeline made (the steps before it within its own stage are not timed). */
function prepare(stage: Stage, s: Staged): () => Promise<unknown> {
  const { document, doc, extraction: x } = s;
  const people = () => findPeople(doc);
  switch (stage) {
    case 'read': return async () => { for await (const d of readInputs([path], { onError: (e) => { throw e; } })) void d; };
    case 'analyze': return async () => analyze(document);
    case 'entities': return async () => {
      const p = findPeople(doc);
      const named = peopleOf(p);
      return corefer(doc, linkEntities(doc, p, x.places, named), x.quotes);
    };
    case 'places': { const named = peopleOf(people()); return async () => extractPlaces(doc, named); }
    case 'quotes': {
      const p = people();
      linkEntities(doc, p, x.places, peopleOf(p));
      return async () => extractQuotes(doc, p);
    }
    case 'figures': return async () => extractFigures(doc, x.quotes);
    case 'equipment': return async () => extractEquipment(doc);
    case 'dates': return async () => extractDates(doc, x.quotes, x.figures);
    case 'claims': return async () => extractClaims(doc, { quotes: x.quotes, entities: x.entities, dates: x.dates });
    case 'store': return () => putOne(join(tmp, `${dbs++}.db`), document, x);
  }
}

interface Profile { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[]; samples: number[]; timeDeltas: number[] }
/** Self time in ms by function (name, file, line and column: tsx's output puts a module on few lines) of a V8 CPU profile, added to `out`. */
function addSelfTimes(p: Profile, out: Map<string, number>): void {
  const key = new Map<number, string>();
  for (const n of p.nodes) {
    const f = n.callFrame;
    key.set(n.id, `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/(src|node_modules)\//, '$1/')}:${f.lineNumber + 1}:${f.columnNumber + 1}`);
  }
  for (let i = 0; i < p.samples.length; i++) {
    const k = key.get(p.samples[i]!)!;
    out.set(k, (out.get(k) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  }
}

const session = profileDir ? new Session() : null;
if (session) {
  mkdirSync(profileDir!, { recursive: true });
  session.connect();
  await session.post('Profiler.enable');
}

// Warm-up on a small input, so that JIT compiling is not counted.
writeFileSync(path, shape.make(20_000));
{ const { staged } = await timeStages(path, join(tmp, 'warm.db'), 'claims'); for (const stage of stages) await prepare(stage, staged)(); }

console.log(`${shapeName}, stage ${stages.join(', ')} alone: least CPU ms of ${RUNS} runs per size${gc ? ', after a full collection' : ' (no --expose-gc: no collection between sizes)'}`);
console.log('| stage | MB | ms | ms per MB | ratio |\n| --- | --- | --- | --- | --- |');
const profiles: { mb: number; self: Map<string, number> }[] = [];
const prevs = new Map<Stage, { mb: number; ms: number }>();
const bests = new Map<Stage, number[]>(stages.map((s) => [s, []]));
for (const mb of sizes) {
  writeFileSync(path, shape.make(Math.round(mb * 1048576)));
  let { staged } = await timeStages(path, join(tmp, 'input.db'), 'claims');
  const runs = stages.map((stage) => ({ stage, run: prepare(stage, staged) }));
  staged = null as unknown as Staged;
  for (const { stage, run } of runs) {
    let best = Infinity;
    const self = new Map<string, number>();
    for (let r = 0; r < RUNS; r++) {
      gc?.();
      // Each run profiled on its own, so that the forced collection between runs is not in the profile.
      if (session) await session.post('Profiler.start');
      const at = cpuMs();
      await run();
      best = Math.min(best, cpuMs() - at);
      if (session) {
        const { profile } = await session.post('Profiler.stop');
        if (r === 0) writeFileSync(join(profileDir!, `${stage}-${mb}.cpuprofile`), JSON.stringify(profile));
        addSelfTimes(profile as unknown as Profile, self);
      }
    }
    // The profile's comparison reads the first stage.
    if (session && stage === stages[0]) profiles.push({ mb, self });
    const prev = prevs.get(stage);
    const ratio = prev ? (best / prev.ms) * ((prev.mb * 2) / mb) : null;
    console.log(`| ${stage} | ${mb} | ${best.toFixed(0)} | ${(best / mb).toFixed(0)} | ${ratio === null ? '' : `${ratio.toFixed(2)}x`} |`);
    prevs.set(stage, { mb, ms: best });
    bests.get(stage)!.push(best);
  }
}

if (profiles.length >= 2) {
  // Self time of all runs, per function, at the first and last size; sorted by what it grew beyond linear.
  const first = profiles[0]!;
  const last = profiles.at(-1)!;
  const scale = last.mb / first.mb;
  const rows = [...last.self].map(([k, ms]) => ({ k, a: first.self.get(k) ?? 0, b: ms })).sort((x, y) => (y.b - y.a * scale) - (x.b - x.a * scale));
  console.log(`\nself ms of ${RUNS} runs at ${first.mb} MB -> ${last.mb} MB (linear would be x${scale}), the 15 that grew most beyond linear:`);
  for (const r of rows.slice(0, 15)) console.log(`${r.a.toFixed(0).padStart(7)} -> ${r.b.toFixed(0).padStart(7)}  ${r.a ? `${(r.b / r.a).toFixed(2)}x` : ''}  ${r.k}`);
}
rmSync(tmp, { recursive: true, force: true });
if (process.env.BENCH_JSON) console.log(JSON.stringify({ sizes, ms: bests.get(stages[0]!), stages: Object.fromEntries(bests) }));
