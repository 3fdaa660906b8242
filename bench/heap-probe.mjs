// Preloaded into the bench's `claimgraph serve` (node --expose-gc --import bench/heap-probe.mjs):
// on SIGUSR2 it collects garbage and prints one line `bench-heap {"heapUsed":..,"rss":..}` on
// standard output, so bench/api.ts can read the live heap between rounds. Only the bench loads it.
//
// BENCH_HEAP_SNAPSHOTS=DIR with BENCH_HEAP_SNAPSHOT_AT=5,20 also writes a heap snapshot
// (v8.writeHeapSnapshot, after the GC) at those probes (0 is the one after the warm-up, then one
// per round) to DIR/round-N.heapsnapshot, named in the line as `snapshot`; bench/heap-diff.mjs
// compares two.
import { join } from 'node:path';
import { writeHeapSnapshot } from 'node:v8';

const dir = process.env.BENCH_HEAP_SNAPSHOTS;
const at = new Set((process.env.BENCH_HEAP_SNAPSHOT_AT ?? '').split(',').filter(Boolean).map(Number));
let probe = 0;

// A full GC frees what nothing reaches, but an object watched by a FinalizationRegistry also
// keeps the registry's held value until the finalizer has run, which is a task after the GC: every
// request's `Request` (undici, made by @hono/node-server) registers one holding the request's
// AbortSignal and its listener, about 1 KB each. Read right after gc(), the heap counted the
// requests of the last moments before it (3,700 of them between two rounds: snapshots, heap-diff).
// So: collect, let the finalizers run, collect again; `heapUsedFirst` is the first reading.
process.on('SIGUSR2', () => {
  globalThis.gc?.();
  const first = process.memoryUsage().heapUsed;
  setTimeout(() => {
    globalThis.gc?.();
    const m = process.memoryUsage();
    const snapshot = dir && at.has(probe) ? writeHeapSnapshot(join(dir, `round-${probe}.heapsnapshot`)) : undefined;
    probe++;
    process.stdout.write(`bench-heap ${JSON.stringify({ heapUsed: m.heapUsed, heapUsedFirst: first, rss: m.rss, external: m.external, gc: typeof globalThis.gc === 'function', snapshot })}\n`);
  }, 100);
});
