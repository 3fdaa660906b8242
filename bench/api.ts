/**
 * `npm run bench:api` (also run by `npm run bench`): the HTTP API's main endpoints on a store of
 * BENCH_API_ARTICLES (50,000) articles, under a bounded load from autocannon on loopback.
 *
 * 1. The store. A small ledger is ingested by the real pipeline from our own articles
 *    (samples/articles, test/fixtures/corpus, test/fixtures/articles, test/fixtures/web), then its
 *    rows are copied in SQL, with fresh article ids (`ID~N`), until the store holds 50,000 articles:
 *    one transaction, every item table and the search indexes filled by the same triggers a put
 *    fires, identities regrouped at the end. Cached in the temp folder, keyed by a hash of the
 *    inputs, the builder's code and KEYED_SCHEMA (later migrations are applied in place); built
 *    under another name and renamed when whole. The copies keep their articles' dates: a speaker's thousands of quotations share a few
 *    dates (a harder case for "newest first" than real reporting).
 * 2. The server: `bin/claimgraph serve` on port 0 in a child process (read-only: no token).
 * 3. The load: per endpoint, autocannon with CONNECTIONS connections for DURATION seconds, each
 *    request naming another article, speaker or word from the store. Median and p99 latency,
 *    requests/s, errors and non-2xx answers; the server's RSS (from /proc) after a warm-up and
 *    after every endpoint.
 * 4. Memory: ROUNDS more rounds of every endpoint (DURATION / 2 seconds each); after each, the
 *    server's RSS and its heap in use after a forced garbage collection, the finalizers it
 *    queued, and a second collection (the server runs with --expose-gc and bench/heap-probe.mjs,
 *    which answers SIGUSR2; nothing of it is in src/).
 *    A leak shows as a heap that keeps growing round after round; RSS may rise and level off as
 *    V8 and SQLite's page cache take what they will keep.
 *
 *    The verdict (`memoryVerdict`): the heap's slope over the second half of the rounds, MB per
 *    round and bytes per request answered, "flat" under FLAT_BYTES_PER_REQUEST.
 *
 * Prints a table and writes bench/api-results.json. BENCH_API_DURATION, BENCH_API_CONNECTIONS,
 * BENCH_API_ROUNDS (6), BENCH_API_ONLY (a comma-separated list of endpoint names to run alone),
 * BENCH_API_SNAPSHOTS (e.g. `5,20`: heap snapshots of the server after those rounds, 0 the warm-up,
 * written to a temp folder the bench names; compare two with `node bench/heap-diff.mjs A B`).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commit, table } from '../eval/report.ts';
import { extractDocument } from '../src/extract/pipeline.ts';
import { readInputs } from '../src/ingest/index.ts';
import { commitDocuments } from '../src/store/commit.ts';
import { itemColumns, itemTables } from '../src/store/schema.ts';
import { LATEST_VERSION, openSqliteStore } from '../src/store/sqlite/index.ts';
import { IdentityIndex } from '../src/store/sqlite/identities.ts';
import { FLAT_BYTES_PER_REQUEST, MIN_GROWTH_MB, MIN_ROUNDS_FOR_VERDICT, memoryVerdict } from './memory-verdict.ts';
import { identityRules } from '../src/link/identity-rules.ts';

// autocannon is CommonJS; require() also finds it through NODE_PATH.
const autocannon = createRequire(import.meta.url)('autocannon') as (opts: object) => Promise<AutocannonResult>;

interface AutocannonResult {
  latency: { p50: number; p99: number; average: number; max: number };
  requests: { average: number; total: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ARTICLES = Number(process.env.BENCH_API_ARTICLES ?? 50_000);
const DURATION = Number(process.env.BENCH_API_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_API_CONNECTIONS ?? 8);
const ROUNDS = Number(process.env.BENCH_API_ROUNDS ?? 6);
const ONLY = process.env.BENCH_API_ONLY?.split(',').map((s) => s.trim()).filter(Boolean) ?? null;
const SNAPSHOTS = process.env.BENCH_API_SNAPSHOTS ?? '';
const INPUTS = ['samples/articles', 'test/fixtures/corpus', 'test/fixtures/articles', 'test/fixtures/web/articles.jsonl'].map((p) => join(root, p));
const log = (s: string) => process.stderr.write(`bench:api: ${s}\n`);

function inputFiles(): string[] {
  return INPUTS.flatMap((p) => (statSync(p).isDirectory() ? readdirSync(p).sort().map((f) => join(p, f)) : [p]));
}

/**
 * The schema version stores are keyed by: the last one that needed the store built anew. A store
 * cached at this version or later is migrated in place (`migrated`), as a user's would be: a new
 * migration that only adds indexes does not cost a rebuild.
 */
const KEYED_SCHEMA = 7;

function storeKey(): string {
  // The builder's code, not the whole file: changing the load does not rebuild the store.
  const h = createHash('sha256').update(String(replicate)).update(String(benchStore)).update(`${ARTICLES} ${KEYED_SCHEMA}`);
  // Paths from the repository's root: every worktree of the repository shares one cached store
  // (with absolute paths, a run in another worktree deleted the others' store and built its own).
  for (const f of inputFiles()) h.update(relative(root, f)).update(readFileSync(f));
  return h.digest('hex').slice(0, 16);
}

/** Copies the first `n` articles and their items `copies` times with fresh ids and keys, in one transaction. */
function replicate(path: string, target: number): void {
  const store = openSqliteStore(path, { identities: identityRules });
  const db = store.db;
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  const n = (db.prepare('SELECT max(key) AS n FROM articles').get() as { n: number }).n;
  const articles = db.prepare(`INSERT INTO articles (key, id, hash, date, title, byline, url, source, text, ingested)
    SELECT key + @off, id || '~' || @c, hash, date, title, byline, url, source, text, ingested FROM articles WHERE key <= @m`);
  const items = itemTables.map((t) => {
    const cols = [...itemColumns.filter((c) => c.name !== 'key' && c.name !== 'article'), ...t.columns].map((c) => c.name).join(', ');
    return db.prepare(`INSERT INTO ${t.name} (article, ${cols}) SELECT article + @off, ${cols} FROM ${t.name} WHERE article <= @m`);
  });
  db.transaction(() => {
    for (let c = 1, have = n; have < target; c++) {
      const m = Math.min(n, target - have);
      const p = { off: c * n, c, m };
      articles.run(p);
      for (const s of items) s.run(p);
      have += m;
      if (c % 100 === 0) log(`copied ${have} of ${target} articles`);
    }
    // Spellings' counts are kept by triggers; identities' by code: regroup them once.
    new IdentityIndex(db, identityRules).fillAll();
  })();
  db.exec("INSERT INTO articles_fts(articles_fts) VALUES ('optimize'); INSERT INTO quotes_fts(quotes_fts) VALUES ('optimize'); ANALYZE;");
  db.pragma('journal_mode = WAL');
  void store.close();
}

async function benchStore(): Promise<{ path: string; built: boolean; seconds: number | null; small: number }> {
  const key = storeKey();
  const path = join(tmpdir(), `claimgraph-bench-api-${key}.db`);
  if (existsSync(path)) return { path, built: false, seconds: null, small: 0 };
  for (const f of readdirSync(tmpdir())) if (f.startsWith('claimgraph-bench-api-') && f.endsWith('.db')) rmSync(join(tmpdir(), f), { force: true });
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-bench-api-build-'));
  const building = join(dir, 'store.db');
  const t0 = process.hrtime.bigint();
  const store = openSqliteStore(building, { identities: identityRules });
  const summary = await commitDocuments(store, readInputs(INPUTS, { onError: (e) => { throw e; } }), { extract: (d) => extractDocument(d).extraction });
  await store.close();
  const small = summary.added;
  log(`ingested ${small} articles; copying to ${ARTICLES}`);
  replicate(building, ARTICLES);
  renameSync(building, path);
  rmSync(dir, { recursive: true, force: true });
  return { path, built: true, seconds: Number(process.hrtime.bigint() - t0) / 1e9, small };
}

/** Opens the store for writing once, so that a store cached by an older claimgraph is migrated to this one's schema. */
function migrated(path: string): void {
  const store = openSqliteStore(path, { identities: identityRules });
  if (store.db.pragma('user_version', { simple: true }) !== LATEST_VERSION) throw new Error(`${path}: not migrated to ${LATEST_VERSION}`);
  void store.close();
}

/** Values to vary requests by, read from the store: article ids, speakers, words, figure categories. */
function samples(path: string): { ids: string[]; speakers: string[]; words: string[]; categories: string[]; sources: string[]; months: string[] } {
  const store = openSqliteStore(path, { readonly: true, identities: identityRules });
  const ids = (store.db.prepare('SELECT id FROM articles ORDER BY random() LIMIT 500').all() as { id: string }[]).map((r) => r.id);
  const speakers = (store.db.prepare('SELECT name FROM identities ORDER BY quotes DESC LIMIT 40').all() as { name: string }[]).map((r) => r.name);
  const categories = (store.db.prepare('SELECT DISTINCT category FROM figures').all() as { category: string }[]).map((r) => r.category);
  const sources = (store.db.prepare('SELECT source FROM articles WHERE source IS NOT NULL GROUP BY source ORDER BY count(*) DESC LIMIT 3').all() as { source: string }[]).map((r) => r.source);
  const months = (store.db.prepare("SELECT substr(date, 1, 7) AS m FROM articles WHERE date IS NOT NULL GROUP BY m ORDER BY count(*) DESC LIMIT 4").all() as { m: string }[]).map((r) => r.m);
  void store.close();
  const words = ['drone', 'Pokrovsk', 'ceasefire', 'bridge', 'air defense', 'casualties', 'grain', 'missile', 'encircled', 'troops', 'Kharkiv', 'Zaporizhzhia'];
  return { ids, speakers, words, categories, sources, months };
}

interface Heap { heapUsed: number; heapUsedFirst: number; rss: number; external: number; gc: boolean; snapshot?: string }

function startServer(path: string, env: NodeJS.ProcessEnv = process.env): Promise<{ url: string; pid: number; heap: () => Promise<Heap>; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--expose-gc', '--import', join(root, 'bench', 'heap-probe.mjs'), join(root, 'bin', 'claimgraph'), 'serve', '--db', path, '--port', '0'],
    { stdio: ['ignore', 'pipe', 'inherit'], env });
  let waiting: ((h: Heap) => void) | null = null;
  let seen = 0;
  return new Promise((done, fail) => {
    let out = '';
    let started = false;
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      const heaps = [...out.matchAll(/^bench-heap (\{.*\})$/gm)];
      if (heaps.length > seen && waiting) { waiting(JSON.parse(heaps[heaps.length - 1]![1]!) as Heap); waiting = null; }
      seen = heaps.length;
      const url = /^(http:\/\/\S+)$/m.exec(out)?.[1];
      if (url && !started) {
        started = true;
        done({
          url, pid: child.pid!,
          heap: () => new Promise((r) => { waiting = r; child.kill('SIGUSR2'); }),
          stop: () => new Promise((r) => {
            child.once('exit', () => r());
            child.kill('SIGTERM');
            // A server still answering a backlog of slow requests: stop it anyway.
            setTimeout(() => child.kill('SIGKILL'), 5000).unref();
          }),
        });
      }
    });
    child.once('exit', (code) => fail(new Error(`serve exited with ${code}: ${out}`)));
  });
}

/** The server's CPU time so far (user + system), ms: /proc/PID/stat fields 14 and 15, in clock ticks of 10 ms. */
const cpuMs = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

/**
 * The server answers one request at a time (SQLite calls are synchronous): requests autocannon left
 * in flight when its time was up are still answered after it. Wait for them (a trivial request
 * queued behind them), so that one endpoint's backlog is never counted against the next.
 */
async function drain(url: string): Promise<void> {
  await (await fetch(new URL('/api/openapi.json', url))).arrayBuffer();
}

async function load(url: string, paths: readonly string[], duration = DURATION): Promise<AutocannonResult> {
  let i = 0;
  const result = await autocannon({
    url, connections: CONNECTIONS, duration, pipelining: 1, timeout: 60,
    requests: [{ method: 'GET', setupRequest: (req: object) => ({ ...req, path: paths[i++ % paths.length] }) }],
  });
  await drain(url);
  return result;
}

async function main(): Promise<number> {
  const t0 = Date.now();
  const built = await benchStore();
  log(built.built ? `built ${ARTICLES} articles in ${built.seconds!.toFixed(0)} s: ${built.path}` : `reusing ${built.path}`);
  migrated(built.path);
  const s = samples(built.path);
  const q = encodeURIComponent;
  let endpoints: [string, string[]][] = [
    ['GET /api/stats', ['/api/stats']],
    ['GET /api/articles?offset=N', Array.from({ length: 50 }, (_v, k) => `/api/articles?limit=50&offset=${k * 997}`)],
    ['GET /api/articles/{id}', s.ids.map((id) => `/api/articles/${q(id)}`)],
    ['GET /api/quotes?speaker=', s.speakers.map((n) => `/api/quotes?speaker=${q(n)}&limit=50`)],
    ['GET /api/quotes?speaker=&context=true', s.speakers.map((n) => `/api/quotes?speaker=${q(n)}&limit=50&context=true`)],
    ['GET /api/speakers', ['/api/speakers?limit=50', '/api/speakers?limit=50&offset=50']],
    ['GET /api/figures?category=', s.categories.map((c) => `/api/figures?category=${q(c)}&limit=200`)],
    ['GET /api/claims?contested=true', ['/api/claims?contested=true&limit=50']],
    ['GET /api/search?q= (quotes)', s.words.map((w) => `/api/search?q=${q(w)}&scope=quotes&limit=20`)],
    ['GET /api/search?q= (articles)', s.words.map((w) => `/api/search?q=${q(w)}&scope=articles&limit=20`)],
    // Filtered: a word with a speaker, an outlet or a month, in turn (the UI's filters).
    ['GET /api/search?q=&speaker= (quotes)', s.words.map((w, i) => `/api/search?q=${q(w)}&scope=quotes&speaker=${q(s.speakers[i % 5]!)}&limit=20`)],
    ['GET /api/search?q=&source= (articles)', s.words.map((w, i) => `/api/search?q=${q(w)}&scope=articles&source=${q(s.sources[i % s.sources.length]!)}&limit=20`)],
    ['GET /api/search?q=&from=&to= (quotes)', s.words.map((w, i) => `/api/search?q=${q(w)}&scope=quotes&from=${s.months[i % s.months.length]}-01&to=${s.months[i % s.months.length]}&limit=20`)],
    // A page deep into a common word's hits.
    ['GET /api/search?q=&offset=200 (quotes)', s.words.map((w) => `/api/search?q=${q(w)}&scope=quotes&limit=20&offset=200`)],
    ['GET /api/places', ['/api/places?limit=200']],
  ];
  if (ONLY) endpoints = endpoints.filter(([name]) => ONLY.some((o) => name.includes(o)));
  const snapshotDir = SNAPSHOTS ? mkdtempSync(join(tmpdir(), 'claimgraph-bench-api-heap-')) : null;
  const server = await startServer(built.path, snapshotDir ? { ...process.env, BENCH_HEAP_SNAPSHOTS: snapshotDir, BENCH_HEAP_SNAPSHOT_AT: SNAPSHOTS } : process.env);
  const rows: Record<string, unknown>[] = [];
  const rounds: { round: number; rssMb: number; heapUsedMb: number; heapFirstMb: number; requests: number; seconds: number; snapshot?: string }[] = [];
  let rssStart = 0;
  let rssEnd = 0;
  try {
    // Warm-up: each endpoint's requests once, one at a time, so that the RSS compared is the server at work.
    for (const [, paths] of endpoints) for (const p of paths.slice(0, 20)) await (await fetch(new URL(p, server.url))).arrayBuffer();
    rssStart = rssMb(server.pid);
    const warm = await server.heap();
    if (!warm.gc) throw new Error('the server has no gc(): --expose-gc did not reach it');
    rounds.push({ round: 0, rssMb: rssStart, heapUsedMb: warm.heapUsed / 2 ** 20, heapFirstMb: warm.heapUsedFirst / 2 ** 20, requests: 0, seconds: 0, snapshot: warm.snapshot });
    log(`server RSS after warm-up: ${rssStart.toFixed(0)} MB, heap used after GC ${(warm.heapUsed / 2 ** 20).toFixed(1)} MB`);
    let requests = 0;
    for (const [name, paths] of endpoints) {
      const cpu0 = cpuMs(server.pid);
      const r = await load(server.url, paths);
      // CPU per request: what a request costs the server whatever else the machine runs (the
      // latency under a shared machine's load is mostly waiting for a core).
      const cpu = (cpuMs(server.pid) - cpu0) / Math.max(1, r.requests.total);
      const rss = rssMb(server.pid);
      requests += r.requests.total;
      // Requests left unanswered when the time was up are not in autocannon's figures: count them as the ones still slow.
      rows.push({ endpoint: name, requests: r.requests.total, perSecond: r.requests.average, cpuMsPerRequest: cpu, p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max, errors: r.errors + r.timeouts, non2xx: r.non2xx, rssMb: rss });
      log(`${name}: ${r.requests.total} requests, ${cpu.toFixed(1)} CPU ms each, median ${r.latency.p50} ms, p99 ${r.latency.p99} ms, errors ${r.errors + r.timeouts}, non-2xx ${r.non2xx}, RSS ${rss.toFixed(0)} MB`);
    }
    {
      const h = await server.heap();
      rounds.push({ round: 1, rssMb: rssMb(server.pid), heapUsedMb: h.heapUsed / 2 ** 20, heapFirstMb: h.heapUsedFirst / 2 ** 20, requests, seconds: (Date.now() - t0) / 1000, snapshot: h.snapshot });
    }
    // More rounds of every endpoint: RSS and the live heap after each, which must level off.
    for (let round = 2; round <= ROUNDS; round++) {
      let requests = 0;
      for (const [, paths] of endpoints) requests += (await load(server.url, paths, Math.max(1, Math.round(DURATION / 2)))).requests.total;
      const h = await server.heap();
      rounds.push({ round, rssMb: rssMb(server.pid), heapUsedMb: h.heapUsed / 2 ** 20, heapFirstMb: h.heapUsedFirst / 2 ** 20, requests, seconds: (Date.now() - t0) / 1000, snapshot: h.snapshot });
      log(`round ${round}: ${requests} requests, RSS ${rounds.at(-1)!.rssMb.toFixed(0)} MB, heap used after GC ${rounds.at(-1)!.heapFirstMb.toFixed(1)} MB, after the finalizers and GC again ${rounds.at(-1)!.heapUsedMb.toFixed(1)} MB${h.snapshot ? `, snapshot ${h.snapshot}` : ''}`);
    }
    rssEnd = rssMb(server.pid);
  } finally {
    await server.stop();
  }
  const fmt = (x: unknown, d = 0) => (typeof x === 'number' ? x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d }) : String(x));
  process.stdout.write(`\nHTTP API on ${ARTICLES.toLocaleString('en-US')} articles, ${CONNECTIONS} connections, ${DURATION} s per endpoint (autocannon, loopback)\n\n`);
  process.stdout.write(table(['endpoint', 'requests', 'req/s', 'server CPU ms per request', 'median ms', 'p99 ms', 'max ms', 'errors', 'non-2xx', 'RSS MB after'],
    rows.map((r) => [r.endpoint, fmt(r.requests), fmt(r.perSecond), fmt(r.cpuMsPerRequest, 1), fmt(r.p50), fmt(r.p99), fmt(r.max), fmt(r.errors), fmt(r.non2xx), fmt(r.rssMb)].map(String))) + '\n');
  process.stdout.write(`load average during the run: ${loadavg().map((x) => x.toFixed(1)).join(' ')}\n`);
  process.stdout.write(`\nserver RSS: ${rssStart.toFixed(0)} MB after warm-up, ${rssEnd.toFixed(0)} MB after ${ROUNDS} rounds (${(rssEnd - rssStart >= 0 ? '+' : '') + (rssEnd - rssStart).toFixed(0)} MB)\n\n`);
  process.stdout.write(table(['after round', 'requests', 'RSS MB', 'heap used after GC, MB', 'after the finalizers and GC again, MB'],
    rounds.map((r) => [r.round ? String(r.round) : 'warm-up', fmt(r.requests), fmt(r.rssMb), fmt(r.heapFirstMb, 1), fmt(r.heapUsedMb, 1)])) + '\n');
  const memory = memoryVerdict(rounds);
  process.stdout.write(memory.verdict === 'too few rounds'
    ? `\nmemory: ${rounds.length - 1} rounds, too few for a verdict (BENCH_API_ROUNDS=${MIN_ROUNDS_FOR_VERDICT} or more)\n`
    : `\nmemory: ${memory.verdict.toUpperCase()}: the heap after GC moves by ${memory.slopeMbPerRound >= 0 ? '+' : ''}${memory.slopeMbPerRound.toFixed(3)} MB per round over rounds ${memory.from}-${memory.to} (Theil-Sen), ${memory.bytesPerRequest.toFixed(1)} bytes per request (growing: ${FLAT_BYTES_PER_REQUEST} or more, and ${MIN_GROWTH_MB} MB or more over those rounds)\n`);
  const failed = rows.filter((r) => (r.errors as number) > 0 || (r.non2xx as number) > 0);
  writeFileSync(join(root, 'bench', 'api-results.json'), JSON.stringify({
    commit: commit(root), date: new Date().toISOString(), articles: ARTICLES, connections: CONNECTIONS, durationSeconds: DURATION,
    store: { path: built.path, built: built.built, buildSeconds: built.seconds }, loadAverage: loadavg(), rssStartMb: rssStart, rssEndMb: rssEnd, rounds, memory, endpoints: rows,
    seconds: (Date.now() - t0) / 1000,
  }, null, 2) + '\n');
  if (failed.length) process.stderr.write(`bench:api: errors or non-2xx answers on ${failed.map((r) => r.endpoint).join(', ')}\n`);
  return failed.length ? 1 : 0;
}

process.exitCode = await main();
