#!/usr/bin/env node
/**
 * Speed work must not change what is extracted. This runs a compiled CLI
 * (`node ROOT/dist/cli/main.js extract --jsonl`) over two input sets, sent as {id, text, date} like
 * `npm run bench`:
 *   polnear-train   ../shared/data/polnear/train.jsonl (840 documents, 3.83M characters)
 *   realtext-dev    ../shared/data/realtext/dev.jsonl without eval/gold/split.json's report
 *                   documents (411 documents; their output is never read, not even here)
 * and keeps the SHA-256 of each set's output beside the output itself. Not a test (a CLI run over
 * 6.2M characters); run it by hand before and after a change:
 *
 *   npm run build && node bench/same-output.mjs save        # at the commit you start from
 *   npm run build && node bench/same-output.mjs check       # after the change; exit 1 on a difference
 *   node bench/same-output.mjs compare /tmp/base .           # two built trees, each set run by both
 *
 * `save` writes $TMPDIR/claimgraph-same-output/SET.{jsonl,sha256} (another folder with --dir DIR).
 * `SAME_OUTPUT_SETS=polnear-train` limits the sets. On a difference it names the first document
 * and the first field that differ.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, process.env.CLAIMGRAPH_SHARED ?? '../shared');
const args = process.argv.slice(2);
const dirAt = args.indexOf('--dir');
const dir = dirAt >= 0 ? resolve(args.splice(dirAt, 2)[1] ?? '') : join(tmpdir(), 'claimgraph-same-output');
const [verb, ...rest] = args;

if (verb !== 'save' && verb !== 'check' && !(verb === 'compare' && rest.length === 2)) {
  process.stderr.write('usage: node bench/same-output.mjs save|check [--dir DIR]\n       node bench/same-output.mjs compare ROOT_A ROOT_B\n');
  process.exit(2);
}

/** The report documents of the in-house gold: their output is for the final report only. */
const reportIds = new Set(JSON.parse(readFileSync(join(root, 'eval', 'gold', 'split.json'), 'utf8')).report);
const SETS = [
  { name: 'polnear-train', file: join(shared, 'data', 'polnear', 'train.jsonl'), keep: () => true },
  { name: 'realtext-dev', file: join(shared, 'data', 'realtext', 'dev.jsonl'), keep: (d) => !reportIds.has(d.id) },
].filter((s) => !process.env.SAME_OUTPUT_SETS || process.env.SAME_OUTPUT_SETS.split(',').includes(s.name));

function inputOf(set) {
  return readFileSync(set.file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)).filter(set.keep)
    .map((d) => JSON.stringify({ id: d.id, text: d.text, date: d.date ?? null })).join('\n') + '\n';
}

function extract(tree, input, set) {
  const main = join(tree, 'dist', 'cli', 'main.js');
  if (!existsSync(main)) {
    process.stderr.write(`same-output: no ${main}; run \`npm run build\` there first\n`);
    process.exit(2);
  }
  const run = spawnSync(process.execPath, [main, 'extract', '--jsonl'], { input: Buffer.from(input), maxBuffer: 1 << 30, cwd: tree });
  if (run.status !== 0) {
    process.stderr.write(`same-output: ${set.name}: the CLI in ${tree} exited with ${run.status}\n${run.stderr.toString().slice(0, 2000)}\n`);
    process.exit(2);
  }
  return run.stdout;
}

const sha = (b) => createHash('sha256').update(b).digest('hex');
let differs = false;
for (const set of SETS) {
  if (!existsSync(set.file)) {
    process.stderr.write(`same-output: no ${set.file} (set CLAIMGRAPH_SHARED to the shared folder)\n`);
    process.exit(2);
  }
  const input = inputOf(set);
  const documents = input.split('\n').length - 1;
  if (verb === 'compare') {
    const [a, b] = rest.map((t) => extract(resolve(t), input, set));
    report(set, a, b, documents);
    continue;
  }
  const out = extract(root, input, set);
  const base = join(dir, set.name);
  if (verb === 'save') {
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${base}.jsonl`, out);
    writeFileSync(`${base}.sha256`, `${sha(out)}\n`);
    console.log(`same-output: ${set.name}: saved ${out.length} bytes, ${documents} documents, sha256 ${sha(out).slice(0, 16)} to ${base}.jsonl`);
    continue;
  }
  if (!existsSync(`${base}.sha256`)) {
    process.stderr.write(`same-output: no reference at ${base}.sha256; run with "save" at the commit to compare against\n`);
    process.exit(2);
  }
  const want = readFileSync(`${base}.sha256`, 'utf8').trim();
  if (sha(out) === want) console.log(`same-output: ${set.name}: identical (${out.length} bytes, ${documents} documents, sha256 ${want.slice(0, 16)})`);
  else report(set, existsSync(`${base}.jsonl`) ? readFileSync(`${base}.jsonl`) : Buffer.alloc(0), out, documents);
}
process.exit(differs ? 1 : 0);

function report(set, was, now, documents) {
  if (was.equals(now)) {
    console.log(`same-output: ${set.name}: identical (${now.length} bytes, ${documents} documents, sha256 ${sha(now).slice(0, 16)})`);
    return;
  }
  differs = true;
  const a = was.toString('utf8').split('\n');
  const b = now.toString('utf8').split('\n');
  let line = 0;
  while (line < a.length && line < b.length && a[line] === b[line]) line++;
  const x = a[line] ? JSON.parse(a[line]) : null;
  const y = b[line] ? JSON.parse(b[line]) : null;
  console.log(`same-output: ${set.name}: DIFFERENT from line ${line + 1} (document ${x?.id ?? y?.id}); ${a.length} vs ${b.length} lines`);
  console.log(`  first difference at ${firstDifference(x, y, '')}`);
}

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
