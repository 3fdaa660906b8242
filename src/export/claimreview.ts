import type { Claim, Party, Rebuttal } from '../model/claims.ts';
import type { VerdictMark } from '../model/corrections.ts';
import { isRejected, type Corrected } from '../store/corrections.ts';
import type { StoredArticle, Store } from '../store/store.ts';

/** Who signs verdicts when nobody said (`--org`, CLAIMGRAPH_ORG). */
export const DEFAULT_ORG = 'claimgraph';

/**
 * schema.org ClaimReview (JSON-LD) for each contested claim: a claim some rebuttal answers. The
 * review is the rebuttal as the article reports it; claimgraph itself rates nothing, so the rating
 * only says "Contested" and who contests it. Offsets stay with each review under `claimgraph`.
 */
export function claimReviews(ledger: StoredArticle): object[] {
  const { document, extraction } = ledger;
  const out: object[] = [];
  for (const claim of extraction.claims) {
    if (isRejected(claim)) continue;
    const rebuttals = extraction.rebuttals.filter((r) => r.claim === claim.id && !isRejected(r));
    if (!rebuttals.length) continue;
    const rebutters = [...new Set(rebuttals.map((r) => r.rebutter.name).filter((n): n is string => !!n))];
    out.push({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      ...(document.url ? { url: document.url } : {}),
      ...(document.date ? { datePublished: document.date } : {}),
      claimReviewed: claim.text,
      author: rebutters.length ? party(rebuttals[0]!.rebutter, ledger) : { '@type': 'Organization', name: 'unknown' },
      reviewBody: rebuttals.map((r) => r.text).join(' '),
      reviewRating: {
        '@type': 'Rating',
        alternateName: 'Contested',
        ratingExplanation: `Contested by ${rebutters.join(', ') || 'an unnamed source'}: ${rebuttals.flatMap((r) => r.evidence.map((e) => `"${e.text}"`)).join(', ') || rebuttals[0]!.text}`,
      },
      itemReviewed: {
        '@type': 'Claim',
        ...(claim.claimant.name ? { author: party(claim.claimant, ledger) } : {}),
        ...(claim.date ?? document.date ? { datePublished: claim.date ?? document.date } : {}),
        appearance: {
          '@type': 'NewsArticle',
          identifier: document.id,
          ...(document.title ? { headline: document.title } : {}),
          ...(document.url ? { url: document.url } : {}),
        },
      },
      claimgraph: {
        article: document.id,
        claim: offsets(claim),
        rebuttals: rebuttals.map(offsets),
      },
    });
  }
  return out;
}

const offsets = (x: Claim | Rebuttal) => ({ id: x.id, start: x.start, end: x.end, text: x.text });

/** A Person when the article's entities or quotations say the party is one, else an Organization. */
function party(p: Party, { extraction }: StoredArticle): object {
  const entity = extraction.entities.find((e) => (p.entity ? e.id === p.entity : e.name === p.name));
  const kind = entity?.kind ?? extraction.quotes.find((q) => q.speaker?.name === p.name)?.speaker?.kind;
  return { '@type': kind === 'person' ? 'Person' : 'Organization', name: p.name };
}

const newsArticle = (a: { article: string; title: string | null; url: string | null; date: string | null }) => ({
  '@type': 'NewsArticle', identifier: a.article, ...(a.title ? { headline: a.title } : {}), ...(a.url ? { url: a.url } : {}), ...(a.date ? { datePublished: a.date } : {}),
});

/**
 * A claim a person rated (a verdict, ../model/corrections.ts) as the organization's ClaimReview:
 * `author` the organization, `reviewRating.alternateName` the rating, `itemReviewed` the Claim with
 * its claimant, `firstAppearance` (the earliest article) and `appearance` (every stored article
 * making the same claim: the same proposition key, the same claimant when it has one).
 */
export async function ratedClaimReviews(ledger: StoredArticle, store: Store, org: string): Promise<object[]> {
  const { document, extraction } = ledger;
  const out: object[] = [];
  for (const claim of extraction.claims as readonly (Claim & Corrected)[]) {
    const verdict: VerdictMark | undefined = claim.verdict;
    if (!verdict || isRejected(claim)) continue;
    const same = (await store.claims({ proposition: claim.proposition, limit: 200 }))
      .filter((c) => !isRejected(c.item) && (!claim.claimant.name || c.item.claimant.name?.toLowerCase() === claim.claimant.name.toLowerCase()));
    const here = { article: document.id, title: document.title, url: document.url, date: document.date };
    const appearances = [...new Map([here, ...same.map((c) => ({ article: c.article, title: c.title, url: c.url, date: c.date }))].map((a) => [a.article, a])).values()]
      .sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || a.article.localeCompare(b.article));
    out.push({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      datePublished: verdict.created.slice(0, 10),
      claimReviewed: claim.text,
      author: { '@type': 'Organization', name: org },
      ...(verdict.note ? { reviewBody: verdict.note } : {}),
      reviewRating: { '@type': 'Rating', alternateName: verdict.rating, ...(verdict.note ? { ratingExplanation: verdict.note } : {}) },
      itemReviewed: {
        '@type': 'Claim',
        ...(claim.claimant.name ? { author: party(claim.claimant, ledger) } : {}),
        ...(claim.date ?? document.date ? { datePublished: claim.date ?? document.date } : {}),
        firstAppearance: newsArticle(appearances[0]!),
        appearance: appearances.map(newsArticle),
      },
      claimgraph: { article: document.id, claim: offsets(claim), verdict: { id: verdict.id, rating: verdict.rating, author: verdict.author, created: verdict.created } },
    });
  }
  return out;
}

/**
 * A JSON-LD array, streamed: each rated claim as the organization's review, then each contested
 * claim (a claim a rebuttal in its article answers). Read through the corrections (the store given
 * should be a CorrectedStore): a rejected claim or rebuttal is left out.
 */
export async function* exportClaimReview(store: Store, options: { org?: string | null } = {}): AsyncGenerator<string> {
  let first = true;
  yield '[';
  for await (const ledger of store.ledgers()) {
    for (const review of [...await ratedClaimReviews(ledger, store, options.org ?? DEFAULT_ORG), ...claimReviews(ledger)]) {
      yield (first ? '\n' : ',\n') + JSON.stringify(review);
      first = false;
    }
  }
  yield first ? ']\n' : '\n]\n';
}
