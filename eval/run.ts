/**
 * `npm run eval [-- --limit N]`: scores `bin/claimgraph extract --jsonl` on every development set
 * under ../shared/data/<set>/dev.jsonl with ../shared/eval/score.mjs, prints one table and writes
 * eval/results.json. CLAIMGRAPH_SHARED moves ../shared (relative paths count from the repo root);
 * EVAL_SETS=a,b scores only those sets. The in-house real-text gold (eval/gold) is scored as
 * realtext-report and realtext-tune.
 * Arguments are passed on to score.mjs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  'quote_overlap_f1', 'quote_exact_f1', 'recall_direct', 'recall_mixed', 'recall_indirect', 'speaker_accuracy', 'quote_speaker_f1',
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
  // realtext holds raw texts: its gold is ours (eval/gold), scored as the report and tune halves.
  const sets = [...new Set([...KNOWN_SETS, ...found.sort()])].filter((s) => s !== 'realtext');
  const inHouse = inHouseGold(join(dataDir, 'realtext', 'dev.jsonl'));
  const results: Record<string, Scores> = {};
  const notes: string[] = [];
  let failed = false;
  // EVAL_SETS=realtext-tune,polnear scores only those.
  const only = process.env.EVAL_SETS?.split(',').filter(Boolean);
  for (const set of [...Object.keys(inHouse), ...sets].filter((s) => !only || only.includes(s))) {
    const gold = inHouse[set] ?? join(dataDir, set, 'dev.jsonl');
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

/**
 * The in-house real-text gold (eval/gold/realtext.jsonl, annotations only) joined with its texts
 * from ../shared/data/realtext/dev.jsonl into scorer gold files: `realtext-report`, the documents
 * whose figures we report, and `realtext-tune`, the ones rules may be tuned on (eval/gold/split.json).
 */
function inHouseGold(texts: string): Record<string, string> {
  const annotations = join(root, 'eval', 'gold', 'realtext.jsonl');
  if (!existsSync(texts) || !existsSync(annotations)) return {};
  const byId = new Map<string, { text: string; date: string | null }>();
  for (const line of readFileSync(texts, 'utf8').split('\n')) if (line.trim()) { const r = JSON.parse(line) as { id: string; text: string; date: string | null }; byId.set(r.id, r); }
  const split = JSON.parse(readFileSync(join(root, 'eval', 'gold', 'split.json'), 'utf8')) as { tune: string[]; report: string[] };
  const records = readFileSync(annotations, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string });
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-gold-'));
  const out: Record<string, string> = {};
  for (const half of ['report', 'tune'] as const) {
    const ids = new Set(split[half]);
    const lines = records.filter((r) => ids.has(r.id) && byId.has(r.id)).map((r) => JSON.stringify({ ...r, text: byId.get(r.id)!.text, date: byId.get(r.id)!.date }));
    if (!lines.length) continue;
    out[`realtext-${half}`] = join(dir, `${half}.jsonl`);
    writeFileSync(out[`realtext-${half}`]!, lines.join('\n') + '\n');
  }
  return out;
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
