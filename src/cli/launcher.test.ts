import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error: plain JS beside the launcher, without type declarations
import { compiledMain } from '../../bin/compiled.mjs';

const roots: string[] = [];
afterEach(() => { for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true }); });

/** A checkout with the given files, each at the given mtime (seconds). */
function checkout(files: Record<string, number>): string {
  const root = mkdtempSync(join(tmpdir(), 'claimgraph-launcher-'));
  roots.push(root);
  for (const [path, mtime] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, '');
    utimesSync(full, mtime, mtime);
  }
  return root;
}

const pick = (root: string): string | null => compiledMain(root);

describe('bin/claimgraph picks the compiled CLI only while it is current', () => {
  it('uses dist/ when every source has a newer compiled file', () => {
    const root = checkout({ 'src/cli/main.ts': 100, 'src/a/b.ts': 100, 'src/a/b.test.ts': 500, 'dist/cli/main.js': 200, 'dist/a/b.js': 200 });
    expect(pick(root)).toBe(join(root, 'dist', 'cli', 'main.js'));
  });

  it('runs from source after an edit the build has not seen', () => {
    const root = checkout({ 'src/cli/main.ts': 100, 'src/a/b.ts': 300, 'dist/cli/main.js': 200, 'dist/a/b.js': 200 });
    expect(pick(root)).toBeNull();
  });

  it('runs from source when a new source file has no compiled twin', () => {
    const root = checkout({ 'src/cli/main.ts': 100, 'src/a/new.ts': 100, 'dist/cli/main.js': 200 });
    expect(pick(root)).toBeNull();
  });

  it('does not wait for the web UI, which Vite bundles into dist/web rather than compiling file by file', () => {
    const root = checkout({ 'src/cli/main.ts': 100, 'src/web/main.ts': 300, 'dist/cli/main.js': 200 });
    expect(pick(root)).toBe(join(root, 'dist', 'cli', 'main.js'));
  });

  it('runs from source without a build, or when asked to', () => {
    expect(pick(checkout({ 'src/cli/main.ts': 100 }))).toBeNull();
    const root = checkout({ 'src/cli/main.ts': 100, 'dist/cli/main.js': 200 });
    process.env.CLAIMGRAPH_FROM_SOURCE = '1';
    try { expect(pick(root)).toBeNull(); } finally { delete process.env.CLAIMGRAPH_FROM_SOURCE; }
  });
});
