import { describe, expect, it } from 'vitest';
import { ClaimgraphError } from '../model/errors.ts';
import { binaryReason, decodeUtf8, formatBytes, invalidUtf8At } from './bytes.ts';

const bytes = (...b: number[]) => Uint8Array.from(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('invalidUtf8At', () => {
  it.each([
    ['ascii', utf8('plain text'), 10],
    ['multi-byte', utf8('Київ “quoted” 😀'), utf8('Київ “quoted” 😀').length],
    ['lone continuation', bytes(0x61, 0x80, 0x61), 1],
    ['overlong', bytes(0x61, 0xc0, 0xaf), 1],
    ['bad continuation', bytes(0x61, 0xc3, 0x28), 1],
    ['surrogate', bytes(0xed, 0xa0, 0x80), 0],
    ['cut at the end', bytes(0x61, 0x62, 0xe2, 0x82), 2],
    ['over U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
  ])('%s', (_name, input, at) => expect(invalidUtf8At(input)).toBe(at));
});

describe('decodeUtf8', () => {
  it('drops a byte order mark and keeps everything else', () => {
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x61, 0x0a), { file: 'f' })).toBe('a\n');
  });

  it('names the line and column of the first bad byte', () => {
    const input = utf8('line one\nline two\nbad ');
    const bad = new Uint8Array([...input, 0xff, 0x61]);
    expect(() => decodeUtf8(bad, { file: 'f.txt' })).toThrow(ClaimgraphError);
    try { decodeUtf8(bad, { file: 'f.txt' }); } catch (e) {
      expect((e as ClaimgraphError).code).toBe('E_INPUT_ENCODING');
      expect((e as ClaimgraphError).describe()).toBe('f.txt:3: not valid UTF-8: bytes ff 61 at column 5 (byte 22)');
    }
  });
});

describe('binaryReason', () => {
  it.each([
    ['text', utf8('A normal "article".\n\nWith\ttabs and\r\nCRLF.\f'), false],
    ['a NUL byte', utf8('text\0text'), true],
    ['mostly control characters', bytes(1, 2, 3, 4, 5, 6, 0x61, 7, 8, 0x1b), true],
    ['an escape sequence or two in text', utf8('colour \x1b[1m bold \x1b[0m in a long enough line of ordinary text'), false],
    ['empty', bytes(), false],
  ])('%s', (_name, input, binary) => expect(binaryReason(input) !== null).toBe(binary));
});

describe('formatBytes', () => {
  it.each([[12, '12 bytes'], [2048, '2.0 KB'], [50 * 1024 * 1024, '50.0 MB']])('%i', (n, s) => expect(formatBytes(n)).toBe(s));
});
