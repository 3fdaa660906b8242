// Issue 16: hostile input. Each case here failed before its fix (the repro, made small).
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ClaimgraphError } from '../model/errors.ts';
import { htmlDocument, htmlToText } from './html.ts';
import { htmlDepth, MAX_HTML_DEPTH } from './html-depth.ts';
import { readInputs } from './index.ts';
import { collect, tempDir } from '../../test/helpers/ingest.ts';
import { isWellFormed, repairSurrogates } from './well-formed.ts';

const dir = tempDir('claimgraph-hostile-');
afterAll(dir.remove);

async function read(paths: string[]) {
  const errors: string[] = [];
  const warnings: string[] = [];
  const failures: string[] = [];
  const docs = await collect(readInputs(paths, {
    onError: (e) => errors.push(e.describe()),
    onWarning: (w) => warnings.push(w.describe()),
    onFailure: (e, file) => failures.push(`${file}: ${String(e)}`),
  }));
  return { docs, errors, warnings, failures };
}

const feed = (doctype: string, description: string) =>
  `<?xml version="1.0"?>\n${doctype}<rss version="2.0"><channel><title>T</title><item><guid>i1</guid><title>a</title><description>${description}</description></item></channel></rss>\n`;

describe('lone surrogates (issue 16, item 1)', () => {
  it('become U+FFFD at ingest, one unit for one so that no offset moves, with a warning naming the document', async () => {
    const path = dir.write('s.jsonl', '{"id":"s","text":"A \\ud800 b. \\"We will hold,\\" said Andrii Hnatov.","title":"x\\udc00"}\n');
    const { docs, warnings, errors } = await read([path]);
    expect(errors).toEqual([]);
    expect(docs).toHaveLength(1);
    expect(docs[0]!.text).toBe('A \uFFFD b. "We will hold," said Andrii Hnatov.');
    expect(docs[0]!.title).toBe('x\uFFFD');
    expect(isWellFormed(docs[0]!.text)).toBe(true);
    expect(warnings).toEqual([`${path}: warning: document "s": lone UTF-16 surrogates replaced by U+FFFD (text: 1 at character 2; title: 1 at character 1)`]);
  });

  it('keeps pairs, and repairs a high surrogate at the end and a low one at the start', () => {
    expect(repairSurrogates('\ud83d\ude00 ok')).toEqual({ text: '\ud83d\ude00 ok', count: 0, first: -1 });
    expect(repairSurrogates('\udc00a\ud800')).toEqual({ text: '\uFFFDa\uFFFD', count: 2, first: 0 });
    expect(repairSurrogates('\ud800\ud800\udc00')).toEqual({ text: '\uFFFD\ud800\udc00', count: 1, first: 0 });
  });
});

describe('one hostile file costs only itself (issue 16, item 2)', () => {
  const good = () => dir.write(`batch/z-good.txt`, 'The navy said it held the port on Tuesday.');

  it.each([
    ['an external entity', feed('<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n', 'Hello &x; world.'),
      'refused: the feed declares an external entity (<!ENTITY ... SYSTEM/PUBLIC ...>), which claimgraph never reads'],
    ['an entity over 10,000 characters', feed(`<!DOCTYPE rss [<!ENTITY x "${'a'.repeat(10_001)}">]>\n`, 'Hello &x; world.'),
      'refused: the feed declares an entity "x" of 10001 characters, over the limit of 10000'],
    ['entity expansion over 100,000 characters', feed(`<!DOCTYPE rss [<!ENTITY x "${'b'.repeat(5000)}">]>\n`, '&x;'.repeat(30)),
      'refused: its entities expand to 104937 characters, over the limit of 100000'],
    ['HTML nested 20,000 levels in an item', feed('', `${'&lt;div&gt;'.repeat(20_000)}The army held.${'&lt;/div&gt;'.repeat(20_000)}`),
      `item 1's HTML nests elements 20,000 levels deep, over the limit of ${MAX_HTML_DEPTH}; not read (a real page nests far less)`],
  ])('%s: one line naming the file, and the next file is still read', async (_name, xml, message) => {
    const bad = dir.write('batch/a-bad.rss', xml);
    good();
    const { docs, errors, failures } = await read([join(dir.root, 'batch')]);
    expect(failures).toEqual([]);
    expect(errors).toEqual([`${bad}: ${message}`]);
    expect(docs.map((d) => d.id)).toEqual(['z-good']);
  });

  it('a failure that is not bad input we recognize is told with the file, and the next path is still read', async () => {
    // A path that is itself a loop of links fails in stat with ELOOP, which no message of ours maps.
    const loop = join(dir.root, 'self-loop.txt');
    symlinkSync(loop, loop);
    const after = dir.write('after.txt', 'Still read.');
    const { docs, errors, failures } = await read([loop, after]);
    expect(docs.map((d) => d.id)).toEqual(['after']);
    expect(errors).toEqual([]);
    expect(failures).toEqual([expect.stringMatching(new RegExp(`^${loop}: Error: ELOOP`))]);
  });
});

describe('deeply nested HTML (issue 16, item 3)', () => {
  const page = (depth: number) => `<!doctype html><html><head><title>T</title></head><body>${'<div>'.repeat(depth)}<p>The army said it held the town on Monday, the commander told reporters.</p>${'</div>'.repeat(depth)}</body></html>`;

  it('is refused in one line, at once, beyond the limit (100,000 levels ended in a RangeError; 4,000 took 287 s)', () => {
    for (const depth of [MAX_HTML_DEPTH + 1, 4000, 100_000]) {
      let error: unknown;
      try { htmlDocument(Buffer.from(page(depth)), 'deep.html', 'deep'); } catch (e) { error = e; }
      expect(error).toBeInstanceOf(ClaimgraphError);
      expect((error as ClaimgraphError).describe()).toBe(`deep.html: the page nests elements ${depth.toLocaleString('en-US')} levels deep, over the limit of ${MAX_HTML_DEPTH}; not read (a real page nests far less)`);
    }
  });

  it('is read up to the limit', () => {
    expect(htmlDocument(Buffer.from(page(MAX_HTML_DEPTH - 2)), 'ok.html', 'ok').text).toBe('The army said it held the town on Monday, the commander told reporters.');
  });

  it('htmlToText walks any depth without recursion', () => {
    expect(htmlToText(`${'<span>'.repeat(30_000)}deep words${'</span>'.repeat(30_000)}<p>after</p>`)).toBe('deep words\n\nafter');
  });

  it('measures depth without counting void elements, elements whose end tag may be left out, comments or scripts', () => {
    expect(htmlDepth('<div><p>one<p>two<br><img src=x><li>three<div/></div>')).toBe(1);
    expect(htmlDepth('<div><!-- <div><div> --><script>"<div><div>"</script><DIV><b>x</b></DIV></div>')).toBe(3);
    expect(htmlDepth('<section><article><div><span>t</span></div></article></section>')).toBe(4);
  });
});

describe('smaller cases (issue 16, item 8)', () => {
  it('warns when two documents share one id in one input', async () => {
    const path = dir.write('dup.jsonl', '{"id":"d","text":"First text."}\n{"id":"d","text":"Second text."}\n');
    const other = dir.write('d.txt', 'A file with the same id.');
    const { docs, warnings } = await read([path, other]);
    expect(docs.map((d) => d.id)).toEqual(['d', 'd', 'd']);
    expect(warnings).toEqual([
      `${path}: warning: document "d" was already read in this run; this one replaces it`,
      `${other}: warning: document "d" was already read in this run (from ${path}); this one replaces it`,
    ]);
  });

  it('names dangling and looping symbolic links in a directory instead of skipping them silently', async () => {
    const root = join(dir.root, 'links');
    dir.write('links/real.txt', 'A real article.');
    symlinkSync(join(root, 'gone.txt'), join(root, 'dangling.txt'));
    symlinkSync(join(root, 'loop-b.txt'), join(root, 'loop-a.txt'));
    symlinkSync(join(root, 'loop-a.txt'), join(root, 'loop-b.txt'));
    const { docs, errors } = await read([root]);
    expect(docs.map((d) => d.id)).toEqual(['real']);
    expect(errors).toEqual([
      `${join(root, 'dangling.txt')}: a symbolic link to nothing (its target does not exist); skipped`,
      `${join(root, 'loop-a.txt')}: a loop of symbolic links; skipped`,
      `${join(root, 'loop-b.txt')}: a loop of symbolic links; skipped`,
    ]);
  });

  it('names UTF-16 files as UTF-16, not as binary data with a NUL byte', async () => {
    const bom = dir.write('u16/bom.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Hello there.', 'utf16le').swap16()]));
    const plain = dir.write('u16/plain.html', Buffer.from('<html><body><p>Hello there, this is a page.</p></body></html>', 'utf16le'));
    const { errors } = await read([bom, plain]);
    expect(errors).toEqual([
      `${bom}: UTF-16 (big-endian) text, not UTF-8; convert it first, e.g. iconv -f UTF-16 -t UTF-8`,
      `${plain}: UTF-16 (little-endian) text, not UTF-8; convert it first, e.g. iconv -f UTF-16 -t UTF-8`,
    ]);
  });
});
