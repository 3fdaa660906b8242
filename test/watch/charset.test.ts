import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { encodeSingleByte, LEGACY_PAGES, legacyPageHtml } from '../charset-pages.ts';
import { Rig, sources, tempDir } from './helpers.ts';
import { rss, TestServer, withEtag, type Handler, type Item } from './server.ts';

// `claimgraph watch` against a loopback server that sends pages and feeds in windows-1251 and
// says so only in the HTTP Content-Type: the bytes are read in the charset the server names.

const tmp = tempDir('claimgraph-watch-charset-');
afterAll(() => tmp.remove());

let server: TestServer;
beforeAll(async () => {
  server = await new TestServer().start();
});
afterAll(() => server.stop());

let rigs: Rig[] = [];
let n = 0;
afterEach(async () => {
  for (const r of rigs) await r.close();
  rigs = [];
  server.routes.clear();
  server.requests.length = 0;
});

function rig(config: object): Rig {
  const dir = `${tmp.dir}/r${++n}`;
  mkdirSync(dir);
  const r = new Rig(dir, sources(dir, config));
  rigs.push(r);
  return r;
}

/** Serves `bytes` as they are, with this Content-Type. */
const bytesAs = (type: string, bytes: Uint8Array): Handler => (_req, res) => {
  res.setHeader('content-type', type);
  res.end(bytes);
};

const { cyrillic } = LEGACY_PAGES;
// The page declares nothing itself: only the HTTP header says windows-1251.
const page1251 = encodeSingleByte(legacyPageHtml(cyrillic, ''), 'windows-1251');
const item: Item = { guid: 'south-1', title: 'South', text: 'The line in the south holds, the General Staff said on Monday.' };

describe('claimgraph watch: charsets from the HTTP Content-Type', () => {
  it('reads an item page sent as text/html; charset=windows-1251 letter for letter, speakers too', async () => {
    server.routes.set('/story', bytesAs('text/html; charset=windows-1251', page1251));
    server.routes.set('/feed.xml', withEtag(() => rss('Wire', [{ ...item, link: server.url('/story') }])));
    const r = rig({ sources: [{ name: 'south', feed: server.url('/feed.xml'), fetchItems: true }] });
    await r.watcher.pollDue();
    expect(r.lines()).toEqual(['info south: 1 items: 1 new, 0 changed, 0 unchanged']);
    expect(r.delivered[0]).toMatchObject({ id: 'south-1', encoding: 'windows-1251', retrieved: '2026-01-01T00:00:00.000Z' });
    const stored = (await r.store.get('south-1'))!;
    expect(stored.document).toMatchObject({ text: cyrillic.body.join('\n\n'), title: cyrillic.title, source: cyrillic.site, url: server.url('/story') });
    expect(stored.extraction.quotes.map((q) => q.speaker?.name)).toEqual(['Олександр Сирський', 'Дмитрий Песков']);
  });

  it('reads a feed sent as application/rss+xml; charset=windows-1251, over what its XML declaration says', async () => {
    const feed = rss('Південний кур’єр', [{ guid: 'n1', title: cyrillic.title, text: cyrillic.body[1]! }]);
    // rss() writes encoding="UTF-8" in the declaration; the HTTP charset wins (RFC 7303).
    server.routes.set('/feed.xml', bytesAs('application/rss+xml; charset="windows-1251"', encodeSingleByte(feed, 'windows-1251')));
    const r = rig({ sources: [{ name: 'south', feed: server.url('/feed.xml') }] });
    await r.watcher.pollDue();
    expect(r.lines()).toEqual(['info south: 1 items: 1 new, 0 changed, 0 unchanged']);
    const stored = (await r.store.get('n1'))!;
    expect(stored.document).toMatchObject({ text: cyrillic.body[1], title: cyrillic.title, source: 'Південний кур’єр' });
    expect(stored.extraction.quotes.map((q) => q.speaker?.name)).toEqual(['Олександр Сирський']);
  });

  it('names a page whose header lies, uses the feed\'s text instead, and fails a feed in an unknown charset by name', async () => {
    server.routes.set('/story', bytesAs('text/html; charset=utf-8', page1251));
    server.routes.set('/feed.xml', withEtag(() => rss('Wire', [{ ...item, link: server.url('/story') }])));
    const unknown = rss('Південний кур’єр', [{ guid: 'n2', title: 'x', text: cyrillic.body[0]! }]).replace(' encoding="UTF-8"', '');
    server.routes.set('/klingon.xml', bytesAs('application/rss+xml; charset=x-klingon', encodeSingleByte(unknown, 'windows-1251')));
    const r = rig({ sources: [
      { name: 'liar', feed: server.url('/feed.xml'), fetchItems: true },
      { name: 'klingon', feed: server.url('/klingon.xml') },
    ] });
    await r.watcher.pollDue();
    const lines = r.lines();
    expect(lines).toContainEqual(expect.stringMatching(/^warn liar: item "south-1": page not read: not valid UTF-8: bytes [0-9a-f ]+ at column \d+ \(byte \d+\); UTF-8 is what the HTTP Content-Type declares, wrongly; the feed's text is used$/));
    expect(lines).toContainEqual('info liar: 1 items: 1 new, 0 changed, 0 unchanged');
    expect((await r.store.get('south-1'))!.document.text).toBe(item.text);
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^error klingon: ${server.url('/klingon.xml').replace(/[.]/g, '\\.')}:\\d+: not a feed claimgraph can read: not valid UTF-8: .*; the HTTP Content-Type names charset "x-klingon", which is no encoding claimgraph can decode .*; failure 1 in a row, next try in`)));
  });
});
