import { truncateSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { readTextFile } from './text-file.ts';
import { expectInputError, tempDir } from '../../test/helpers/ingest.ts';

const dir = tempDir();
afterAll(dir.remove);

describe('readTextFile', () => {
  it('reads a seed-style file: header and first sentence on one line, offsets into the article', async () => {
    const path = dir.write('pontoon.txt', 'date 2024-06-03 "We crossed," she said.\n\nMore text.\n');
    const doc = await readTextFile(path);
    expect(doc).toEqual({
      id: 'pontoon', text: '"We crossed," she said.\n\nMore text.\n', date: '2024-06-03', title: null, url: null, source: null,
    });
    expect(doc.text.slice(0, 13)).toBe('"We crossed,"');
  });

  it('reads a header on its own line', async () => {
    const doc = await readTextFile(dir.write('own-line.txt', 'date 2024-06-03\n\nFirst paragraph.'));
    expect([doc.date, doc.text]).toEqual(['2024-06-03', 'First paragraph.']);
  });

  it('reads a file without a header verbatim', async () => {
    const doc = await readTextFile(dir.write('plain.md', '  Indented start.\r\nSecond line.'));
    expect([doc.id, doc.date, doc.text]).toEqual(['plain', null, '  Indented start.\r\nSecond line.']);
  });

  it('takes unbalanced quotation marks as they are', async () => {
    const text = 'He said "we will hold and never said more. “Another ‘one.\n\n»';
    expect((await readTextFile(dir.write('unbalanced.txt', text))).text).toBe(text);
  });

  it('keeps non-BMP characters, so offsets stay UTF-16', async () => {
    const doc = await readTextFile(dir.write('emoji.txt', 'date 2024-01-01 😀 "Київ," he said.'));
    expect(doc.text.indexOf('"')).toBe(3);
  });

  // Bad input: one ClaimgraphError naming the file.
  it('refuses an empty file', async () => {
    const path = dir.write('empty.txt', '');
    await expectInputError(readTextFile(path), 'E_INPUT_EMPTY', `${path}: file is empty`);
  });

  it('refuses a file of white space, or a header alone', async () => {
    const blank = dir.write('blank.txt', ' \n\n\t \n');
    await expectInputError(readTextFile(blank), 'E_INPUT_EMPTY', `${blank}: holds only white space`);
    const header = dir.write('header-only.txt', 'date 2024-06-03\n');
    await expectInputError(readTextFile(header), 'E_INPUT_EMPTY', `${header}: has a date header but no article text`);
  });

  it('refuses a binary file', async () => {
    const path = dir.write('image.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    await expectInputError(readTextFile(path), 'E_INPUT_BINARY', `${path}: binary data, not text: holds a NUL byte at byte 8`);
  });

  it('refuses invalid UTF-8, naming the line', async () => {
    const path = dir.write('latin1.txt', Uint8Array.from([...Buffer.from('ok\ncaf'), 0xe9, 0x0a]));
    await expectInputError(readTextFile(path), 'E_INPUT_ENCODING', `${path}:2: not valid UTF-8: bytes e9 0a at column 4 (byte 6)`);
  });

  it('refuses a file over the size cap before reading it', async () => {
    const path = dir.write('big.txt', 'x'.repeat(3000));
    await expectInputError(readTextFile(path, { maxBytes: 2048 }), 'E_INPUT_TOO_LARGE',
      `${path}: file is 2.9 KB, over the limit of 2.0 KB per document`);
  });

  it('refuses a 50 MB file from its size alone, without reading it', async () => {
    // A sparse file of NUL bytes: were it read, it would be refused as binary instead.
    const path = dir.write('huge.txt', '');
    truncateSync(path, 50 * 1024 * 1024);
    await expectInputError(readTextFile(path), 'E_INPUT_TOO_LARGE', `${path}: file is 50.0 MB, over the limit of 10.0 MB per document`);
  });

  it('refuses a missing file', async () => {
    const path = `${dir.root}/nope.txt`;
    await expectInputError(readTextFile(path), 'E_INPUT_MISSING', `${path}: no such file or directory`);
  });

  it('refuses a date header that is not a date', async () => {
    const path = dir.write('bad-date.txt', 'date 2024-02-30 Text.');
    await expectInputError(readTextFile(path), 'E_INPUT_FIELD', `${path}:1: header date 2024-02-30 is not a calendar date`);
  });
});
