// Preloaded into the bench's `claimgraph serve` (node --expose-gc --import bench/heap-probe.mjs):
// on SIGUSR2 it collects garbage and prints one line `bench-heap {"heapUsed":..,"rss":..}` on
// standard output, so bench/api.ts can read the live heap between rounds. Only the bench loads it.
process.on('SIGUSR2', () => {
  globalThis.gc?.();
  const m = process.memoryUsage();
  process.stdout.write(`bench-heap ${JSON.stringify({ heapUsed: m.heapUsed, rss: m.rss, external: m.external, gc: typeof globalThis.gc === 'function' })}\n`);
});
