import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeSingleByte, LEGACY_PAGES, legacyPageHtml } from './charset-pages.ts';

// Pages in windows-1251 and ISO-8859-2 through `claimgraph ingest` into a store and back out: the
// stored text and the speakers keep every letter; a page whose charset lies or is unknown is one
// clear line on stderr, naming the file and the charset, and the others are still stored.

const root = resolve(fileURLToPath(import.meta.url), '../..');
const bin = join(root, 'bin/claimgraph');
const tmp = mkdtempSync(join(tmpdir(), 'claimgraph-charset-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Run { status: number; stdout: string; stderr: string }
function claimgraph(args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(bin, args, { cwd: root, maxBuffer: 1 << 26, env: { ...process.env, CLAIMGRAPH_DEBUG: '' } },
      (error, stdout, stderr) => done({ status: error ? Number(error.code) : 0, stdout, stderr }));
  });
}
const lines = (s: string) => s.split('\n').filter(Boolean);
const jsonLines = (s: string) => lines(s).map((l) => JSON.parse(l) as Record<string, unknown>);

const { cyrillic, polish } = LEGACY_PAGES;
const inputs = join(tmp, 'pages');
const db = join(tmp, 'ledger.db');
let ingest: Run;

beforeAll(async () => {
  mkdirSync(inputs);
  const put = (name: string, bytes: Uint8Array) => writeFileSync(join(inputs, name), bytes);
  put('ua.html', encodeSingleByte(legacyPageHtml(cyrillic, '<meta charset="windows-1251">'), 'windows-1251'));
  put('pl.html', encodeSingleByte(legacyPageHtml(polish, '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">'), 'iso-8859-2'));
  put('unknown.html', encodeSingleByte(legacyPageHtml(cyrillic, '<meta charset="x-cyrillic-win">'), 'windows-1251'));
  put('lies.html', new TextEncoder().encode(legacyPageHtml(cyrillic, '<meta charset="windows-1251">')));
  // Plain text declares nothing: it stays UTF-8 only.
  put('note.txt', encodeSingleByte('Wąsik said so.', 'iso-8859-2'));
  ingest = await claimgraph(['ingest', inputs, '--db', db]);
}, 120_000);

// Each test spawns the CLI (through tsx when dist is older than the sources); on a loaded machine that takes a while.
describe.concurrent('claimgraph ingest: pages in other charsets', { timeout: 180_000 }, () => {
  it('stores the two legacy pages and names each refused file and its charset in one line', () => {
    expect(ingest.status).toBe(1);
    expect(ingest.stdout).toMatch(/2 added/);
    const errors = lines(ingest.stderr).filter((l) => l.startsWith('claimgraph: '));
    expect(errors).toEqual([
      `claimgraph: ${join(inputs, 'lies.html')}: the <meta charset> declares windows-1251, but the bytes are UTF-8 (every byte above 127 is part of a valid UTF-8 sequence, which windows-1251 text almost never is): the declaration is wrong; correct or remove it`,
      `claimgraph: ${join(inputs, 'note.txt')}:1: not valid UTF-8: bytes b1 73 69 6b at column 2 (byte 1)`,
      expect.stringMatching(new RegExp(`^claimgraph: ${join(inputs, 'unknown.html').replace(/[.]/g, '\\.')}:1: not valid UTF-8: bytes [0-9a-f ]+ at column \\d+ \\(byte \\d+\\); the <meta charset> names charset "x-cyrillic-win", which is no encoding claimgraph can decode`)),
    ]);
  });

  it('gives back the text with every letter, from the store', async () => {
    const exported = jsonLines((await claimgraph(['export', '--db', db, '--format', 'jsonl'])).stdout);
    const byId = new Map(exported.map((a) => [a.id, a]));
    expect([...byId.keys()].sort()).toEqual(['pl', 'ua']);
    expect(byId.get('ua')).toMatchObject({ title: cyrillic.title, source: cyrillic.site, text: cyrillic.body.join('\n\n') });
    expect(byId.get('pl')).toMatchObject({ title: polish.title, source: polish.site, text: polish.body.join('\n\n') });
  });

  it('keeps every letter of the speakers, and their offsets slice the stored text', async () => {
    const speakers = jsonLines((await claimgraph(['query', 'speakers', '--db', db])).stdout).map((s) => s.name);
    expect(speakers).toEqual(expect.arrayContaining(['Олександр Сирський', 'Дмитрий Песков', 'Maciej Wąsik', 'Władysław Kosiniak-Kamysz']));
    const text = cyrillic.body.join('\n\n');
    const quotes = jsonLines((await claimgraph(['query', 'quotes', '--article', 'ua', '--db', db])).stdout)
      .map((r) => r.item as { start: number; end: number; text: string; speaker: { name: string; mention: { start: number; end: number; text: string } } });
    expect(quotes.map((q) => [q.text, q.speaker.name])).toEqual([
      ['“We will hold the line in the south,”', 'Олександр Сирський'],
      ['"There will be no talks on these terms,"', 'Дмитрий Песков'],
    ]);
    for (const q of quotes) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      expect(text.slice(q.speaker.mention.start, q.speaker.mention.end)).toBe(q.speaker.mention.text);
    }
  });

  it('shows the charset in `claimgraph extract`', async () => {
    const run = await claimgraph(['extract', '--compact', join(inputs, 'pl.html'), join(inputs, 'ua.html')]);
    expect(run.status).toBe(0);
    expect(jsonLines(run.stdout).map((d) => [d.id, d.encoding])).toEqual([['pl', 'iso-8859-2'], ['ua', 'windows-1251']]);
  });
});
