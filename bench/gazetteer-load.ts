/**
 * Run in a fresh process by bench/places.ts (`node --expose-gc --import tsx bench/gazetteer-load.ts`):
 * the gazetteer's one-time load, as wall and CPU time, and what it keeps in memory (RSS and heap
 * after a full GC, against the same before it). Prints one JSON line.
 */
import { loadGazetteer } from '../src/resources/index.ts';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
gc();
const before = process.memoryUsage();
const cpu0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
const g = loadGazetteer();
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu = process.cpuUsage(cpu0);
const peakRss = process.memoryUsage().rss;
gc();
const after = process.memoryUsage();
console.log(JSON.stringify({
  seconds, cpu_seconds: (cpu.user + cpu.system) / 1e6,
  rss_delta_mb: (after.rss - before.rss) / 2 ** 20, peak_rss_delta_mb: (peakRss - before.rss) / 2 ** 20,
  heap_delta_mb: (after.heapUsed - before.heapUsed) / 2 ** 20, ...g.stats,
}));
