/**
 * Interrupted ingest loses nothing (issue 6): an ingest killed with SIGKILL in the middle leaves a
 * consistent store, every article whole or absent, and the next run completes, skipping what was
 * already stored.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/pipeline.ts';
import { openSqliteStore } from '../../src/store/index.ts';
import { FIXTURE_IDS, readFixture } from './corpus.ts';
import { identityRules } from '../../src/link/identity-rules.ts';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const bin = join(root, 'bin/claimgraph');
const tmp = mkdtempSync(join(tmpdir(), 'claimgraph-kill-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const ARTICLES = 200;
const KILL_AFTER = 30;

/** ARTICLES articles made from the fixtures, each with its own id and opening line. */
function writeCorpus(): string {
  const texts = FIXTURE_IDS.map((id) => readFixture(id));
  const lines: string[] = [];
  for (let i = 0; i < ARTICLES; i++) {
    const base = texts[i % texts.length]!;
    lines.push(JSON.stringify({ id: `a${String(i).padStart(4, '0')}`, date: base.date, text: `Dispatch ${i} from the southern front.\n\n${base.text}` }));
  }
  const path = join(tmp, 'corpus.jsonl');
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

function storedCount(db: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // not made yet, or not migrated yet
  }
}

describe('interrupted ingest (issue 6)', () => {
  it('is consistent after SIGKILL, and the next run completes and skips what was stored', async () => {
    const corpus = writeCorpus();
    const db = join(tmp, 'ledger.db');
    const child = spawn(process.execPath, [bin, 'ingest', corpus, '--db', db, '--batch', '7'], { stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, signal) => done(signal)));
    let stored = 0;
    for (let waited = 0; waited < 60_000 && child.exitCode === null; waited += 10) {
      stored = storedCount(db);
      if (stored >= KILL_AFTER) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const store = openSqliteStore(db, { identities: identityRules });
    expect(store.integrity()).toBe('ok');
    const ids: string[] = [];
    for await (const ledger of store.ledgers()) {
      ids.push(ledger.document.id);
      // Whole: the stored extraction is everything the pipeline gives for the stored text.
      expect(ledger.extraction).toEqual(extractDocument(ledger.document).extraction);
    }
    await store.close();
    expect(ids.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(ids.length).toBeLessThan(ARTICLES);
    // Batches commit in input order: what is there is a prefix of the input.
    expect(ids).toEqual(Array.from({ length: ids.length }, (_, i) => `a${String(i).padStart(4, '0')}`));

    const summary = await new Promise<string>((done, fail) => execFile(process.execPath, [bin, 'ingest', corpus, '--db', db, '--json'],
      (error, stdout) => (error ? fail(error) : done(stdout))));
    expect(JSON.parse(summary)).toMatchObject({ read: ARTICLES, unchanged: ids.length, added: ARTICLES - ids.length, replaced: 0, failed: 0, stored: ARTICLES });
    const after = openSqliteStore(db, { identities: identityRules });
    expect(after.integrity()).toBe('ok');
    expect((await after.stats()).articles).toBe(ARTICLES);
    await after.close();
  });
});
