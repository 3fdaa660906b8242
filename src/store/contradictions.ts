import type { Claim, Contradiction, Rebuttal } from '../model/claims.ts';
import { buildLedger, DEFAULT_TOLERANCE, type Article } from '../link/index.ts';
import type { StoredArticle, Store } from './store.ts';

/**
 * Contradictions, and the hook for the cross-article linker.
 *
 * Within one article the store already knows them: a rebuttal names the claim it answers
 * (`rebuttalsInArticles`). Across articles, the linker in src/link/ reads the stored ledgers back,
 * resolves claimants to identities and pairs what one asserts with what another denies, and figures
 * that disagree (`acrossArticles`, what `claimgraph query contradictions` uses).
 */

/** One side of a contradiction: a claim or a rebuttal, in its article. */
export interface Side {
  readonly article: string;
  readonly date: string | null;
  readonly item: Claim | Rebuttal;
}

export interface InArticleContradiction {
  /** `rebuttal`: a rebuttal in the same article; other kinds come from the linker. */
  readonly kind: string;
  readonly claim: Side;
  readonly against: Side;
}

/** Reads every stored ledger (claims, rebuttals and the rest, as extracted) and yields contradictions. */
export type ContradictionFinder = (ledgers: AsyncIterable<StoredArticle>) => AsyncIterable<InArticleContradiction | Contradiction>;

/**
 * Contradictions across every stored article, as src/link finds them over files: propositions one
 * identity asserts and another denies, figures of one category and month that differ by more than
 * `tolerance`. Identities need the whole corpus, so the ledgers' extractions are held in memory
 * while the linker runs (the article texts are not needed and are let go).
 */
export function acrossArticles(tolerance = DEFAULT_TOLERANCE): ContradictionFinder {
  return async function* (ledgers) {
    const articles: Article[] = [];
    for await (const { document, extraction } of ledgers) articles.push({ document: { ...document, text: '' }, extraction });
    yield* buildLedger(articles, { tolerance }).contradictions;
  };
}

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

export function contradictions(store: Store, finder: ContradictionFinder = rebuttalsInArticles): AsyncIterable<InArticleContradiction | Contradiction> {
  return finder(store.ledgers());
}
