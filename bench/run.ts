/**
 * `npm run bench`: throughput and memory of `bin/claimgraph extract --jsonl` on the texts of
 * ../shared/data/polnear/train.jsonl (sent as {id, text, date}), the same texts through
 * extractDocument in-process after a warm-up, and pathological inputs. Prints a table and writes
 * bench/results.json. CLAIMGRAPH_SHARED moves ../shared (relative paths count from the repo root).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze/index.ts';
import { extractDocument } from '../src/extract/pipeline.ts';
import { makeDocument, type Document } from '../src/model/document.ts';
import { commit, table } from '../eval/report.ts';
import { measureGazetteerLoad, measureStages, PLACES_EQUIPMENT_BUDGET_US_PER_CHAR } from './places.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, process.env.CLAIMGRAPH_SHARED ?? '../shared');
const corpusFile = join(shared, 'data', 'polnear', 'train.jsonl');
const bin = join(root, 'bin', 'claimgraph');
const CLI_TIMEOUT_MS = 60_000;
const PATHOLOGICAL_TIMEOUT_MS = 20_000;

interface ChildRun {
  seconds: number;
  status: number | null;
  timedOut: boolean;
  linesOut: number;
  peakRssMb: number | null;
  stderr: string;
}

/** GNU time reports the peak RSS of what it runs; without it we poll /proc/PID/status. */
const gnuTime = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-v', 'true'], { encoding: 'utf8' }).stderr?.includes('Maximum resident set size');
const rssMethod = gnuTime ? '/usr/bin/time -v' : existsSync('/proc/self/status') ? '/proc/PID/status VmHWM' : 'none';

function runCli(input: string, timeoutMs: number): Promise<ChildRun> {
  const args = [bin, 'extract', '--jsonl'];
  // A process group of its own, so that a timeout ends the CLI under /usr/bin/time too.
  const child = gnuTime ? spawn('/usr/bin/time', ['-v', process.execPath, ...args], { detached: true }) : spawn(process.execPath, args, { detached: true });
  let peakKb = 0;
  const poll = gnuTime ? null : setInterval(() => { peakKb = Math.max(peakKb, vmHwmKb(child.pid)); }, 20);
  let linesOut = 0;
  let stderr = '';
  let timedOut = false;
  child.stdout.on('data', (chunk: Buffer) => { for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) linesOut++; });
  child.stderr.on('data', (chunk: Buffer) => { if (stderr.length < 1 << 20) stderr += chunk.toString(); });
  child.stdin.on('error', () => {});
  const timer = setTimeout(() => {
    timedOut = true;
    try { process.kill(-child.pid!, 'SIGKILL'); } catch { child.kill('SIGKILL'); }
  }, timeoutMs);
  const t0 = process.hrtime.bigint();
  child.stdin.end(input);
  return new Promise((done) => {
    child.on('close', (status) => {
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      if (m) peakKb = Number(m[1]);
      if (gnuTime) {
        // GNU time's own report is not the child's stderr; its exit status is the child's.
        stderr = stderr.replace(/\s*Command (being timed|exited|terminated)[\s\S]*$/, '');
      }
      done({ seconds, status, timedOut, linesOut, peakRssMb: peakKb ? peakKb / 1024 : null, stderr });
    });
  });
}

function vmHwmKb(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0; // gone already: keep the last reading
  }
}

/** chars/s of `fn` over the documents, after one warm-up pass over the first ones. */
function inProcess(documents: readonly Document[], fn: (d: Document) => unknown): { seconds: number; charsPerSecond: number } {
  for (const d of documents.slice(0, 50)) fn(d);
  let chars = 0;
  const t0 = process.hrtime.bigint();
  for (const d of documents) { fn(d); chars += d.text.length; }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { seconds, charsPerSecond: chars / seconds };
}

const fmt = (n: number | null | undefined, digits = 0) =>
  n == null ? '-' : n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

async function main(): Promise<number> {
  if (!existsSync(corpusFile)) {
    console.error(`bench: no corpus at ${corpusFile} (set CLAIMGRAPH_SHARED to the shared folder)`);
    return 1;
  }
  const documents: Document[] = readFileSync(corpusFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
    const d = JSON.parse(l) as { id: string; text: string; date?: string | null };
    return makeDocument({ id: d.id, text: d.text, date: d.date ?? null });
  });
  const chars = documents.reduce((n, d) => n + d.text.length, 0);
  const input = documents.map((d) => JSON.stringify({ id: d.id, text: d.text, date: d.date })).join('\n') + '\n';
  process.stderr.write(`bench: ${documents.length} documents, ${fmt(chars)} characters, peak RSS by ${rssMethod}\n`);

  let failed = false;
  const check = (name: string, run: ChildRun, expectedLines: number) => {
    if (run.timedOut || run.status !== 0 || run.linesOut !== expectedLines) {
      failed = true;
      console.error(`bench: ${name}: ${run.timedOut ? 'timed out' : `status ${run.status}`}, ${run.linesOut} of ${expectedLines} lines ${run.stderr.trim().split('\n')[0] ?? ''}`);
    }
  };

  process.stderr.write('bench: start-up ...\n');
  const startup = await runCli('', CLI_TIMEOUT_MS);
  check('start-up', startup, 0);
  process.stderr.write('bench: whole corpus through the CLI ...\n');
  const cli = await runCli(input, CLI_TIMEOUT_MS);
  check('corpus', cli, documents.length);

  process.stderr.write('bench: in-process ...\n');
  const analyzeOnly = inProcess(documents, analyze);
  const extract = inProcess(documents, extractDocument);

  const pathological = [
    { name: '2 MB line of quotes and spaces', text: '" '.repeat(1 << 20) },
    { name: '2 MB of curly quotes, words and spaces', text: '“We hold” ‘said’ '.repeat(2 * (1 << 20) / 17) },
    { name: '100k spaces', text: ' '.repeat(100_000) },
  ];
  const patho = [];
  for (const p of pathological) {
    process.stderr.write(`bench: ${p.name} ...\n`);
    const run = await runCli(JSON.stringify({ id: 'p', text: p.text, date: null }) + '\n', PATHOLOGICAL_TIMEOUT_MS);
    check(p.name, run, 1);
    patho.push({ name: p.name, chars: p.text.length, seconds: run.timedOut ? null : run.seconds, timed_out: run.timedOut, status: run.status, peak_rss_mb: run.peakRssMb });
  }

  const rows: string[][] = [
    ['CLI start-up (no documents)', '-', fmt(startup.seconds, 2), '-', fmt(startup.peakRssMb, 0)],
    [`CLI extract --jsonl, ${documents.length} docs`, fmt(chars), fmt(cli.seconds, 2), fmt(chars / cli.seconds), fmt(cli.peakRssMb, 0)],
    ['in-process analyze (wink + offsets)', fmt(chars), fmt(analyzeOnly.seconds, 2), fmt(analyzeOnly.charsPerSecond), '-'],
    ['in-process extractDocument', fmt(chars), fmt(extract.seconds, 2), fmt(extract.charsPerSecond), '-'],
    ...patho.map((p) => [`CLI: ${p.name}`, fmt(p.chars), p.timed_out ? `>${PATHOLOGICAL_TIMEOUT_MS / 1000}` : fmt(p.seconds, 2),
      p.seconds ? fmt(p.chars / p.seconds) : '-', fmt(p.peak_rss_mb, 0)]),
  ];
  console.log(table(['case', 'chars', 'seconds', 'chars/s', 'peak RSS MB'], rows));
  console.log('(CLI figures include start-up; peak RSS is the child process, by ' + rssMethod + ')');

  // Places and equipment (issue 4): the gazetteer's one-time load, then the stages' CPU per character.
  process.stderr.write('bench: gazetteer load and places/equipment stages ...\n');
  const load = measureGazetteerLoad();
  const stages = measureStages(documents);
  const perChar = stages.places_us_per_char + stages.equipment_us_per_char;
  console.log('\n' + table(['places and equipment', 'value'], [
    ...('error' in load ? [['gazetteer load', `failed: ${load.error}`]] : [
      ['gazetteer load (fresh process), s wall / s CPU', `${fmt(load.seconds, 2)} / ${fmt(load.cpu_seconds, 2)}`],
      ['gazetteer RSS kept / peak during load, MB', `${fmt(load.rss_delta_mb, 0)} / ${fmt(load.peak_rss_delta_mb, 0)}`],
      ['gazetteer heap kept, MB', fmt(load.heap_delta_mb, 0)],
      ['gazetteer towns / regions / countries / names', `${fmt(load.towns)} / ${fmt(load.regions)} / ${fmt(load.countries)} / ${fmt(load.keys)}`],
    ]),
    ['places stage, µs CPU per char (best of 3)', fmt(stages.places_us_per_char, 4)],
    ['equipment stage, µs CPU per char (best of 3)', fmt(stages.equipment_us_per_char, 4)],
    [`both, against the budget of ${PLACES_EQUIPMENT_BUDGET_US_PER_CHAR}`, `${fmt(perChar, 4)} (${perChar <= PLACES_EQUIPMENT_BUDGET_US_PER_CHAR ? 'within' : 'over'})`],
    ['places / equipment found in the corpus', `${fmt(stages.places)} / ${fmt(stages.equipment)}`],
  ]));

  const out = join(root, 'bench', 'results.json');
  writeFileSync(out, JSON.stringify({
    date: new Date().toISOString(),
    commit: commit(root),
    node: process.version,
    corpus: { file: corpusFile, documents: documents.length, chars },
    rss_method: rssMethod,
    startup: { seconds: startup.seconds, peak_rss_mb: startup.peakRssMb },
    cli: { seconds: cli.seconds, chars_per_second: chars / cli.seconds, peak_rss_mb: cli.peakRssMb, documents_out: cli.linesOut, status: cli.status },
    in_process: {
      analyze: { seconds: analyzeOnly.seconds, chars_per_second: analyzeOnly.charsPerSecond },
      extract_document: { seconds: extract.seconds, chars_per_second: extract.charsPerSecond },
    },
    pathological: patho,
    places_equipment: { gazetteer_load: load, ...stages },
  }, null, 2) + '\n');
  console.log(`wrote ${out}`);
  return failed ? 1 : 0;
}

process.exitCode = await main();
