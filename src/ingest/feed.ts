import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { makeDocument, type Document } from '../model/document.ts';
import { ClaimgraphError } from '../model/errors.ts';
import { decodeMarkup, xmlCharset } from './charset.ts';
import { htmlToText, isoDate } from './html.ts';
import { checkHtmlDepth } from './html-depth.ts';
import { idFromPath } from './text-file.ts';

/** What one feed item gives: a Document, or the error that names what is wrong with it. */
export type FeedEntry = Document | ClaimgraphError;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Keep every value a string: a title of "2025" is a title, not a number.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

type Node = Record<string, unknown>;

/** The text of an element that may carry attributes (`{ '#text': ..., '@_type': 'html' }`). */
const textOf = (v: unknown): string | null => {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return textOf(v[0]);
  if (v && typeof v === 'object' && '#text' in v) return textOf((v as Node)['#text']);
  return null;
};

/** One feed item's fields as the feed gives them, before its HTML is read. */
export interface FeedItem {
  readonly id: string;
  readonly html: string | null;
  readonly title: string | null;
  readonly byline: string | null;
  readonly date: string | null;
  /** The item's link; only `claimgraph watch` with `fetchItems` ever fetches it. */
  readonly url: string | null;
  /** The outlet: the feed's own title. */
  readonly source: string | null;
  /** The feed's encoding when it was not UTF-8 (`windows-1251`); null for UTF-8. */
  readonly encoding?: string | null;
}

/**
 * An RSS 2.0, RSS 1.0 or Atom feed file -> one Document per item: text from content:encoded (or
 * description; Atom: content or summary) with its HTML taken out, the item's title, author, date
 * and link. An item without text is an error of its own; the others still come.
 */
export function feedEntries(bytes: Uint8Array, file: string, charset?: string | null): FeedEntry[] {
  const feed = parseFeed(bytes, file, charset);
  if (feed instanceof ClaimgraphError) return [feed];
  return feed.map((item, i) => feedItemDocument(item, file, i));
}

/**
 * A feed's items, unread (see `feedEntries`), or the one error that makes the whole file unreadable.
 * The bytes are decoded by their BOM, `charset` (the HTTP Content-Type's, when fetched), the XML
 * declaration's `encoding`, else as strict UTF-8 (charset.ts).
 */
export function parseFeed(bytes: Uint8Array, file: string, charset?: string | null): FeedItem[] | ClaimgraphError {
  if (bytes.length === 0) return new ClaimgraphError('E_INPUT_EMPTY', 'file is empty', { file });
  const found = xmlCharset(bytes, charset);
  let xml: string;
  try {
    xml = decodeMarkup(bytes, found, { file }, 'a feed');
  } catch (e) {
    if (e instanceof ClaimgraphError) return e;
    throw e;
  }
  const encoding = found.encoding === 'utf-8' ? null : found.encoding;
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    return new ClaimgraphError('E_INPUT_XML', `not well-formed XML: ${valid.err.msg}`, { file, line: valid.err.line });
  }
  let root: Node;
  try {
    root = parser.parse(xml) as Node;
  } catch (e) {
    // The parser refuses what could leak or explode (external entities, huge or deeply expanding
    // ones): the file's problem, told as such, and only this file is lost.
    return new ClaimgraphError('E_INPUT_XML', `refused: ${xmlRefusal((e as Error).message)}`, { file });
  }
  const rss = root.rss as Node | undefined;
  const rdf = root['rdf:RDF'] as Node | undefined;
  const atom = root.feed as Node | undefined;
  const items = (rss ? ((rss.channel as Node | undefined)?.item as Node[] | undefined) : rdf ? (rdf.item as Node[] | undefined) : atom ? (atom.entry as Node[] | undefined) : undefined);
  if (!rss && !rdf && !atom) return new ClaimgraphError('E_INPUT_XML', 'XML, but not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed>)', { file });
  if (!items?.length) return new ClaimgraphError('E_INPUT_EMPTY', atom ? 'feed has no <entry>' : 'feed has no <item>', { file });
  const stem = idFromPath(file);
  // The outlet is the feed's own title; a feed without one names no outlet (not its file path).
  const channel = (rss?.channel ?? rdf?.channel) as Node | undefined;
  const title = textOf(atom ? atom.title : channel?.title);
  const source = title ? htmlToText(title) || null : null;
  return items.map((item, i) => ({ ...(atom ? atomEntry(item, stem, i, source) : rssItem(item, stem, i, source)), ...(encoding ? { encoding } : {}) }));
}

function rssItem(item: Node, stem: string, i: number, source: string | null): FeedItem {
  const link = textOf(item.link);
  const html = textOf(item['content:encoded']) ?? textOf(item.description);
  return {
    id: textOf(item.guid) ?? link ?? (item['@_rdf:about'] as string | undefined) ?? `${stem}-${i + 1}`,
    html,
    title: textOf(item.title),
    byline: textOf(item['dc:creator']) ?? textOf(item.author),
    date: textOf(item.pubDate) ?? textOf(item['dc:date']),
    url: link,
    source,
  };
}

function atomEntry(item: Node, stem: string, i: number, source: string | null): FeedItem {
  const links = (item.link as Node[] | undefined) ?? [];
  const alternate = links.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate');
  const url = (alternate?.['@_href'] as string | undefined) ?? null;
  const author = item.author as Node | undefined;
  return {
    id: textOf(item.id) ?? url ?? `${stem}-${i + 1}`,
    html: textOf(item.content) ?? textOf(item.summary),
    title: textOf(item.title),
    byline: author ? textOf(author.name) : null,
    date: textOf(item.published) ?? textOf(item.updated),
    url,
    source,
  };
}

/** The parser's reason, in the words a user can act on. */
function xmlRefusal(message: string): string {
  if (/external entit/i.test(message)) return 'the feed declares an external entity (<!ENTITY ... SYSTEM/PUBLIC ...>), which claimgraph never reads';
  const size = /Entity "([^"]*)" size \((\d+)\) exceeds maximum allowed size \((\d+)\)/.exec(message);
  if (size) return `the feed declares an entity "${size[1]}" of ${size[2]} characters, over the limit of ${size[3]}`;
  const expanded = /Expanded content length limit exceeded: (\d+) > (\d+)/.exec(message);
  if (expanded) return `its entities expand to ${expanded[1]} characters, over the limit of ${expanded[2]}`;
  return message.replace(/^\[[^\]]*\]\s*/, '');
}

/** Item `i` (from 0) of a feed -> its Document, or the error that names what is wrong with it. */
export function feedItemDocument(f: FeedItem, file: string, i: number): FeedEntry {
  if (f.html) {
    try {
      checkHtmlDepth(f.html, { file, id: f.id }, `item ${i + 1}'s HTML`);
    } catch (e) {
      return e as ClaimgraphError;
    }
  }
  const text = f.html ? htmlToText(f.html) : '';
  if (!text) return new ClaimgraphError('E_INPUT_EMPTY', `item ${i + 1} has no text (no content:encoded, description, content or summary)`, { file, id: f.id });
  return makeDocument({ id: f.id, text, date: isoDate(f.date), title: f.title ? htmlToText(f.title) || null : null, byline: f.byline, url: f.url, source: f.source, encoding: f.encoding ?? null });
}
