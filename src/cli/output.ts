import { once } from 'node:events';
import type { Writable } from 'node:stream';

/**
 * Collects output and writes it in chunks of about `chunkSize` characters, waiting for `drain`
 * when the stream is full, so that a fast producer neither makes one syscall per line nor piles
 * up megabytes in memory.
 */
export class BufferedWriter {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly out: Writable, private readonly chunkSize = 1 << 16) {}

  async write(s: string): Promise<void> {
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= this.chunkSize) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (!this.out.write(chunk)) await once(this.out, 'drain');
  }

  /** Flushes and resolves once everything written so far has been handed to the system. */
  async end(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) => this.out.write('', (e) => (e ? reject(e) : resolve())));
  }
}
