// Issue 16 items 3 and 5: reading an HTML page takes work linear in its size, with a bounded cost per
// character. Readability on linkedom walks a subtree's text for each element it weighs (about the
// square of the depth per character of text), so the work is counted, not timed: the characters that
// linkedom's element textContent hands Readability, which a quadratic pass over the page would make
// grow fourfold when the page doubles, and which a page read without Readability never asks for.
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import type { ClaimgraphError } from '../model/errors.ts';
import { htmlDocument, plainReason, READABILITY_MAX_ELEMENTS, READABILITY_MAX_RMS_DEPTH } from './html.ts';
import { htmlShape, MAX_HTML_DEPTH } from './html-depth.ts';
import { readInputs } from './index.ts';
import { collect, tempDir } from '../../test/helpers/ingest.ts';

const { document } = parseHTML('<div></div>');
let owner: object | null = document.createElement('div');
let getter: PropertyDescriptor | undefined;
while (owner && !(getter = Object.getOwnPropertyDescriptor(owner, 'textContent'))) owner = Object.getPrototypeOf(owner) as object | null;
let walked = 0;
Object.defineProperty(owner, 'textContent', {
  ...getter,
  get(this: unknown) {
    const text = getter!.get!.call(this) as string;
    walked += text.length;
    return text;
  },
});
const dir = tempDir('claimgraph-html-linear-');
afterAll(() => {
  Object.defineProperty(owner, 'textContent', getter!);
  dir.remove();
});

const QUOTE = '"The bridge is gone," said Olena Kravets.';
/** `blocks` quotations side by side, each `depth` <div> deep (the doubling bench's nested HTML shape). */
const page = (blocks: number, depth: number, nav = '') =>
  `<!doctype html><html><head><title>Bridge</title></head><body>${nav}<article>${`${'<div>'.repeat(depth)}<p>${QUOTE}</p>${'</div>'.repeat(depth)}`.repeat(blocks)}</article></body></html>`;
const quotes = (text: string) => text.split(QUOTE).length - 1;

function read(html: string): { text: string; walked: number; warnings: ClaimgraphError[] } {
  walked = 0;
  const warnings: ClaimgraphError[] = [];
  const text = htmlDocument(Buffer.from(html), 'nest.html', 'nest', null, (w) => warnings.push(w)).text;
  return { text, walked, warnings };
}

describe('nested HTML read by Readability (issue 16, items 3 and 5)', () => {
  it('walks twice the text when the page doubles at a fixed depth, and keeps every block', () => {
    const depth = 40;
    expect(htmlShape(page(10, depth)).rmsDepth).toBeLessThan(READABILITY_MAX_RMS_DEPTH);
    const small = read(page(10, depth));
    const large = read(page(20, depth));
    expect(small.warnings).toEqual([]);
    expect(quotes(small.text)).toBe(10);
    expect(quotes(large.text)).toBe(20);
    expect(small.walked).toBeGreaterThan(0);
    const ratio = large.walked / small.walked;
    expect(ratio).toBeGreaterThan(1.8);
    expect(ratio).toBeLessThan(2.2);
  });
});

describe('a page too deep or too large for Readability (issue 16, item 3: its work bounded per character)', () => {
  it('is read as plain text, every block kept, without Readability walking its subtrees, with a warning that says why', () => {
    // 200 levels side by side: Readability took about 28 s of CPU per MB here (7 minutes at the cap).
    const deep = read(page(20, 200));
    expect(quotes(deep.text)).toBe(20);
    // Only the <title>'s text, read for the metadata.
    expect(deep.walked).toBe('Bridge'.length);
    expect(deep.warnings.map((w) => [w.code, w.describe()])).toEqual([['W_INPUT_PLAIN_HTML',
      'nest.html: warning: the page\'s text and markup sit 118 levels deep (root mean square), over the 32 Readability is given; read as plain text without Readability: every block of the page kept, menus and footers included']]);
    // Readability at the same size, 40 levels deep: its walk is many times the page's text.
    const readable = read(page(20, 40));
    expect(readable.walked).toBeGreaterThan(10 * readable.text.length);
  });

  it('keeps the page\'s menus in plain text, which Readability would have left out, and its metadata', () => {
    const nav = '<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>';
    const shallow = htmlDocument(Buffer.from(page(20, 3, nav)), 'p.html', 'p');
    expect(shallow.text).not.toContain('Home');
    const deep = htmlDocument(Buffer.from(page(20, 200, nav)), 'p.html', 'p');
    expect(deep.text.startsWith('Home\n\nWorld\n\n')).toBe(true);
    expect(quotes(deep.text)).toBe(20);
    expect(deep.title).toBe('Bridge');
  });

  it('reads a page without <body> or <head> whole, its <title> left out of the text', () => {
    const bare = `<html><title>Bridge</title>${'<div>'.repeat(100)}<p>${QUOTE}</p>${'</div>'.repeat(100)}</html>`;
    const r = read(bare);
    expect(r.warnings.map((w) => w.code)).toEqual(['W_INPUT_PLAIN_HTML']);
    expect(r.text).toBe(QUOTE);
  });

  it('says so through readInputs, naming the file; a text article nested deep is read too', async () => {
    const para = `<p>${QUOTE} The river rose.</p>`;
    const path = dir.write('deep-text.html', `<!doctype html><html><body>${'<div>'.repeat(MAX_HTML_DEPTH - 6)}${para.repeat(50)}${'</div>'.repeat(MAX_HTML_DEPTH - 6)}</body></html>`);
    const warnings: string[] = [];
    const docs = await collect(readInputs([path], { onWarning: (w) => warnings.push(w.describe()) }));
    expect(docs).toHaveLength(1);
    expect(quotes(docs[0]!.text)).toBe(50);
    expect(warnings).toEqual([`${path}: warning: the page's text and markup sit 207 levels deep (root mean square), over the 32 Readability is given; read as plain text without Readability: every block of the page kept, menus and footers included`]);
  });

  it('sets the limits by the shape one pass over the markup measures', () => {
    expect(plainReason({ depth: 3, elements: READABILITY_MAX_ELEMENTS, rmsDepth: 2 })).toBeNull();
    expect(plainReason({ depth: 3, elements: READABILITY_MAX_ELEMENTS + 1, rmsDepth: 2 })).toBe('the page holds 100,001 elements, over the 100,000 Readability is given');
    expect(plainReason({ depth: 40, elements: 10, rmsDepth: READABILITY_MAX_RMS_DEPTH })).toBeNull();
    // Elements counted as the depth is: those that need an end tag, not scripts' contents.
    expect(htmlShape('<div><p>a<p>b<br><span>c</span></div><script>"<div><div>"</script>').elements).toBe(2);
    // A tag sits at the depth outside it, its content one level in: <i> and </i> at 0, <b> and </b> at 1, "xy" at 2.
    expect(htmlShape('<i><b>xy</b></i>').rmsDepth).toBeCloseTo(Math.sqrt((3 * 0 + 3 * 1 + 2 * 4 + 4 * 1 + 4 * 0) / 16), 10);
    expect(htmlShape('plain text').rmsDepth).toBe(0);
  });
});
