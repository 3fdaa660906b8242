import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { ClaimgraphError, type ErrorCode } from '../../src/model/errors.ts';

/** A fresh directory under os.tmpdir(), with a helper that writes files into it. */
export function tempDir(prefix = 'claimgraph-ingest-') {
  const root = mkdtempSync(join(tmpdir(), prefix));
  return {
    root,
    write(name: string, content: string | Uint8Array): string {
      const path = join(root, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
      return path;
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Awaits `promise` and checks that it fails with a ClaimgraphError of `code` and this one-line description. */
export async function expectInputError(promise: Promise<unknown>, code: ErrorCode, describe: string | RegExp): Promise<ClaimgraphError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ClaimgraphError);
  const e = error as ClaimgraphError;
  expect(e.code).toBe(code);
  if (typeof describe === 'string') expect(e.describe()).toBe(describe);
  else expect(e.describe()).toMatch(describe);
  expect(e.describe()).not.toMatch(/\n/);
  return e;
}

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of iterable) out.push(x);
  return out;
}
