import { csvRow } from '../export/csv.ts';
import { h } from './dom.ts';

type Cell = string | number | null | undefined;

/** What a view has on screen, as a table: CSV rows for spreadsheets, the API's objects for JSON Lines. */
export interface Exportable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  readonly records: readonly unknown[];
  /** Places: a GeoJSON FeatureCollection too. */
  readonly geojson?: object;
  /** A chart's data as drawn (one row per x, one column per series), as CSV too. */
  readonly chart?: { readonly columns: readonly string[]; readonly rows: readonly (readonly Cell[])[] };
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', {});
  // blob: URLs are ours (made here from data on screen); set directly, not through safeHref.
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * "Export what is on screen": the view's current page (filters and all) as CSV (RFC 4180, the
 * same writer as `claimgraph export`), JSON Lines (the API's objects, offsets included) and, for
 * places, GeoJSON. Made in the browser from the data already shown: nothing more is fetched.
 */
export function exportBar(name: string, data: () => Exportable): HTMLElement {
  const stem = name.replace(/[^\w.-]+/g, '-');
  const bar = h('p', { class: 'export' }, 'Export this view: ',
    h('button', { type: 'button', class: 'link', onclick: () => {
      const d = data();
      download(`${stem}.csv`, 'text/csv', csvRow(d.columns) + d.rows.map((r) => csvRow(r)).join(''));
    } }, 'CSV'), ' ',
    h('button', { type: 'button', class: 'link', onclick: () => {
      download(`${stem}.jsonl`, 'application/x-ndjson', data().records.map((r) => JSON.stringify(r) + '\n').join(''));
    } }, 'JSON Lines'));
  const probe = data();
  if (probe.chart) {
    bar.append(' ', h('button', { type: 'button', class: 'link', onclick: () => {
      const c = data().chart!;
      download(`${stem}-chart.csv`, 'text/csv', csvRow(c.columns) + c.rows.map((r) => csvRow(r)).join(''));
    } }, 'Chart data (CSV)'));
  }
  if (probe.geojson) {
    bar.append(' ', h('button', { type: 'button', class: 'link', onclick: () => {
      download(`${stem}.geojson`, 'application/geo+json', JSON.stringify(data().geojson));
    } }, 'GeoJSON'));
  }
  return bar;
}
