import { get, type ArticleInfo, type List } from '../api.ts';
import { h } from '../dom.ts';
import { exportBar } from '../export.ts';
import { articleHref, pager, title } from './common.ts';

const LIMIT = 50;

export async function articlesView(main: HTMLElement, _: string[], query: URLSearchParams): Promise<void> {
  const list = await get<List<ArticleInfo> & { total: number }>('articles', { limit: LIMIT, offset: query.get('offset') });
  title(main, 'Articles');
  main.appendChild(h('p', { class: 'count' }, `${list.total} articles in the ledger`));
  main.appendChild(exportBar('articles', () => ({
    columns: ['id', 'date', 'title', 'source', 'url', 'hash', 'ingested', 'chars'],
    rows: list.items.map((a) => [a.id, a.date, a.title, a.source, a.url, a.hash, a.ingested, a.chars]),
    records: list.items,
  })));
  main.appendChild(h('table', {},
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Article'), h('th', { scope: 'col' }, 'Date'), h('th', { scope: 'col' }, 'Outlet'), h('th', { scope: 'col' }, 'Characters'))),
    h('tbody', {}, list.items.map((a) => h('tr', {},
      h('td', {}, h('a', { href: articleHref(a.id) }, a.title ?? a.id)),
      h('td', {}, a.date ?? ''), h('td', {}, a.source ?? ''), h('td', { class: 'num' }, a.chars.toLocaleString('en')))))));
  main.appendChild(pager(query, LIMIT, list.items.length, list.total));
}
