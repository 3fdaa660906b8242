import { describe, expect, it } from 'vitest';
import { encodeSingleByte, LEGACY_PAGES, legacyPageHtml } from '../../test/charset-pages.ts';
import { ClaimgraphError } from '../model/errors.ts';
import { decodeMarkup, encodingName, htmlCharset, xmlCharset } from './charset.ts';
import { feedEntries } from './feed.ts';
import { htmlDocument } from './html.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join(' ');
const bytes = (...parts: (string | Uint8Array | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

/** The error `f` throws, as its one line. */
function thrown(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ClaimgraphError);
    return (e as ClaimgraphError).describe();
  }
  throw new Error('did not throw');
}

describe('the test encoder (test/charset-pages.ts)', () => {
  it('gives the bytes of the published code pages, so that the decoder is not its own only witness', () => {
    // windows-1251, ISO-8859-2 and KOI8-R as their code charts have them (checked with Python's codecs).
    expect(hex(encodeSingleByte('Зеленський', 'windows-1251'))).toBe('c7 e5 eb e5 ed f1 fc ea e8 e9');
    expect(hex(encodeSingleByte('Wąsik Żółć', 'iso-8859-2'))).toBe('57 b1 73 69 6b 20 af f3 b3 e6');
    expect(hex(encodeSingleByte('Песков', 'koi8-r'))).toBe('f0 c5 d3 cb cf d7');
    expect(hex(encodeSingleByte('“—”', 'windows-1251'))).toBe('93 97 94');
    expect(() => encodeSingleByte('ą', 'windows-1251')).toThrow(/not in windows-1251/);
  });
});

describe('htmlCharset: the WHATWG sniffing order', () => {
  const meta1251 = '<html><head><meta charset="windows-1251"><title>x</title></head><body>';

  it('reads <meta charset> and <meta http-equiv="Content-Type"> in the first 1024 bytes', () => {
    expect(htmlCharset(bytes(meta1251))).toEqual({ encoding: 'windows-1251', source: '<meta charset>' });
    expect(htmlCharset(bytes('<!doctype html><meta http-equiv="content-type" content="text/html; charset=ISO-8859-2">'))).toEqual({ encoding: 'iso-8859-2', source: '<meta charset>' });
    // Labels are the standard's: cp1251, latin1 (windows-1252), koi8 (koi8-r).
    expect(htmlCharset(bytes('<meta charset=cp1251>')).encoding).toBe('windows-1251');
    expect(htmlCharset(bytes('<meta charset="latin1">')).encoding).toBe('windows-1252');
    expect(htmlCharset(bytes('<meta charset="koi8">')).encoding).toBe('koi8-r');
  });

  it('lets a BOM win over the HTTP charset, and the HTTP charset over the page', () => {
    expect(htmlCharset(bytes([0xef, 0xbb, 0xbf], meta1251), 'koi8-r')).toEqual({ encoding: 'utf-8', source: 'BOM' });
    expect(htmlCharset(bytes(meta1251), 'KOI8-R')).toEqual({ encoding: 'koi8-r', source: 'HTTP Content-Type' });
  });

  it('ignores what a browser ignores: a meta past 1024 bytes, one in a comment, content= without http-equiv', () => {
    expect(htmlCharset(bytes('<html><head>', ' '.repeat(1024), '<meta charset="windows-1251">'))).toEqual({ encoding: 'utf-8', source: null });
    expect(htmlCharset(bytes('<!-- <meta charset="windows-1251"> --><p>x</p>'))).toEqual({ encoding: 'utf-8', source: null });
    expect(htmlCharset(bytes('<meta content="text/html; charset=windows-1251">'))).toEqual({ encoding: 'utf-8', source: null });
  });

  it('keeps a label it cannot decode, to name it if UTF-8 fails too, and reads on past an unknown HTTP charset', () => {
    expect(htmlCharset(bytes('<meta charset="x-cyrillic-win">'))).toEqual({ encoding: 'utf-8', source: null, unknown: { label: 'x-cyrillic-win', source: '<meta charset>' } });
    // Known to the standard but not decodable here (Node has no ISO-8859-16).
    expect(htmlCharset(bytes('<meta charset="iso-8859-16">'))).toEqual({ encoding: 'utf-8', source: null, unknown: { label: 'ISO-8859-16', source: '<meta charset>' } });
    expect(htmlCharset(bytes(meta1251), 'x-bogus')).toEqual({ encoding: 'windows-1251', source: '<meta charset>' });
    expect(htmlCharset(bytes('<p>x</p>'), 'x-bogus')).toEqual({ encoding: 'utf-8', source: null, unknown: { label: 'x-bogus', source: 'HTTP Content-Type' } });
  });

  it('reads a meta that declares UTF-16 as UTF-8, as the standard says (the meta itself was read as ASCII)', () => {
    expect(htmlCharset(bytes('<meta charset="utf-16">'))).toEqual({ encoding: 'utf-8', source: '<meta charset>' });
  });
});

describe('xmlCharset', () => {
  it('reads the XML declaration, after the BOM and the HTTP charset', () => {
    expect(xmlCharset(bytes('<?xml version="1.0" encoding="windows-1251"?><rss/>'))).toEqual({ encoding: 'windows-1251', source: 'XML declaration' });
    expect(xmlCharset(bytes("<?xml version='1.0' encoding='KOI8-R' standalone='yes'?><rss/>"))).toEqual({ encoding: 'koi8-r', source: 'XML declaration' });
    expect(xmlCharset(bytes('<?xml version="1.0" encoding="windows-1251"?><rss/>'), 'utf-8')).toEqual({ encoding: 'utf-8', source: 'HTTP Content-Type' });
    expect(xmlCharset(bytes([0xef, 0xbb, 0xbf], '<?xml version="1.0" encoding="windows-1251"?>'), 'koi8-r')).toEqual({ encoding: 'utf-8', source: 'BOM' });
    expect(xmlCharset(bytes('<?xml version="1.0"?><rss/>'))).toEqual({ encoding: 'utf-8', source: null });
    expect(xmlCharset(bytes('<rss encoding="koi8-r"/>'))).toEqual({ encoding: 'utf-8', source: null });
    expect(xmlCharset(bytes('<?xml version="1.0" encoding="UTF-16"?><rss/>'))).toEqual({ encoding: 'utf-8', source: 'XML declaration' });
    expect(xmlCharset(bytes('<?xml version="1.0" encoding="x-mac-klingon"?><rss/>'))).toEqual({ encoding: 'utf-8', source: null, unknown: { label: 'x-mac-klingon', source: 'XML declaration' } });
  });
});

describe('decodeMarkup', () => {
  const where = { file: 'p.html' };

  it('decodes windows-1252 by the standard, not as Latin-1 (Node 20 reads it as Latin-1)', () => {
    const text = decodeMarkup(bytes([0x80, 0x92, 0x93, 0x94, 0x96, 0x9f, 0x81, 0xe9]), { encoding: 'windows-1252', source: '<meta charset>' }, where, 'HTML');
    expect(Array.from(text, (c) => c.codePointAt(0)!.toString(16))).toEqual(['20ac', '2019', '201c', '201d', '2013', '178', '81', 'e9']);
    expect(encodingName('iso-8859-1')).toBe('windows-1252');
  });

  it('names the bytes a declared charset cannot read, where they are, and who declared it', () => {
    // 0xd2 is unassigned in windows-1253 (Greek).
    const page = bytes('<p>abc\n', 'de', [0xe1, 0xd2], '</p>');
    expect(thrown(() => decodeMarkup(page, { encoding: 'windows-1253', source: 'HTTP Content-Type' }, where, 'HTML')))
      .toBe('p.html:2: not valid windows-1253: bytes d2 3c 2f 70 at column 4 (byte 10); declared by the HTTP Content-Type');
  });

  it('refuses a page that declares a legacy charset but is UTF-8, naming the charset and the declaration', () => {
    expect(thrown(() => decodeMarkup(utf8('<meta charset="windows-1251"><p>Сирський</p>'), { encoding: 'windows-1251', source: '<meta charset>' }, where, 'HTML')))
      .toBe('p.html: the <meta charset> declares windows-1251, but the bytes are UTF-8 (every byte above 127 is part of a valid UTF-8 sequence, which windows-1251 text almost never is): the declaration is wrong; correct or remove it');
    // ASCII is the same in both: nothing to refuse.
    expect(decodeMarkup(utf8('<p>Kyiv</p>'), { encoding: 'windows-1251', source: '<meta charset>' }, where, 'HTML')).toBe('<p>Kyiv</p>');
  });

  it('decodes UTF-16 with a BOM, as a browser does, and still refuses UTF-16 without one', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>Сирський said so.</p>', 'utf16le')]);
    expect(decodeMarkup(le, htmlCharset(le), where, 'HTML')).toBe('<p>Сирський said so.</p>');
    const bare = Buffer.from('<html><body><p>Hello there, this is a page.</p></body></html>', 'utf16le');
    expect(thrown(() => decodeMarkup(bare, htmlCharset(bare), where, 'HTML'))).toMatch(/^p\.html: UTF-16 \(little-endian\) text, not UTF-8/);
  });
});

describe('htmlDocument and feedEntries in legacy charsets', () => {
  it('reads a windows-1251 page by its <meta charset>: every Cyrillic letter, curly quotes and dash, and records the charset', () => {
    const page = LEGACY_PAGES.cyrillic;
    const doc = htmlDocument(encodeSingleByte(legacyPageHtml(page, '<meta charset="windows-1251">'), 'windows-1251'), 'ua.html', 'ua');
    expect(doc.text).toBe(page.body.join('\n\n'));
    expect([doc.title, doc.source, doc.date, doc.encoding]).toEqual([page.title, page.site, '2025-11-10', 'windows-1251']);
  });

  it('reads an ISO-8859-2 page by <meta http-equiv>, and by the HTTP charset when the page declares nothing', () => {
    const page = LEGACY_PAGES.polish;
    const declared = htmlDocument(encodeSingleByte(legacyPageHtml(page, '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">'), 'iso-8859-2'), 'pl.html', 'pl');
    expect(declared.text).toBe(page.body.join('\n\n'));
    expect(declared.encoding).toBe('iso-8859-2');
    const fetched = htmlDocument(encodeSingleByte(legacyPageHtml(page, ''), 'iso-8859-2'), 'https://pl.example/a', 'pl', 'ISO-8859-2');
    expect(fetched.text).toContain('Maciej Wąsik told reporters in Łódź');
  });

  it('leaves a UTF-8 page as it was: no encoding recorded', () => {
    const doc = htmlDocument(utf8(legacyPageHtml(LEGACY_PAGES.polish, '<meta charset="utf-8">')), 'pl.html', 'pl');
    expect(doc.text).toContain('Wąsik');
    expect('encoding' in doc).toBe(false);
  });

  it('refuses a page whose meta names an unknown charset, or lies, naming the file and the charset', () => {
    const page = LEGACY_PAGES.cyrillic;
    expect(thrown(() => htmlDocument(encodeSingleByte(legacyPageHtml(page, '<meta charset="x-cyrillic-win">'), 'windows-1251'), 'ua.html', 'ua')))
      .toMatch(/^ua\.html:1: not valid UTF-8: bytes [0-9a-f ]+ at column \d+ \(byte \d+\); the <meta charset> names charset "x-cyrillic-win", which is no encoding claimgraph can decode/);
    expect(thrown(() => htmlDocument(encodeSingleByte(legacyPageHtml(page, '<meta charset="utf-8">'), 'windows-1251'), 'ua.html', 'ua')))
      .toMatch(/^ua\.html:1: not valid UTF-8: bytes .*; UTF-8 is what the <meta charset> declares, wrongly$/);
    expect(thrown(() => htmlDocument(utf8(legacyPageHtml(page, '<meta charset="windows-1251">')), 'ua.html', 'ua')))
      .toMatch(/^ua\.html: the <meta charset> declares windows-1251, but the bytes are UTF-8/);
    expect(thrown(() => htmlDocument(encodeSingleByte(legacyPageHtml(page, ''), 'windows-1251'), 'ua.html', 'ua')))
      .toMatch(/; no charset is declared \(no BOM, HTTP Content-Type charset or a <meta charset> in the first 1024 bytes\), so UTF-8 was expected$/);
  });

  it('reads a KOI8-R feed by its XML declaration, and a windows-1251 one by the HTTP charset alone', () => {
    const rss = (decl: string) => `${decl}<rss version="2.0"><channel><title>Новости Юга</title><item><guid>n1</guid><title>Песков: переговоров не будет</title>`
      + '<description>&lt;p&gt;"There will be no talks on these terms," Kremlin spokesman Дмитрий Песков told reporters.&lt;/p&gt;</description></item></channel></rss>';
    const [koi] = feedEntries(encodeSingleByte(rss('<?xml version="1.0" encoding="KOI8-R"?>'), 'koi8-r'), 'n.xml');
    expect(koi).toMatchObject({ id: 'n1', title: 'Песков: переговоров не будет', source: 'Новости Юга', encoding: 'koi8-r' });
    expect((koi as { text: string }).text).toContain('Дмитрий Песков told reporters');
    const [http] = feedEntries(encodeSingleByte(rss(''), 'windows-1251'), 'https://n.example/rss', 'windows-1251');
    expect(http).toMatchObject({ source: 'Новости Юга', encoding: 'windows-1251' });
    const [none] = feedEntries(encodeSingleByte(rss('<?xml version="1.0"?>'), 'windows-1251'), 'n.xml');
    expect((none as ClaimgraphError).describe()).toMatch(/^n\.xml:1: not valid UTF-8: .*; no charset is declared \(no BOM, HTTP Content-Type charset or an XML declaration with encoding=\), so UTF-8 was expected$/);
  });
});
