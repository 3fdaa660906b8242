import type { Doc } from '../../model/doc.ts';
import { tokenAtOrAfter, tokenEndBefore } from '../../analyze/lookup.ts';
import { tagAttributions } from '../../learn/attributions.ts';
import type { SourcePhrase } from '../speakers/find-source.ts';

/** A reported clause the learned tagger found, in tokens, with its source phrase if it found one. */
export interface LearnedClause {
  readonly ts: number;
  readonly te: number;
  readonly source: SourcePhrase | null;
  readonly cue: readonly [number, number] | null;
  readonly confidence: number;
}

/**
 * The learned attribution tagger (src/learn/) reads what the rules cannot: beliefs, findings,
 * `called X Y`, reported clauses without a speech verb. Its spans come back in tokens so that
 * they merge with the rules' drafts and their sources resolve like any other.
 */
export function learnedClauses(doc: Doc): LearnedClause[] {
  const toks = (r: readonly [number, number]): [number, number] => [tokenAtOrAfter(doc, r[0]), tokenEndBefore(doc, r[1])];
  return tagAttributions(doc).flatMap((a) => {
    let [ts, te] = toks(a.content);
    // `said that X`: the complementizer is not what was said; nor is the closing period.
    if (doc.lower[ts] === 'that' && te - ts > 1) ts++;
    while (te - ts > 1 && /^[.,;:]$/.test(doc.tokens[te - 1]!)) te--;
    if (te <= ts) return [];
    const s = a.source ? toks(a.source) : null;
    const c = a.cue ? toks(a.cue) : null;
    return [{
      ts, te,
      source: s && s[1] > s[0] ? { start: s[0], end: s[1], apposition: null } : null,
      cue: c && c[1] > c[0] ? c : null,
      confidence: a.confidence,
    }];
  });
}
