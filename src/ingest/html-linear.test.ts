// Issue 16 item 5: reading an HTML page takes work linear in its size at a given depth of nesting.
// Readability on linkedom walks a subtree's text for each element it weighs (about the cube of the
// depth per nested block, hence MAX_HTML_DEPTH), so the work is counted, not timed: the characters
// that linkedom's textContent hands Readability, which a quadratic pass over the page would make grow
// fourfold when the page doubles.
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlDocument } from './html.ts';
import { MAX_HTML_DEPTH } from './html-depth.ts';

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
afterAll(() => { Object.defineProperty(owner, 'textContent', getter!); });

/** `blocks` quotations side by side, each `depth` <div> deep (the doubling bench's nested HTML shape). */
const page = (blocks: number, depth: number) =>
  `<!doctype html><html><body><article>${`${'<div>'.repeat(depth)}<p>"The bridge is gone," said Olena Kravets.</p>${'</div>'.repeat(depth)}`.repeat(blocks)}</article></body></html>`;

function read(blocks: number, depth: number): { text: string; walked: number } {
  walked = 0;
  const text = htmlDocument(Buffer.from(page(blocks, depth)), 'nest.html', 'nest').text;
  return { text, walked };
}

describe('nested HTML read by Readability (issue 16, items 3 and 5)', () => {
  it('walks twice the text when the page doubles at a fixed depth, and keeps every block', () => {
    const depth = 60;
    expect(depth).toBeLessThan(MAX_HTML_DEPTH);
    const small = read(10, depth);
    const large = read(20, depth);
    const quotes = (text: string) => text.split('"The bridge is gone," said Olena Kravets.').length - 1;
    expect(quotes(small.text)).toBe(10);
    expect(quotes(large.text)).toBe(20);
    expect(small.walked).toBeGreaterThan(0);
    const ratio = large.walked / small.walked;
    expect(ratio).toBeGreaterThan(1.8);
    expect(ratio).toBeLessThan(2.2);
  });
});
