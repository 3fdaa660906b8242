import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ClaimgraphError } from '../../src/model/errors.ts';
import { loadConfig, parseConfig } from '../../src/config/watch.ts';
import { backoffMs, human } from '../../src/watch/watcher.ts';
import { allowedUrl } from '../../src/watch/fetch.ts';
import { tempDir } from './helpers.ts';

const tmp = tempDir('claimgraph-watch-config-');
afterAll(() => tmp.remove());

const problem = (json: unknown): string => {
  try {
    parseConfig(json, 'w.json');
  } catch (e) {
    return (e as ClaimgraphError).describe();
  }
  return 'accepted';
};

describe('watch config', () => {
  it('applies defaults, reads durations, keys state by URL or absolute path, and resolves folders against the config file', () => {
    const c = parseConfig({
      defaults: { every: '5m', timeout: 10 },
      sources: [
        { name: 'wire', feed: 'https://Example.org/rss', fetchItems: true, allowHosts: ['WWW.example.org', 'cdn.example.org:8443'] },
        { feed: 'http://example.net/atom', every: '90s', maxBackoff: '30s' },
        { folder: 'incoming/', every: '250ms' },
      ],
    }, '/etc/claimgraph/watch.json');
    expect(c.sources).toEqual([
      expect.objectContaining({ kind: 'feed', name: 'wire', key: 'feed https://example.org/rss', url: 'https://example.org/rss', everyMs: 300_000, timeoutMs: 10_000, maxBackoffMs: 6 * 3_600_000, fetchItems: true, allowHosts: ['www.example.org', 'cdn.example.org:8443'] }),
      // A cap below the interval is the interval.
      expect.objectContaining({ name: 'http://example.net/atom', everyMs: 90_000, maxBackoffMs: 90_000, fetchItems: false, allowHosts: [] }),
      expect.objectContaining({ kind: 'folder', name: 'incoming/', key: 'folder /etc/claimgraph/incoming', path: '/etc/claimgraph/incoming', everyMs: 250 }),
    ]);
  });

  it('names the file and every field that is wrong', () => {
    expect(problem({ sources: [] })).toBe('w.json: bad watch config: sources: at least one source');
    expect(problem({ sources: [{ feed: 'ftp://example.org/rss' }] })).toMatch(/^w\.json: bad watch config: sources\.0.*an http:\/\/ or https:\/\/ URL/);
    expect(problem({ sources: [{ feed: 'https://example.org/rss', every: 'often' }] })).toMatch(/sources\.0.*a duration such as "30s", "15m", "1h" or a number of seconds/);
    expect(problem({ sources: [{ feed: 'https://example.org/rss', fetchitems: true }] })).toMatch(/fetchitems/);
    expect(problem({ sources: [{ feed: 'https://example.org/rss', allowHosts: ['https://cdn.example.org/'] }] })).toMatch(/a host name, optionally with a port/);
    expect(problem({ sources: [{ feed: 'https://example.org/a', name: 'x' }, { folder: 'in', name: 'x' }] })).toBe('w.json: bad watch config: two sources are named "x"');
    expect(problem({ sources: [{ feed: 'https://example.org/a' }, { feed: 'https://EXAMPLE.org/a', name: 'again' }] })).toBe('w.json: bad watch config: two sources watch https://example.org/a');
    expect(problem({ source: [{ feed: 'https://example.org/a' }] })).toMatch(/^w\.json: bad watch config: /);
  });

  it('reads JSON from a file, with one line for a file that is missing or not JSON', async () => {
    const good = join(tmp.dir, 'good.json');
    writeFileSync(good, JSON.stringify({ sources: [{ folder: '.' }] }));
    expect((await loadConfig(good)).sources[0]).toMatchObject({ kind: 'folder', path: tmp.dir });
    const bad = join(tmp.dir, 'bad.json');
    writeFileSync(bad, 'sources:\n  - feed: x\n');
    await expect(loadConfig(bad)).rejects.toThrow(/^the watch config is not JSON: /);
    await expect(loadConfig(join(tmp.dir, 'none.json'))).rejects.toThrow('cannot read the watch config: no such file');
  });
});

describe('back-off and hosts', () => {
  it('doubles the interval per failure in a row, within the interval and the cap, and lets Retry-After lengthen it up to the cap', () => {
    const s = { everyMs: 60_000, maxBackoffMs: 3_600_000 };
    expect([1, 2, 3, 4, 5, 6, 7, 100].map((f) => backoffMs(s, f))).toEqual([120_000, 240_000, 480_000, 960_000, 1_920_000, 3_600_000, 3_600_000, 3_600_000]);
    expect(backoffMs(s, 1, 600_000)).toBe(600_000);
    expect(backoffMs(s, 1, 1000)).toBe(120_000);
    expect(backoffMs(s, 1, 99_999_999)).toBe(3_600_000);
    expect(human(90_000)).toBe('1.5 min');
  });

  it('allows the configured URL\'s host and the listed hosts (any port, or the port given), over http(s) only', () => {
    const policy = { origin: new URL('https://news.example/rss'), allowHosts: ['cdn.example', 'img.example:8443'] };
    const ok = (u: string) => allowedUrl(new URL(u), policy);
    expect(ok('https://news.example/story')).toBe(true);
    expect(ok('http://news.example/story')).toBe(true);
    expect(ok('https://news.example:444/story')).toBe(false);
    expect(ok('https://cdn.example:9000/a')).toBe(true);
    expect(ok('https://img.example:8443/a')).toBe(true);
    expect(ok('https://img.example/a')).toBe(false);
    expect(ok('https://evil.example/a')).toBe(false);
    expect(ok('https://news.example.evil.example/a')).toBe(false);
    expect(ok('https://user:pw@news.example/a')).toBe(false);
    expect(ok('file:///etc/passwd')).toBe(false);
    expect(ok('ftp://news.example/a')).toBe(false);
  });
});
