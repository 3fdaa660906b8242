import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtures } from '../../../test/store/corpus.ts';
import { extractDocument } from '../../extract/pipeline.ts';
import { openSqliteStore } from '../../store/index.ts';
import { describeError } from '../report.ts';
import { ingestCommand } from './ingest.ts';
import { identityRules } from '../../link/identity-rules.ts';

const tmp = mkdtempSync(join(tmpdir(), 'claimgraph-ingest-cmd-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function run(args: string[]) {
  let stdout = '';
  const errors: string[] = [];
  const out = new Writable({ write(chunk, _enc, done) { stdout += String(chunk); done(); } });
  const status = await ingestCommand(args, { stdin: Readable.from([]), stdout: out, report: (e, where) => errors.push(describeError(e, where)) });
  return { status, summary: JSON.parse(stdout) as Record<string, number>, errors };
}

describe('claimgraph ingest', () => {
  it('stores text, HTML and feed articles whole, reports bad input in one line each, and skips unchanged articles', async () => {
    const input = join(tmp, 'input');
    cpSync(fixtures, input, { recursive: true });
    writeFileSync(join(input, 'broken.jsonl'), '{"id":"ok-1","text":"The ferry ran again on Monday, the port said."}\n{"id":"bad"\n');
    const db = join(tmp, 'ledger.db');

    const first = await run([input, '--db', db, '--json']);
    expect(first.status).toBe(1);
    expect(first.errors).toEqual([
      expect.stringMatching(new RegExp(`^${join(input, 'broken.jsonl')}:2: not JSON: [^\\n]+$`)),
      `${join(input, 'feeds/wire.rss')}: item 3 has no text (no content:encoded, description, content or summary)`,
    ]);
    expect(first.summary).toMatchObject({ read: 9, added: 9, replaced: 0, unchanged: 0, failed: 0, stored: 9 });

    const store = openSqliteStore(db, { identities: identityRules });
    const ids: string[] = [];
    for await (const ledger of store.ledgers()) {
      ids.push(ledger.document.id);
      expect(ledger.extraction).toEqual(extractDocument(ledger.document).extraction);
    }
    expect(ids).toEqual([
      'artillery-delivery', 'bridge-strike', 'drone-factory', 'harbor-shelling', 'https://wire.example/2025/05/train', 'ok-1',
      'pages/pontoon-page', 'urn:kyiv-desk:2025-05-12-alert', 'wire-1001',
    ]);
    expect((await store.get('pages/pontoon-page'))!.document).toMatchObject({ title: 'Engineers rebuild the pontoon crossing at Siversk', byline: 'Iryna Koval', date: '2025-05-06' });
    await store.close();

    // Again, with one article changed.
    writeFileSync(join(input, 'drone-factory.txt'), 'date 2025-04-21\n"We build them faster now," Lysenko said.\n');
    const second = await run([input, '--db', db, '--json']);
    expect(second.summary).toMatchObject({ read: 9, added: 0, replaced: 1, unchanged: 8, stored: 9 });
    const after = openSqliteStore(db, { identities: identityRules });
    expect((await after.get('drone-factory'))!.document.date).toBe('2025-04-21');
    expect(after.integrity()).toBe('ok');
    await after.close();
  });

  it('stores a lone surrogate as the U+FFFD extraction saw, so that every offset slices the stored text (issue 16, item 1)', async () => {
    const input = join(tmp, 's.jsonl');
    writeFileSync(input, '{"id":"s","text":"A \\ud800 b. \\"We will hold,\\" said Andrii Hnatov."}\n');
    const db = join(tmp, 's.db');
    const first = await run([input, '--db', db, '--json']);
    expect(first.status).toBe(0);
    expect(first.errors).toEqual([`${input}: warning: document "s": lone UTF-16 surrogates replaced by U+FFFD (text: 1 at character 2)`]);
    const store = openSqliteStore(db, { identities: identityRules });
    const { document, extraction } = (await store.get('s'))!;
    expect(document.text).toBe('A \uFFFD b. "We will hold," said Andrii Hnatov.');
    expect(extraction.quotes.map((q) => [q.text, document.text.slice(q.start, q.end), q.speaker?.name])).toEqual([['"We will hold,"', '"We will hold,"', 'Andrii Hnatov']]);
    await store.close();
    // Read again: the same article, unchanged (it was "unchanged" before too, but never repaired).
    expect((await run([input, '--db', db, '--json'])).summary).toMatchObject({ unchanged: 1, added: 0, replaced: 0 });
  });

  it('a hostile feed costs only itself: one line naming it, the files after it ingested (issue 16, item 2)', async () => {
    const input = join(tmp, 'hostile-batch');
    cpSync(join(fixtures, 'drone-factory.txt'), join(input, 'z.txt'));
    writeFileSync(join(input, 'a.rss'), '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<rss version="2.0"><channel><title>T</title><item><description>&x;</description></item></channel></rss>\n');
    const result = await run([input, '--db', join(tmp, 'hostile.db'), '--json']);
    expect(result.status).toBe(1);
    expect(result.errors).toEqual([`${join(input, 'a.rss')}: refused: the feed declares an external entity (<!ENTITY ... SYSTEM/PUBLIC ...>), which claimgraph never reads`]);
    expect(result.summary).toMatchObject({ read: 1, added: 1, stored: 1 });
  });

  it('refuses a store file that is not one, in one line, before reading anything', async () => {
    const notDb = join(tmp, 'notes.txt');
    writeFileSync(notDb, 'just notes, not a database. '.repeat(50));
    await expect(run([fixtures, '--db', notDb])).rejects.toThrow(/not a claimgraph store/);
  });
});
