import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { get, type Figure, type List, type Located } from '../api.ts';
import { h } from '../dom.ts';
import { navigate } from '../router.ts';
import { exportBar } from '../export.ts';
import { pager, provenanceHref, speakerHref, title, withParam } from './common.ts';

const withQuery = (query: URLSearchParams, key: string, value: string | null) => {
  const q = new URLSearchParams(query);
  if (value === null) q.delete(key);
  else q.set(key, value);
  return q;
};

const LIMIT = 200;
const CATEGORIES = ['military-casualties', 'civilian-casualties', 'troops', 'equipment', 'munitions', 'territory', 'displaced-people', 'money', 'other'];
/** Colour-blind-safe (Okabe-Ito), dark enough on white. */
const COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000'];

const dayOf = (d: string) => Date.parse(d.length === 7 ? `${d}-01` : d.length === 4 ? `${d}-01-01` : d) / 1000;
const point = (f: Figure) => f.value ?? (f.low !== null && f.high !== null ? (f.low + f.high) / 2 : f.low ?? f.high);
const fmt = (n: number | null) => (n === null ? '' : n.toLocaleString('en'));

/**
 * One category of figures over time, one series per claimant; a range (low to high) is drawn as a
 * band from its low to its high at its date. The table under the chart lists every point with a
 * link to its sentence, and a click on the chart opens the nearest point's provenance.
 */
export async function figuresView(main: HTMLElement, _: string[], query: URLSearchParams): Promise<void> {
  const category = query.get('category') ?? 'military-casualties';
  const bySide = query.get('by') === 'side';
  const list = await get<List<Located<Figure> & { side: string | null }>>('figures', { category, limit: LIMIT, offset: query.get('offset') });
  title(main, 'Figures over time');
  const select = h('select', { name: 'category', id: 'category' }, CATEGORIES.map((c) => h('option', { value: c, selected: c === category }, c)));
  select.addEventListener('change', () => navigate(withParam(withQuery(query, 'offset', null), 'category', select.value)));
  // One series per claimant, or per side the claimants are on (Ukraine's figures against Russia's).
  const by = h('select', { name: 'by', id: 'by' }, h('option', { value: 'claimant', selected: !bySide }, 'claimant'), h('option', { value: 'side', selected: bySide }, 'side'));
  by.addEventListener('change', () => navigate(withParam(query, 'by', by.value === 'side' ? 'side' : null)));
  main.appendChild(h('p', {}, h('label', { for: 'category' }, 'Category '), select, ' ', h('label', { for: 'by' }, 'One series per '), by));

  const points = list.items.filter((l) => l.date && point(l.item) !== null);
  main.appendChild(h('p', { class: 'count', role: 'status' }, `${list.items.length} figures${list.items.length === LIMIT ? ' (this page)' : ''}, ${points.length} dated`));
  const NO_SIDE = 'no known side';
  const seriesOf = (l: Located<Figure> & { side: string | null }) => (bySide ? l.side ?? NO_SIDE : l.item.claimant ?? 'unattributed');
  const claimants = [...new Set(points.map(seriesOf))].sort((a, b) => Number(a === NO_SIDE) - Number(b === NO_SIDE) || a.localeCompare(b));
  const xs = [...new Set(points.map((p) => dayOf(p.date!)))].sort((a, b) => a - b);
  // uPlot wants one x array and, per series, a value (or null) at each x: the largest figure a claimant gave that day.
  const series = claimants.map((c) => xs.map((x) => {
    const at = points.filter((p) => seriesOf(p) === c && dayOf(p.date!) === x);
    const best = at.length ? Math.max(...at.map((p) => point(p.item)!)) : null;
    return best !== null && best > 0 ? best : null;
  }));
  const chart = h('div', { class: 'chart', role: 'group', 'aria-label': `Figures for ${category} over time (logarithmic scale), one series per ${bySide ? 'side' : 'claimant'}: ${claimants.join(', ')}` });
  main.appendChild(chart);
  if (points.length) {
    const ranges = points.filter((p) => p.item.low !== null && p.item.high !== null);
    const plot = new uPlot({
      width: Math.min(main.clientWidth || 900, 1100),
      height: 360,
      // Counts of a day and totals of a war share one chart: a log scale keeps both readable.
      scales: { x: { time: true }, y: { distr: 3, log: 10 } },
      axes: [{}, { values: (_u, ticks) => ticks.map((t) => (t === null || t === undefined ? '' : t.toLocaleString('en'))), size: 90 }],
      series: [{}, ...claimants.map((c, i) => ({
        label: c, stroke: COLOURS[i % COLOURS.length], width: 2, spanGaps: true,
        points: { show: true, size: 8, fill: COLOURS[i % COLOURS.length] },
      }))],
      hooks: {
        draw: [(u) => {
          const ctx = u.ctx;
          ctx.save();
          for (const p of ranges) {
            const i = claimants.indexOf(seriesOf(p));
            const x = u.valToPos(dayOf(p.date!), 'x', true);
            if (p.item.low! <= 0) continue;
            const y0 = u.valToPos(p.item.low!, 'y', true);
            const y1 = u.valToPos(p.item.high!, 'y', true);
            ctx.fillStyle = `${COLOURS[i % COLOURS.length]}55`;
            ctx.fillRect(x - 6 * devicePixelRatio, Math.min(y0, y1), 12 * devicePixelRatio, Math.max(2, Math.abs(y1 - y0)));
          }
          ctx.restore();
        }],
      },
    }, [xs, ...series], chart);
    plot.over.addEventListener('click', () => {
      const idx = plot.cursor.idx;
      if (idx === null || idx === undefined) return;
      const x = xs[idx]!;
      const top = plot.posToVal(plot.cursor.top ?? 0, 'y');
      const near = points.filter((p) => dayOf(p.date!) === x).sort((a, b) => Math.abs(point(a.item)! - top) - Math.abs(point(b.item)! - top))[0];
      if (near) navigate(provenanceHref(near.article, 'figures', near.item.id));
    });
  }
  main.appendChild(exportBar(`figures-${category}${bySide ? '-by-side' : ''}`, () => ({
    columns: ['article', 'date', 'id', 'start', 'end', 'text', 'value', 'low', 'high', 'qualifier', 'unit', 'rate', 'whose', 'category', 'claimant', 'side', 'confidence'],
    rows: list.items.map(({ article, date, item: f, side }) => [article, date, f.id, f.start, f.end, f.text, f.value, f.low, f.high, f.qualifier, f.unit, f.rate, f.whose, f.category, f.claimant, side, f.confidence]),
    records: list.items,
    // The chart's own data: one row per day, one column per series (the value drawn, empty where none).
    chart: { columns: ['date', ...claimants], rows: xs.map((x, i) => [new Date(x * 1000).toISOString().slice(0, 10), ...series.map((s) => s[i])]) },
  })));
  main.appendChild(h('table', { class: 'figures' },
    h('thead', {}, h('tr', {}, ['Date', 'Claimant', 'Side', 'Value', 'Range', 'Unit', 'Whose', 'Sentence'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, list.items.map((l) => h('tr', {},
      h('td', {}, l.date ?? ''),
      h('td', {}, l.item.claimant ? h('a', { href: speakerHref(l.item.claimant) }, l.item.claimant) : 'unattributed'),
      h('td', {}, l.side ?? ''),
      h('td', { class: 'num' }, [l.item.qualifier ? `${l.item.qualifier} ` : '', fmt(l.item.value)].join('')),
      h('td', { class: 'num' }, l.item.low !== null || l.item.high !== null ? `${fmt(l.item.low)}–${fmt(l.item.high)}` : ''),
      h('td', {}, l.item.unit ?? ''), h('td', {}, l.item.whose ?? ''),
      h('td', {}, h('a', { href: provenanceHref(l.article, 'figures', l.item.id), class: 'provenance-link' }, l.item.text)))))));
  main.appendChild(pager(query, LIMIT, list.items.length));
}
