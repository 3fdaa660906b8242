/**
 * Contradictions that hold up (issue 14): sentences and figure points we wrote. Figures only in one
 * unit (converted where the conversion is fixed), one category of the war at hand, one side; no two
 * aid packages set against each other; a generic verb alone never sets two parties against each other.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract/pipeline.ts';
import { makeDocument } from '../model/index.ts';
import type { FigurePoint } from '../model/claims.ts';
import { buildLedger, type Article } from './index.ts';
import { figureContradictions } from './contradictions.ts';
import { isGenericPredicate } from '../extract/lexicon/claims.ts';

const article = (id: string, date: string, text: string): Article => {
  const document = makeDocument({ id, text, date });
  return { document, extraction: extractDocument(document).extraction };
};

const point = (claimant: string, value: number | null, unit: string | null, category = 'territory', whose: string | null = 'Russia', low: number | null = null, high: number | null = null): FigurePoint => ({
  category, whose, claimant, claimantName: claimant, date: '2025-11-10', value, low, high, per: null, unit, appearances: [],
});

// [what, a, b, contradicts at tolerance 0.2]
describe('figure contradictions: comparable things only', () => {
  it.each([
    ['kilometres against miles, converted: 16 km and 10 miles agree', point('a', 16, 'kilometres'), point('b', 10, 'miles'), false],
    ['kilometres against miles, converted: 30 km and 10 miles disagree', point('a', 30, 'kilometres'), point('b', 10, 'miles'), true],
    ['kilometres against villages: not comparable', point('a', 30, 'kilometres'), point('b', 3, 'villages'), false],
    ['square kilometres against kilometres: not comparable', point('a', 300, 'square kilometres'), point('b', 10, 'km'), false],
    ['pounds against dollars: two aid sums are never set against each other', point('a', 2.3e9, 'pound', 'money'), point('b', 1.5e9, 'dollar', 'money'), false],
    ['dollars against dollars: two aid packages, not two estimates', point('a', 3e9, 'dollar', 'money'), point('b', 1.5e9, 'dollar', 'money'), false],
    ['a past war\'s figures are not this war\'s', point('a', 27e6, 'citizens', 'historical'), point('b', 20e6, 'citizens', 'historical'), false],
    ['ages are no estimates', point('a', 45, 'year-old', 'age'), point('b', 30, 'year-old', 'age'), false],
    ['bodies found in a grave are not a claimed loss', point('a', 440, 'bodies', 'bodies-found'), point('b', 200, 'bodies', 'bodies-found'), false],
    ['one side\'s losses by two claimants', point('a', 1150, 'soldiers', 'military-casualties', 'Russia'), point('b', 900, 'soldiers', 'military-casualties', 'Russia'), true],
    ['two sides\' losses are not one quantity', point('a', 1150, 'soldiers', 'military-casualties', 'Russia'), point('b', 900, 'soldiers', 'military-casualties', 'Ukraine'), false],
    ['no side counted: two places or two sides, perhaps', point('a', 1150, 'civilians', 'civilian-casualties', null), point('b', 200, 'civilians', 'civilian-casualties', null), false],
    ['`thousands` against `hundreds of thousands`: orders of magnitude, not estimates', point('a', null, 'soldiers', 'troops', 'Ukraine', 1000, 10000), point('b', null, 'soldiers', 'troops', 'Ukraine', 100000, 1000000), false],
    ['a range that holds the other figure agrees', point('a', null, 'soldiers', 'military-casualties', 'Russia', 900, 1200), point('b', 1150, 'soldiers', 'military-casualties', 'Russia'), false],
    ['children against civilians: another count', point('a', 120, 'children', 'civilian-casualties', 'Ukraine'), point('b', 900, 'civilians', 'civilian-casualties', 'Ukraine'), false],
    ['civilians against people: one count', point('a', 120, 'people', 'civilian-casualties', 'Ukraine'), point('b', 900, 'civilians', 'civilian-casualties', 'Ukraine'), true],
    ['tanks against drones', point('a', 40, 'tanks', 'equipment', 'Russia'), point('b', 300, 'drones', 'equipment', 'Russia'), false],
  ])('%s', (_what, a, b, contradicts) => {
    expect(figureContradictions([a, b], { tolerance: 0.2 }).length).toBe(contradicts ? 1 : 0);
  });
});

describe('proposition contradictions across articles', () => {
  it('a counter-claim in one article against the claim in another: one contradiction, each appearance once', () => {
    const ledger = buildLedger([
      article('a1', '2025-11-10', 'Russian state television reported that France would send troops to Ukraine.'),
      article('a2', '2025-11-11', 'Russian state television reported that France would send troops to Ukraine. France will not send troops to Ukraine, President Emmanuel Macron said.'),
    ]);
    const found = ledger.contradictions.filter((c) => c.kind === 'proposition');
    expect(found.map((c) => c.kind === 'proposition' && [c.proposition, c.asserted.map((a) => a.appearances.length), c.denied.map((d) => [d.name, d.appearances.length])]))
      .toEqual([['france | send troops', [2], [['Emmanuel Macron', 1]]]]);
  });

  it('a generic verb alone (`take`) makes no contradiction', () => {
    const ledger = buildLedger([
      article('b1', '2025-11-10', 'Moscow said Kupiansk had been taken.'),
      article('b2', '2025-11-11', 'Kyiv said Kupiansk had not been taken.'),
    ]);
    expect(ledger.claims.map((c) => c.proposition).sort()).toEqual(['kupiansk | not take', 'kupiansk | take']);
    expect(ledger.contradictions).toEqual([]);
  });

  // Found in the real-text review (contradictions-review.md): neither is a proposition anyone disputes.
  it.each([
    ['`I’d refer you to the Pentagon` against `I’m not aware ... I would refer you to the Pentagon`',
      'MR. SULLIVAN: So I’ll refer you to the Pentagon on this because they can go into the specifics.',
      'MR. KIRBY: I’m not aware that the training has begun. I certainly would refer you to the Pentagon for specifics on that.'],
    ['`I’m` read as a name is no thing a claim is about',
      'MS. PSAKI: I’m going to check with our team on that.',
      'MS. JEAN-PIERRE: I’m not going to check with the team on that today.'],
  ])('no contradiction: %s', (_what, a, b) => {
    const ledger = buildLedger([article('d1', '2025-11-10', a), article('d2', '2025-11-11', b)]);
    expect(ledger.contradictions).toEqual([]);
  });

  it('`refer` with any object asserts nothing (`pentagon | refer specifics` was listed on real text)', () => {
    expect([isGenericPredicate('refer specifics'), isGenericPredicate('not refer specifics'), isGenericPredicate('send troops')]).toEqual([true, true, false]);
  });

  it('the same words with a specific verb do contradict', () => {
    const ledger = buildLedger([
      article('c1', '2025-11-10', 'Moscow said Kupiansk had been captured.'),
      article('c2', '2025-11-11', 'Kyiv said Kupiansk had not been captured.'),
    ]);
    expect(ledger.contradictions.map((c) => c.kind === 'proposition' && c.proposition)).toEqual(['kupiansk | capture']);
  });
});
