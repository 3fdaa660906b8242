/**
 * `npx tsx bench/watch.ts`: what one poll of `claimgraph watch` costs the watcher's process, in CPU
 * ms (user + system), against a feed server in a child process on loopback (so that its CPU is
 * not counted). The feed holds the articles of samples/articles and test/fixtures/store as
 * BENCH_WATCH_ITEMS items (default 50). Cases: the first poll (every item new: parse, extract,
 * store), a 304, a 200 with the same body (a server without validators), and a feed where one item
 * changed. The median of BENCH_WATCH_ROUNDS polls (default 50) for each repeated case.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extractDocument } from '../src/extract/pipeline.ts';
import { openSqliteStore } from '../src/store/index.ts';
import { parseConfig } from '../src/config/watch.ts';
import { storeDelivery } from '../src/watch/deliver.ts';
import { WatchState } from '../src/watch/state.ts';
import { Watcher } from '../src/watch/watcher.ts';
import { identityRules } from '../src/link/identity-rules.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ITEMS = Number(process.env.BENCH_WATCH_ITEMS ?? 50);
const ROUNDS = Number(process.env.BENCH_WATCH_ROUNDS ?? 50);

const texts: string[] = [];
for (const dir of ['samples/articles', 'test/fixtures/store']) {
  for (const f of readdirSync(join(root, dir)).filter((f) => f.endsWith('.txt')).sort()) {
    texts.push(readFileSync(join(root, dir, f), 'utf8').replace(/^date \d{4}-\d{2}-\d{2}\s*/, ''));
  }
}
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const feed = (variant: number) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title>${
  Array.from({ length: ITEMS }, (_, i) => `<item><guid>b-${i}</guid><title>Item ${i}</title><description>${esc(`<p>${texts[i % texts.length]}${i === 0 ? ` (update ${variant})` : ''}</p>`)}</description></item>`).join('')
}</channel></rss>`;

// The server: /etag.xml (304 to its ETag), /plain.xml (no validators), /changed.xml (item 0 differs each time).
const serverCode = `
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
const base = readFileSync(0, 'utf8');
let n = 0;
const s = createServer((req, res) => {
  res.setHeader('content-type', 'application/rss+xml');
  if (req.url === '/etag.xml') {
    if (req.headers['if-none-match'] === '"v1"') { res.statusCode = 304; return res.end(); }
    res.setHeader('etag', '"v1"');
    return res.end(base);
  }
  if (req.url === '/plain.xml') return res.end(base);
  n++;
  return res.end(base.replace('(update 0)', '(update ' + n + ')'));
});
s.listen(0, '127.0.0.1', () => process.stdout.write(String(s.address().port) + '\\n'));
`;
const child = spawn(process.execPath, ['--input-type=module', '-e', serverCode], { stdio: ['pipe', 'pipe', 'inherit'] });
child.stdin.end(feed(0));
const port = await new Promise<number>((done) => child.stdout.once('data', (d) => done(Number(String(d).trim()))));

const dir = mkdtempSync(join(tmpdir(), 'claimgraph-bench-watch-'));
const store = openSqliteStore(join(dir, 'ledger.db'), { identities: identityRules });
const state = new WatchState(join(dir, 'ledger.db.watch'));
const sources = parseConfig({ sources: ['etag', 'plain', 'changed'].map((n) => ({ name: n, feed: `http://127.0.0.1:${port}/${n}.xml`, every: '1ms' })) }, join(dir, 'w.json')).sources;
const watcher = new Watcher({ sources, state, deliver: storeDelivery(store, (d) => extractDocument(d).extraction, (e) => { throw e; }), log: () => undefined });

const cpu = async (f: () => Promise<unknown>) => {
  const t = process.cpuUsage();
  const w = performance.now();
  await f();
  const d = process.cpuUsage(t);
  return { cpu: (d.user + d.system) / 1000, wall: performance.now() - w };
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const repeat = async (f: () => Promise<unknown>) => {
  const runs = [];
  for (let i = 0; i < ROUNDS; i++) runs.push(await cpu(f));
  return { cpu: median(runs.map((r) => r.cpu)), wall: median(runs.map((r) => r.wall)) };
};

// Warm the extractor on one text, so the first poll is not the language model's load.
extractDocument({ id: 'warm', text: texts[0]!, date: null, title: null, url: null, source: null });
const [etag, plain, changed] = sources as [typeof sources[0], typeof sources[0], typeof sources[0]];
const rows: [string, { cpu: number; wall: number }][] = [];
rows.push([`first poll, ${ITEMS} new items (fetch, parse, extract, store)`, await cpu(() => watcher.poll(etag))]);
await watcher.poll(plain);
await watcher.poll(changed);
rows.push(['304 Not Modified', await repeat(() => watcher.poll(etag))]);
rows.push(['200, the same body again (no validators)', await repeat(() => watcher.poll(plain))]);
rows.push([`200, one of ${ITEMS} items changed`, await repeat(() => watcher.poll(changed))]);

console.log(`| poll (${ITEMS} items, ${Math.round(feed(0).length / 1024)} KB feed) | CPU ms | wall ms |\n| --- | --- | --- |`);
for (const [name, r] of rows) console.log(`| ${name} | ${r.cpu.toFixed(1)} | ${r.wall.toFixed(1)} |`);
state.close();
await store.close();
child.kill();
rmSync(dir, { recursive: true, force: true });
