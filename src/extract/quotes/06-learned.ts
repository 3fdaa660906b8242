import type { Doc } from '../../model/doc.ts';
import { isVerbLike, tokenAtOrAfter, tokenEndBefore } from '../../analyze/lookup.ts';
import { POS } from '../../model/doc.ts';
import { cueOf, labelCueOf } from '../lexicon/cue-verbs.ts';
import { learnedCueStrength, tagAttributions } from '../../learn/attributions.ts';

/** Measured on PolNeAR dev: at 3 overlap F1 moves by -0.002 and precision by +0.026. */
const MIN_CUE_STRENGTH = 3;
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
 * A cue is a verb (`said`, `believes`), a noun (`claims`, `statement`), `according to` or a
 * colon. The tagger sometimes takes a modifier for one (`its so-called "operation"`); such a
 * clause attributes nothing.
 */
function cueCanAttribute(doc: Doc, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const t = doc.lower[k]!;
    if (t === 'according' || t === ':' || cueOf(t) || labelCueOf(t)) return true;
    if ((isVerbLike(doc, k) || doc.tokPos[k] === POS.NOUN) && learnedCueStrength(t) >= MIN_CUE_STRENGTH) return true;
  }
  return false;
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
    if (c && c[1] > c[0] && !cueCanAttribute(doc, c[0], c[1])) return [];
    return [{
      ts, te,
      // A lone determiner (`The so-called ...`) names nobody.
      source: s && s[1] > s[0] && !(s[1] - s[0] === 1 && doc.tokPos[s[0]] === POS.DET) ? { start: s[0], end: s[1], apposition: null } : null,
      cue: c && c[1] > c[0] ? c : null,
      confidence: a.confidence,
    }];
  });
}
