import { get, type Article } from '../api.ts';
import { h, isWebUrl, scrollWithin } from '../dom.ts';
import { LAYER, type ItemKind } from '../highlight.ts';
import { articleHref, itemDetails, title } from './common.ts';

const KIND_OF = Object.fromEntries(Object.entries(LAYER).map(([k, layer]) => [layer, k])) as Record<string, ItemKind>;

/**
 * Where an item came from: the stored article's URL, retrieval date and content hash, and the
 * item's exact characters highlighted in the article's text (the rest shown as stored).
 */
export async function provenanceView(main: HTMLElement, [articleId, layer, itemId]: string[]): Promise<void> {
  const kind = KIND_OF[layer!];
  if (!kind) throw new Error(`no such kind of item: ${layer}`);
  const a = await get<Article>(`articles/${encodeURIComponent(articleId!)}`);
  const item = (a.extraction[LAYER[kind]] as { id: string; start?: number; end?: number; mentions?: { start: number; end: number }[] }[]).find((i) => i.id === itemId);
  if (!item) throw new Error(`article ${articleId} has no ${layer} item ${itemId}`);
  const { article } = a;
  const span = item.start !== undefined && item.end !== undefined ? { start: item.start, end: item.end } : item.mentions?.[0] ?? { start: 0, end: 0 };
  title(main, 'Provenance');
  main.appendChild(h('dl', { class: 'provenance' },
    h('dt', {}, 'Article'), h('dd', {}, h('a', { href: articleHref(article.id) }, article.title ?? article.id)),
    h('dt', {}, 'URL'), h('dd', {}, isWebUrl(article.url) ? h('a', { href: article.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, article.url) : article.url ?? 'none recorded'),
    h('dt', {}, 'Outlet'), h('dd', {}, article.source ?? 'not recorded'),
    h('dt', {}, 'Published'), h('dd', {}, article.date ?? 'undated'),
    // Fetched by claimgraph watch: when it was fetched, and when stored; read from a file: when it was read and stored.
    h('dt', {}, 'Retrieved'), h('dd', { class: 'retrieved' }, article.retrieved ?? article.ingested),
    ...(article.retrieved ? [h('dt', {}, 'Stored'), h('dd', { class: 'ingested' }, article.ingested)] : []),
    h('dt', {}, 'Content hash'), h('dd', {}, h('code', { class: 'hash' }, article.hash)),
    // Decoded from a legacy charset: the stored text (and every offset) is the decoded one.
    ...(article.encoding ? [h('dt', {}, 'Encoding'), h('dd', { class: 'encoding' }, `decoded from ${article.encoding}`)] : []),
    h('dt', {}, 'Characters'), h('dd', { class: 'offsets' }, `${span.start}-${span.end} of ${article.text.length}`)));
  main.appendChild(itemDetails(article.id, kind, item, a.extraction));
  const target = h('mark', { id: 'target', class: `k-${kind}`, tabindex: -1 }, article.text.slice(span.start, span.end));
  main.appendChild(h('h2', {}, 'The stored article'));
  const box = h('div', { class: 'article-text', lang: 'en' }, article.text.slice(0, span.start), target, article.text.slice(span.end));
  main.appendChild(box);
  scrollWithin(box, target);
}
