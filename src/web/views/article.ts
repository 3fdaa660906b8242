import { get, type Article } from '../api.ts';
import { clear, h, isWebUrl, scrollWithin } from '../dom.ts';
import { LAYER, markedSpans, segments, type ItemKind, type Marked } from '../highlight.ts';
import { itemDetails, kindLabel, title } from './common.ts';

const KINDS: ItemKind[] = ['quote', 'entity', 'figure', 'place', 'equipment', 'date', 'claim', 'rebuttal'];

function findItem(a: Article, m: Marked): unknown {
  return (a.extraction[LAYER[m.kind]] as { id: string }[]).find((i) => i.id === m.id);
}

/**
 * The article's text with every item highlighted by kind. The text is cut where any item starts or
 * ends; each piece covered by items is a focusable mark, and choosing it lists every item covering
 * it (so nested and overlapping items are all reachable), each with its details.
 */
export async function articleView(main: HTMLElement, [id]: string[], query: URLSearchParams): Promise<void> {
  const a = await get<Article>(`articles/${encodeURIComponent(id!)}`);
  const { article } = a;
  title(main, article.title ?? article.id);
  main.appendChild(h('p', { class: 'meta' },
    article.date ? `${article.date} · ` : '', article.source ? `${article.source} · ` : '',
    isWebUrl(article.url) ? h('a', { href: article.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, article.url) : article.url ?? ''));

  const spans = markedSpans(a.extraction);
  const counts = new Map<ItemKind, number>();
  for (const k of KINDS) counts.set(k, (a.extraction[LAYER[k]] as unknown[]).length);
  main.appendChild(h('ul', { class: 'legend', 'aria-label': 'Item kinds' },
    KINDS.map((k) => h('li', { class: `k-${k}` }, `${kindLabel[k]} ${counts.get(k)}`))));

  const details = h('aside', { class: 'details', 'aria-live': 'polite', 'aria-label': 'Selected items' },
    h('p', {}, 'Choose a highlighted stretch of the text to see every item on it.'));
  const body = h('div', { class: 'article-text', lang: 'en' });
  const segs = segments(article.text.length, spans);
  const show = (i: number) => {
    const seg = segs[i]!;
    clear(details);
    details.appendChild(h('h2', {}, `${seg.items.length} item${seg.items.length === 1 ? '' : 's'} here`));
    const seen = new Set<string>();
    for (const m of seg.items) {
      const key = `${m.kind}:${m.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const item = findItem(a, m);
      if (item) details.appendChild(itemDetails(article.id, m.kind, item, a.extraction));
    }
    for (const el of body.querySelectorAll('.selected')) el.classList.remove('selected');
    body.querySelector(`[data-seg="${i}"]`)?.classList.add('selected');
  };
  segs.forEach((seg, i) => {
    const text = article.text.slice(seg.start, seg.end);
    if (!seg.items.length) {
      body.appendChild(document.createTextNode(text));
      return;
    }
    const kinds = [...new Set(seg.items.map((m) => m.kind))];
    const label = kinds.map((k) => kindLabel[k]).join(', ');
    body.appendChild(h('mark', {
      class: `k-${seg.items[0]!.kind}${kinds.includes('quote') ? ' in-quote' : ''}${kinds.length > 1 ? ' many' : ''}`,
      'data-seg': i, 'data-start': seg.start, 'data-end': seg.end, 'data-kinds': kinds.join(' '), tabindex: 0, role: 'button', 'aria-label': `${text.slice(0, 80)} (${label})`,
      onclick: () => show(i),
      onkeydown: (e: Event) => {
        const k = (e as KeyboardEvent).key;
        if (k === 'Enter' || k === ' ') { e.preventDefault(); show(i); }
      },
    }, text));
  });
  main.appendChild(h('div', { class: 'article-layout' }, body, details));

  // `?item=q3` opens with that item chosen (links from other views).
  const want = query.get('item');
  if (want) {
    const i = segs.findIndex((s) => s.items.some((m) => m.id === want));
    if (i >= 0) {
      show(i);
      const mark = body.querySelector<HTMLElement>(`[data-seg="${i}"]`);
      if (mark) scrollWithin(body, mark);
    }
  }
}
