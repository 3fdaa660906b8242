import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import atlasUrl from 'world-atlas/countries-50m.json?url';
import { get, type List } from '../api.ts';
import { h } from '../dom.ts';
import { navigate } from '../router.ts';
import { exportBar } from '../export.ts';
import { pager, title } from './common.ts';

interface PlaceCount { name: string; geonameId: number | null; country: string | null; lat: number; lon: number; mentions: number; articles: number }

const LIMIT = 200;
const SVG = 'http://www.w3.org/2000/svg';
const W = 960;
const H = 560;

function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, ...children: (SVGElement | string)[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.append(c);
  return el;
}

let atlas: Promise<Topology> | null = null;

/**
 * Places the articles name, sized by mentions, filtered by period and outlet (state in the URL).
 * Countries come from world-atlas (Natural Earth, shipped in the npm package and served by us):
 * nothing is fetched from anywhere else.
 */
export async function mapView(main: HTMLElement, _: string[], query: URLSearchParams): Promise<void> {
  const filters = { from: query.get('from'), to: query.get('to'), source: query.get('source') };
  atlas ??= fetch(atlasUrl).then((r) => r.json() as Promise<Topology>);
  const [world, list] = await Promise.all([atlas, get<List<PlaceCount>>('places', { ...filters, limit: LIMIT, offset: query.get('offset') })]);
  title(main, 'Map');
  const input = (name: string, label: string, type = 'text') => h('label', {}, label, ' ', h('input', { name, type, value: query.get(name) ?? '' }));
  const form = h('form', { class: 'search' }, h('div', { class: 'row' }, input('from', 'From', 'date'), input('to', 'To', 'date'), input('source', 'Outlet'),
    h('button', { type: 'submit' }, 'Filter')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (String(v).trim()) q.set(k, String(v).trim());
    navigate(`/map${q.size ? `?${q}` : ''}`);
  });
  main.appendChild(form);
  const places = list.items;
  main.appendChild(h('p', { class: 'count', role: 'status' }, `${places.length} places${places.length === LIMIT ? ' (this page)' : ''}, ${places.reduce((n, p) => n + p.mentions, 0)} mentions`));

  const countries = feature(world, world.objects.countries as GeometryCollection);
  // Frame the places (with a margin of a few degrees), else the whole world.
  const pad = 4;
  const frame = places.length
    ? { type: 'MultiPoint' as const, coordinates: places.flatMap((p) => [[p.lon - pad, p.lat - pad], [p.lon + pad, p.lat + pad]]) }
    : { type: 'Sphere' as const };
  const projection = geoNaturalEarth1().fitExtent([[10, 10], [W - 10, H - 10]], frame);
  const path = geoPath(projection);
  const max = Math.max(1, ...places.map((p) => p.mentions));
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'map', role: 'group', 'aria-labelledby': 'map-title' },
    s('title', { id: 'map-title' }, `Map of ${places.length} places named in the articles`),
    s('rect', { x: 0, y: 0, width: W, height: H, class: 'sea' }),
    s('g', { class: 'land' }, ...countries.features.map((f) => s('path', { d: path(f) ?? '' }))));
  const dots = s('g', { class: 'places' });
  for (const p of [...places].sort((a, b) => b.mentions - a.mentions)) {
    const xy = projection([p.lon, p.lat]);
    if (!xy) continue;
    const r = 3 + 17 * Math.sqrt(p.mentions / max);
    const a = s('a', { href: `/search?q=${encodeURIComponent(`"${p.name}"`)}&scope=articles`, 'data-place': p.name },
      s('circle', { cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: r.toFixed(1) }),
      s('title', {}, `${p.name}${p.country ? `, ${p.country}` : ''}: ${p.mentions} mentions in ${p.articles} articles`));
    dots.append(a);
  }
  svg.append(dots);
  main.appendChild(h('div', { class: 'map-box' }, svg));
  main.appendChild(exportBar('places', () => ({
    columns: ['name', 'country', 'geonameId', 'lat', 'lon', 'mentions', 'articles'],
    rows: places.map((p) => [p.name, p.country, p.geonameId, p.lat, p.lon, p.mentions, p.articles]),
    records: places,
    geojson: {
      type: 'FeatureCollection',
      features: places.map((p) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
        properties: { name: p.name, country: p.country, geonameId: p.geonameId, mentions: p.mentions, articles: p.articles } })),
    },
  })));
  main.appendChild(h('table', {},
    h('thead', {}, h('tr', {}, ['Place', 'Country', 'Mentions', 'Articles', 'GeoNames'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, places.map((p) => h('tr', {},
      h('td', {}, h('a', { href: `/search?q=${encodeURIComponent(`"${p.name}"`)}&scope=articles` }, p.name)),
      h('td', {}, p.country ?? ''), h('td', { class: 'num' }, p.mentions), h('td', { class: 'num' }, p.articles),
      h('td', { class: 'num' }, p.geonameId ?? ''))))));
  main.appendChild(pager(query, LIMIT, places.length));
}
