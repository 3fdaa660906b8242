import type { Claim, Party, Rebuttal } from '../model/claims.ts';
import type { Ledger, Store } from '../store/store.ts';

/**
 * schema.org ClaimReview (JSON-LD) for each contested claim: a claim some rebuttal answers. The
 * review is the rebuttal as the article reports it; claimgraph itself rates nothing, so the rating
 * only says "Contested" and who contests it. Offsets stay with each review under `claimgraph`.
 */
export function claimReviews(ledger: Ledger): object[] {
  const { document, extraction } = ledger;
  const out: object[] = [];
  for (const claim of extraction.claims) {
    const rebuttals = extraction.rebuttals.filter((r) => r.claim === claim.id);
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
function party(p: Party, { extraction }: Ledger): object {
  const entity = extraction.entities.find((e) => (p.entity ? e.id === p.entity : e.name === p.name));
  const kind = entity?.kind ?? extraction.quotes.find((q) => q.speaker?.name === p.name)?.speaker?.kind;
  return { '@type': kind === 'person' ? 'Person' : 'Organization', name: p.name };
}

/** A JSON-LD array of every stored contested claim, streamed. */
export async function* exportClaimReview(store: Store): AsyncGenerator<string> {
  let first = true;
  yield '[';
  for await (const ledger of store.ledgers()) {
    for (const review of claimReviews(ledger)) {
      yield (first ? '\n' : ',\n') + JSON.stringify(review);
      first = false;
    }
  }
  yield first ? ']\n' : '\n]\n';
}
