import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { ClaimgraphError } from '../model/errors.ts';
import { parseLine, readJsonl, readJsonlEntries } from './jsonl.ts';
import { collect, expectInputError, tempDir } from '../../test/helpers/ingest.ts';

const dir = tempDir();
afterAll(dir.remove);

/** A stream that hands the bytes over in chunks of `size`, to cut lines and characters anywhere. */
const chunked = (data: string | Uint8Array, size: number) => {
  const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data);
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  return Readable.from(chunks);
};

const describeAll = (entries: unknown[]) =>
  entries.map((e) => (e instanceof ClaimgraphError ? `error ${e.code} ${e.describe()}` : `doc ${(e as { id: string }).id}`));

describe('readJsonlEntries', () => {
  const lines = [
    { id: 'a', text: 'He said "we hold".', date: '2025-01-02', title: 'T', url: 'https://example.org/a' },
    { id: 7, text: '“Київ” 😀 stands,\nshe said.', date: null },
    { id: 'c', text: ' x ', date: '2025-01-02T10:00:00Z', source: 'wire' },
  ];
  const input = lines.map((l) => JSON.stringify(l)).join('\n') + '\n';

  it.each([1, 2, 3, 7, 64, 1 << 16])('splits lines and UTF-8 characters across chunks of %i bytes', async (size) => {
    const docs = await collect(readJsonl(chunked(input, size), 'in.jsonl'));
    expect(docs).toEqual([
      { id: 'a', text: 'He said "we hold".', date: '2025-01-02', title: 'T', url: 'https://example.org/a', source: null },
      { id: '7', text: '“Київ” 😀 stands,\nshe said.', date: null, title: null, url: null, source: null },
      { id: 'c', text: ' x ', date: '2025-01-02', title: null, url: null, source: 'wire' },
    ]);
  });

  it('skips blank lines, reads CRLF and a last line without a newline, counts lines from 1', async () => {
    const entries = await collect(readJsonlEntries(chunked('\n{"id":"x","text":"a"}\r\n  \r\n{"text":"b"}\nnope', 5), 'f.jsonl'));
    expect(describeAll(entries)).toEqual([
      'doc x',
      'doc f-4',
      `error E_INPUT_JSON f.jsonl:5: not JSON: ${jsonError('nope')}`,
    ]);
  });

  it('reports each bad line by number and goes on with the next', async () => {
    const bad = [
      '{"id":"ok1","text":"fine"}',
      '{"id":"x","text":"no closing brace"',
      '[1,2]',
      '{"id":"x"}',
      '{"id":"x","text":42}',
      '{"id":{},"text":"t"}',
      '{"id":"x","text":"t","date":"June 3"}',
      '{"id":"x","text":"t","date":"2025-02-30"}',
      '{"id":"x","text":"t","title":5}',
      '{"id":"ok2","text":"unbalanced “quote and \\"another"}',
    ].join('\n');
    const entries = await collect(readJsonlEntries(chunked(bad, 16), 'f.jsonl'));
    expect(describeAll(entries)).toEqual([
      'doc ok1',
      `error E_INPUT_JSON f.jsonl:2: not JSON: ${jsonError('{"id":"x","text":"no closing brace"')}`,
      'error E_INPUT_FIELD f.jsonl:3: expected a JSON object {"id", "text", "date"}, got an array',
      'error E_INPUT_FIELD f.jsonl:4: no "text" field',
      'error E_INPUT_FIELD f.jsonl:5: "text" must be a string, got number',
      'error E_INPUT_FIELD f.jsonl:6: "id" must be a string or a number, got object',
      'error E_INPUT_FIELD f.jsonl:7: "date" must be YYYY-MM-DD or null, got "June 3"',
      'error E_INPUT_FIELD f.jsonl:8: "date" must be YYYY-MM-DD or null, got "2025-02-30"',
      'error E_INPUT_FIELD f.jsonl:9: "title" must be a string or null, got number',
      'doc ok2',
    ]);
  });

  it('refuses a line of invalid UTF-8, naming its line', async () => {
    const data = Buffer.concat([Buffer.from('{"id":"a","text":"ok"}\n{"id":"b","text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]);
    const entries = await collect(readJsonlEntries(chunked(data, 3), 'f.jsonl'));
    expect(describeAll(entries)).toEqual(['doc a', 'error E_INPUT_ENCODING f.jsonl:2: not valid UTF-8: bytes e9 22 7d at column 22 (byte 21)']);
  });

  it('refuses a raw NUL byte in a line, and an escaped one in the text (issue 16: \\u0000 passed the binary check)', async () => {
    const data = Buffer.concat([Buffer.from('{"id":"a","text":"nul \\u0000 escaped"}\n'), Buffer.from('{"id":"ok","text":"fine"}\n'.repeat(2000)), Buffer.from('{"id":"b","text":"x\0"}\n')]);
    const entries = await collect(readJsonlEntries(chunked(data, 4096), 'f.jsonl'));
    expect(entries).toHaveLength(2002);
    expect(describeAll(entries.slice(0, 1))).toEqual(['error E_INPUT_BINARY f.jsonl:1: binary data, not text: "text" holds a NUL character (\\u0000) at character 4']);
    expect(describeAll(entries.slice(2001))).toEqual(['error E_INPUT_BINARY f.jsonl:2002: binary data, not JSON: a NUL byte at column 20']);
  });

  it('refuses a text that is empty or only white space (issue 16: it was stored as an article)', async () => {
    const entries = await collect(readJsonlEntries(chunked('{"id":"e","text":""}\n{"id":"w","text":" \\n\\t "}\n{"id":"ok","text":"words"}\n', 7), 'f.jsonl'));
    expect(describeAll(entries)).toEqual([
      'error E_INPUT_EMPTY f.jsonl:1: "text" is empty',
      'error E_INPUT_EMPTY f.jsonl:2: "text" holds only white space',
      'doc ok',
    ]);
  });

  it('names UTF-16 as UTF-16, not as binary data (issue 16)', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"id":"a","text":"hello"}\n', 'utf16le')]);
    const noBom = Buffer.from('{"id":"a","text":"hello there"}\n', 'utf16le');
    expect(describeAll(await collect(readJsonlEntries(chunked(le, 5), 'le.jsonl')))).toEqual([
      'error E_INPUT_ENCODING le.jsonl: UTF-16 (little-endian) text, not UTF-8; convert it first, e.g. iconv -f UTF-16 -t UTF-8',
    ]);
    expect(describeAll(await collect(readJsonlEntries(chunked(noBom, 4096), 'nobom.jsonl')))).toEqual([
      'error E_INPUT_ENCODING nobom.jsonl: UTF-16 (little-endian) text, not UTF-8; convert it first, e.g. iconv -f UTF-16 -t UTF-8',
    ]);
  });

  it('refuses a binary file at once, with one error', async () => {
    const entries = await collect(readJsonlEntries(chunked(Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 10, 1, 2, 10]), 4), 'f.jsonl.gz'));
    expect(describeAll(entries)).toEqual(['error E_INPUT_BINARY f.jsonl.gz: binary data, not JSON Lines: holds a NUL byte at byte 3']);
  });

  it('refuses an empty file, or one of blank lines, unless empty input is allowed', async () => {
    expect(describeAll(await collect(readJsonlEntries(chunked('', 1), 'e.jsonl')))).toEqual(['error E_INPUT_EMPTY e.jsonl: file is empty']);
    expect(describeAll(await collect(readJsonlEntries(chunked('\n \n', 1), 'e.jsonl')))).toEqual(['error E_INPUT_EMPTY e.jsonl: holds no documents, only blank lines']);
    expect(await collect(readJsonlEntries(chunked('', 1), '<stdin>', { allowEmpty: true }))).toEqual([]);
  });

  it('refuses a line over the cap without keeping it, and goes on with the next', async () => {
    const long = JSON.stringify({ id: 'big', text: 'x'.repeat(5000) });
    const entries = await collect(readJsonlEntries(chunked(`${long}\n{"id":"after","text":"ok"}\n`, 100), 'f.jsonl', { maxBytes: 4096 }));
    expect(describeAll(entries)).toEqual([
      'error E_INPUT_TOO_LARGE f.jsonl:1: line is 4.9 KB, over the limit of 4.0 KB per document',
      'doc after',
    ]);
  });

  it('refuses a 50 MB single-line file with one error, reading it in small chunks', async () => {
    const path = dir.write('huge.jsonl', Buffer.alloc(50 * 1024 * 1024, 0x61));
    const error = await collect(readJsonl(createReadStream(path), path)).then(() => null, (e: unknown) => e);
    expect((error as ClaimgraphError).describe()).toBe(`${path}:1: line is 50.0 MB, over the limit of 10.0 MB per document`);
  });

  it('readJsonl throws the first bad line', async () => {
    await expectInputError(collect(readJsonl(chunked('{"text":"a"}\n{"text":1}\n{"text":"c"}', 8), 'f.jsonl')), 'E_INPUT_FIELD',
      'f.jsonl:2: "text" must be a string, got number');
  });
});

describe('parseLine', () => {
  it('names a document without id after its file and line; without `source` it names no outlet', () => {
    expect(parseLine(Buffer.from('{"text":"t"}'), 'dir/wire.jsonl', 12)).toMatchObject({ id: 'wire-12', source: null });
  });
});

function jsonError(line: string): string {
  try { JSON.parse(line); } catch (e) { return (e as Error).message; }
  throw new Error('valid JSON');
}
