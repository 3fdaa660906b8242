import type { Correction, CorrectionKind, CorrectionValue, NewCorrection } from '../model/corrections.ts';

/**
 * A `corrections` row (schema.ts, migration 7) as both backends store it, and the one mapping
 * between it and a Correction: the target's key in columns (so a backend can select an article's
 * corrections by index), the kind's own fields as JSON in `value`.
 */
export interface CorrectionRow {
  id: number;
  kind: CorrectionKind;
  article: string | null;
  hash: string | null;
  layer: string | null;
  span_start: number | null;
  span_end: number | null;
  span_text: string | null;
  value: string;
  note: string | null;
  author: string;
  created: string;
}

export const CORRECTION_COLUMNS = 'id, kind, article, hash, layer, span_start, span_end, span_text, value, note, author, created';

export function correctionOfRow(row: CorrectionRow): Correction {
  const value = JSON.parse(row.value) as Omit<CorrectionValue, 'kind'>;
  const target = row.article !== null && row.layer !== null
    ? { article: row.article, layer: row.layer as never, start: row.span_start!, end: row.span_end!, text: row.span_text ?? '', hash: row.hash }
    : null;
  return { ...value, kind: row.kind, target, note: row.note, author: row.author, id: Number(row.id), created: row.created } as Correction;
}

/** The values of an INSERT of every column but `id`, in CORRECTION_COLUMNS order. */
export function rowOfCorrection(c: NewCorrection, created: string): [string, string | null, string | null, string | null, number | null, number | null, string | null, string, string | null, string, string] {
  const { kind, target: t, note, author, ...rest } = c;
  return [kind, t?.article ?? null, t?.hash ?? null, t?.layer ?? null, t?.start ?? null, t?.end ?? null, t?.text ?? null, JSON.stringify(rest), note, author, created];
}

/** Per kind, and per kind and layer (`reject:quotes`), from grouped counts. */
export function countsOf(rows: Iterable<{ kind: string; layer: string | null; n: number | string }>): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) {
    const n = Number(r.n);
    out.set(r.kind, (out.get(r.kind) ?? 0) + n);
    if (r.layer) out.set(`${r.kind}:${r.layer}`, (out.get(`${r.kind}:${r.layer}`) ?? 0) + n);
  }
  return out;
}
