import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const bin = join(root, 'bin/claimgraph');
const fixture = join(root, 'test/fixtures/articles/river-crossing.txt');
const fixtureText = readFileSync(fixture, 'utf8').replace(/^date 2024-06-03 /, '');
const seed = resolve(root, process.env.CLAIMGRAPH_SHARED ?? '../shared', 'seed/seed-article.txt');

const tmp = mkdtempSync(join(tmpdir(), 'claimgraph-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};

interface Run { status: number; stdout: string; stderr: string }
function claimgraph(args: string[], options: { input?: string; cwd?: string; command?: string } = {}): Promise<Run> {
  return new Promise((done) => {
    const child = execFile(options.command ?? bin, args, { cwd: options.cwd ?? root, maxBuffer: 1 << 28, env: { ...process.env, CLAIMGRAPH_DEBUG: '' } },
      (error, stdout, stderr) => done({ status: error ? Number(error.code) : 0, stdout, stderr }));
    // A child that exits before reading (a usage error) closes its end early: not our failure.
    child.stdin!.on('error', () => {});
    child.stdin!.end(options.input ?? '');
  });
}

/** Exactly one line on standard error, the CLI's own, and no stack trace. */
function expectOneLineError(run: Run, status: number, line: string | RegExp) {
  expect(run.status).toBe(status);
  const lines = run.stderr.split('\n').filter(Boolean);
  expect(lines).toHaveLength(1);
  if (typeof line === 'string') expect(lines[0]).toBe(line);
  else expect(lines[0]).toMatch(line);
  expect(run.stderr).not.toMatch(/^\s+at /m);
}

/** Every object with integer start/end and a string text slices `text` to it. */
function spansOf(value: unknown): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  (function walk(o: unknown): void {
    if (Array.isArray(o)) return o.forEach(walk);
    if (!o || typeof o !== 'object') return;
    const r = o as Record<string, unknown>;
    if (Number.isInteger(r.start) && Number.isInteger(r.end) && typeof r.text === 'string') out.push(r as never);
    Object.values(r).forEach(walk);
  })(value);
  return out;
}

describe.concurrent('claimgraph', () => {
  it('prints usage with --help', async () => {
    const run = await claimgraph(['--help']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toMatch(/^usage: claimgraph <command>/);
  });

  it('prints extract usage with extract --help', async () => {
    const run = await claimgraph(['extract', '--help']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toMatch(/^usage: claimgraph extract/);
    expect(run.stdout).toContain('--jsonl');
  });

  it.each([
    [[], "claimgraph: no command given (see 'claimgraph --help')"],
    // Other commands join the list as they land; the message names them all, starting with extract.
    [['frobnicate'], /^claimgraph: unknown command 'frobnicate' \(commands: extract(, [a-z-]+)*\)$/],
    [['extract'], /^claimgraph: extract needs a FILE or DIR/],
    [['extract', '--frob', 'x.txt'], /^claimgraph: Unknown option '--frob'.*\(see 'claimgraph --help'\)$/],
  ])('refuses misuse %j with one line and status 1', async (args, line) => {
    expectOneLineError(await claimgraph(args), 1, line);
  });

  it('extracts an article: pretty JSON of one document, header date, offsets into the article', async () => {
    const run = await claimgraph(['extract', fixture]);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toMatch(/^\{\n {2}"id": "river-crossing",\n/);
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json)).toEqual(['id', 'date', 'title', 'url', 'source', 'quotes', 'entities', 'figures', 'places', 'equipment', 'dates', 'claims', 'rebuttals']);
    // A text file names no outlet: source is null, not the file's path.
    expect(json).toMatchObject({ id: 'river-crossing', date: '2024-06-03', title: null, url: null, source: null });
    for (const s of spansOf(json)) expect(fixtureText.slice(s.start, s.end)).toBe(s.text);
  });

  it('works from any directory and through a symbolic link', async () => {
    const link = join(tmp, 'claimgraph-link');
    symlinkSync(bin, link);
    const run = await claimgraph(['extract', '--compact', fixture], { cwd: tmpdir(), command: link });
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(JSON.parse(run.stdout).id).toBe('river-crossing');
  });

  it.runIf(existsSync(seed))('reads the seed article, whose header shares a line with the first sentence', async () => {
    const run = await claimgraph(['extract', '--compact', seed]);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.date).toBe('2025-11-13');
    const text = readFileSync(seed, 'utf8').replace(/^\s*date \d{4}-\d{2}-\d{2}\s+/, '');
    for (const s of spansOf(json)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('prints several documents as a JSON array, or one line each with --compact', async () => {
    const other = file('other.txt', 'date 2024-06-04 "It held," the governor said.');
    const pretty = await claimgraph(['extract', fixture, other]);
    expect(pretty.status).toBe(0);
    expect(JSON.parse(pretty.stdout).map((d: { id: string }) => d.id)).toEqual(['river-crossing', 'other']);
    const compact = await claimgraph(['extract', '--compact', fixture, other]);
    expect(compact.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual(['river-crossing', 'other']);
  });

  it.each([
    ['empty', () => file('empty.txt', ''), 'file is empty'],
    ['binary', () => file('binary.txt', Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 0x61])), 'binary data, not text: holds a NUL byte at byte 4'],
    ['not UTF-8', () => file('latin1.txt', Uint8Array.from([0x63, 0x61, 0x66, 0xe9])), 'not valid UTF-8: bytes e9 at column 4 (byte 3)'],
    ['missing', () => join(tmp, 'missing.txt'), 'no such file or directory'],
    ['oversized', () => { const p = file('huge.txt', ''); truncateSync(p, 50 * 1024 * 1024); return p; }, 'file is 50.0 MB, over the limit of 10.0 MB per document'],
  ])('refuses %s input with one line naming the file, status 1', async (_name, make, message) => {
    const path = make();
    const line = message.startsWith('not valid') ? `claimgraph: ${path}:1: ${message}` : `claimgraph: ${path}: ${message}`;
    const run = await claimgraph(['extract', path]);
    expectOneLineError(run, 1, line);
    expect(run.stdout).toBe('');
  });

  it('refuses a 50 MB single-line JSONL file with one line', async () => {
    const path = file('huge.jsonl', Buffer.alloc(50 * 1024 * 1024, 0x61));
    expectOneLineError(await claimgraph(['extract', '--jsonl', path]), 1,
      `claimgraph: ${path}:1: line is 50.0 MB, over the limit of 10.0 MB per document`);
  });

  it('keeps the good documents when one input is bad', async () => {
    const run = await claimgraph(['extract', '--compact', file('bad.txt', ''), fixture]);
    expectOneLineError(run, 1, `claimgraph: ${join(tmp, 'bad.txt')}: file is empty`);
    expect(JSON.parse(run.stdout).id).toBe('river-crossing');
  });

  it('takes unbalanced quotation marks as ordinary input', async () => {
    const run = await claimgraph(['extract', '--compact', file('unbalanced.txt', 'He said "we will hold, and “then ‘nothing.\n\n"')]);
    expect(run).toMatchObject({ status: 0, stderr: '' });
  });

  describe('--jsonl', () => {
    const docs = [
      { id: 'd1', text: fixtureText, date: '2024-06-03' },
      { id: 'd2', text: 'Short.', date: null },
      { id: 'd3', text: '“Unbalanced, he said. 😀 \ud800 \u0001', date: '2025-01-02' },
    ];
    const lines = docs.map((d) => JSON.stringify(d));
    // The evaluation interface answers the texts as given, a lone surrogate too: nothing is stored
    // (ingest makes it U+FFFD, tested in src/cli/commands/ingest.test.ts).
    const texts = docs.map((d) => d.text);

    it('writes one line per document in the evaluation interface', async () => {
      const run = await claimgraph(['extract', '--jsonl'], { input: lines.join('\n') + '\n' });
      expect(run).toMatchObject({ status: 0, stderr: '' });
      const out = run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
      expect(out.map((r) => r.id)).toEqual(['d1', 'd2', 'd3']);
      out.forEach((record, i) => {
        expect(record).toMatchObject({ quotes: expect.any(Array), quantities: expect.any(Array), entities: expect.any(Array) });
        for (const q of record.quotes) expect(q.speaker === null || typeof q.speaker.start === 'number').toBe(true);
        for (const s of spansOf(record)) expect(texts[i]!.slice(s.start, s.end)).toBe(s.text);
      });
    });

    it('reports a bad line as <stdin>:LINE, keeps the others, and exits 1', async () => {
      const run = await claimgraph(['extract', '--jsonl'], { input: [lines[0], '{"id": "broken", "text": ', lines[1]].join('\n') });
      expectOneLineError(run, 1, /^claimgraph: <stdin>:2: not JSON: /);
      expect(run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l).id)).toEqual(['d1', 'd2']);
    });

    it('answers a document with an empty or blank text with empty layers (every document gets its line)', async () => {
      const run = await claimgraph(['extract', '--jsonl'], { input: '{"id": "e", "text": ""}\n{"id": "w", "text": "  \\n "}\n' });
      expect(run.status).toBe(0);
      expect(run.stderr).toBe('');
      const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; quotes: unknown[]; quantities: unknown[] });
      expect(lines.map((l) => [l.id, l.quotes.length, l.quantities.length])).toEqual([['e', 0, 0], ['w', 0, 0]]);
    });

    it('answers empty input with nothing', async () => {
      expect(await claimgraph(['extract', '--jsonl'], { input: '' })).toEqual({ status: 0, stdout: '', stderr: '' });
    });

    it('stops quietly when the reader goes away', async () => {
      // Ids of their own: one id read twice is a warning on standard error (issue 16).
      const input = Array.from({ length: 300 }, (_, k) => JSON.stringify({ ...docs[0], id: `d1-${k}` })).join('\n') + '\n';
      const run = await claimgraph(['-c', `set -o pipefail; "${bin}" extract --jsonl | head -c 10`], { input, command: 'bash' });
      expect(run).toMatchObject({ status: 0, stderr: '' });
    });
  });
});
