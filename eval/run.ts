/**
 * `npm run eval [-- --limit N]`: scores `bin/claimgraph extract --jsonl` on every development set
 * under ../shared/data/<set>/dev.jsonl with ../shared/eval/score.mjs, prints one table and writes
 * eval/results.json. CLAIMGRAPH_SHARED moves ../shared (relative paths count from the repo root).
 * Arguments are passed on to score.mjs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commit, table } from './report.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, process.env.CLAIMGRAPH_SHARED ?? '../shared');
const scorer = join(shared, 'eval', 'score.mjs');
const COMMAND = 'bin/claimgraph extract --jsonl';
/** The sets ../shared/data/README.md describes; any other folder with a dev.jsonl is scored too. */
const KNOWN_SETS = ['polnear', 'newsquant', 'measeval', 'quantulum3', 'directquote'];
const COLUMNS = [
  'quote_overlap_f1', 'quote_exact_f1', 'recall_direct', 'recall_mixed', 'recall_indirect', 'speaker_accuracy',
  'quantity_f1', 'quantity_value_accuracy', 'chars_per_second',
] as const;

type Scores = Record<string, number | string>;

function main(): number {
  if (!existsSync(scorer)) {
    console.error(`eval: no scorer at ${scorer} (set CLAIMGRAPH_SHARED to the shared folder)`);
    return 1;
  }
  const dataDir = join(shared, 'data');
  const found = existsSync(dataDir) ? readdirSync(dataDir).filter((d) => statSync(join(dataDir, d)).isDirectory()) : [];
  const sets = [...new Set([...KNOWN_SETS, ...found.sort()])];
  const results: Record<string, Scores> = {};
  const notes: string[] = [];
  let failed = false;
  for (const set of sets) {
    const gold = join(dataDir, set, 'dev.jsonl');
    if (!existsSync(gold)) {
      notes.push(`${set}: skipped, no ${gold}`);
      continue;
    }
    process.stderr.write(`eval: ${set} ...\n`);
    const run = spawnSync(process.execPath, [scorer, '--gold', gold, '--cmd', COMMAND, ...process.argv.slice(2)], {
      cwd: root, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'inherit'],
    });
    const last = run.stdout?.trimEnd().split('\n').pop() ?? '';
    let scores: Scores | null = null;
    try { scores = JSON.parse(last) as Scores; } catch { /* reported below */ }
    if (run.status !== 0 || !scores) {
      notes.push(`${set}: scorer failed (status ${run.status ?? run.signal}): ${last.slice(0, 200)}`);
      failed = true;
      continue;
    }
    results[set] = scores;
  }

  printTable(results);
  for (const note of notes) console.log(`note: ${note}`);
  const out = join(root, 'eval', 'results.json');
  writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), commit: commit(root), command: COMMAND, args: process.argv.slice(2), sets: results, notes }, null, 2) + '\n');
  console.log(`wrote ${out}`);
  return failed ? 1 : 0;
}

function printTable(results: Record<string, Scores>): void {
  const rows = Object.entries(results).map(([set, s]) => [set, String(s.documents ?? ''), ...COLUMNS.map((c) => cell(s[c]))]);
  console.log(table(['dataset', 'docs', ...COLUMNS], rows));
}

function cell(v: number | string | undefined): string {
  if (v === undefined) return '-';
  if (typeof v === 'string') return v;
  return Number.isInteger(v) && v > 1 ? v.toLocaleString('en-US') : v.toFixed(3);
}

process.exitCode = main();
