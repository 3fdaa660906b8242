import { get, type ClaimRecord, type List } from '../api.ts';
import { h } from '../dom.ts';
import { exportBar } from '../export.ts';
import { correctionNotes } from '../correct.ts';
import type { Marks } from '../api.ts';
import { articleHref, pager, provenanceHref, speakerHref, title, withParam } from './common.ts';

const LIMIT = 50;

const who = (name: string | null) => (name ? h('a', { href: speakerHref(name) }, name) : 'unnamed');

/** Claims that a rebuttal answers, with claimant, rebutter, dates and a provenance link for each. */
export async function claimsView(main: HTMLElement, _: string[], query: URLSearchParams): Promise<void> {
  const all = query.get('all') === '1';
  const list = await get<List<ClaimRecord>>('claims', { contested: all ? undefined : 'true', limit: LIMIT, offset: query.get('offset') });
  title(main, all ? 'All claims' : 'Contested claims');
  main.appendChild(h('p', {}, all
    ? h('a', { href: withParam(query, 'all', null) }, 'Show contested claims only')
    : h('a', { href: withParam(query, 'all', 1) }, 'Show every claim')));
  if (!list.items.length) main.appendChild(h('p', { class: 'count' }, 'No claims here.'));
  if (list.items.length) main.appendChild(exportBar(all ? 'claims' : 'contested-claims', () => ({
    columns: ['article', 'date', 'id', 'start', 'end', 'text', 'claimant', 'proposition', 'rebuttals', 'rebutted_by', 'verdict'],
    rows: list.items.map((c) => [c.article, c.date, c.item.id, c.item.start, c.item.end, c.item.text, c.item.claimant.name, c.item.proposition,
      c.rebuttals.length, [...new Set(c.rebuttals.map((r) => r.rebutter.name).filter(Boolean))].join('; '),
      (c.item as Marks).verdict ? `${(c.item as Marks).verdict!.rating} by ${(c.item as Marks).verdict!.author} ${(c.item as Marks).verdict!.created}` : null]),
    records: list.items,
  })));
  main.appendChild(h('ol', { class: 'claims' }, list.items.map((c) => h('li', {},
    h('p', {}, h('strong', {}, 'Claim '), who(c.item.claimant.name), ': “', c.item.text, '” ',
      h('span', { class: 'meta' }, c.item.date ?? c.date ?? 'undated'), ' ',
      h('a', { href: provenanceHref(c.article, 'claims', c.item.id), class: 'provenance-link' }, 'provenance')),
    correctionNotes(c.item),
    c.rebuttals.length ? h('ul', {}, c.rebuttals.map((r) => h('li', {}, h('strong', {}, 'Rebuttal '), who(r.rebutter.name), ': “', r.text, '” ',
      h('a', { href: provenanceHref(c.article, 'rebuttals', r.id), class: 'provenance-link' }, 'provenance')))) : null,
    h('p', { class: 'meta' }, 'In ', h('a', { href: `${articleHref(c.article)}?item=${encodeURIComponent(c.item.id)}` }, c.title ?? c.article), ` (${c.date ?? 'undated'})`)))));
  main.appendChild(pager(query, LIMIT, list.items.length));
}
