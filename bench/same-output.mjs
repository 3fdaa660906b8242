#!/usr/bin/env node
/**
 * Refactoring and speed work must not change what is extracted. This runs `bin/claimgraph extract
 * --jsonl` (every layer, in the evaluation interface) over three sets and hashes each set's output:
 *
 *   polnear-train   ../shared/data/polnear/train.jsonl, sent as {id, text, date} like `npm run bench`
 *   fixtures        every article under test/fixtures and samples/articles, and the seed article
 *   realtext-dev    ../shared/data/realtext/dev.jsonl
 *
 *   node bench/same-output.mjs check             # compare with bench/same-output.json; exit 1 on a difference
 *   node bench/same-output.mjs save              # write bench/same-output.json (only from a commit whose output is right)
 *   node bench/same-output.mjs hash [ROOT]       # print the hashes of the checkout at ROOT (default: this one)
 *   node bench/same-output.mjs compare ROOT_A ROOT_B   # two checkouts (two builds) against each other
 *
 * `SAME_OUTPUT_SETS=fixtures,realtext-dev` runs some sets only. Each set's full output is kept in
 * $TMPDIR/claimgraph-same-output/ on `save`, so that `check` can name the first document and the
 * first field that differ. The CLI runs compiled when dist/ is current, else from source (see
 * bin/compiled.mjs): both must give the same bytes, so either is a fair run.
 * Not a test: it reads about 6.6M characters through the CLI (a minute or two).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(here, process.env.CLAIMGRAPH_SHARED ?? '../shared');
const referenceFile = join(here, 'bench', 'same-output.json');
// One folder per checkout, so that two worktrees on one machine do not overwrite each other's outputs.
const keepDir = join(tmpdir(), `claimgraph-same-output-${createHash('sha256').update(here).digest('hex').slice(0, 8)}`);

/** Each set: the JSON Lines sent on standard input, or the files given as arguments (paths relative to ROOT). */
const sets = {
  'polnear-train': () => ({ input: jsonlInput(join(shared, 'data', 'polnear', 'train.jsonl')) }),
  fixtures: (root) => ({ files: [...articleFiles(root, 'test/fixtures'), ...articleFiles(root, 'samples/articles'), join(shared, 'seed', 'seed-article.txt')] }),
  'realtext-dev': () => ({ input: jsonlInput(join(shared, 'data', 'realtext', 'dev.jsonl')) }),
};
const chosen = process.env.SAME_OUTPUT_SETS ? process.env.SAME_OUTPUT_SETS.split(',') : Object.keys(sets);
for (const name of chosen) if (!sets[name]) fail(`unknown set "${name}" (sets: ${Object.keys(sets).join(', ')})`);

const [verb, ...args] = process.argv.slice(2);
if (verb === 'hash') {
  const root = resolve(args[0] ?? here);
  for (const name of chosen) console.log(`${name}\t${run(root, name).hash}`);
} else if (verb === 'save') {
  mkdirSync(keepDir, { recursive: true });
  const reference = existsSync(referenceFile) ? JSON.parse(readFileSync(referenceFile, 'utf8')) : { sets: {} };
  for (const name of chosen) {
    const { hash, bytes, lines, out } = run(here, name);
    reference.sets[name] = { sha256: hash, bytes, lines };
    writeFileSync(join(keepDir, `${name}.jsonl`), out);
    console.log(`same-output: ${name}: ${hash} (${lines} documents, ${bytes} bytes)`);
  }
  reference.commit = git(['rev-parse', 'HEAD']);
  reference.saved = new Date().toISOString();
  writeFileSync(referenceFile, JSON.stringify(reference, null, 2) + '\n');
  console.log(`same-output: wrote ${relative(here, referenceFile)}`);
} else if (verb === 'check') {
  if (!existsSync(referenceFile)) fail(`no ${relative(here, referenceFile)}; run "save" at the commit to compare against`, 2);
  const reference = JSON.parse(readFileSync(referenceFile, 'utf8'));
  let same = true;
  for (const name of chosen) {
    const want = reference.sets[name];
    if (!want) fail(`${relative(here, referenceFile)} has no hash for ${name}`, 2);
    const got = run(here, name);
    if (got.hash === want.sha256) {
      console.log(`same-output: ${name}: identical (${got.lines} documents, ${got.bytes} bytes)`);
      continue;
    }
    same = false;
    console.log(`same-output: ${name}: DIFFERENT (${got.lines} documents, ${got.bytes} bytes; reference ${want.lines}, ${want.bytes} from ${reference.commit})`);
    const kept = join(keepDir, `${name}.jsonl`);
    if (existsSync(kept)) console.log('  ' + describeDifference(readFileSync(kept), got.out));
  }
  process.exit(same ? 0 : 1);
} else if (verb === 'compare') {
  if (args.length !== 2) fail('compare needs two checkouts: node bench/same-output.mjs compare ROOT_A ROOT_B', 2);
  const [a, b] = args.map((r) => resolve(r));
  let same = true;
  for (const name of chosen) {
    const x = run(a, name);
    const y = run(b, name);
    if (x.hash === y.hash) console.log(`same-output: ${name}: identical (${x.hash})`);
    else {
      same = false;
      console.log(`same-output: ${name}: DIFFERENT\n  ${describeDifference(x.out, y.out)}`);
    }
  }
  process.exit(same ? 0 : 1);
} else {
  fail('usage: node bench/same-output.mjs check|save|hash [ROOT]|compare ROOT_A ROOT_B', 2);
}

/** Runs ROOT's CLI over one set: the output's SHA-256, size and line count. */
function run(root, name) {
  const launcher = join(root, 'bin', 'claimgraph');
  if (!existsSync(launcher)) fail(`no ${launcher}`, 2);
  const { input, files } = sets[name](root);
  const result = spawnSync(process.execPath, [launcher, 'extract', '--jsonl', ...(files ?? [])], {
    cwd: root, input: input ?? '', maxBuffer: 1 << 30, env: { ...process.env, CLAIMGRAPH_SHARED: shared },
  });
  // Exit 1 is bad input reported and skipped (the fixtures hold an RSS item without text on purpose).
  if (result.status !== 0 && result.status !== 1) {
    fail(`${name}: ${launcher} exited with ${result.status}\n${result.stderr.toString().slice(0, 2000)}`, 2);
  }
  const out = result.stdout;
  const lines = out.toString('utf8').split('\n').filter(Boolean).length;
  return { out, hash: createHash('sha256').update(out).digest('hex'), bytes: out.length, lines };
}

function jsonlInput(file) {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
    const d = JSON.parse(l);
    return JSON.stringify({ id: d.id, text: d.text, date: d.date ?? null });
  }).join('\n') + '\n';
}

/** The article files under DIR (text, HTML, feeds, JSON Lines), sorted, relative to ROOT. */
function articleFiles(root, dir) {
  return readdirSync(join(root, dir), { recursive: true })
    .filter((f) => /\.(txt|html|rss|atom|jsonl)$/.test(f))
    .map((f) => join(dir, f))
    .sort();
}

function git(argv) {
  const r = spawnSync('git', argv, { cwd: here });
  return r.status === 0 ? r.stdout.toString().trim() : null;
}

function describeDifference(before, after) {
  const a = before.toString('utf8').split('\n');
  const b = after.toString('utf8').split('\n');
  let line = 0;
  while (line < a.length && line < b.length && a[line] === b[line]) line++;
  const was = a[line] ? JSON.parse(a[line]) : null;
  const now = b[line] ? JSON.parse(b[line]) : null;
  return `first difference on line ${line + 1} (document ${was?.id ?? now?.id}; ${a.length} vs ${b.length} lines) at ${firstDifference(was, now, '')}`;
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

function fail(message, status = 2) {
  process.stderr.write(`same-output: ${message}\n`);
  process.exit(status);
}
