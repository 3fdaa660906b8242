/**
 * `npx tsx bench/store-put.ts` (issue 16 item 5): the store's put of ONE article, doubled. The
 * article is the doubling bench's "quotation with figures" shape (16 KB, 133 quotations, each with
 * two figures, a place, a date and a claim) extracted once and repeated, its items copied with
 * shifted offsets and fresh ids, so that no extractor's time is in the way: 0.25 MB holds 2,128
 * quotations, 2 MB 17,024. Prints the CPU ms of put (and of put + close, the WAL checkpoint), the
 * best of BENCH_REPS (default 3) fresh stores per size, and the ratio per doubling (linear: about 2).
 * BENCH_MIN_MB / BENCH_MAX_MB choose the sizes (default 0.5 to 2).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractDocument } from '../src/extract/pipeline.ts';
import { makeDocument } from '../src/model/document.ts';
import type { Extraction } from '../src/model/items.ts';
import { contentHash } from '../src/store/hash.ts';
import { openSqliteStore } from '../src/store/index.ts';
import { identityRules } from '../src/link/identity-rules.ts';

const unit = '"We destroyed 40 tanks and more than 300 drones near Pokrovsk on Wednesday," said Andrii Hnatov, commander of the brigade. ';
const base = unit.repeat(Math.floor(16384 / unit.length));
const { extraction } = extractDocument(makeDocument({ id: 'u', text: base, date: '2025-11-13' }));
const ids = new Set<string>();
for (const layer of Object.values(extraction) as { id: string }[][]) for (const it of layer) ids.add(it.id);

/** The article repeated k times, each copy's items with offsets moved and ids suffixed (references follow). */
function replicate(k: number): { text: string; extraction: Extraction } {
  const walk = (v: unknown, j: number, shift: number): unknown => {
    if (Array.isArray(v)) return v.map((x) => walk(x, j, shift));
    if (v && typeof v === 'object') {
      const o: Record<string, unknown> = {};
      for (const [key, x] of Object.entries(v)) o[key] = (key === 'start' || key === 'end') && typeof x === 'number' ? x + shift : walk(x, j, shift);
      return o;
    }
    return typeof v === 'string' && ids.has(v) ? `${v}_${j}` : v;
  };
  const out: Record<string, unknown[]> = {};
  for (const [layer, items] of Object.entries(extraction)) {
    out[layer] = [];
    for (let j = 0; j < k; j++) for (const it of items as unknown[]) out[layer]!.push(walk(it, j, j * base.length));
  }
  return { text: base.repeat(k), extraction: out as unknown as Extraction };
}

const min = Number(process.env.BENCH_MIN_MB ?? 0.5);
const max = Number(process.env.BENCH_MAX_MB ?? 2);
const reps = Number(process.env.BENCH_REPS ?? 3);
const tmp = mkdtempSync(join(tmpdir(), 'claimgraph-store-put-'));
const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
console.log(`store put of one article: ${base.length} characters and ${extraction.quotes.length} quotations repeated; CPU ms, best of ${reps}`);
console.log('| MB | quotations | put ms | put + close ms | ratio |\n| --- | --- | --- | --- | --- |');
let prev = 0;
for (let mb = min; mb <= max; mb *= 2) {
  const { text, extraction: ex } = replicate(Math.round(16 * mb / 0.25));
  const document = makeDocument({ id: 'big', text, date: '2025-11-13' });
  let put = Infinity;
  let all = Infinity;
  for (let r = 0; r < reps; r++) {
    const db = join(tmp, `s${mb}-${r}.db`);
    openSqliteStore(db, { identities: identityRules }).close();
    const store = openSqliteStore(db, { identities: identityRules });
    const c0 = process.cpuUsage();
    await store.put([{ document, hash: contentHash(document), extraction: ex }]);
    put = Math.min(put, cpuMs(process.cpuUsage(c0)));
    await store.close();
    all = Math.min(all, cpuMs(process.cpuUsage(c0)));
    rmSync(db, { force: true });
  }
  console.log(`| ${mb} | ${ex.quotes.length} | ${put.toFixed(0)} | ${all.toFixed(0)} | ${prev ? (all / prev).toFixed(2) : ''} |`);
  prev = all;
}
rmSync(tmp, { recursive: true, force: true });
