import { get, type List, type QuoteInContext, type SpeakerCount } from '../api.ts';
import { h } from '../dom.ts';
import { exportBar } from '../export.ts';
import { editIdentity, when } from '../correct.ts';
import { render } from '../router.ts';
import { articleHref, pager, provenanceHref, speakerHref, title } from './common.ts';

const LIMIT = 50;

export async function speakersView(main: HTMLElement, _: string[], query: URLSearchParams): Promise<void> {
  const list = await get<List<SpeakerCount>>('speakers', { limit: LIMIT, offset: query.get('offset') });
  title(main, 'Speakers');
  main.appendChild(exportBar('speakers', () => ({
    columns: ['name', 'quotes', 'articles', 'roles', 'spellings', 'corrections'],
    rows: list.items.map((s) => [s.name, s.quotes, s.articles, s.roles.join('; '), (s.spellings ?? []).map((x) => x.name).join('; '),
      (s.corrections ?? []).map((c) => `${c.kind} by ${c.author} ${c.created}`).join('; ')]),
    records: list.items,
  })));
  main.appendChild(h('table', {},
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Speaker'), h('th', { scope: 'col' }, 'Quotations'), h('th', { scope: 'col' }, 'Articles'), h('th', { scope: 'col' }, 'Roles'))),
    h('tbody', {}, list.items.map((s) => h('tr', {},
      h('td', {}, h('a', { href: speakerHref(s.name) }, s.name)),
      h('td', { class: 'num' }, s.quotes), h('td', { class: 'num' }, s.articles), h('td', {}, s.roles.slice(0, 3).join('; ')))))));
  main.appendChild(pager(query, LIMIT, list.items.length));
}

export async function speakerView(main: HTMLElement, [name]: string[], query: URLSearchParams): Promise<void> {
  const [info, quotes] = await Promise.all([
    get<List<SpeakerCount>>('speakers', { name, limit: 1 }),
    get<List<QuoteInContext>>('quotes', { speaker: name, context: 'true', limit: LIMIT, offset: query.get('offset') }),
  ]);
  title(main, name!);
  const s = info.items[0];
  main.appendChild(h('p', { class: 'count' }, s ? `${s.quotes} quotations in ${s.articles} articles` : 'No quotations stored for this name.'));
  if (s?.roles.length) main.appendChild(h('p', {}, 'Roles: ', s.roles.join('; ')));
  if (s?.spellings && s.spellings.length > 1) main.appendChild(h('p', { class: 'spellings' }, 'Written as: ', s.spellings.map((x) => `${x.name} (${x.quotes})`).join('; ')));
  for (const c of s?.corrections ?? []) {
    main.appendChild(h('p', { class: `correction c-${c.kind}` }, h('strong', {}, c.kind === 'merge' ? 'Identities merged' : 'A spelling split off'), ` by ${c.author}, ${when(c.created)}`, c.note ? `: ${c.note}` : ''));
  }
  const edit = editIdentity(s?.name ?? name!, (s?.spellings ?? []).map((x) => x.name), () => void render());
  if (edit) main.appendChild(edit);
  main.appendChild(exportBar(`quotes-${name}`, () => ({
    columns: ['article', 'date', 'id', 'kind', 'start', 'end', 'text', 'speaker', 'role', 'cue', 'confidence'],
    rows: quotes.items.map((q) => [q.article, q.date, q.item.id, q.item.kind, q.item.start, q.item.end, q.item.text, q.item.speaker?.name, q.item.speaker?.role?.text, q.item.cue?.text, q.item.confidence]),
    records: quotes.items,
  })));
  main.appendChild(h('ol', { class: 'quotes', start: (Number(query.get('offset')) || 0) + 1 }, quotes.items.map((q) => h('li', {},
    h('blockquote', {}, h('span', { class: 'context' }, q.before ?? ''), h('mark', { class: 'quoted' }, q.item.text), h('span', { class: 'context' }, q.after ?? '')),
    h('p', { class: 'meta' }, q.date ?? 'undated', ' · ', q.source ? `${q.source} · ` : '',
      h('a', { href: `${articleHref(q.article)}?item=${encodeURIComponent(q.item.id)}` }, q.title ?? q.article),
      ' · ', q.item.kind, ' · ', h('a', { href: provenanceHref(q.article, 'quotes', q.item.id), class: 'provenance-link' }, 'provenance'))))));
  main.appendChild(pager(query, LIMIT, quotes.items.length, s?.quotes));
}
