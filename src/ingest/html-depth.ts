import { ClaimgraphError } from '../model/errors.ts';

/**
 * The deepest nesting of HTML we parse. Readability on linkedom takes time that grows with about
 * the cube of the depth (1,500 levels 6 s, 4,000 levels 287 s) and recursion ends in a RangeError
 * far below 100,000 levels; real pages nest a few dozen levels, rarely a hundred or two.
 */
export const MAX_HTML_DEPTH = 256;

/** Elements that never hold others (no end tag), and those whose end tag a parser infers. */
const NO_END = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'frame', 'basefont', 'isindex',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'rb', 'rt', 'rtc', 'rp', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption',
  'html', 'head', 'body',
]);
/** Elements whose content is text up to their end tag, never markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

const endTags = new Map<string, RegExp>();
const endTag = (name: string) => {
  let re = endTags.get(name);
  if (!re) endTags.set(name, (re = new RegExp(`</${name}`, 'gi')));
  return re;
};

/** What one pass over a page's markup tells of the work a parse and Readability will do. */
export interface HtmlShape {
  /** How deep the elements nest at the deepest. */
  readonly depth: number;
  /** Elements opened (those that need an end tag). */
  readonly elements: number;
  /**
   * The root mean square of the depth at which each character of markup and text sits (scripts' and
   * styles' contents left out): Readability walks the text under each element it weighs, so a
   * character nested d deep is read about d times, and with the text densities of each element's
   * children about d squared.
   */
  readonly rmsDepth: number;
}

/**
 * How deep the elements of `html` nest, read in one pass over the markup without parsing it
 * (linear time, no recursion): open tags of elements that need an end tag count one level in, end
 * tags one level out. Comments, declarations and raw text (scripts, styles) are skipped. Elements
 * whose end tag may be left out (`p`, `li`, `td`) are not counted, so an estimate never exceeds
 * what a parser builds by much.
 */
export function htmlDepth(html: string): number {
  return htmlShape(html).depth;
}

/** The depth, element count and root mean square depth of `html` (HtmlShape), in one linear pass. */
export function htmlShape(html: string): HtmlShape {
  let depth = 0;
  let max = 0;
  let elements = 0;
  // Sum over characters of depth squared, kept in whole segments: `from` is where the current depth began.
  let squares = 0;
  let counted = 0;
  let from = 0;
  const level = (at: number, next: number, skipTo = at) => {
    squares += (at - from) * depth * depth;
    counted += at - from;
    depth = next;
    from = skipTo;
  };
  let i = html.indexOf('<');
  const n = html.length;
  while (i >= 0 && i < n) {
    const next = html.charCodeAt(i + 1);
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end < 0 ? n : end + 3;
    } else if (next === 33 /* ! */ || next === 63 /* ? */) {
      const end = html.indexOf('>', i + 2);
      i = end < 0 ? n : end + 1;
    } else if (next === 47 /* / */) {
      const m = /^<\/([a-zA-Z][^\s/>]*)/.exec(html.slice(i, i + 64));
      const end = html.indexOf('>', i + 2);
      if (m && !NO_END.has(m[1]!.toLowerCase()) && depth > 0) level(i, depth - 1);
      i = end < 0 ? n : end + 1;
    } else if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122)) {
      const m = /^<([a-zA-Z][^\s/>]*)/.exec(html.slice(i, i + 64))!;
      const name = m[1]!.toLowerCase();
      const end = html.indexOf('>', i + 1);
      if (end < 0) break;
      const selfClosing = html.charCodeAt(end - 1) === 47;
      i = end + 1;
      if (RAW_TEXT.has(name)) {
        const re = endTag(name);
        re.lastIndex = i;
        const close = re.exec(html);
        const after = close ? html.indexOf('>', close.index) : -1;
        // The script's or style's text is not counted: the parser keeps it as one string and Readability drops it.
        level(i, depth, after < 0 ? n : after + 1);
        i = after < 0 ? n : after + 1;
      } else if (!selfClosing && !NO_END.has(name)) {
        elements++;
        level(i, depth + 1);
        if (depth > max) max = depth;
      }
    } else i++;
    i = html.indexOf('<', i);
  }
  if (from < n) level(n, depth);
  return { depth: max, elements, rmsDepth: counted ? Math.sqrt(squares / counted) : 0 };
}

/** Throws E_INPUT_NESTING naming `where` when `html` nests deeper than MAX_HTML_DEPTH; else its shape. */
export function checkHtmlDepth(html: string, where: { file: string; id?: string }, what = 'HTML'): HtmlShape {
  const shape = htmlShape(html);
  const { depth } = shape;
  if (depth > MAX_HTML_DEPTH) {
    throw new ClaimgraphError('E_INPUT_NESTING',
      `${what} nests elements ${depth.toLocaleString('en-US')} levels deep, over the limit of ${MAX_HTML_DEPTH}; not read (a real page nests far less)`, where);
  }
  return shape;
}
