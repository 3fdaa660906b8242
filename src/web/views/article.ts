import { get, type Article, type Marks } from '../api.ts';
import { clear, h, isWebUrl, scrollWithin } from '../dom.ts';
import { exportBar } from '../export.ts';
import { LAYER, markedSpans, segments, type ItemKind, type Marked } from '../highlight.ts';
import { navigate } from '../router.ts';
import { when } from '../correct.ts';
import { articleHref, itemDetails, kindLabel, title } from './common.ts';

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

  if (a.corrections.length) {
    const gone = a.corrections.filter((c) => c.item === null);
    main.appendChild(h('p', { class: 'meta corrections-summary' },
      `${a.corrections.length} correction${a.corrections.length === 1 ? '' : 's'} by people (shown on the items) · `,
      h('a', { href: `/corrections?article=${encodeURIComponent(article.id)}` }, 'the log'),
      gone.length ? ` · ${gone.length} no longer find their item in this version of the article: ${gone.map((c) => `${c.kind} of “${c.target?.text ?? ''}” by ${c.author}, ${when(c.created)}`).join('; ')}` : ''));
  }
  main.appendChild(exportBar(`article-${article.id}`, () => {
    const rows = KINDS.flatMap((k) => (a.extraction[LAYER[k]] as ({ id: string; start?: number; end?: number; text?: string; name?: string; mentions?: { start: number; end: number; text: string }[] } & Marks)[])
      .map((i) => {
        const span = i.start !== undefined ? { start: i.start, end: i.end, text: i.text } : i.mentions?.[0] ?? { start: null, end: null, text: i.name };
        return [LAYER[k], i.id, span.start, span.end, span.text, i.correction ? `${i.correction.kind} by ${i.correction.author} ${i.correction.created}` : null,
          i.verdict ? `${i.verdict.rating} by ${i.verdict.author} ${i.verdict.created}` : null];
      }));
    return { columns: ['layer', 'id', 'start', 'end', 'text', 'correction', 'verdict'], rows, records: [{ article: { ...article, text: undefined }, ...a.extraction }] };
  }));

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
      // After a correction the view is drawn again from the API, with the item chosen.
      if (item) details.appendChild(itemDetails(article.id, m.kind, item, a.extraction, () => navigate(`${articleHref(article.id)}?item=${encodeURIComponent(m.id)}`, true)));
    }
    for (const el of body.querySelectorAll('.selected')) el.classList.remove('selected');
    body.querySelector(`[data-seg="${i}"]`)?.classList.add('selected');
  };
  // Page furniture (ads, prompts, credits, other stories' headlines) is shown dimmed: no item is made of it.
  const furniture = [...a.furniture].filter((f) => f.kind !== 'dateline').sort((x, y) => x.start - y.start);
  let next = 0;
  const plain = (start: number, end: number) => {
    let at = start;
    while (next < furniture.length && furniture[next]!.end <= at) next++;
    for (let k = next; k < furniture.length && furniture[k]!.start < end; k++) {
      const f = furniture[k]!;
      const s = Math.max(at, f.start);
      const e = Math.min(end, f.end);
      if (s > at) body.appendChild(document.createTextNode(article.text.slice(at, s)));
      body.appendChild(h('span', { class: 'furniture', 'data-furniture': f.kind, title: `page furniture: ${f.kind}` }, article.text.slice(s, e)));
      at = e;
    }
    if (at < end) body.appendChild(document.createTextNode(article.text.slice(at, end)));
  };
  // Each item by kind and id, once: a long article has thousands of segments.
  const byId = new Map<string, Marks>();
  for (const k of KINDS) for (const i of a.extraction[LAYER[k]] as ({ id: string } & Marks)[]) byId.set(`${k}:${i.id}`, i);
  const marks = (m: Marked) => byId.get(`${m.kind}:${m.id}`);
  segs.forEach((seg, i) => {
    const text = article.text.slice(seg.start, seg.end);
    if (!seg.items.length) {
      plain(seg.start, seg.end);
      return;
    }
    const kinds = [...new Set(seg.items.map((m) => m.kind))];
    const label = kinds.map((k) => kindLabel[k]).join(', ');
    const found = seg.items.map(marks);
    const rejected = found.every((x) => x?.correction?.kind === 'reject');
    const corrected = found.some((x) => x?.correction || x?.verdict);
    body.appendChild(h('mark', {
      class: `k-${seg.items[0]!.kind}${kinds.includes('quote') ? ' in-quote' : ''}${kinds.length > 1 ? ' many' : ''}${rejected ? ' rejected' : corrected ? ' corrected' : ''}`,
      'data-seg': i, 'data-start': seg.start, 'data-end': seg.end, 'data-kinds': kinds.join(' '), tabindex: 0, role: 'button', 'aria-label': `${text.slice(0, 80)} (${label})`,
    }, text));
  });
  // One listener for every mark (a long article has tens of thousands).
  const chosen = (e: Event) => (e.target as Element | null)?.closest?.('mark[data-seg]');
  body.addEventListener('click', (e) => {
    const m = chosen(e);
    if (m) show(Number(m.getAttribute('data-seg')));
  });
  body.addEventListener('keydown', (e) => {
    const m = chosen(e);
    if (m && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); show(Number(m.getAttribute('data-seg'))); }
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
