import type { FigurePoint, FigureSeries } from '../model/claims.ts';
import type { Figure } from '../model/items.ts';
import { appearance, byAppearance, cmp, type Article } from './corpus.ts';
import type { Identities } from './identities.ts';
import { sideOf } from './names.ts';

/**
 * Every figure with its category, whose, claimant and date, as points; the same figure from the
 * same claimant for the same period repeated by several outlets is one point with every
 * appearance. A series is one claimant's points for a category, in date order.
 */
const PERIODS: readonly (readonly [string, string])[] = [['day', 'day'], ['daily', 'day'], ['week', 'week'], ['month', 'month'], ['year', 'year']];

/** `a day`, `over the past day`, `per week` -> `day`, `week`; null for a total. */
export function perOf(rate: string | null): string | null {
  if (!rate) return null;
  const r = rate.toLowerCase();
  for (const [word, per] of PERIODS) if (r.includes(word)) return per;
  return null;
}

/** When a figure was claimed: the date the dates layer ties to it, else its article's date. */
function dateOfFigure(article: Article, f: Figure): string | null {
  for (const d of article.extraction.dates) {
    // `now`, `currently` (PRESENT_REF) and other values that are no calendar date stand at the article's date.
    if (d.qualifies.includes(f.id) && (d.type === 'DATE' || d.type === 'TIME') && /^\d{4}/.test(d.value)) return d.value;
  }
  return article.document.date;
}

export function figurePoints(articles: readonly Article[], ids: Identities): FigurePoint[] {
  const points = new Map<string, { point: Omit<FigurePoint, 'appearances'>; appearances: ReturnType<typeof appearance>[] }>();
  for (const article of articles) {
    for (const f of article.extraction.figures) {
      if (f.category === 'other') continue;
      const who = ids.resolve(article.document.id, f.claimant);
      const point = {
        category: f.category, whose: sideOf(f.whose) ?? f.whose, claimant: who?.id ?? null, claimantName: who?.name ?? f.claimant,
        date: dateOfFigure(article, f), value: f.value, low: f.low, high: f.high, per: perOf(f.rate), unit: f.unit,
      };
      const key = [point.category, point.whose, point.claimant ?? point.claimantName, point.date, point.value, point.low, point.high, point.per].join('\u0000');
      const p = points.get(key) ?? points.set(key, { point, appearances: [] }).get(key)!;
      p.appearances.push(appearance(article, f));
    }
  }
  return [...points.values()]
    .map(({ point, appearances }) => ({ ...point, appearances: appearances.sort(byAppearance) }))
    .sort((a, b) => cmp(a.date ?? '\uffff', b.date ?? '\uffff') || cmp(a.claimant ?? '', b.claimant ?? '') || byAppearance(a.appearances[0]!, b.appearances[0]!));
}

export interface SeriesQuery {
  readonly category: string;
  /** Only figures counting this side (`Russia`). */
  readonly whose?: string | null;
  /** Only this claimant: an identity id or name, case-insensitive. */
  readonly claimant?: string | null;
  /** One series per claimant (default), or per side the claimants are on (`as claimed by each side`). */
  readonly by?: 'claimant' | 'side';
}

export function figureSeries(points: readonly FigurePoint[], ids: Identities, query: SeriesQuery): FigureSeries[] {
  const wanted = query.claimant?.toLowerCase() ?? null;
  const whose = query.whose ? sideOf(query.whose) ?? query.whose : null;
  const byId = new Map(ids.identities.map((i) => [i.id, i]));
  const claimantSide = (p: FigurePoint) => byId.get(p.claimant ?? '')?.side ?? null;
  const series = new Map<string, FigurePoint[]>();
  for (const p of points) {
    if (p.category !== query.category) continue;
    if (whose && p.whose !== whose) continue;
    if (wanted && p.claimant !== wanted && p.claimantName?.toLowerCase() !== wanted) continue;
    // One series per claimant and per side counted (Russian losses apart from Ukrainian ones), and a
    // rate apart from a total: one line of a chart must be one quantity.
    const who = query.by === 'side' ? claimantSide(p) ?? '' : p.claimant ?? p.claimantName ?? '';
    const key = `${who}\u0000${p.whose ?? ''}\u0000${p.per ?? ''}`;
    (series.get(key) ?? series.set(key, []).get(key)!).push(p);
  }
  if (query.by === 'side') {
    // Claimants on no known side (`British Defence Intelligence`) form one series, listed last.
    return [...series.entries()].sort((a, b) => cmp(a[0].startsWith('\u0000') ? '\uffff' + a[0] : a[0], b[0].startsWith('\u0000') ? '\uffff' + b[0] : b[0])).map(([key, ps]) => ({
      claimant: null, claimantName: null, side: key.slice(0, key.indexOf('\u0000')) || null, category: query.category, points: ps,
    }));
  }
  return [...series.values()].map((ps) => ({
    claimant: ps[0]!.claimant, claimantName: ps[0]!.claimantName, side: claimantSide(ps[0]!),
    category: query.category, points: ps,
  })).sort((a, b) => cmp(a.claimantName ?? '', b.claimantName ?? ''));
}
