import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Rig, sources, tempDir } from './helpers.ts';

const tmp = tempDir('claimgraph-watch-folder-');
afterAll(() => tmp.remove());

/** Writes a file and moves its mtime on, so that a rewrite within one clock tick still shows. */
let tick = Date.parse('2026-01-01T00:00:00Z') / 1000;
function write(path: string, text: string): void {
  writeFileSync(path, text);
  tick += 10;
  utimesSync(path, tick, tick);
}

describe('claimgraph watch: folders', () => {
  it('reads new and changed files with the ids `claimgraph ingest DIR` gives, skips unchanged ones, and reports bad input per file', async () => {
    const dir = join(tmp.dir, 'a');
    const inbox = join(dir, 'inbox');
    mkdirSync(join(inbox, 'sub'), { recursive: true });
    write(join(inbox, 'alpha.txt'), 'date 2025-11-12\n"We will rebuild the school," said mayor Ivan Fedorov.');
    write(join(inbox, 'sub', 'beta.txt'), '"The ferry is running again," said port director Mykola Savchenko.');
    write(join(inbox, 'wire.jsonl'), [
      JSON.stringify({ id: 'w-1', text: 'The governor said the bridge was repaired.' }),
      JSON.stringify({ id: 'w-2', text: 'Power is back, the operator said.' }),
      '{"id": "broken"',
    ].join('\n') + '\n');
    const r = new Rig(dir, sources(dir, { sources: [{ name: 'inbox', folder: 'inbox', every: '1m' }] }));

    await r.watcher.pollDue();
    expect(r.delivered.map((d) => d.id)).toEqual(['alpha', 'sub/beta', 'w-1', 'w-2']);
    expect(r.lines()).toEqual([
      expect.stringMatching(new RegExp(`^warn inbox: ${join(inbox, 'wire.jsonl').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: not JSON: .+; skipped$`)),
      'info inbox: 3 files new or changed: 4 new, 0 changed, 0 unchanged',
    ]);
    expect((await r.store.get('alpha'))!.document).toMatchObject({ date: '2025-11-12' });
    expect('retrieved' in (await r.store.get('alpha'))!.document).toBe(false);

    r.clock.advance(60_000);
    await r.watcher.pollDue();
    expect(r.lines().at(-1)).toBe('info inbox: no file changed (3 files)');

    // One line of the JSON Lines file changes, a page arrives, a file goes.
    write(join(inbox, 'wire.jsonl'), [
      JSON.stringify({ id: 'w-1', text: 'The governor said the bridge was repaired on Tuesday.' }),
      JSON.stringify({ id: 'w-2', text: 'Power is back, the operator said.' }),
    ].join('\n') + '\n');
    write(join(inbox, 'page.html'), '<!doctype html><html><head><title>Port reopens</title></head><body><article><h1>Port reopens</h1><p>"The port is open again for grain ships," said Oleksandr Kubrakov on Monday.</p></article></body></html>');
    rmSync(join(inbox, 'sub', 'beta.txt'));
    r.clock.advance(60_000);
    await r.watcher.pollDue();
    expect(r.delivered.slice(4).map((d) => d.id)).toEqual(['page', 'w-1']);
    expect(r.lines().at(-1)).toBe('info inbox: 2 files new or changed: 1 new, 1 changed, 1 unchanged');
    expect(r.state.files(r.sources[0]!.key).has(join(inbox, 'sub', 'beta.txt'))).toBe(false);
    // The article of a file that went stays in the ledger: the store keeps what it was given.
    expect(await r.store.get('sub/beta')).not.toBeNull();
    await r.close();
  });

  it('backs off while the folder is missing and reads it once it is there', async () => {
    const dir = join(tmp.dir, 'b');
    mkdirSync(dir);
    const r = new Rig(dir, sources(dir, { sources: [{ name: 'later', folder: 'later', every: '30s' }] }));
    await r.watcher.pollDue();
    expect(r.lines()).toEqual([`error later: ${join(dir, 'later')}: no such file or directory; failure 1 in a row, next try in 1 min`]);
    mkdirSync(join(dir, 'later'));
    write(join(dir, 'later', 'one.txt'), 'The mayor said the school would reopen.');
    r.clock.advance(60_000);
    await r.watcher.pollDue();
    expect(r.lines().slice(1)).toEqual(['info later: 1 file new or changed: 1 new, 0 changed, 0 unchanged', 'info later: recovered after 1 failed poll']);
    await r.close();
  });
});
