import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Rig, sources, tempDir } from './helpers.ts';
import { rss, TestServer, withEtag } from './server.ts';

const tmp = tempDir('claimgraph-watch-schedule-');
let server: TestServer;
beforeAll(async () => { server = await new TestServer().start(); });
afterAll(async () => {
  await server.stop();
  tmp.remove();
});

describe('claimgraph watch: the schedule', () => {
  it('polls each source on its own interval, and a failing one on its back-off, without holding up the others', async () => {
    server.routes.set('/fast.xml', withEtag(() => rss('Fast', [{ guid: 'f-1', title: 'F', text: 'The mayor said the school would reopen.' }])));
    server.routes.set('/slow.xml', withEtag(() => rss('Slow', [{ guid: 's-1', title: 'S', text: 'The governor said the bridge was repaired.' }])));
    server.routes.set('/down.xml', (_req, res) => { res.statusCode = 500; res.end(); });
    const dir = join(tmp.dir, 'a');
    mkdirSync(dir);
    const r = new Rig(dir, sources(dir, { sources: [
      { name: 'fast', feed: server.url('/fast.xml'), every: '1m' },
      { name: 'slow', feed: server.url('/slow.xml'), every: '3m' },
      { name: 'down', feed: server.url('/down.xml'), every: '1m', maxBackoff: '4m' },
    ] }));
    const stop = new AbortController();
    const start = r.clock.now();
    const polls: string[] = [];
    const log = r.logs.push.bind(r.logs);
    r.logs.push = (...lines) => {
      for (const l of lines) {
        polls.push(`${(l.at - start) / 60_000} ${l.source}`);
        if (l.at - start >= 9 * 60_000) stop.abort();
      }
      return log(...lines);
    };
    await r.watcher.run(stop.signal);
    expect(polls).toEqual([
      '0 fast', '0 slow', '0 down',
      '1 fast', '2 fast', '2 down',
      '3 fast', '3 slow', '4 fast', '5 fast', '6 fast', '6 slow', '6 down',
      '7 fast', '8 fast', '9 fast',
    ]);
    await r.close();
  });
});
