/**
 * `npx tsx bench/race.ts [TRIALS]` (issue 16, item 6): two `claimgraph ingest` processes and two
 * readers (`claimgraph query speakers`) started together on a store that does not exist yet, TRIALS
 * times (default 50). Each ingest reads its own two articles; a trial passes when every process
 * exits 0, nothing but progress lines on standard error, and the store holds the four articles once
 * each. Readers start as soon as the file appears; before that, "cannot open" is expected and not
 * counted. Prints the count of trials that passed and every failure seen.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSqliteStore } from '../src/store/index.ts';
import { identityRules } from '../src/link/identity-rules.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'claimgraph');
const trials = Number(process.argv[2] ?? 50);
const tmp = mkdtempSync(join(tmpdir(), 'claimgraph-race-bench-'));

const run = (args: string[]) => new Promise<{ code: number; err: string }>((done) => {
  execFile(process.execPath, [bin, ...args], (error, _out, err) => done({ code: error ? Number(error.code ?? 1) : 0, err }));
});

async function reader(db: string) {
  while (!existsSync(db)) await new Promise((r) => setTimeout(r, 5));
  return run(['query', 'speakers', '--db', db]);
}

const inputs = ['a', 'b'].map((side) => {
  const path = join(tmp, `${side}.jsonl`);
  writeFileSync(path, [1, 2].map((i) => JSON.stringify({ id: `${side}${i}`, text: `"We hold the line at ${side}${i}," said Olena Kravets, a commander. The port reopened on Monday.` })).join('\n') + '\n');
  return path;
});

let passed = 0;
const failures: string[] = [];
const started = Date.now();
for (let t = 0; t < trials; t++) {
  const db = join(tmp, `race-${t}.db`);
  const results = await Promise.all([run(['ingest', inputs[0]!, '--db', db]), reader(db), run(['ingest', inputs[1]!, '--db', db]), reader(db)]);
  // The ingest's progress line (every 5 s when stderr is not a terminal) is not a failure.
  const errors = (r: { err: string }) => r.err.split('\n').filter((l) => l.trim() && !/^ingest: \d+ articles read/.test(l)).join(' | ');
  const bad = results.filter((r) => r.code !== 0 || errors(r));
  const store = openSqliteStore(db, { readonly: true, identities: identityRules });
  const articles = (await store.stats()).articles;
  await store.close();
  if (!bad.length && articles === 4) passed++;
  else failures.push(`trial ${t + 1}: ${articles} articles; ${bad.map((r) => `exit ${r.code}: ${errors(r)}`).join(' | ')}`);
}
rmSync(tmp, { recursive: true, force: true });
console.log(`${passed} of ${trials} trials passed (two ingests and two readers on a new store) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
for (const f of failures) console.log(f);
process.exit(failures.length ? 1 : 0);
