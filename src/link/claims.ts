import type { LedgerClaim } from '../model/claims.ts';
import { appearance, byAppearance, cmp, type Article } from './corpus.ts';
import type { Identities } from './identities.ts';

/**
 * The same claim repeated by many outlets counts once (schema.org ClaimReview's Claim with its
 * appearances): claims with one proposition key and one claimant identity are one ledger claim,
 * whatever article, outlet or phrasing. A key without a named thing (`lose`, `encircle`) says too
 * little to match across articles, so such a claim stays on its own.
 */
export function ledgerClaims(articles: readonly Article[], ids: Identities): LedgerClaim[] {
  const groups = new Map<string, { claimant: string | null; name: string | null; proposition: string; dates: string[]; appearances: ReturnType<typeof appearance>[] }>();
  for (const article of articles) {
    for (const c of article.extraction.claims) {
      const who = ids.resolve(article.document.id, c.claimant.name);
      const claimant = who?.id ?? null;
      const key = c.proposition.includes(' | ')
        ? `${claimant ?? '?'}\u0000${c.proposition}`
        : `${article.document.id}\u0000${c.id}`;
      const g = groups.get(key) ?? groups.set(key, { claimant, name: who?.name ?? c.claimant.name, proposition: c.proposition, dates: [], appearances: [] }).get(key)!;
      g.appearances.push(appearance(article, c));
      if (c.date && c.dateSource === 'text') g.dates.push(c.date);
    }
  }
  const out = [...groups.values()].map((g) => {
    const appearances = g.appearances.sort(byAppearance);
    const first = appearances[0]!;
    return {
      id: '', proposition: g.proposition, claimant: g.claimant, claimantName: g.name,
      date: g.dates.sort(cmp)[0] ?? first.published, firstAppearance: first, appearances,
    };
  });
  out.sort((a, b) => byAppearance(a.firstAppearance, b.firstAppearance));
  return out.map((c, i) => ({ ...c, id: `claim-${i + 1}` }));
}
