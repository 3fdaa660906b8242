import type { Appearance, Contradiction, FigureContradiction, FigurePoint, PropositionContradiction } from '../model/claims.ts';
import { appearance, byAppearance, cmp, type Article } from './corpus.ts';
import type { Identities } from './identities.ts';

/**
 * Contradictions across articles:
 * - a proposition one claimant asserts and another denies (a rebuttal of a claim with that key, or
 *   a claim of the negated key: `kupiansk | not capture` denies `kupiansk | capture`);
 * - figures of one category, side, rate and month from different claimants that differ by more
 *   than `tolerance` (relative to the larger).
 */
export interface ContradictionOptions {
  /** Relative difference above which two figures disagree: 0.2 means 20%. */
  readonly tolerance: number;
}

type Party = { id: string; name: string; appearances: Appearance[] };

export function propositionContradictions(articles: readonly Article[], ids: Identities): PropositionContradiction[] {
  const asserted = new Map<string, Map<string, Party>>();
  const denied = new Map<string, Map<string, Party>>();
  const add = (table: Map<string, Map<string, Party>>, key: string, id: string, name: string, a: Appearance) => {
    const parties = table.get(key) ?? table.set(key, new Map()).get(key)!;
    const p = parties.get(id) ?? parties.set(id, { id, name, appearances: [] }).get(id)!;
    p.appearances.push(a);
  };
  for (const article of articles) {
    const doc = article.document.id;
    for (const c of article.extraction.claims) {
      if (!c.proposition.includes(' | ')) continue;
      const who = ids.resolve(doc, c.claimant.name);
      if (!who) continue;
      const negated = c.proposition.match(/^(.*) \| not (.*)$/);
      if (negated) add(denied, `${negated[1]} | ${negated[2]}`, who.id, who.name, appearance(article, c));
      else add(asserted, c.proposition, who.id, who.name, appearance(article, c));
    }
    for (const r of article.extraction.rebuttals) {
      if (!r.proposition.includes(' | ')) continue;
      const who = ids.resolve(doc, r.rebutter.name);
      if (who) add(denied, r.proposition, who.id, who.name, appearance(article, r));
    }
  }
  const out: PropositionContradiction[] = [];
  for (const [proposition, assertedBy] of asserted) {
    const deniedBy = denied.get(proposition);
    if (!deniedBy) continue;
    // One who both asserts and denies is correcting themself, not contradicting another.
    const sides = [...assertedBy.values()].filter((a) => [...deniedBy.keys()].some((d) => d !== a.id));
    const against = [...deniedBy.values()].filter((d) => [...assertedBy.keys()].some((a) => a !== d.id));
    if (!sides.length || !against.length) continue;
    out.push({
      kind: 'proposition', proposition,
      asserted: sides.map((p) => ({ claimant: p.id, name: p.name, appearances: p.appearances.sort(byAppearance) })).sort(byFirst),
      denied: against.map((p) => ({ rebutter: p.id, name: p.name, appearances: p.appearances.sort(byAppearance) })).sort(byFirst),
    });
  }
  return out.sort((a, b) => byFirst(a.asserted[0]!, b.asserted[0]!) || cmp(a.proposition, b.proposition));
}

const byFirst = (a: { appearances: readonly Appearance[] }, b: { appearances: readonly Appearance[] }) => byAppearance(a.appearances[0]!, b.appearances[0]!);

/** A point's value for comparison: the number, or the middle of its range. */
function valueOf(p: FigurePoint): number | null {
  if (p.value !== null) return p.value;
  if (p.low !== null && p.high !== null) return (p.low + p.high) / 2;
  return p.low ?? p.high;
}

/** Categories where the thing counted tells figures apart: 40 howitzers do not contradict 300 drones. */
const COUNTED_THINGS: ReadonlySet<string> = new Set(['equipment', 'munitions']);

/** The head noun of a unit, singular and lowercase: `self-propelled howitzers` -> `howitzer`. */
const headOf = (unit: string) => (unit.toLowerCase().trim().split(/\s+/).pop() ?? '').replace(/(?<=[a-z])s$/, '');

function countsOtherThings(a: FigurePoint, b: FigurePoint): boolean {
  return COUNTED_THINGS.has(a.category) && a.unit !== null && b.unit !== null && headOf(a.unit) !== headOf(b.unit);
}

export function figureContradictions(points: readonly FigurePoint[], options: ContradictionOptions): FigureContradiction[] {
  const groups = new Map<string, FigurePoint[]>();
  for (const p of points) {
    if (!p.claimant || !p.date || valueOf(p) === null) continue;
    const key = [p.category, p.whose, p.per, p.date.slice(0, 7)].join('\u0000');
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(p);
  }
  const out: FigureContradiction[] = [];
  for (const ps of groups.values()) {
    for (let i = 0; i < ps.length; i++) {
      for (let j = i + 1; j < ps.length; j++) {
        const a = ps[i]!;
        const b = ps[j]!;
        if (a.claimant === b.claimant || countsOtherThings(a, b)) continue;
        const va = valueOf(a)!;
        const vb = valueOf(b)!;
        const scale = Math.max(Math.abs(va), Math.abs(vb));
        const difference = scale === 0 ? 0 : Math.abs(va - vb) / scale;
        if (difference <= options.tolerance) continue;
        out.push({ kind: 'figure', category: a.category, whose: a.whose, per: a.per, period: a.date!.slice(0, 7), a, b, difference: Math.round(difference * 1000) / 1000 });
      }
    }
  }
  return out.sort((x, y) => cmp(x.period, y.period) || cmp(x.category, y.category) || cmp(x.a.date!, y.a.date!) || cmp(x.b.date!, y.b.date!));
}

export function contradictions(articles: readonly Article[], ids: Identities, points: readonly FigurePoint[], options: ContradictionOptions): Contradiction[] {
  return [...propositionContradictions(articles, ids), ...figureContradictions(points, options)];
}
