import type { Correction, CorrectionKind, CorrectionMark, ItemKey, NewCorrection, VerdictMark } from '../model/corrections.ts';
import type { Extraction, Quotation } from '../model/items.ts';
import type { StoredArticle, Page } from './store.ts';

/**
 * Where corrections and verdicts are kept (../model/corrections.ts): apart from the extraction, so
 * that a re-ingest, which replaces an article's items, leaves them. The SQLite log is
 * ./sqlite/corrections.ts; `applyCorrections` puts them on a ledger when it is read.
 */
export interface CorrectionLog {
  add(correction: NewCorrection): Promise<Correction>;
  /** Item corrections and verdicts of these articles, oldest first. */
  forArticles(ids: readonly string[]): Promise<Map<string, Correction[]>>;
  /** Every correction of these kinds, oldest first (there are as many as people made: few). */
  ofKinds(kinds: readonly CorrectionKind[]): Promise<Correction[]>;
  /** Newest first, with the count of all. */
  list(filter?: Page & { article?: string }): Promise<{ total: number; items: Correction[] }>;
  /** How many corrections of each kind (and item corrections per layer, as `reject:quotes`). */
  counts(): Promise<Map<string, number>>;
}

/** Item fields a read adds: the correction that changed or rejected it, and a claim's verdict. */
export interface Corrected {
  readonly correction?: CorrectionMark;
  readonly verdict?: VerdictMark;
}

export const isRejected = (item: unknown) => (item as Corrected).correction?.kind === 'reject';

type AnyItem = { start?: number; end?: number; text?: string; mentions?: readonly { start: number; end: number; text: string }[] };

/** An item's span: its own, or an entity's first mention. */
export function spanOf(item: unknown): { start: number; end: number; text: string } | null {
  const i = item as AnyItem;
  if (typeof i.start === 'number' && typeof i.end === 'number') return { start: i.start, end: i.end, text: i.text ?? '' };
  return i.mentions?.[0] ?? null;
}

/** The key a correction of `item` in `layer` of `ledger` is stored under. */
export function itemKey(ledger: StoredArticle, layer: keyof Extraction, item: unknown): ItemKey {
  const span = spanOf(item);
  if (!span) throw new Error(`a ${layer} item without a span`);
  return { article: ledger.document.id, layer, start: span.start, end: span.end, text: ledger.document.text.slice(span.start, span.end), hash: ledger.hash };
}

/**
 * The item a correction was made on, in the article as it is now: the item with the same span and
 * characters; else (the article was changed and ingested again, so the text moved) the item with
 * the same characters nearest to where it was. -1 when no item has them any more.
 */
export function findItem(items: readonly unknown[], key: ItemKey): number {
  let best = -1;
  let distance = Infinity;
  for (let i = 0; i < items.length; i++) {
    const s = spanOf(items[i]);
    // An item's text is the article's characters at its span (offsets are sacred), so it is compared, not the text sliced.
    if (!s || s.text !== key.text) continue;
    if (s.start === key.start && s.end === key.end) return i;
    const d = Math.abs(s.start - key.start);
    if (d < distance) { best = i; distance = d; }
  }
  return best;
}

const mark = (c: Correction, was?: string | null): CorrectionMark => ({
  id: c.id, kind: c.kind, author: c.author, created: c.created, note: c.note, ...(was !== undefined ? { was } : {}),
});

export interface AppliedCorrection {
  readonly correction: Correction;
  /** The item it applies to now, or null when the article no longer has it. */
  readonly item: string | null;
}

/**
 * The ledger as corrected: a rejected item stays in its layer, marked (`correction.kind` =
 * 'reject'), so that a reader can show it struck out and exports can leave it out or mark it; a
 * corrected speaker replaces the extracted one and the quotation says who it was; a rated claim
 * carries `verdict`. The latest correction of each kind on an item wins. Offsets are untouched.
 */
export function applyCorrections(ledger: StoredArticle, corrections: readonly Correction[]): { ledger: StoredArticle; applied: AppliedCorrection[] } {
  const applied: AppliedCorrection[] = [];
  if (!corrections.length) return { ledger, applied };
  const extraction = { ...ledger.extraction } as Record<keyof Extraction, unknown[]>;
  const copied = new Set<string>();
  for (const c of corrections) {
    if (!c.target || c.target.article !== ledger.document.id) continue;
    const layer = c.target.layer;
    const items = extraction[layer];
    if (!items) continue;
    const at = findItem(items, c.target);
    if (at < 0) { applied.push({ correction: c, item: null }); continue; }
    if (!copied.has(layer)) { extraction[layer] = [...items]; copied.add(layer); }
    const item = extraction[layer][at] as Record<string, unknown> & Corrected;
    applied.push({ correction: c, item: String(item.id ?? '') });
    if (c.kind === 'reject') extraction[layer][at] = { ...item, correction: mark(c) };
    else if (c.kind === 'rating') {
      extraction[layer][at] = { ...item, verdict: { id: c.id, rating: c.rating, author: c.author, created: c.created, note: c.note } satisfies VerdictMark };
    } else if (c.kind === 'speaker' && layer === 'quotes') {
      const q = item as unknown as Quotation & Corrected;
      // The first correction remembers the extracted name; a later one keeps it.
      const was = q.correction?.kind === 'speaker' ? q.correction.was ?? null : q.speaker?.name ?? null;
      // A quotation without a speaker gets an empty mention at its end: offsets still slice the text.
      const mention = q.speaker?.mention ?? { start: q.end, end: q.end, text: '' };
      extraction[layer][at] = {
        ...q,
        speaker: { mention, name: c.name, entity: null, kind: c.speakerKind, pronoun: false, role: q.speaker?.role ?? null, antecedent: null, confidence: 1, rule: 'correction' },
        correction: mark(c, was),
      };
    }
  }
  return { ledger: { ...ledger, extraction: extraction as unknown as Extraction }, applied };
}

/** The extraction without the items a person rejected. */
export function withoutRejected(extraction: Extraction): Extraction {
  const out: Record<string, unknown[]> = {};
  for (const [layer, items] of Object.entries(extraction)) out[layer] = (items as unknown[]).filter((i) => !isRejected(i));
  return out as unknown as Extraction;
}
