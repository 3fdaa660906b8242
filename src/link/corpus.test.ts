/**
 * The ledger over the corpus in test/fixtures/corpus (eleven short articles we wrote: two sides,
 * several dates, claims repeated by outlets, figures that disagree, two people named Kovalenko),
 * checked exactly against expected.json, which was written by hand.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../ingest/index.ts';
import { extractDocument } from '../extract/pipeline.ts';
import type { Appearance, Contradiction } from '../model/claims.ts';
import { buildLedger, figureSeries, type Article } from './index.ts';

const dir = fileURLToPath(new URL('../../test/fixtures/corpus/', import.meta.url));
const expected = JSON.parse(readFileSync(dir + 'expected.json', 'utf8'));
const articles: Article[] = [];
for await (const document of readInputs([dir])) articles.push({ document, extraction: extractDocument(document).extraction });
const doc = (a: Appearance) => a.document.slice(0, 2);

/** The ledger's contradictions in the shape expected.json writes them. */
function compact(c: Contradiction) {
  if (c.kind === 'proposition') {
    return {
      kind: c.kind, proposition: c.proposition,
      asserted: c.asserted.map((a) => [a.claimant, a.appearances.map(doc)]),
      denied: c.denied.map((d) => [d.rebutter, d.appearances.map(doc)]),
    };
  }
  const side = (p: typeof c.a) => [p.claimant, p.value, doc(p.appearances[0]!)];
  return { kind: c.kind, category: c.category, whose: c.whose, per: c.per, period: c.period, a: side(c.a), b: side(c.b), difference: c.difference };
}

describe('ledger over the written corpus (issue 5)', () => {
  const ledger = buildLedger(articles);

  it('reads all eleven articles', () => {
    expect(articles.map((a) => a.document.id.slice(0, 2))).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11']);
  });

  it('has exactly the expected identities (names, kinds, sides, documents)', () => {
    expect(ledger.identities.map((i) => ({ id: i.id, name: i.name, kind: i.kind, side: i.side, documents: i.documents.map((d) => d.slice(0, 2)) })))
      .toEqual(expected.identities.map(({ id, name, kind, side, documents }: Record<string, unknown>) => ({ id, name, kind, side, documents })));
  });

  it('merges Andrii Hnatov, Gen. Hnatov and Hnatov; keeps the two Kovalenkos apart; roles over time', () => {
    for (const e of expected.identities.filter((x: { aliases?: unknown }) => x.aliases)) {
      const i = ledger.identities.find((x) => x.id === e.id)!;
      expect(i.aliases).toEqual(e.aliases);
      expect(i.roles.map(({ role, from, to }) => ({ role, from, to }))).toEqual(e.roles);
      expect(i.ambiguous).toEqual([]);
    }
    // The surname alone in 06 (a military spokesman) and 11 (a hospital director) goes by role.
    expect(ledger.ids.resolve(articles[5]!.document.id, 'Kovalenko')?.id).toBe('ivan-kovalenko');
    expect(ledger.ids.resolve(articles[10]!.document.id, 'Kovalenko')?.id).toBe('maria-kovalenko');
  });

  it('counts a repeated claim once, every appearance kept, first appearance first', () => {
    const repeated = ledger.claims.filter((c) => c.proposition === 'pokrovsk | encircle' || c.proposition === 'kupiansk | capture')
      .filter((c) => c.claimant !== null)
      .map((c) => ({ proposition: c.proposition, claimant: c.claimant, appearances: c.appearances.map(doc) }));
    expect(repeated).toEqual(expected.repeatedClaims);
    const moscow = ledger.claims.find((c) => c.claimant === 'russia-defense-ministry' && c.proposition === 'pokrovsk | encircle')!;
    expect(moscow.firstAppearance).toEqual(moscow.appearances[0]);
    expect(moscow.appearances.map((a) => a.text)).toEqual(['Pokrovsk was encircled', 'Pokrovsk was encircled, a statement Ukraine quickly disputed', 'Pokrovsk was encircled']);
  });

  it.each(['0.2', '0.1', '0.3'])('lists exactly the expected contradictions at tolerance %s', (tolerance) => {
    const l = buildLedger(articles, { tolerance: Number(tolerance) });
    const got = l.contradictions.map(compact).filter((c) => tolerance === '0.2' || c.kind === 'figure');
    expect(got).toEqual(expected.contradictions[tolerance]);
  });

  it.each([
    ['military-casualties of Russia', 'military-casualties', 'Russia'],
    ['military-casualties of Ukraine', 'military-casualties', 'Ukraine'],
    ['civilian-casualties', 'civilian-casualties', null],
  ])('gives a series per claimant: %s', (name, category, whose) => {
    const series = figureSeries(ledger.figures, ledger.ids, { category, whose });
    expect(series.map((s) => ({ claimant: s.claimant, side: s.side, points: s.points.map((p) => [p.date, p.value, p.per, doc(p.appearances[0]!)]) })))
      .toEqual(expected.series[name]);
  });

  it('gives a series per side: Russian military casualties, as claimed by each side', () => {
    const series = figureSeries(ledger.figures, ledger.ids, { category: 'military-casualties', whose: 'Russia', by: 'side' });
    expect(series.map((s) => ({ side: s.side, points: s.points.map((p) => [p.date, p.value, p.claimant]) })))
      .toEqual(expected.series['military-casualties of Russia, as claimed by each side']);
  });

  it('filters a series by claimant, by id or by name', () => {
    const byId = figureSeries(ledger.figures, ledger.ids, { category: 'military-casualties', claimant: 'andrii-hnatov' });
    const byName = figureSeries(ledger.figures, ledger.ids, { category: 'military-casualties', claimant: 'Andrii Hnatov' });
    expect(byId.map((s) => s.points.length)).toEqual([2]);
    expect(byName).toEqual(byId);
  });
});
