import type { Appearance, Identity, PropositionContradiction, PropositionFrame } from '../src/model/claims.ts';
import { appearance, type Article } from '../src/link/corpus.ts';
import type { Identities } from '../src/link/identities.ts';

/**
 * One proposition said thousands of times on each side, for the work-count test
 * (`src/link/disputes-linear.test.ts`) and `bench/disputes.ts`: `n` articles, each with one claim that
 * Russia started the war (by one of 20 Ukrainian officials) and one that it did not (by one of 20
 * Russian officials, or a third party of no side), themes and places drawn from a few, and a key
 * contradiction listing a tenth of the appearances. Deterministic (a fixed seed), no text: the frames
 * are written directly, as the claims stage would give them.
 */
export function disputeCorpus(n: number, seed = 1): { articles: Article[]; ids: Identities; byKey: PropositionContradiction[] } {
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const people = new Map<string, Identity>();
  const person = (name: string, side: string | null) => people.set(name, { id: name.toLowerCase().replace(/ /g, '-'), name, side } as unknown as Identity);
  for (let i = 0; i < 20; i++) person(`Ukrainian Official ${i}`, 'Ukraine'), person(`Russian Official ${i}`, 'Russia');
  person('Third Party', null);
  const ids: Identities = { identities: [...people.values()], resolve: (_doc, name) => (name && people.get(name)) || null };
  const frame = (negated: boolean): PropositionFrame => ({
    predicate: 'start', negated, hedged: false, agent: { text: 'Russia', side: 'Russia', name: null, speaker: false },
    theme: random() < 0.8 ? 'war' : null,
    places: random() < 0.5 ? [pick(['donbas', 'crimea', 'kharkiv'])] : random() < 0.5 ? ['donbas', pick(['crimea', 'kharkiv'])] : [],
    confidence: pick([0.6, 0.75, 0.8]), start: 0, end: 5, text: 'words', rule: 'frames/active',
  });
  const articles: Article[] = [];
  for (let i = 0; i < n; i++) {
    const denier = random() < 0.1 ? 'Third Party' : `Russian Official ${Math.floor(random() * 20)}`;
    const claims = [
      { id: 'c1', start: 0, end: 5, text: 'words', claimant: { name: `Ukrainian Official ${Math.floor(random() * 20)}` }, frames: [frame(false)], proposition: 'russia | start war' },
      { id: 'c2', start: 10, end: 15, text: 'words', claimant: { name: denier }, frames: [frame(true)], proposition: 'russia | not start war' },
    ];
    articles.push({ document: { id: `a${String(i).padStart(6, '0')}`, date: '2025-11-10', source: null, text: '' }, extraction: { claims, rebuttals: [] } } as unknown as Article);
  }
  const listed = (item: string): Appearance[] => articles.filter(() => random() < 0.1).map((a) => appearance(a, a.extraction.claims.find((c) => c.id === item)!));
  const byKey: PropositionContradiction[] = [{
    kind: 'proposition', proposition: 'russia | start war',
    asserted: [{ claimant: 'ukrainian-official-0', name: 'Ukrainian Official 0', appearances: listed('c1') }],
    denied: [{ rebutter: 'russian-official-0', name: 'Russian Official 0', appearances: listed('c2') }],
  }];
  return { articles, ids, byKey };
}
