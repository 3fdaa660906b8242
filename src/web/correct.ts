import { editor, post, type Marks } from './api.ts';
import { h } from './dom.ts';

/** `2026-12-07T02:40:11.123Z` -> `2026-12-07 02:40 UTC`. */
export const when = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

const RATINGS = ['true', 'false', 'misleading', 'unproven'];

/** What a person changed on an item and their verdict on a claim, with who and when; null when nothing. */
export function correctionNotes(item: unknown): HTMLElement[] {
  const { correction: c, verdict: v } = item as Marks;
  const out: HTMLElement[] = [];
  if (c) {
    const what = c.kind === 'reject' ? 'Rejected' : c.kind === 'speaker' ? `Speaker corrected (was ${c.was ?? 'not said'})` : `Corrected (${c.kind})`;
    out.push(h('p', { class: `correction c-${c.kind}` }, h('strong', {}, what), ` by ${c.author}, ${when(c.created)}`, c.note ? `: ${c.note}` : ''));
  }
  if (v) out.push(h('p', { class: `verdict v-${v.rating}` }, h('strong', {}, `Rated ${v.rating}`), ` by ${v.author}, ${when(v.created)}`, v.note ? `: ${v.note}` : ''));
  return out;
}

/** A small form that posts once and reports, then calls `done`. */
function form(label: string, fields: (HTMLElement | string)[], send: (data: FormData) => Promise<unknown>, done: () => void): HTMLFormElement {
  const status = h('span', { class: 'form-status', role: 'status' });
  const f = h('form', { class: 'correct' }, fields, h('button', { type: 'submit' }, label), ' ', status);
  f.addEventListener('submit', (e) => {
    e.preventDefault();
    status.textContent = 'Saving…';
    send(new FormData(f)).then(done, (err: Error) => { status.textContent = `Not saved: ${err.message}`; status.className = 'form-status error'; });
  });
  return f;
}

const text = (name: string, label: string, attrs: Record<string, string> = {}) => h('label', {}, `${label} `, h('input', { name, type: 'text', ...attrs }));
const note = (data: FormData) => String(data.get('note') ?? '').trim() || null;

/**
 * The corrections a signed-in editor can make on an item: reject it (any item), correct a
 * quotation's speaker, rate a claim. Without the token: a link to sign in.
 */
export function editItem(article: string, layer: string, item: { id: string }, done: () => void): HTMLElement {
  if (!editor()) return h('p', { class: 'meta' }, h('a', { href: '/corrections' }, 'Sign in to correct this item'));
  const box = h('details', { class: 'edit' }, h('summary', {}, 'Correct this item'));
  if (layer === 'claims') {
    box.append(form('Save verdict', [
      h('label', {}, 'Verdict ', h('select', { name: 'rating', 'aria-label': 'Verdict' }, RATINGS.map((r) => h('option', { value: r }, r)))), ' ',
      text('note', 'Verdict note', { size: '28' }),
    ], (d) => post('verdicts', { article, item: item.id, rating: String(d.get('rating')), note: note(d) }), done));
  }
  if (layer === 'quotes') {
    box.append(form('Correct speaker', [
      text('name', 'Speaker is', { required: 'required', size: '22' }), ' ',
      h('label', {}, 'Kind ', h('select', { name: 'speakerKind', 'aria-label': 'Kind of speaker' }, ['person', 'organization', 'group'].map((k) => h('option', { value: k }, k)))), ' ',
      text('note', 'Speaker note', { size: '22' }),
    ], (d) => post('corrections', { kind: 'speaker', article, item: item.id, name: String(d.get('name')).trim(), speakerKind: String(d.get('speakerKind')), note: note(d) }), done));
  }
  box.append(form('Reject this item', [text('note', 'Reason for rejecting', { size: '28' })],
    (d) => post('corrections', { kind: 'reject', article, layer, item: item.id, note: note(d) }), done));
  return box;
}

/** Merge this identity into another, or split one of its spellings off (speaker pages). */
export function editIdentity(name: string, spellings: readonly string[], done: () => void): HTMLElement | null {
  if (!editor()) return h('p', { class: 'meta' }, h('a', { href: '/corrections' }, 'Sign in to merge or split identities'));
  const box = h('details', { class: 'edit' }, h('summary', {}, 'Merge or split this identity'));
  box.append(form('Merge', [text('into', 'Same person as', { required: 'required', size: '24' }), ' ', text('note', 'Merge note', { size: '22' })],
    (d) => post('corrections', { kind: 'merge', name, into: String(d.get('into')).trim(), note: note(d) }), done));
  const others = spellings.filter((s) => s !== name);
  if (others.length) {
    box.append(form('Split off', [
      h('label', {}, 'Spelling that is someone else ', h('select', { name: 'name', 'aria-label': 'Spelling that is someone else' }, others.map((s) => h('option', { value: s }, s)))), ' ',
      text('note', 'Split note', { size: '22' }),
    ], (d) => post('corrections', { kind: 'split', name: String(d.get('name')), from: name, note: note(d) }), done));
  }
  return box;
}
