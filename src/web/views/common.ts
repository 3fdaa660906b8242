import type { Claim, Entity, Equipment, Extraction, Figure, Place, Quotation, Rebuttal, TimeExpression } from '../api.ts';
import { h, type Child } from '../dom.ts';
import type { ItemKind } from '../highlight.ts';
import { LAYER } from '../highlight.ts';
import { correctionNotes, editItem } from '../correct.ts';

export const articleHref = (id: string) => `/article/${encodeURIComponent(id)}`;
export const speakerHref = (name: string) => `/speaker/${encodeURIComponent(name)}`;
export const provenanceHref = (article: string, layer: string, item: string) =>
  `/provenance/${encodeURIComponent(article)}/${encodeURIComponent(layer)}/${encodeURIComponent(item)}`;

/** `?a=1&offset=50` with one key changed, for links that keep the rest of a view's state. */
export function withParam(query: URLSearchParams, key: string, value: string | number | null): string {
  const q = new URLSearchParams(query);
  if (value === null || value === '' || value === 0) q.delete(key);
  else q.set(key, String(value));
  const s = q.toString();
  return `${location.pathname}${s ? `?${s}` : ''}`;
}

/** Previous / next links; `count` is the items on this page, `total` when the API knows it. */
/** `capped`: the total is a count that stopped at its cap (there are more). */
export function pager(query: URLSearchParams, limit: number, count: number, total?: number, capped = false): HTMLElement {
  const offset = Number(query.get('offset') ?? 0) || 0;
  const shown = count ? `${offset + 1}-${offset + count}` : 'none';
  return h('nav', { class: 'pager', 'aria-label': 'Pages' },
    offset > 0 ? h('a', { href: withParam(query, 'offset', Math.max(0, offset - limit)), rel: 'prev' }, '← Previous') : null,
    h('span', {}, total !== undefined ? `${shown} of ${total}${capped ? '+' : ''}` : shown),
    (total !== undefined && !capped ? offset + count < total : count === limit) ? h('a', { href: withParam(query, 'offset', offset + limit), rel: 'next' }, 'Next →') : null);
}

export const kindLabel: Record<ItemKind, string> = {
  quote: 'Quotation', entity: 'Entity', figure: 'Figure', place: 'Place', equipment: 'Equipment', date: 'Date', claim: 'Claim', rebuttal: 'Rebuttal',
};

const row = (label: string, ...value: Child[]) => (value.some((v) => v !== null && v !== undefined && v !== '') ? [h('dt', {}, label), h('dd', {}, ...value)] : []);

const num = (n: number | null) => (n === null ? null : n.toLocaleString('en'));

/**
 * An item's fields as a definition list, with links to its speaker and its provenance, what people
 * corrected on it, and (with `onCorrected`, for a signed-in editor) the forms to correct it.
 */
export function itemDetails(article: string, kind: ItemKind, item: unknown, x: Extraction, onCorrected?: () => void): HTMLElement {
  const fields: HTMLElement[] = [];
  const id = (item as { id: string }).id;
  switch (kind) {
    case 'quote': {
      const q = item as Quotation;
      const name = q.speaker?.name;
      fields.push(...row('Kind', q.kind),
        ...row('Speaker', name ? h('a', { href: speakerHref(name) }, name) : q.speaker ? q.speaker.mention.text : 'not said'),
        ...row('Role', q.speaker?.role?.text), ...row('Cue', q.cue?.text), ...row('Addressee', q.addressee?.text),
        ...row('Confidence', q.confidence.toFixed(2)), ...row('Rule', q.rule));
      break;
    }
    case 'entity': {
      const e = item as Entity;
      fields.push(...row('Name', e.kind === 'person' ? h('a', { href: speakerHref(e.name) }, e.name) : e.name), ...row('Kind', e.kind),
        ...row('Role', e.role?.text), ...row('Mentions', String(e.mentions.length)));
      break;
    }
    case 'figure': {
      const f = item as Figure;
      const range = f.low !== null || f.high !== null ? `${num(f.low) ?? '…'} to ${num(f.high) ?? '…'}` : null;
      fields.push(...row('Value', num(f.value)), ...row('Range', range), ...row('Qualifier', f.qualifier), ...row('Unit', f.unit),
        ...row('Rate', f.rate), ...row('Whose', f.whose), ...row('Category', f.category),
        ...row('Claimant', f.claimant ? h('a', { href: speakerHref(f.claimant) }, f.claimant) : null), ...row('Confidence', f.confidence.toFixed(2)));
      break;
    }
    case 'place': {
      const p = item as Place;
      fields.push(...row('Place', p.name), ...row('Kind', p.kind), ...row('Country', p.country),
        ...row('GeoNames', p.geonameId !== null ? String(p.geonameId) : null),
        ...row('Position', p.lat !== null && p.lon !== null ? `${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}` : null),
        ...row('Stands for its government', p.metonymy ? 'yes' : null));
      break;
    }
    case 'equipment': {
      const q = item as Equipment;
      fields.push(...row('Name', q.name), ...row('Type', q.type));
      break;
    }
    case 'date': {
      const d = item as TimeExpression;
      fields.push(...row('TIMEX3', `${d.type} ${d.value}`), ...row('From', d.begin ?? null), ...row('To', d.finish ?? null));
      break;
    }
    case 'claim': {
      const c = item as Claim;
      const answers = x.rebuttals.filter((r) => r.answers.includes(c.id));
      fields.push(...row('Claimant', c.claimant.name ? h('a', { href: speakerHref(c.claimant.name) }, c.claimant.name) : 'not said'),
        ...row('Proposition', c.proposition), ...row('Date', c.date),
        ...row('Rebuttals', answers.length ? h('ul', {}, answers.map((r) => h('li', {}, `${r.rebutter.name ?? 'someone'}: “${r.text}” `,
          h('a', { href: provenanceHref(article, 'rebuttals', r.id) }, 'source')))) : null));
      break;
    }
    case 'rebuttal': {
      const r = item as Rebuttal;
      const claims = x.claims.filter((c) => r.answers.includes(c.id));
      fields.push(...row('Rebutter', r.rebutter.name ? h('a', { href: speakerHref(r.rebutter.name) }, r.rebutter.name) : 'not said'),
        ...row('Denies', claims.length ? h('ul', {}, claims.map((c) => h('li', {}, `${c.claimant.name ?? 'someone'}: “${c.text}” `,
          h('a', { href: provenanceHref(article, 'claims', c.id) }, 'source')))) : r.proposition),
        ...row('Evidence', r.evidence.map((e) => e.text).join(', ')));
      break;
    }
  }
  const text = (item as { text?: string }).text ?? (item as Entity).name;
  const corrected = (item as { correction?: { kind: string } }).correction?.kind;
  return h('section', { class: `item k-${kind}${corrected ? ` corrected c-${corrected}` : ''}`, 'data-item': id },
    h('h3', {}, `${kindLabel[kind]} ${id}`),
    h('blockquote', {}, text),
    correctionNotes(item),
    h('dl', {}, fields),
    h('p', {}, h('a', { href: provenanceHref(article, LAYER[kind], id), class: 'provenance-link' }, 'Provenance: its characters in the stored article')),
    onCorrected ? editItem(article, LAYER[kind], item as { id: string }, onCorrected) : null);
}

export function title(main: HTMLElement, text: string, ...rest: Child[]): void {
  document.title = `${text} · claimgraph`;
  main.appendChild(h('h1', {}, text, ...rest));
}
