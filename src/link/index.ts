import type { Contradiction, FigurePoint, Identity, LedgerClaim } from '../model/claims.ts';
import type { Article } from './corpus.ts';
import { contradictions, type ContradictionOptions } from './contradictions.ts';
import { figurePoints } from './figures.ts';
import { buildIdentities, type Identities } from './identities.ts';
import { ledgerClaims } from './claims.ts';

/**
 * The ledger across articles: pure functions over many (Document, Extraction) pairs, so that the
 * CLI (over files) and the store (over its rows) build the same thing.
 * 1. identities: one per speaker, claimant or rebutter, with roles over time.
 * 2. claims: each claim once, every appearance kept, first appearance first.
 * 3. figure points: every figure with category, whose, claimant and date.
 * 4. contradictions: propositions asserted and denied; figures that differ beyond the tolerance.
 */
export interface Ledger {
  readonly identities: readonly Identity[];
  readonly claims: readonly LedgerClaim[];
  readonly figures: readonly FigurePoint[];
  readonly contradictions: readonly Contradiction[];
  /** Resolves names in the ledger's articles to identities (for queries such as figure series). */
  readonly ids: Identities;
}

export const DEFAULT_TOLERANCE = 0.2;

export function buildLedger(articles: readonly Article[], options: ContradictionOptions = { tolerance: DEFAULT_TOLERANCE }): Ledger {
  const ids = buildIdentities(articles);
  const figures = figurePoints(articles, ids);
  return { identities: ids.identities, claims: ledgerClaims(articles, ids), figures, contradictions: contradictions(articles, ids, figures, options), ids };
}

export type { Article } from './corpus.ts';
export { figureSeries, type SeriesQuery } from './figures.ts';
export type { Identities } from './identities.ts';
export type { ContradictionOptions } from './contradictions.ts';
