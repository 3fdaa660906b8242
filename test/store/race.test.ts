// Issue 16, item 6: ingests racing on a new store crashed with "table articles already exists"
// (or "duplicate column name", "database is locked"), and a reader during creation got "store
// schema version 0 needs upgrading". Real processes, real SQLite, a fresh store per trial.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/index.ts';
import { identityRules } from '../../src/link/identity-rules.ts';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const worker = join(root, 'test/store/race-worker.ts');
const tmp = mkdtempSync(join(tmpdir(), 'claimgraph-race-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const run = (...args: string[]) => new Promise<{ code: number; out: string; err: string }>((done) => {
  execFile(process.execPath, ['--import', 'tsx', worker, ...args], { cwd: root }, (error, out, err) => done({ code: error ? (error.code as number ?? 1) : 0, out, err }));
});

describe('processes racing on a new store', () => {
  it('three writers and two readers, four fresh stores: no crash, every article stored once, readers see a whole store', async () => {
    for (let trial = 0; trial < 4; trial++) {
      const db = join(tmp, `race-${trial}.db`);
      const results = await Promise.all([run('write', db, 'a'), run('read', db), run('write', db, 'b'), run('read', db), run('write', db, 'c')]);
      for (const r of results) expect(r.err).toBe('');
      expect(results.map((r) => r.code)).toEqual([0, 0, 0, 0, 0]);
      const store = openSqliteStore(db, { readonly: true, identities: identityRules });
      expect((await store.stats()).articles).toBe(3);
      expect(store.integrity()).toBe('ok');
      await store.close();
    }
  });
});
