import { editor, get, setEditor, type Correction, type List, type Stats } from '../api.ts';
import { h } from '../dom.ts';
import { exportBar } from '../export.ts';
import { when } from '../correct.ts';
import { render } from '../router.ts';
import { articleHref, pager, speakerHref, title, withParam } from './common.ts';

const LIMIT = 50;

/** What a correction says, in words. */
function what(c: Correction): string {
  switch (c.kind) {
    case 'reject': return `rejected the ${c.target?.layer ?? ''} item`;
    case 'speaker': return `speaker is ${c.name}`;
    case 'rating': return `rated ${c.rating}`;
    case 'merge': return `${c.name} is the same person as ${c.into}`;
    case 'split': return `${c.name} is not ${c.from}`;
  }
}

/**
 * /corrections: signing in to correct (the server's write token and the name shown with each
 * correction, kept for this tab only), and the log of every correction and verdict, newest first
 * (`?article=ID` for one article's).
 */
export async function correctionsView(main: HTMLElement, _: string[], query: URLSearchParams): Promise<void> {
  const article = query.get('article');
  const [stats, list] = await Promise.all([
    get<Stats>('stats'),
    get<List<Correction> & { total: number }>('corrections', { article, limit: LIMIT, offset: query.get('offset') }),
  ]);
  title(main, 'Corrections and verdicts');
  const me = editor();
  if (me) {
    main.appendChild(h('p', { class: 'signed-in' }, `Correcting as ${me.author}${stats.org ? ` for ${stats.org}` : ''}. `,
      h('button', { type: 'button', class: 'link', onclick: () => { setEditor(null); void render(); } }, 'Sign out')));
  } else if (!stats.writable) {
    main.appendChild(h('p', { class: 'meta' }, 'This server takes no corrections: it was started without a write token (claimgraph serve --token).'));
  } else {
    const form = h('form', { class: 'search sign-in', 'aria-label': 'Sign in to correct' },
      h('div', { class: 'row' },
        h('label', {}, 'Your name ', h('input', { name: 'author', type: 'text', required: 'required', autocomplete: 'name' })),
        h('label', {}, 'Write token ', h('input', { name: 'token', type: 'password', required: 'required', autocomplete: 'off' })),
        h('button', { type: 'submit' }, 'Sign in')));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const d = new FormData(form);
      setEditor({ author: String(d.get('author')).trim(), token: String(d.get('token')) });
      void render();
    });
    main.appendChild(h('p', {}, 'Sign in to reject items, correct speakers, merge or split identities and rate claims. The token stays in this tab; the server checks it on every correction.'));
    main.appendChild(form);
  }
  main.appendChild(h('h2', {}, article ? `The log of ${article}` : 'The log'));
  if (article) main.appendChild(h('p', {}, h('a', { href: withParam(query, 'article', null) }, 'Every article'), ' · ', h('a', { href: articleHref(article) }, 'the article')));
  main.appendChild(h('p', { class: 'count', role: 'status' }, `${list.total} correction${list.total === 1 ? '' : 's'}`));
  if (list.items.length) main.appendChild(exportBar(article ? `corrections-${article}` : 'corrections', () => ({
    columns: ['id', 'created', 'author', 'kind', 'article', 'layer', 'start', 'end', 'text', 'value', 'note'],
    rows: list.items.map((c) => [c.id, c.created, c.author, c.kind, c.target?.article, c.target?.layer, c.target?.start, c.target?.end, c.target?.text, what(c), c.note]),
    records: list.items,
  })));
  main.appendChild(h('table', { class: 'corrections' },
    h('thead', {}, h('tr', {}, ['When', 'Who', 'What', 'Where', 'Note'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, list.items.map((c) => h('tr', { 'data-kind': c.kind },
      h('td', {}, when(c.created)), h('td', {}, c.author), h('td', {}, what(c)),
      h('td', {}, c.target
        ? [h('a', { href: articleHref(c.target.article) }, c.target.article), `: “${c.target.text.slice(0, 120)}${c.target.text.length > 120 ? '…' : ''}”`]
        : [h('a', { href: speakerHref(c.name ?? '') }, c.name ?? '')]),
      h('td', {}, c.note ?? ''))))));
  main.appendChild(pager(query, LIMIT, list.items.length, list.total));
}
