import { get, type List, type SearchHit } from '../api.ts';
import { h } from '../dom.ts';
import { navigate } from '../router.ts';
import { exportBar } from '../export.ts';
import { articleHref, pager, provenanceHref, title } from './common.ts';

const LIMIT = 20;
const FIELDS = ['q', 'scope', 'speaker', 'source', 'from', 'to'] as const;

/** A hit's snippet with its matching words marked (offsets are into the article; the snippet starts at hit.start). */
function snippet(hit: SearchHit): HTMLElement {
  const p = h('p', { class: 'snippet' });
  let at = hit.start;
  for (const m of [...hit.matches].sort((a, b) => a.start - b.start)) {
    if (m.start < at) continue;
    p.append(hit.text.slice(at - hit.start, m.start - hit.start), h('mark', {}, hit.text.slice(m.start - hit.start, m.end - hit.start)));
    at = m.end;
  }
  p.append(hit.text.slice(at - hit.start));
  return p;
}

/** One search box with filters; the whole state is in the URL, so a link reproduces the view. */
export async function searchView(main: HTMLElement, _: string[], query: URLSearchParams): Promise<void> {
  title(main, 'Search');
  const input = (name: string, label: string, attrs: Record<string, string> = {}) => h('label', {}, label, ' ',
    h('input', { name, value: query.get(name) ?? '', ...attrs }));
  const scope = query.get('scope') ?? 'quotes';
  const form = h('form', { class: 'search', role: 'search' },
    h('div', { class: 'row' }, input('q', 'Words', { type: 'search', required: 'required', size: '40' }),
      h('label', {}, 'In ', h('select', { name: 'scope' }, ['quotes', 'claims', 'articles'].map((s) => h('option', { value: s, selected: s === scope }, s)))),
      h('button', { type: 'submit' }, 'Search')),
    h('div', { class: 'row filters' }, input('speaker', 'Speaker'), input('source', 'Outlet'),
      input('from', 'From', { type: 'date' }), input('to', 'To', { type: 'date' })));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = new URLSearchParams();
    const data = new FormData(form);
    for (const f of FIELDS) {
      const v = String(data.get(f) ?? '').trim();
      if (v) q.set(f, v);
    }
    navigate(`/search?${q}`);
  });
  main.appendChild(form);
  const q = query.get('q');
  if (!q) return;
  const result = await get<List<SearchHit> & { total: number; capped: boolean }>('search', {
    q, scope, speaker: query.get('speaker'), source: query.get('source'), from: query.get('from'), to: query.get('to'),
    limit: LIMIT, offset: query.get('offset'),
  });
  // The server counts up to a cap: "10,000+ results" says so rather than a number that is not the count.
  const count = `${result.total.toLocaleString('en')}${result.capped ? '+' : ''}`;
  main.appendChild(h('p', { class: 'count', role: 'status' }, `${count} result${result.total === 1 && !result.capped ? '' : 's'}`));
  main.appendChild(exportBar(`search-${q}`, () => ({
    columns: ['scope', 'article', 'item', 'date', 'title', 'start', 'end', 'text'],
    rows: result.items.map((x) => [x.scope, x.article, x.item, x.date, x.title, x.start, x.end, x.text]),
    records: result.items,
  })));
  // What people corrected on a hit: a rejected item struck through, a corrected speaker with who it was, a verdict.
  const corrected = (hit: SearchHit) => {
    const c = hit.correction;
    if (c?.kind === 'reject') return h('p', { class: 'correction' }, `Rejected by ${c.author}${c.note ? `: ${c.note}` : ''}`);
    if (c?.kind === 'speaker') return h('p', { class: 'correction c-speaker' }, `Speaker corrected by ${c.author} (extracted: ${c.was ?? 'none'})`);
    return hit.verdict ? h('p', { class: 'verdict' }, `Rated ${hit.verdict.rating} by ${hit.verdict.author}`) : null;
  };
  main.appendChild(h('ol', { class: 'hits', start: result.offset + 1 }, result.items.map((hit) => h('li', { class: hit.correction?.kind === 'reject' ? 'rejected' : null },
    snippet(hit), corrected(hit),
    h('p', { class: 'meta' }, hit.date ?? 'undated', ' · ', hit.speaker ? [hit.speaker, ' · '] : null,
      h('a', { href: `${articleHref(hit.article)}${hit.item ? `?item=${encodeURIComponent(hit.item)}` : ''}` }, hit.title ?? hit.article),
      hit.item ? [' · ', h('a', { href: provenanceHref(hit.article, hit.scope, hit.item), class: 'provenance-link' }, 'provenance')] : null)))));
  main.appendChild(pager(query, LIMIT, result.items.length, result.total, result.capped));
}
