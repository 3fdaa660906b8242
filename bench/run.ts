/**
 * `npm run bench [-- --runs N]`: throughput and memory of `bin/claimgraph extract --jsonl` on the
 * texts of ../shared/data/polnear/train.jsonl (sent as {id, text, date}), the same texts through
 * analyze and extractDocument in-process after a warm-up, and pathological inputs. Prints a table
 * and writes bench/results.json. CLAIMGRAPH_SHARED moves ../shared (relative paths count from the
 * repo root).
 *
 * The machine is shared, so wall-clock time is noisy: every case also reports characters per CPU
 * second (user + system time of the child, from GNU time; process.cpuUsage in process), which is
 * what "one core" means. The corpus and in-process cases run N times (default 3); the table shows
 * the median run. The CLI is measured as users run it: compiled (dist/), built first if stale.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze/index.ts';
import { extractDocument } from '../src/extract/pipeline.ts';
import { makeDocument, type Document } from '../src/model/document.ts';
import { commit, table } from '../eval/report.ts';
// @ts-expect-error: plain JS beside the launcher, without type declarations
import { compiledMain } from '../bin/compiled.mjs';
import { measureGazetteerLoad, measureStages, PLACES_EQUIPMENT_BUDGET_US_PER_CHAR } from './places.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, process.env.CLAIMGRAPH_SHARED ?? '../shared');
const corpusFile = join(shared, 'data', 'polnear', 'train.jsonl');
const bin = join(root, 'bin', 'claimgraph');
const CLI_TIMEOUT_MS = 60_000;
const PATHOLOGICAL_TIMEOUT_MS = 20_000;

interface ChildRun {
  seconds: number;
  /** User + system CPU seconds of the child (null without GNU time). */
  cpuSeconds: number | null;
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
  // The launcher itself, as users run it: its #! line carries node's flags.
  const args = ['extract', '--jsonl'];
  // A process group of its own, so that a timeout ends the CLI under /usr/bin/time too.
  const child = gnuTime ? spawn('/usr/bin/time', ['-v', bin, ...args], { detached: true }) : spawn(bin, args, { detached: true });
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
      const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
      const sys = /System time \(seconds\): ([\d.]+)/.exec(stderr);
      const cpuSeconds = user && sys ? Number(user[1]) + Number(sys[1]) : null;
      if (gnuTime) {
        // GNU time's own report is not the child's stderr; its exit status is the child's.
        stderr = stderr.replace(/\s*Command (being timed|exited|terminated)[\s\S]*$/, '');
      }
      done({ seconds, cpuSeconds, status, timedOut, linesOut, peakRssMb: peakKb ? peakKb / 1024 : null, stderr });
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

interface Timing { seconds: number; cpuSeconds: number | null }

/** The run with the median CPU time (median wall time when CPU time is unknown). */
function median<T extends Timing>(runs: readonly T[]): T {
  const key = (r: T) => r.cpuSeconds ?? r.seconds;
  return [...runs].sort((a, b) => key(a) - key(b))[runs.length >> 1]!;
}

/**
 * Wall and CPU seconds of `fn` over the documents, after a warm-up over the first ones. The first
 * of several runs is still partly cold (wink-nlp and the learned features meet each word for the
 * first time); the CLI figure, one cold pass in a fresh process, is the one that counts.
 */
function inProcess(documents: readonly Document[], fn: (d: Document) => unknown): Timing {
  for (const d of documents.slice(0, 50)) fn(d);
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (const d of documents) fn(d);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(c0);
  return { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

const fmt = (n: number | null | undefined, digits = 0) =>
  n == null ? '-' : n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const perSecond = (chars: number, seconds: number | null) => (seconds ? chars / seconds : null);

/** Builds dist/ when it is missing or older than a source, so that the CLI runs compiled. */
function ensureCompiled(): boolean {
  if (compiledMain(root)) return true;
  process.stderr.write('bench: dist/ is missing or stale; npm run build ...\n');
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const build = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { cwd: root, stdio: 'inherit' });
  return build.status === 0 && compiledMain(root) !== null;
}

function runsOption(): number {
  const at = process.argv.indexOf('--runs');
  const n = at >= 0 ? Number(process.argv[at + 1]) : 3;
  if (!Number.isInteger(n) || n < 1) throw new Error('bench: --runs needs a positive integer');
  return n;
}

async function main(): Promise<number> {
  const runs = runsOption();
  if (!existsSync(corpusFile)) {
    console.error(`bench: no corpus at ${corpusFile} (set CLAIMGRAPH_SHARED to the shared folder)`);
    return 1;
  }
  const compiled = ensureCompiled();
  if (!compiled) console.error('bench: the build failed; the CLI runs from source through tsx');
  const documents: Document[] = readFileSync(corpusFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
    const d = JSON.parse(l) as { id: string; text: string; date?: string | null };
    return makeDocument({ id: d.id, text: d.text, date: d.date ?? null });
  });
  const chars = documents.reduce((n, d) => n + d.text.length, 0);
  const input = documents.map((d) => JSON.stringify({ id: d.id, text: d.text, date: d.date })).join('\n') + '\n';
  process.stderr.write(`bench: ${documents.length} documents, ${fmt(chars)} characters, ${runs} runs each, peak RSS and CPU time by ${rssMethod}\n`);

  let failed = false;
  const check = (name: string, run: ChildRun, expectedLines: number) => {
    if (run.timedOut || run.status !== 0 || run.linesOut !== expectedLines) {
      failed = true;
      console.error(`bench: ${name}: ${run.timedOut ? 'timed out' : `status ${run.status}`}, ${run.linesOut} of ${expectedLines} lines ${run.stderr.trim().split('\n')[0] ?? ''}`);
    }
  };

  process.stderr.write('bench: start-up ...\n');
  const startups: ChildRun[] = [];
  for (let r = 0; r < runs; r++) {
    const run = await runCli('', CLI_TIMEOUT_MS);
    check('start-up', run, 0);
    startups.push(run);
  }
  const startup = median(startups);
  const clis: ChildRun[] = [];
  for (let r = 0; r < runs; r++) {
    process.stderr.write(`bench: whole corpus through the CLI, run ${r + 1} of ${runs} ...\n`);
    const run = await runCli(input, CLI_TIMEOUT_MS);
    check('corpus', run, documents.length);
    clis.push(run);
  }
  const cli = median(clis);

  process.stderr.write('bench: in-process ...\n');
  const analyzeOnly = median(Array.from({ length: runs }, () => inProcess(documents, analyze)));
  const extracts = Array.from({ length: runs }, () => inProcess(documents, extractDocument));
  const extract = median(extracts);

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
    patho.push({ name: p.name, chars: p.text.length, seconds: run.timedOut ? null : run.seconds, cpu_seconds: run.timedOut ? null : run.cpuSeconds,
      timed_out: run.timedOut, status: run.status, peak_rss_mb: run.peakRssMb });
  }

  const row = (name: string, n: number | null, t: Timing, rss: number | null | undefined) => [name, fmt(n), fmt(t.seconds, 2), fmt(t.cpuSeconds, 2),
    n ? fmt(perSecond(n, t.seconds)) : '-', n ? fmt(perSecond(n, t.cpuSeconds)) : '-', fmt(rss, 0)];
  const rows: string[][] = [
    row(`CLI start-up (no documents)${compiled ? '' : ', from source'}`, null, startup, startup.peakRssMb),
    row(`CLI extract --jsonl, ${documents.length} docs${compiled ? '' : ', from source'}`, chars, cli, cli.peakRssMb),
    row('in-process analyze (wink + offsets)', chars, analyzeOnly, null),
    row('in-process extractDocument', chars, extract, null),
    ...patho.map((p) => p.timed_out
      ? [`CLI: ${p.name}`, fmt(p.chars), `>${PATHOLOGICAL_TIMEOUT_MS / 1000}`, '-', '-', '-', fmt(p.peak_rss_mb, 0)]
      : row(`CLI: ${p.name}`, p.chars, { seconds: p.seconds!, cpuSeconds: p.cpu_seconds }, p.peak_rss_mb)),
  ];
  console.log(table(['case', 'chars', 'wall s', 'CPU s', 'chars/s wall', 'chars/CPU s', 'peak RSS MB'], rows));
  console.log(`(median of ${runs} runs; CLI figures include start-up; CPU s is user + system; peak RSS and CPU of the child by ${rssMethod})`);
  console.log(`CLI runs, CPU s: ${clis.map((r) => fmt(r.cpuSeconds, 2)).join(', ')}; wall s: ${clis.map((r) => fmt(r.seconds, 2)).join(', ')}`);
  console.log(`in-process extractDocument runs, CPU s: ${extracts.map((r) => fmt(r.cpuSeconds, 2)).join(', ')}`);
  const cliRate = perSecond(chars, cli.cpuSeconds);
  if (cliRate !== null) console.log(`target 1,000,000 chars per CPU second through the CLI: ${cliRate >= 1e6 ? 'reached' : 'NOT reached'} (${fmt(cliRate)})`);

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
  const rates = (t: Timing) => ({ seconds: t.seconds, cpu_seconds: t.cpuSeconds, chars_per_second: chars / t.seconds, chars_per_cpu_second: perSecond(chars, t.cpuSeconds) });
  writeFileSync(out, JSON.stringify({
    date: new Date().toISOString(),
    commit: commit(root),
    node: process.version,
    corpus: { file: corpusFile, documents: documents.length, chars },
    runs,
    rss_method: rssMethod,
    cli_compiled: compiled,
    startup: { seconds: startup.seconds, cpu_seconds: startup.cpuSeconds, peak_rss_mb: startup.peakRssMb },
    cli: { ...rates(cli), peak_rss_mb: cli.peakRssMb, documents_out: cli.linesOut, status: cli.status,
      runs: clis.map((r) => ({ seconds: r.seconds, cpu_seconds: r.cpuSeconds })) },
    in_process: { analyze: rates(analyzeOnly), extract_document: rates(extract) },
    pathological: patho,
    places_equipment: { gazetteer_load: load, ...stages },
  }, null, 2) + '\n');
  console.log(`wrote ${out}`);
  return failed ? 1 : 0;
}

process.exitCode = await main();
