/**
 * `npm run bench:doubling` (issue 16): each hostile shape, and real prose, doubled from 250 KB up to
 * the 10 MB cap, timed stage by stage (ingest's reading, analyze, each extractor in pipeline order,
 * the store's put). A stage is linear when its time grows by under 2.3 per doubling; the table shows
 * each ratio (CPU time, user + system), and `superlinear` marks a stage above it (only where the larger run took over 50 ms,
 * below which the clock is too coarse). Runs one size after another in this process, after a
 * warm-up, so JIT compiling is not counted.
 *
 * BENCH_MAX_BYTES stops earlier (the cap takes many minutes where a stage is superlinear);
 * BENCH_RUNS=N times each size N times (default 3) and keeps each stage's least CPU time;
 * BENCH_SHAPES=a,b picks shapes; CLAIMGRAPH_SHARED moves ../shared (real prose comes from
 * ../shared/data/realtext/dev.jsonl). Not part of `npm run bench`: a run to the cap takes far more
 * than two minutes.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
import { DEFAULT_MAX_BYTES, readInputs } from '../src/ingest/index.ts';
import type { Document } from '../src/model/document.ts';
import { contentHash } from '../src/store/hash.ts';
import { openSqliteStore } from '../src/store/index.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, process.env.CLAIMGRAPH_SHARED ?? '../shared');
const MAX = Number(process.env.BENCH_MAX_BYTES ?? DEFAULT_MAX_BYTES);
/** Runs per size (BENCH_RUNS); each stage's least CPU time counts. */
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const RATIO = 2.3;

/** Each shape: a file name (its extension picks the reader) and its content near `bytes` bytes. */
const shapes: Record<string, { file: string; make: (bytes: number) => string }> = {
  // The issue's: one quotation with figures, over and over.
  'quotation with figures': { file: 'q.txt', make: (n) => fill(n, '"We destroyed 40 tanks and more than 300 drones near Pokrovsk on Wednesday," said Andrii Hnatov, commander of the brigade. ') },
  'real prose': { file: 'prose.txt', make: (n) => fill(n, realProse()) },
  'curly quotes and words': { file: 'curly.txt', make: (n) => fill(n, '“We hold,” he said. “They ') },
  'lone surrogates (JSONL)': { file: 's.jsonl', make: (n) => JSON.stringify({ id: 's', text: fill(n - 40, 'A \ud800 b. "We will hold," said Andrii Hnatov. ') }) + '\n' },
  'nested HTML (200 levels, side by side)': { file: 'nest.html', make: (n) => `<!doctype html><html><body><article>${fill(n - 60, `${'<div>'.repeat(200)}<p>"The bridge is gone," said Olena Kravets.</p>${'</div>'.repeat(200)}`)}</article></body></html>` },
};

/** `unit` repeated, or cut, to about `bytes` bytes (a long unit, such as real prose, is cut at a space). */
function fill(bytes: number, unit: string): string {
  const one = Buffer.byteLength(unit);
  if (bytes % one === 0 || one < 1000) return unit.repeat(Math.max(1, Math.floor(bytes / one)));
  const text = unit.repeat(Math.ceil(bytes / one));
  const cut = Math.floor(text.length * (bytes / Buffer.byteLength(text)));
  const space = text.lastIndexOf(' ', cut);
  return text.slice(0, space > 0 ? space : cut);
}

let prose: string | null = null;
function realProse(): string {
  prose ??= readFileSync(join(shared, 'data', 'realtext', 'dev.jsonl'), 'utf8').split('\n').filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text).join('\n\n') + '\n\n';
  return prose;
}

const STAGES = ['read', 'analyze', 'entities', 'places', 'quotes', 'figures', 'equipment', 'dates', 'claims', 'store'] as const;
type Stage = (typeof STAGES)[number];

async function timeStages(path: string, db: string): Promise<Record<Stage, number>> {
  const t: Partial<Record<Stage, number>> = {};
  // CPU time (user + system, in ms), not wall time: the machine is shared, and a neighbour's load would read as ours.
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  let at = cpu();
  const lap = (stage: Stage) => {
    const now = cpu();
    t[stage] = (t[stage] ?? 0) + now - at;
    at = now;
  };
  const docs: Document[] = [];
  for await (const d of readInputs([path], { onError: (e) => { throw e; } })) docs.push(d);
  const document = docs[0]!;
  lap('read');
  // The order of src/extract/pipeline.ts.
  const doc = analyze(document); lap('analyze');
  // The order of the pipeline: the entities stage's people, the places, its names linked, quotations, then its pronouns.
  const people = findPeople(doc); const named = peopleOf(people); lap('entities');
  const places = extractPlaces(doc, named); lap('places');
  const linked = linkEntities(doc, people, places, named); lap('entities');
  const quotes = extractQuotes(doc, people); lap('quotes');
  const entities = corefer(doc, linked, quotes); lap('entities');
  const figures = extractFigures(doc, quotes); lap('figures');
  const equipment = extractEquipment(doc); lap('equipment');
  const dates = extractDates(doc, quotes, figures); lap('dates');
  const { claims, rebuttals } = extractClaims(doc, { quotes, entities, dates }); lap('claims');
  const store = openSqliteStore(db);
  await store.put([{ document, hash: contentHash(document), extraction: { quotes, entities, figures, places, equipment, dates, claims, rebuttals } }]);
  await store.close();
  lap('store');
  return t as Record<Stage, number>;
}

const tmp = mkdtempSync(join(tmpdir(), 'claimgraph-doubling-'));
const wanted = process.env.BENCH_SHAPES?.split(',');
const sizes: number[] = [];
for (let n = 250 * 1024; n <= MAX; n *= 2) sizes.push(n);
// The cap itself, unless the last doubling came close to it.
if (MAX > sizes.at(-1)! * 1.1) sizes.push(MAX);

console.log(`doubling bench: sizes ${sizes.map((s) => (s / 1048576).toFixed(2)).join(', ')} MB; least CPU ms per stage of ${RUNS} runs; a stage is linear when each doubling costs under ${RATIO}x\n`);
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
      t = await timeStages(path, join(tmp, `${rows.length}-0.db`));
      for (let r = 1; r < RUNS; r++) {
        const again = await timeStages(path, join(tmp, `${rows.length}-${r}.db`));
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
