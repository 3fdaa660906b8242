import type { Appearance, Contradiction, FigureContradiction, FigurePoint, PropositionContradiction } from '../model/claims.ts';
import { appearance, byAppearance, cmp, type Article } from './corpus.ts';
import type { Identities } from './identities.ts';
import { isGenericPredicate } from '../extract/lexicon/claims.ts';
import { frameContradictions } from './disputes.ts';

/**
 * Contradictions across articles:
 * - a proposition one claimant asserts and another denies (a rebuttal of a claim with that key, or
 *   a claim of the negated key: `kupiansk | not capture` denies `kupiansk | capture`);
 * - across articles, a structured proposition one side asserts and the other denies in other words
 *   (`disputes.ts`: predicate class, agent's side, and theme or place);
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
    // A key whose predicate is generic alone (`putin | want`, `kupiansk | take`) says too little to set two parties against each other.
    if (isGenericPredicate(key.slice(key.indexOf(' | ') + 3))) return;
    const parties = table.get(key) ?? table.set(key, new Map()).get(key)!;
    const p = parties.get(id) ?? parties.set(id, { id, name, appearances: [] }).get(id)!;
    // A counter-claim (`France will not send troops`) is a claim and a rebuttal over the same words: one appearance.
    if (!p.appearances.some((x) => x.document === a.document && x.start === a.start && x.end === a.end)) p.appearances.push(a);
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

/**
 * Categories whose figures estimate one quantity of the war at hand, so that two parties' figures
 * for one side and period can disagree. Money is left out: two sums are most often two aid
 * packages, loans or budgets, not two estimates of one; so are ages, durations, counts of objects,
 * past wars and bodies found in one grave, which no other party's figure answers.
 */
const ESTIMATED: ReadonlySet<string> = new Set(['military-casualties', 'civilian-casualties', 'troops', 'equipment', 'munitions', 'territory', 'displaced-people']);

/** Units with a fixed conversion, to a base unit: lengths to kilometres, areas to square kilometres. */
const FIXED_UNITS: readonly (readonly [RegExp, string, number])[] = [
  [/^(?:km|kms|kilomet(?:re|er)s?)$/, 'length', 1],
  [/^(?:mi|miles?)$/, 'length', 1.609344],
  [/^(?:m|met(?:re|er)s?)$/, 'length', 0.001],
  [/^(?:sq\.? ?km|km2|km²|square kilomet(?:re|er)s?)$/, 'area', 1],
  [/^(?:sq\.? ?mi|square miles?)$/, 'area', 2.589988],
  [/^(?:ha|hectares?)$/, 'area', 0.01],
];

/** A length or area unit as a dimension and a factor to its base unit; null for anything else. */
function fixedUnit(unit: string | null): { dim: string; factor: number } | null {
  if (!unit) return null;
  const u = unit.toLowerCase().trim();
  for (const [re, dim, factor] of FIXED_UNITS) if (re.test(u)) return { dim, factor };
  return null;
}

/**
 * The two values in one unit, or null when the figures measure different things: kilometres and
 * miles convert (fixed), kilometres and villages do not compare, nor do two units of no fixed
 * conversion that differ (pounds and dollars).
 */
export function inOneUnit(a: FigurePoint, b: FigurePoint): [number, number] | null {
  const va = valueOf(a)!;
  const vb = valueOf(b)!;
  const fa = fixedUnit(a.unit);
  const fb = fixedUnit(b.unit);
  if (fa || fb) {
    if (!fa || !fb || fa.dim !== fb.dim) return null;
    return [va * fa.factor, vb * fb.factor];
  }
  if (a.category === 'territory' && headOf(a.unit ?? '') !== headOf(b.unit ?? '')) return null;
  return [va, vb];
}

/** The head noun of a unit, singular and lowercase: `self-propelled howitzers` -> `howitzer`. */
const headOf = (unit: string) => (unit.toLowerCase().trim().split(/\s+/).pop() ?? '').replace(/(?<=[a-z])s$/, '');

/** People counted under several names: the dead `civilians`, `people`, `residents` are one count, `children` another. */
const SAME_PEOPLE: ReadonlyMap<string, string> = new Map([
  ['civilian', 'people'], ['person', 'people'], ['people', 'people'], ['resident', 'people'], ['inhabitant', 'people'], ['citizen', 'people'],
  ['soldier', 'soldiers'], ['troop', 'soldiers'], ['serviceman', 'soldiers'], ['servicemen', 'soldiers'], ['personnel', 'soldiers'],
  ['fighter', 'soldiers'], ['casualtie', 'soldiers'], ['losse', 'soldiers'], ['loss', 'soldiers'], ['men', 'soldiers'],
  ['child', 'children'], ['children', 'children'], ['kid', 'children'], ['minor', 'children'],
]);

function countsOtherThings(a: FigurePoint, b: FigurePoint): boolean {
  if (a.unit === null || b.unit === null) return false;
  const ha = headOf(a.unit);
  const hb = headOf(b.unit);
  if (COUNTED_THINGS.has(a.category)) return ha !== hb;
  const pa = SAME_PEOPLE.get(ha);
  const pb = SAME_PEOPLE.get(hb);
  return pa !== undefined && pb !== undefined && pa !== pb;
}

/** `dozens`, `thousands`, `hundreds of thousands`: a range of an order of magnitude is no estimate to hold against another. */
const VAGUE_RATIO = 5;
function vague(p: FigurePoint): boolean {
  return p.low !== null && p.high !== null && p.low > 0 && p.high / p.low >= VAGUE_RATIO;
}

/** Two estimates whose ranges share a value agree, whatever their middles: `1,000 to 1,500` and `1,400`. */
function rangesMeet(a: FigurePoint, b: FigurePoint): boolean {
  const lo = (p: FigurePoint) => p.value ?? p.low ?? p.high!;
  const hi = (p: FigurePoint) => p.value ?? p.high ?? p.low!;
  if (a.value !== null && b.value !== null) return false;
  return lo(a) <= hi(b) && lo(b) <= hi(a);
}

export function figureContradictions(points: readonly FigurePoint[], options: ContradictionOptions): FigureContradiction[] {
  const groups = new Map<string, FigurePoint[]>();
  for (const p of points) {
    // Without the side counted (`Russian soldiers`) two figures may count two sides or two places.
    if (!p.claimant || !p.date || !p.whose || valueOf(p) === null || !ESTIMATED.has(p.category) || vague(p)) continue;
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
        const both = inOneUnit(a, b);
        if (!both) continue;
        const [va, vb] = both;
        const scale = Math.max(Math.abs(va), Math.abs(vb));
        const difference = scale === 0 ? 0 : Math.abs(va - vb) / scale;
        if (difference <= options.tolerance || rangesMeet(a, b)) continue;
        out.push({ kind: 'figure', category: a.category, whose: a.whose, per: a.per, period: a.date!.slice(0, 7), a, b, difference: Math.round(difference * 1000) / 1000 });
      }
    }
  }
  return out.sort((x, y) => cmp(x.period, y.period) || cmp(x.category, y.category) || cmp(x.a.date!, y.a.date!) || cmp(x.b.date!, y.b.date!));
}

export function contradictions(articles: readonly Article[], ids: Identities, points: readonly FigurePoint[], options: ContradictionOptions): Contradiction[] {
  const byKey = propositionContradictions(articles, ids);
  return [...byKey, ...frameContradictions(articles, ids, byKey), ...figureContradictions(points, options)];
}
