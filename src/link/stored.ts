import type { Contradiction } from '../model/claims.ts';
import type { Store } from '../store/store.ts';
import type { Article } from './corpus.ts';
import { buildLedger, DEFAULT_TOLERANCE } from './index.ts';
import type { ContradictionOptions } from './contradictions.ts';

/**
 * The linker over a store: what `claimgraph query contradictions` reads. The store is read through
 * its interface only (`ledgers()`, every article in id order, as the caller's store shows it: a
 * `CorrectedStore` gives the articles as people corrected them); the store itself knows no linker.
 */

/**
 * Every stored article as the linker reads it. Identities need the whole corpus, so the
 * extractions are held in memory; the article texts are not needed and are let go.
 */
export async function storedArticles(store: Pick<Store, 'ledgers'>): Promise<Article[]> {
  const articles: Article[] = [];
  for await (const { document, extraction } of store.ledgers()) articles.push({ document: { ...document, text: '' }, extraction });
  return articles;
}

/**
 * Contradictions across every stored article, as src/link finds them over files: propositions one
 * identity asserts and another denies, figures of one category and month that differ by more than
 * `tolerance`.
 */
export async function storedContradictions(store: Pick<Store, 'ledgers'>, options: ContradictionOptions = { tolerance: DEFAULT_TOLERANCE }): Promise<readonly Contradiction[]> {
  return buildLedger(await storedArticles(store), options).contradictions;
}
