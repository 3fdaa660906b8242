import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Rig, sources, tempDir } from './helpers.ts';
import { plain, rss, TestServer, withEtag, withLastModified, type Item } from './server.ts';

const tmp = tempDir('claimgraph-watch-feed-');
afterAll(() => tmp.remove());

let server: TestServer;
let other: TestServer;
let stranger: TestServer;
beforeAll(async () => {
  server = await new TestServer().start();
  other = await new TestServer().start();
  stranger = await new TestServer().start();
});
afterAll(async () => {
  await Promise.all([server, other, stranger].map((s) => s.stop()));
});

let rigs: Rig[] = [];
let n = 0;
afterEach(async () => {
  for (const r of rigs) await r.close();
  rigs = [];
  for (const s of [server, other, stranger]) {
    s.routes.clear();
    s.requests.length = 0;
  }
});

function rig(config: object): Rig {
  const dir = `${tmp.dir}/r${++n}`;
  mkdirSync(dir);
  const r = new Rig(dir, sources(dir, config));
  rigs.push(r);
  return r;
}

const A: Item = { guid: 'wire-1', title: 'Ferry runs again', text: '"The ferry is running again," said port director Mykola Savchenko on Monday.' };
const B: Item = { guid: 'wire-2', title: 'Bridge repaired', text: 'Engineers finished the bridge, the regional governor Oleh Syniehubov said.' };
const B2: Item = { ...B, text: 'Engineers finished the bridge on Tuesday, the regional governor Oleh Syniehubov said.' };
const C: Item = { guid: 'wire-3', title: 'Power back', text: '"Power is back in every district," said Iryna Koval, a spokeswoman for the grid operator.' };

describe('claimgraph watch: feeds over HTTP', () => {
  it('ingests new items, asks with the ETag, treats a 304 as nothing, and ingests only what changed', async () => {
    let items = [A, B];
    server.routes.set('/feed.xml', withEtag(() => rss('Wire', items)));
    const r = rig({ sources: [{ name: 'wire', feed: server.url('/feed.xml'), every: '10m' }] });

    const [first] = await r.watcher.pollDue();
    expect(first).toMatchObject({ ok: true, unchanged: false, counts: { added: 2, replaced: 0, unchanged: 0 } });
    expect(r.lines()).toEqual(['info wire: 2 items: 2 new, 0 changed, 0 unchanged']);
    const stored = await r.store.get('wire-1');
    expect(stored!.document).toMatchObject({ title: 'Ferry runs again', source: 'Wire', date: '2025-11-12', retrieved: '2026-01-01T00:00:00.000Z' });
    expect(stored!.extraction.quotes.map((q) => q.speaker?.name)).toEqual(['Mykola Savchenko']);

    // Not due yet: nothing is asked.
    r.clock.advance(9 * 60_000);
    expect(await r.watcher.pollDue()).toEqual([]);
    expect(server.requests).toHaveLength(1);

    // Due: the ETag goes back, the server says 304, and nothing is parsed, delivered or recorded.
    r.clock.advance(60_000);
    const before = r.state.source(r.sources[0]!.key);
    const [second] = await r.watcher.pollDue();
    expect(server.requests[1]!.headers['if-none-match']).toBe(server.requests.length && before.etag);
    expect(second).toMatchObject({ ok: true, unchanged: true, counts: { added: 0, replaced: 0, unchanged: 0 } });
    expect(r.delivered).toHaveLength(2);
    expect(r.lines(1)).toEqual(['info wire: not modified (304)']);
    expect(r.state.source(r.sources[0]!.key)).toEqual({ ...before, nextAt: r.clock.now() + 10 * 60_000 });

    // The feed changes: one item edited, one new, one as before.
    items = [A, B2, C];
    r.clock.advance(10 * 60_000);
    const [third] = await r.watcher.pollDue();
    expect(third!.counts).toMatchObject({ added: 1, replaced: 1, unchanged: 1 });
    expect(r.delivered.map((d) => d.id)).toEqual(['wire-1', 'wire-2', 'wire-2', 'wire-3']);
    expect((await r.store.get('wire-2'))!.document.text).toBe(B2.text);
    expect(r.lines(2)).toEqual(['info wire: 3 items: 1 new, 1 changed, 1 unchanged']);
    expect((await r.store.stats()).articles).toBe(3);
  });

  it('sends If-Modified-Since to a server that gives Last-Modified, and skips a body it has read before when the server ignores validators', async () => {
    server.routes.set('/lm.xml', withLastModified(() => ({ text: rss('LM', [A]), modified: 'Wed, 12 Nov 2025 08:00:00 GMT' })));
    server.routes.set('/plain.xml', plain(() => rss('Plain', [B])));
    const r = rig({ defaults: { every: '1m' }, sources: [{ name: 'lm', feed: server.url('/lm.xml') }, { name: 'plain', feed: server.url('/plain.xml') }] });
    await r.watcher.pollDue();
    r.clock.advance(60_000);
    await r.watcher.pollDue();
    const lm = server.requests.filter((q) => q.path === '/lm.xml');
    expect(lm[0]!.headers['if-modified-since']).toBeUndefined();
    expect(lm[1]!.headers['if-modified-since']).toBe('Wed, 12 Nov 2025 08:00:00 GMT');
    expect(r.lines()).toEqual([
      'info lm: 1 items: 1 new, 0 changed, 0 unchanged',
      'info plain: 1 items: 1 new, 0 changed, 0 unchanged',
      'info lm: not modified (304)',
      expect.stringMatching(/^info plain: unchanged \(the same \d+ bytes as last time\)$/),
    ]);
    expect(r.delivered).toHaveLength(2);
  });

  it('backs off on errors, doubling per failure in a row up to the cap, honours Retry-After, and recovers', async () => {
    let status = 500;
    server.routes.set('/flaky.xml', (_req, res) => {
      if (status === 200) {
        res.setHeader('content-type', 'application/rss+xml');
        res.end(rss('Flaky', [A]));
        return;
      }
      res.statusCode = status;
      if (status === 503) res.setHeader('retry-after', '3000');
      res.end('broken');
    });
    const r = rig({ sources: [{ name: 'flaky', feed: server.url('/flaky.xml'), every: '1m', maxBackoff: '10m' }] });
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = r.clock.now();
      const [p] = await r.watcher.pollDue();
      expect(p!.ok).toBe(false);
      waits.push(p!.nextAt - t);
      r.clock.advance(p!.nextAt - t);
    }
    expect(waits).toEqual([120_000, 240_000, 480_000, 600_000, 600_000]);
    expect(r.lines()[0]).toBe(`error flaky: HTTP 500 Internal Server Error from ${server.url('/flaky.xml')}; failure 1 in a row, next try in 2 min`);
    expect(r.lines()[4]).toBe(`error flaky: HTTP 500 Internal Server Error from ${server.url('/flaky.xml')}; failure 5 in a row, next try in 10 min`);

    // The server asks for 3000 s: more than the cap, so the cap.
    status = 503;
    const [p503] = await r.watcher.pollDue();
    expect(p503!.nextAt - r.clock.now()).toBe(600_000);
    r.clock.advance(600_000);

    status = 200;
    const [ok] = await r.watcher.pollDue();
    expect(ok).toMatchObject({ ok: true, counts: { added: 1 } });
    expect(ok!.nextAt - r.clock.now()).toBe(60_000);
    expect(r.lines().slice(-2)).toEqual(['info flaky: 1 items: 1 new, 0 changed, 0 unchanged', 'info flaky: recovered after 6 failed polls']);
    expect(r.state.source(r.sources[0]!.key).failures).toBe(0);
  });

  it('gives up on a server that does not answer, or stops halfway, within the timeout', async () => {
    server.routes.set('/silent.xml', () => undefined);
    server.routes.set('/stalls.xml', (_req, res) => {
      res.setHeader('content-type', 'application/rss+xml');
      res.write('<?xml version="1.0"?><rss version="2.0"><channel>');
    });
    const r = rig({ sources: [
      { name: 'silent', feed: server.url('/silent.xml'), timeout: '300ms' },
      { name: 'stalls', feed: server.url('/stalls.xml'), timeout: '300ms' },
    ] });
    const started = Date.now();
    const results = await r.watcher.pollDue();
    expect(Date.now() - started).toBeLessThan(5000);
    expect(results.map((p) => p.ok)).toEqual([false, false]);
    expect(r.lines()).toEqual([
      `error silent: no complete answer from ${server.url('/silent.xml')} within 0.3 s; failure 1 in a row, next try in 30 min`,
      `error stalls: no complete answer from ${server.url('/stalls.xml')} within 0.3 s; failure 1 in a row, next try in 30 min`,
    ]);
    expect(r.delivered).toEqual([]);
  });

  it('follows a redirect to a host the config allows, and refuses one to any other host without asking it', async () => {
    other.routes.set('/moved.xml', withEtag(() => rss('Moved', [A])));
    server.routes.set('/old.xml', (_req, res) => { res.statusCode = 301; res.setHeader('location', other.url('/moved.xml')); res.end(); });
    server.routes.set('/evil.xml', (_req, res) => { res.statusCode = 302; res.setHeader('location', stranger.url('/feed.xml')); res.end(); });
    server.routes.set('/file.xml', (_req, res) => { res.statusCode = 302; res.setHeader('location', 'file:///etc/passwd'); res.end(); });
    server.routes.set('/loop.xml', (_req, res) => { res.statusCode = 302; res.setHeader('location', '/loop.xml'); res.end(); });
    stranger.routes.set('/feed.xml', plain(() => rss('Stranger', [B])));
    const r = rig({ sources: [
      { name: 'moved', feed: server.url('/old.xml'), allowHosts: [other.host] },
      { name: 'evil', feed: server.url('/evil.xml'), allowHosts: [other.host] },
      { name: 'file', feed: server.url('/file.xml') },
      { name: 'loop', feed: server.url('/loop.xml') },
    ] });
    const results = await r.watcher.pollDue();
    expect(results.map((p) => p.ok)).toEqual([true, false, false, false]);
    expect(r.lines()).toEqual([
      'info moved: 1 items: 1 new, 0 changed, 0 unchanged',
      `error evil: refused ${stranger.url('/feed.xml')}: host ${stranger.host} is not this source's nor in its allowHosts; failure 1 in a row, next try in 30 min`,
      'error file: refused file:///etc/passwd: only http and https are fetched; failure 1 in a row, next try in 30 min',
      `error loop: more than 5 redirects from ${server.url('/loop.xml')}; failure 1 in a row, next try in 30 min`,
    ]);
    expect(stranger.requests).toEqual([]);
    expect(r.delivered.map((d) => d.id)).toEqual(['wire-1']);

    // The ETag of the redirect's target is sent on the next poll, through the redirect.
    r.clock.advance(15 * 60_000);
    await r.watcher.poll(r.sources[0]!);
    expect(other.requests[1]!.headers['if-none-match']).toBeTruthy();
    expect(r.lines().at(-1)).toBe('info moved: not modified (304)');
  });

  it('refuses garbage with one line naming what is wrong, stores nothing from it, and reads the feed once it is good again', async () => {
    let body: string | Buffer = '<html><body>Service temporarily unavailable</body></html>';
    server.routes.set('/garbage.xml', (_req, res) => { res.setHeader('content-type', 'text/html'); res.end(body); });
    server.routes.set('/huge.xml', plain(() => rss('Huge', [{ ...A, text: 'x '.repeat(40_000) }])));
    // No Content-Length: the cap is found while reading.
    server.routes.set('/endless.xml', (_req, res) => {
      res.setHeader('content-type', 'application/rss+xml');
      res.write('<?xml version="1.0"?><rss version="2.0"><channel>');
      const more = () => { if (!res.destroyed) res.write('<item><title>again</title></item>'.repeat(100), () => setImmediate(more)); };
      more();
    });
    const r = rig({ defaults: { every: '1m' }, sources: [
      { name: 'garbage', feed: server.url('/garbage.xml') },
      { name: 'huge', feed: server.url('/huge.xml'), maxBytes: 50_000 },
      { name: 'endless', feed: server.url('/endless.xml'), maxBytes: 50_000 },
    ] });
    await r.watcher.pollDue();
    const messages: string[] = [];
    for (const b of [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]), '<rss version="2.0"><channel><item><title>cut off', '<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title></channel></rss>']) {
      body = b;
      r.clock.advance(10 * 60_000);
      await r.watcher.poll(r.sources[0]!);
    }
    messages.push(...r.lines());
    expect(messages).toEqual([
      `error garbage: ${server.url('/garbage.xml')}: not a feed claimgraph can read: XML, but not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed>); failure 1 in a row, next try in 2 min`,
      `error huge: ${server.url('/huge.xml')} sent 80261 bytes, over the limit of 50000; not read; failure 1 in a row, next try in 2 min`,
      `error endless: ${server.url('/endless.xml')} sent more than 50000 bytes, over the limit of 50000; not read; failure 1 in a row, next try in 2 min`,
      expect.stringMatching(new RegExp(`^error garbage: ${escape(server.url('/garbage.xml'))}: not a feed claimgraph can read: binary data, not a feed: .*; failure 2 in a row, next try in 4 min$`)),
      expect.stringMatching(new RegExp(`^error garbage: ${escape(server.url('/garbage.xml'))}:\\d+: not a feed claimgraph can read: not well-formed XML: .*; failure 3 in a row, next try in 8 min$`)),
      `error garbage: ${server.url('/garbage.xml')}: not a feed claimgraph can read: feed has no <item>; failure 4 in a row, next try in 16 min`,
    ]);
    expect(r.delivered).toEqual([]);
    body = rss('Good again', [A]);
    r.clock.advance(20 * 60_000);
    expect(await r.watcher.poll(r.sources[0]!)).toMatchObject({ ok: true, counts: { added: 1 } });
    expect(r.lines().slice(-2)).toEqual(['info garbage: 1 items: 1 new, 0 changed, 0 unchanged', 'info garbage: recovered after 4 failed polls']);
  });

  it('warns of an item without text and ingests the others', async () => {
    const feed = rss('Wire', [A, B]).replace(`<description>${'&lt;p&gt;' + B.text.replace(/&/g, '&amp;') + '&lt;/p&gt;'}</description>`, '');
    server.routes.set('/part.xml', plain(() => feed));
    const r = rig({ sources: [{ name: 'part', feed: server.url('/part.xml') }] });
    await r.watcher.pollDue();
    expect(r.lines()).toEqual([
      `warn part: ${server.url('/part.xml')}: item 2 has no text (no content:encoded, description, content or summary); skipped`,
      'info part: 2 items: 1 new, 0 changed, 0 unchanged, 1 unreadable',
    ]);
    expect(r.delivered.map((d) => d.id)).toEqual(['wire-1']);
  });
});

describe('claimgraph watch: item pages', () => {
  it('fetches an item\'s page only with fetchItems and only on an allowed host, never a link inside it', async () => {
    const page = (title: string, text: string) => `<!doctype html><html><head><title>${title}</title><meta property="og:site_name" content="Example News"></head>
<body><nav><a href="/nav">Home</a></nav><article><h1>${title}</h1><p>${text}</p><p>Read also <a href="/linked-story">another story</a> and <a href="${stranger.url('/tracker')}">this</a>.</p></article></body></html>`;
    other.routes.set('/story-1', plain(() => page('Ferry runs again', `${A.text} It had stopped for two weeks after the strike on the pier.`), 'text/html'));
    const items: Item[] = [
      { ...A, link: other.url('/story-1') },
      { ...B, link: stranger.url('/story-2') },
      { ...C, link: other.url('/missing') },
    ];
    server.routes.set('/items.xml', withEtag(() => rss('Wire', items)));
    server.routes.set('/no-fetch.xml', withEtag(() => rss('Wire', items.map((i) => ({ ...i, guid: i.guid + '-nf' })))));
    const r = rig({ sources: [
      { name: 'pages', feed: server.url('/items.xml'), fetchItems: true, allowHosts: [other.host] },
      { name: 'feed-only', feed: server.url('/no-fetch.xml'), allowHosts: [other.host] },
    ] });
    await r.watcher.pollDue();
    expect(other.paths()).toEqual(['/story-1', '/missing']);
    expect(stranger.requests).toEqual([]);
    expect(r.lines()).toEqual([
      `warn pages: item "wire-2": not fetched: ${stranger.url('/story-2')} is not on this source's host nor in its allowHosts; the feed's text is used`,
      `warn pages: item "wire-3": page not read: HTTP 404 Not Found from ${other.url('/missing')}; the feed's text is used`,
      'info pages: 3 items: 3 new, 0 changed, 0 unchanged',
      'info feed-only: 3 items: 3 new, 0 changed, 0 unchanged',
    ]);
    const fetched = (await r.store.get('wire-1'))!.document;
    expect(fetched.text).toContain('It had stopped for two weeks');
    expect(fetched).toMatchObject({ url: other.url('/story-1'), source: 'Example News', retrieved: '2026-01-01T00:00:00.000Z' });
    expect((await r.store.get('wire-2'))!.document.text).toBe(B.text);
    expect((await r.store.get('wire-1-nf'))!.document.text).toBe(A.text);

    // An unchanged item is not fetched again.
    r.clock.advance(60 * 60_000);
    items[1] = { ...B2, link: stranger.url('/story-2') };
    await r.watcher.pollDue();
    expect(other.paths()).toEqual(['/story-1', '/missing']);
    expect(r.lines().at(-2)).toBe('info pages: 3 items: 0 new, 1 changed, 2 unchanged');
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
