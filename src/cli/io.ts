import type { Writable } from 'node:stream';
import type { Where } from './report.ts';

/** What a command gets from the outside world, so that it can run in-process in tests. */
export interface CommandIo {
  readonly stdin: AsyncIterable<Uint8Array | string>;
  readonly stdout: Writable;
  /**
   * Reports one failure on standard error and lets the command go on: a ClaimgraphError for bad
   * input, anything else as an internal error, with the document it happened on.
   */
  readonly report: (error: unknown, where?: Where) => void;
}
