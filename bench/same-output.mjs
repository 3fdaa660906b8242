#!/usr/bin/env node
/**
 * Speed work must not change what is extracted. This runs the compiled CLI
 * (`node dist/cli/main.js extract --jsonl`) over the texts of ../shared/data/polnear/train.jsonl,
 * sent as {id, text, date} like `npm run bench`, and either saves the output or compares it byte
 * for byte with a saved one. Not a test (it takes a CLI run over 3.8M characters); run it by hand
 * before and after a change:
 *
 *   npm run build && node bench/same-output.mjs save       # at the commit you start from
 *   npm run build && node bench/same-output.mjs check      # after the change; exit 1 on a difference
 *
 * The baseline goes to $TMPDIR/claimgraph-same-output.jsonl unless a path follows the verb.
 * On a difference it names the first document and the first field that differ.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, process.env.CLAIMGRAPH_SHARED ?? '../shared');
const corpusFile = join(shared, 'data', 'polnear', 'train.jsonl');
const [verb, file = join(tmpdir(), 'claimgraph-same-output.jsonl')] = process.argv.slice(2);

if (verb !== 'save' && verb !== 'check') {
  process.stderr.write('usage: node bench/same-output.mjs save|check [BASELINE.jsonl]\n');
  process.exit(2);
}
if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) {
  process.stderr.write('same-output: no dist/cli/main.js; run `npm run build` first\n');
  process.exit(2);
}
const input = readFileSync(corpusFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
  const d = JSON.parse(l);
  return JSON.stringify({ id: d.id, text: d.text, date: d.date ?? null });
}).join('\n') + '\n';

const run = spawnSync(process.execPath, [join(root, 'dist', 'cli', 'main.js'), 'extract', '--jsonl'], {
  input: Buffer.from(input), maxBuffer: 1 << 30,
});
if (run.status !== 0) {
  process.stderr.write(`same-output: the CLI exited with ${run.status}\n${run.stderr.toString().slice(0, 2000)}\n`);
  process.exit(2);
}
const out = run.stdout;

if (verb === 'save') {
  writeFileSync(file, out);
  console.log(`same-output: saved ${out.length} bytes (${input.split('\n').length - 1} documents) to ${file}`);
  process.exit(0);
}

if (!existsSync(file)) {
  process.stderr.write(`same-output: no baseline at ${file}; run with "save" at the commit to compare against\n`);
  process.exit(2);
}
const base = readFileSync(file);
if (base.equals(out)) {
  console.log(`same-output: identical (${out.length} bytes)`);
  process.exit(0);
}
const a = base.toString('utf8').split('\n');
const b = out.toString('utf8').split('\n');
let line = 0;
while (line < a.length && line < b.length && a[line] === b[line]) line++;
const was = a[line] === undefined ? null : JSON.parse(a[line] || 'null');
const now = b[line] === undefined ? null : JSON.parse(b[line] || 'null');
console.log(`same-output: DIFFERENT from line ${line + 1} (document ${was?.id ?? now?.id}); ${a.length} vs ${b.length} lines`);
console.log(`  first difference at ${firstDifference(was, now, '')}`);
process.exit(1);

/** The path of the first field where two JSON values differ, with both values (shortened). */
function firstDifference(x, y, path) {
  if (JSON.stringify(x) === JSON.stringify(y)) return null;
  if (x && y && typeof x === 'object' && typeof y === 'object') {
    const keys = Array.isArray(x) ? [...Array(Math.max(x.length, y.length)).keys()] : [...new Set([...Object.keys(x), ...Object.keys(y)])];
    for (const k of keys) {
      const d = firstDifference(x[k], y[k], `${path}/${k}`);
      if (d) return d;
    }
  }
  const show = (v) => (JSON.stringify(v) ?? 'undefined').slice(0, 200);
  return `${path || '/'}: ${show(x)} -> ${show(y)}`;
}
