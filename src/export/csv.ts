import type { Claim, Rebuttal } from '../model/claims.ts';
import type { Figure, Quotation } from '../model/items.ts';
import type { CorrectionMark } from '../model/corrections.ts';
import { isRejected, type Corrected } from '../store/corrections.ts';
import type { StoredArticle, Store } from '../store/store.ts';

export type CsvTable = 'quotes' | 'figures' | 'claims';
export const CSV_TABLES: readonly CsvTable[] = ['quotes', 'figures', 'claims'];

type Cell = string | number | null | undefined;

/**
 * RFC 4180: a field holding a comma, a quotation mark or a line break is put in quotation marks,
 * with its own quotation marks doubled. Text is written exactly as in the article, so that `text`
 * still equals the article's characters from `start` to `end` (spreadsheet users: article text
 * may start with `=`; open the file as text, not with formulas).
 */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvRow = (cells: readonly Cell[]) => cells.map(csvField).join(',') + '\r\n';

/** The `correction` cell: what a person changed, who and when (`speaker by Maria 2026-12-07T02:40:00Z, was Yurii Ihnat`). */
export function correctionCell(item: unknown): string | null {
  const c: CorrectionMark | undefined = (item as Corrected).correction;
  if (!c) return null;
  const was = c.kind === 'speaker' ? `, was ${c.was ?? 'nobody'}` : '';
  return `${c.kind === 'reject' ? 'rejected' : c.kind} by ${c.author} ${c.created}${was}${c.note ? `: ${c.note}` : ''}`;
}

/** The `verdict` cell of a rated claim: `false by Ivan 2026-12-07T...: note`. */
export function verdictCell(item: unknown): string | null {
  const v = (item as Corrected).verdict;
  return v ? `${v.rating} by ${v.author} ${v.created}${v.note ? `: ${v.note}` : ''}` : null;
}

interface TableSpec<T> {
  readonly header: readonly string[];
  items(ledger: StoredArticle): readonly T[];
  row(item: T, ledger: StoredArticle): Cell[];
}

const quotes: TableSpec<Quotation> = {
  header: ['article', 'date', 'id', 'kind', 'start', 'end', 'text', 'speaker', 'speaker_mention', 'speaker_start', 'speaker_end', 'role', 'cue', 'confidence', 'correction'],
  items: (l) => l.extraction.quotes,
  row: (q, l) => [l.document.id, l.document.date, q.id, q.kind, q.start, q.end, q.text, q.speaker?.name, q.speaker?.mention.text,
    q.speaker?.mention.start, q.speaker?.mention.end, q.speaker?.role?.text, q.cue?.text, q.confidence, correctionCell(q)],
};

const figures: TableSpec<Figure> = {
  header: ['article', 'date', 'id', 'start', 'end', 'text', 'value', 'low', 'high', 'qualifier', 'unit', 'rate', 'whose', 'category', 'claimant', 'confidence', 'correction'],
  items: (l) => l.extraction.figures,
  row: (f, l) => [l.document.id, l.document.date, f.id, f.start, f.end, f.text, f.value, f.low, f.high, f.qualifier, f.unit, f.rate, f.whose, f.category, f.claimant, f.confidence, correctionCell(f)],
};

const claims: TableSpec<Claim> = {
  header: ['article', 'date', 'id', 'start', 'end', 'text', 'claimant', 'proposition', 'rebuttals', 'rebutted_by', 'correction', 'verdict'],
  items: (l) => l.extraction.claims,
  row: (c, l) => {
    const rebuttals = l.extraction.rebuttals.filter((r: Rebuttal) => r.claim === c.id && !isRejected(r));
    return [l.document.id, l.document.date, c.id, c.start, c.end, c.text, c.claimant.name, c.proposition, rebuttals.length,
      [...new Set(rebuttals.map((r) => r.rebutter.name).filter(Boolean))].join('; '), correctionCell(c), verdictCell(c)];
  },
};

const SPECS: Record<CsvTable, TableSpec<unknown>> = { quotes, figures, claims };

/** One CSV table over every stored article, streamed article by article. */
export async function* exportCsv(store: Store, table: CsvTable): AsyncGenerator<string> {
  const spec = SPECS[table];
  yield csvRow(spec.header);
  for await (const ledger of store.ledgers()) {
    const rows = spec.items(ledger).map((item) => csvRow(spec.row(item, ledger)));
    if (rows.length) yield rows.join('');
  }
}
