import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClaimgraphError } from '../../src/model/errors.ts';
import { openSqliteStore } from '../../src/store/index.ts';
import { extractDocument } from '../../src/extract/pipeline.ts';
import { WatchState } from '../../src/watch/state.ts';
import { Rig, sources, tempDir } from './helpers.ts';
import { rss, TestServer, withEtag } from './server.ts';
import { identityRules } from '../../src/link/identity-rules.ts';

const tmp = tempDir('claimgraph-watch-resume-');
let server: TestServer;
beforeAll(async () => { server = await new TestServer().start(); });
afterAll(async () => {
  await server.stop();
  tmp.remove();
});

const items = [
  { guid: 'r-1', title: 'Ferry', text: '"The ferry is running again," said port director Mykola Savchenko.' },
  { guid: 'r-2', title: 'Grid', text: '"Power is back in every district," said Iryna Koval of the grid operator.' },
];

describe('claimgraph watch: restart', () => {
  it('goes on where it stopped: the schedule, the validators, the items and files seen; nothing is ingested again', async () => {
    server.routes.set('/feed.xml', withEtag(() => rss('Wire', items)));
    server.routes.set('/down.xml', (_req, res) => { res.statusCode = 502; res.end(); });
    const dir = join(tmp.dir, 'a');
    mkdirSync(join(dir, 'inbox'), { recursive: true });
    writeFileSync(join(dir, 'inbox', 'note.txt'), 'date 2025-11-12\n"We will rebuild the school," said mayor Ivan Fedorov.');
    const r = new Rig(dir, sources(dir, { sources: [
      { name: 'wire', feed: server.url('/feed.xml'), every: '5m' },
      { name: 'down', feed: server.url('/down.xml'), every: '5m' },
      { name: 'inbox', folder: 'inbox', every: '5m' },
    ] }));
    await r.watcher.pollDue();
    expect(r.delivered.map((d) => d.id)).toEqual(['r-1', 'r-2', 'note']);
    const stored = await r.store.articles();
    const down = r.state.source(r.sources[1]!.key);
    expect(down).toMatchObject({ failures: 1, nextAt: r.clock.now() + 10 * 60_000 });

    // A new process: same files, clock where it was.
    await r.restart();
    expect(await r.watcher.pollDue()).toEqual([]);
    expect(r.watcher.nextDue()).toBe(r.clock.now() + 5 * 60_000);
    r.clock.advance(5 * 60_000);
    const polled = await r.watcher.pollDue();
    expect(polled.map((p) => p.unchanged)).toEqual([true, true]);
    expect(r.lines(3)).toEqual(['info wire: not modified (304)', 'info inbox: no file changed (1 files)']);
    // The failing source keeps its back-off across the restart.
    r.clock.advance(5 * 60_000);
    await r.watcher.pollDue();
    expect(r.lines().filter((l) => l.startsWith('error down')).at(-1)).toBe(`error down: HTTP 502 Bad Gateway from ${server.url('/down.xml')}; failure 2 in a row, next try in 20 min`);

    expect(r.delivered).toHaveLength(3);
    expect(await r.store.articles()).toEqual(stored);
    await r.close();
  });

  it('a watcher killed after storing but before recording delivers again, and the store takes nothing new', async () => {
    server.routes.set('/feed2.xml', withEtag(() => rss('Wire', items)));
    const dir = join(tmp.dir, 'b');
    mkdirSync(dir);
    const config = { sources: [{ name: 'wire', feed: server.url('/feed2.xml') }] };
    const r = new Rig(dir, sources(dir, config));
    await r.watcher.pollDue();
    const stored = await r.store.articles();
    // What a kill between the store's commit and the state's write leaves: the articles, no state.
    await r.close();
    rmSync(join(dir, 'ledger.db.watch'));
    const again = new Rig(dir, sources(dir, config));
    const [p] = await again.watcher.pollDue();
    expect(p!.counts).toMatchObject({ added: 0, replaced: 0, unchanged: 2 });
    expect(await again.store.articles()).toEqual(stored);
    await again.close();
  });

  it('an article whose extraction fails is logged, not recorded, and tried again on the next change of the feed', async () => {
    let feedItems = [...items, { guid: 'r-boom', title: 'Boom', text: 'This text makes the extractor throw.' }];
    server.routes.set('/boom.xml', withEtag(() => rss('Wire', feedItems)));
    const dir = join(tmp.dir, 'd');
    mkdirSync(dir);
    let broken = true;
    const r = new Rig(dir, sources(dir, { sources: [{ name: 'wire', feed: server.url('/boom.xml'), every: '1m' }] }), (d) => {
      if (broken && d.text.includes('throw')) throw new Error('a bug in an extractor');
      return extractDocument(d).extraction;
    });
    const [p] = await r.watcher.pollDue();
    expect(p).toMatchObject({ ok: true, counts: { added: 2, failed: 1 } });
    expect(r.failures).toEqual(['Error: a bug in an extractor']);
    expect(r.lines()).toEqual([
      'warn wire: document "r-boom": not stored, its extraction failed; tried again when it changes',
      'info wire: 3 items: 2 new, 0 changed, 0 unchanged, 1 failed',
    ]);
    broken = false;
    feedItems = [...feedItems, { guid: 'r-4', title: 'Four', text: 'The governor said the bridge was repaired.' }];
    r.clock.advance(60_000);
    const [again] = await r.watcher.pollDue();
    expect(again!.counts).toMatchObject({ added: 2, unchanged: 2, failed: 0 });
    expect(await r.store.get('r-boom')).not.toBeNull();
    await r.close();
  });

  it('refuses a state file that is something else, naming it', async () => {
    const dir = join(tmp.dir, 'c');
    mkdirSync(dir);
    const path = join(dir, 'not-state.db');
    const s = new WatchState(join(dir, 'ok.db'));
    s.close();
    writeFileSync(path, 'hello, this is not SQLite at all, just text long enough to be read as a header');
    let error: ClaimgraphError | null = null;
    try {
      new WatchState(path);
    } catch (e) {
      error = e as ClaimgraphError;
    }
    expect(error!.describe()).toBe(`${path}: cannot use it as the watch state: file is not a database`);
    // A ledger is no watch state either: the two are never mixed up.
    const ledger = join(dir, 'ledger.db');
    await openSqliteStore(ledger, { identities: identityRules }).close();
    expect(() => new WatchState(ledger)).toThrow(/an SQLite file that is not a watch state \(it holds articles, /);
  });
});
