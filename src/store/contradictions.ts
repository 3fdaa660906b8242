import type { Claim, Rebuttal } from '../model/claims.ts';
import type { Ledger, Store } from './store.ts';

/**
 * Contradictions, and the hook for the cross-article linker.
 *
 * Within one article the store already knows them: a rebuttal names the claim it answers. Across
 * articles, the linker in src/link/ (issue 7, written at the same time) reads ledgers back and pairs
 * claims; its function plugs in as a `ContradictionFinder`, and `claimgraph query contradictions`
 * (src/cli/commands/query.ts, `FINDER`) is the one line to change when it lands.
 */

/** One side of a contradiction: a claim or a rebuttal, in its article. */
export interface Side {
  readonly article: string;
  readonly date: string | null;
  readonly item: Claim | Rebuttal;
}

export interface Contradiction {
  /** `rebuttal`: a rebuttal in the same article; other kinds come from the linker. */
  readonly kind: string;
  readonly claim: Side;
  readonly against: Side;
}

/** Reads every stored ledger (claims, rebuttals and the rest, as extracted) and yields contradictions. */
export type ContradictionFinder = (ledgers: AsyncIterable<Ledger>) => AsyncIterable<Contradiction>;

/** Claims and the rebuttals that answer them in the same article. */
export const rebuttalsInArticles: ContradictionFinder = async function* (ledgers) {
  for await (const { document, extraction } of ledgers) {
    const claims = new Map(extraction.claims.map((c) => [c.id, c]));
    for (const rebuttal of extraction.rebuttals) {
      const claim = claims.get(rebuttal.claim);
      if (!claim) continue;
      yield {
        kind: 'rebuttal',
        claim: { article: document.id, date: document.date, item: claim },
        against: { article: document.id, date: document.date, item: rebuttal },
      };
    }
  }
};

export function contradictions(store: Store, finder: ContradictionFinder = rebuttalsInArticles): AsyncIterable<Contradiction> {
  return finder(store.ledgers());
}
