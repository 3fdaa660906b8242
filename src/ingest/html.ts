import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { makeDocument, type Document } from '../model/document.ts';
import { ClaimgraphError } from '../model/errors.ts';
import { decodeMarkup, htmlCharset } from './charset.ts';
import { isCalendarDate } from './header.ts';
import { checkHtmlDepth, type HtmlShape } from './html-depth.ts';

/**
 * An HTML page -> one Document: the main text as Readability finds it (menus, scripts and footers
 * left out), paragraphs separated by a blank line, and the page's own metadata: title, byline,
 * publication date and canonical URL (Open Graph / article: meta, <time>, <link rel=canonical>).
 * The bytes are decoded as a browser would (charset.ts): BOM, `charset` (the HTTP Content-Type's,
 * when the page was fetched), `<meta charset>`, else strict UTF-8.
 *
 * A page beyond what Readability does in bounded time per character (`plainReason`) is read as
 * plain text instead, every block of it, and `onWarning` told so.
 */
export function htmlDocument(bytes: Uint8Array, file: string, id: string, charset?: string | null,
  onWarning?: (warning: ClaimgraphError) => void): Document {
  if (bytes.length === 0) throw new ClaimgraphError('E_INPUT_EMPTY', 'file is empty', { file });
  const found = htmlCharset(bytes, charset);
  const html = decodeMarkup(bytes, found, { file }, 'HTML');
  // Before any parsing: the parser and Readability are far from linear in the depth.
  const shape = checkHtmlDepth(html, { file }, 'the page');
  const { document } = parseHTML(html);
  // Read the metadata first: Readability takes the document apart as it works.
  const meta = pageMetadata(document);
  const plain = plainReason(shape);
  let article: ReturnType<Readability['parse']> = null;
  let text: string;
  if (plain) {
    onWarning?.(new ClaimgraphError('W_INPUT_PLAIN_HTML', `${plain}; read as plain text without Readability: every block of the page kept, menus and footers included`, { file, id }));
    // The whole document but its head: linkedom puts elements outside a <body> (when the markup has none) under <html>.
    text = blocksText(document.documentElement as unknown as TextNode, SKIP_WITH_HEAD);
  } else {
    article = new Readability(document as unknown as globalThis.Document, { charThreshold: 20 }).parse();
    text = article?.content ? htmlToText(article.content) : '';
  }
  if (!text) throw new ClaimgraphError('E_INPUT_EMPTY', 'no article text found in the page', { file });
  return makeDocument({
    id,
    text,
    date: meta.date ?? isoDate(article?.publishedTime),
    title: meta.title ?? clean(article?.title),
    byline: meta.byline ?? clean(article?.byline),
    url: meta.url,
    source: meta.site,
    encoding: found.encoding === 'utf-8' ? null : found.encoding,
  });
}

/**
 * Readability weighs every element by the text under it, several times over (`_cleanConditionally`
 * counts each div's paragraphs, images, list items, headings and the text of each child): its work
 * grows with the elements and with the depth at which the text sits, about its square per character.
 * Measured (CPU, one page of side-by-side blocks, each a quotation in n nested divs): 5 s per MB at 10
 * levels, 8 at 50 (a root mean square depth of 32), 28 at 200 (7 minutes at the 10 MB cap). Beyond
 * these limits the page is read without it (0.6 s per MB at 200 levels), so the deepest page it is
 * still given is the 50-level one; real pages (a few thousand elements, their text some 10 to 20
 * levels deep) are far below both.
 */
export const READABILITY_MAX_ELEMENTS = 100_000;
export const READABILITY_MAX_RMS_DEPTH = 32;

/** Why a page of this shape is read without Readability; null when it is not. */
export function plainReason(shape: HtmlShape): string | null {
  if (shape.elements > READABILITY_MAX_ELEMENTS) {
    return `the page holds ${shape.elements.toLocaleString('en-US')} elements, over the ${READABILITY_MAX_ELEMENTS.toLocaleString('en-US')} Readability is given`;
  }
  if (shape.rmsDepth > READABILITY_MAX_RMS_DEPTH) {
    return `the page's text and markup sit ${Math.round(shape.rmsDepth)} levels deep (root mean square), over the ${READABILITY_MAX_RMS_DEPTH} Readability is given`;
  }
  return null;
}

type Dom = ReturnType<typeof parseHTML>['document'];

interface PageMetadata {
  title: string | null;
  byline: string | null;
  date: string | null;
  url: string | null;
  /** The outlet, as the page names itself: og:site_name; null when it does not (never the file path). */
  site: string | null;
}

function pageMetadata(document: Dom): PageMetadata {
  const meta = (...keys: string[]): string | null => {
    for (const key of keys) {
      const el = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
      const value = clean(el?.getAttribute('content'));
      if (value) return value;
    }
    return null;
  };
  const time = document.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime');
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return {
    title: meta('og:title', 'twitter:title') ?? clean(document.querySelector('title')?.textContent),
    byline: meta('author', 'article:author', 'byl', 'dc.creator', 'parsely-author'),
    date: isoDate(meta('article:published_time', 'og:published_time', 'datePublished', 'date', 'pubdate', 'dc.date', 'parsely-pub-date') ?? time),
    url: clean(canonical) ?? meta('og:url'),
    site: meta('og:site_name', 'application-name'),
  };
}

const clean = (s: string | null | undefined): string | null => {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
};

const ISO = /^\s*(\d{4})-(\d{2})-(\d{2})/;

/** A published date as the page writes it -> `YYYY-MM-DD` (the date as written, not moved to UTC); null if none. */
export function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = ISO.exec(value);
  if (m) return isCalendarDate(+m[1]!, +m[2]!, +m[3]!) ? `${m[1]}-${m[2]}-${m[3]}` : null;
  // RFC 822 (`Tue, 04 Mar 2025 08:00:00 +0200`) and other forms Date reads: take the day as written.
  const rfc = /(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{4})/i.exec(value);
  if (rfc) {
    const month = 'janfebmaraprmayjunjulaugsepoctnovdec'.indexOf(rfc[2]!.toLowerCase()) / 3 + 1;
    if (isCalendarDate(+rfc[3]!, month, +rfc[1]!)) return `${rfc[3]}-${String(month).padStart(2, '0')}-${rfc[1]!.padStart(2, '0')}`;
  }
  return null;
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG']);
// The page's <title> is its metadata, wherever linkedom put it.
const SKIP_WITH_HEAD = new Set([...SKIP, 'HEAD', 'TITLE']);

/**
 * HTML -> plain text with one blank line between blocks (paragraphs, headings, list items) and white
 * space inside a block collapsed, so that the analyzer sees the paragraphs the page shows. The walk
 * keeps its own stack, so that no depth of nesting overflows the call stack.
 */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return blocksText(document.body as unknown as TextNode);
}

type TextNode = { nodeType: number; nodeName: string; textContent: string | null; firstChild: TextNode | null; nextSibling: TextNode | null };

/** The text of `root` and every node under it but those named in `skip`, one blank line between blocks (htmlToText's walk). */
function blocksText(root: TextNode, skip: ReadonlySet<string> = SKIP): string {
  const blocks: string[] = [];
  let current = '';
  const breakBlock = () => {
    const t = current.replace(/[ \t\r\n\f\v]+/g, ' ').trim();
    if (t) blocks.push(t);
    current = '';
  };
  type Node = TextNode;
  // A block's end is pushed as a marker (null) below its children: it breaks the block once they are done.
  const stack: (Node | null)[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === null) {
      breakBlock();
      continue;
    }
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const name = node.nodeName.toUpperCase();
    if (skip.has(name)) continue;
    if (name === 'BR') {
      current += ' ';
      continue;
    }
    if (BLOCK.has(name)) {
      breakBlock();
      stack.push(null);
    }
    const children: Node[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) children.push(c);
    for (let k = children.length - 1; k >= 0; k--) stack.push(children[k]!);
  }
  breakBlock();
  return blocks.join('\n\n');
}
