import type { Clock } from '../../src/watch/clock.ts';

/** A clock that moves only when told, or when slept on (a sleep jumps to its end at once). */
export class ManualClock implements Clock {
  constructor(private t: number = Date.parse('2026-01-01T00:00:00Z')) {}
  now(): number {
    return this.t;
  }
  advance(ms: number): void {
    this.t += ms;
  }
  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (!signal?.aborted) this.t += Math.max(0, ms);
  }
}
