import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ClaimgraphError } from '../model/errors.ts';
import { htmlDocument, htmlToText, isoDate } from './html.ts';

const pages = resolve(fileURLToPath(import.meta.url), '../../../test/fixtures/store/pages');
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('htmlDocument', () => {
  it('keeps the main text in paragraphs and the page metadata', () => {
    const file = join(pages, 'pontoon-page.html');
    const doc = htmlDocument(readFileSync(file), file, 'pontoon-page');
    expect(doc).toEqual({
      id: 'pontoon-page',
      text: 'Army engineers rebuilt the pontoon crossing over the Siverskyi Donets in four nights, the 53rd Brigade said on Tuesday.\n\n'
        + '“We lay it in the dark and take it up before dawn,” said Captain Yurii Danyliuk, who commands the engineers.\n\n'
        + 'The crossing carries ammunition trucks and evacuation vehicles, he said. Nothing heavier than 20 tonnes may use it.',
      // The date as the page writes it, not moved to UTC (23:30 at -04:00 is the 7th in UTC).
      date: '2025-05-06',
      title: 'Engineers rebuild the pontoon crossing at Siversk',
      byline: 'Iryna Koval',
      url: 'https://ledger.example/2025/05/pontoon',
      // The page names no site (no og:site_name): no outlet, not the file path.
      source: null,
    });
  });

  it('falls back to <time> and og:url, and leaves out what the page does not say', () => {
    const html = '<html><head><meta property="og:url" content="https://x.example/a"></head><body><article>'
      + '<p>Shelling damaged a school in Sumy, officials said on Monday, and classes moved online for the week.</p>'
      + '<time datetime="2025-02-03T10:00">3 Feb</time></article></body></html>';
    const doc = htmlDocument(utf8(html), 'a.html', 'a');
    expect([doc.date, doc.url, doc.byline, doc.title]).toEqual(['2025-02-03', 'https://x.example/a', undefined, null]);
  });

  it('takes the outlet from og:site_name, the way the page names itself', () => {
    const html = '<html><head><meta property="og:site_name" content="Northern Ledger"></head><body><article>'
      + '<p>Shelling damaged a school in Sumy, officials said on Monday, and classes moved online for the week.</p></article></body></html>';
    expect(htmlDocument(utf8(html), 'pages/a.html', 'a').source).toBe('Northern Ledger');
  });

  it.each([
    ['an empty file', '', 'a.html: file is empty'],
    ['a page without text', '<html><head><title>t</title></head><body><script>x()</script></body></html>', 'a.html: no article text found in the page'],
  ])('refuses %s in one line', (_name, html, message) => {
    let error: unknown;
    try { htmlDocument(utf8(html), 'a.html', 'a'); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(ClaimgraphError);
    expect((error as ClaimgraphError).describe()).toBe(message);
  });
});

describe('htmlToText', () => {
  it.each([
    ['<p>One  <i>two</i>\nthree</p><p>Four</p>', 'One two three\n\nFour'],
    ['<h2>Head</h2>Loose text<ul><li>a</li><li>b &amp; c</li></ul>', 'Head\n\nLoose text\n\na\n\nb & c'],
    ['<p>Before<script>evil()</script> after</p>', 'Before after'],
    ['<div><p></p>   </div>', ''],
  ])('%j', (html, text) => expect(htmlToText(html)).toBe(text));
});

describe('isoDate', () => {
  it.each([
    ['2025-03-04T08:00:00+02:00', '2025-03-04'],
    ['Tue, 04 Mar 2025 08:00:00 +0200', '2025-03-04'],
    ['4 March 2025', '2025-03-04'],
    ['2025-02-30', null],
    ['yesterday', null],
    [null, null],
  ])('%j -> %j', (value, date) => expect(isoDate(value)).toBe(date));
});
