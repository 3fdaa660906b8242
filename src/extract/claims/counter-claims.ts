import type { Doc } from '../../model/doc.ts';
import { dateOf } from './05-date.ts';
import type { TimeExpression } from '../../model/context.ts';
import type { TokenRange } from './03-clauses.ts';
import type { Rebuttal } from '../../model/claims.ts';
import { isGenericPredicate } from '../lexicon/claims.ts';
import { type Built, tokenSpan, SCAN_LIMIT, isQuestion } from './built-claims.ts';
import { deniesOwnPart } from './own-part.ts';

/**
 * `France will not send troops` after `France would send troops to Ukraine`: a claim of the negated
 * key, by another party, denies the earlier claim it negates, wherever in the article that was.
 * A key without a named thing or with a generic predicate alone (`not want`) matches too much.
 */
export function counterClaims(doc: Doc, dates: readonly TimeExpression[], all: readonly Built[], ids: ReadonlyMap<Built, string>, found: readonly Rebuttal[]): Rebuttal[] {
  const out: Rebuttal[] = [];
  const firstWithKey = new Map<string, Built[]>();
  for (const b of all) {
    // `we are not preventing this` after `Russia is accused of preventing the grain ... from leaving`: an
    // accusation is answered by its negation even when neither names a thing.
    const negated = /^(?:(.+) \| )?not (.+)$/.exec(b.key);
    if (negated && !isGenericPredicate(negated[2]!) && b.draft.claimant.name) {
      const asserted = negated[1] ? `${negated[1]} | ${negated[2]}` : negated[2]!;
      const before = firstWithKey.get(asserted) ?? [];
      let target: Built | undefined;
      // The latest few claims of the key only: cost per claim stays flat on an article repeating one claim.
      for (let k = before.length - 1; k >= 0 && k >= before.length - SCAN_LIMIT; k--) {
        const a = before[k]!;
        if (a.draft.rule !== 'claims/implied-by-rebuttal' && !isQuestion(doc, a) && (negated[1] || a.draft.rule === 'claims/accusation' || deniesOwnPart(doc, a.draft, b.draft)) && a.draft.claimant.name?.toLowerCase() !== b.draft.claimant.name!.toLowerCase()) { target = a; break; }
      }
      const at = negationIn(doc, b.draft.range);
      const claimId = target ? ids.get(target)! : '';
      const own = tokenSpan(doc, b.draft.range);
      if (target && at >= 0 && !found.some((r) => r.start === own.start && r.answers.includes(claimId))) {
        out.push({
          id: '', ...own, confidence: 0.7, rule: 'claims/counter-claim', claim: claimId, answers: [claimId], proposition: target.key,
          rebutter: b.draft.claimant, evidence: [tokenSpan(doc, [at, at + 1])], quote: b.draft.quote,
          ...dateOf(doc, dates, b.draft.range[0], b.draft.range[1], b.draft.cue ? b.draft.cue[0] : at, b.draft.tenseAt),
        });
      }
    }
    (firstWithKey.get(b.key) ?? firstWithKey.set(b.key, []).get(b.key)!).push(b);
  }
  return out;
}

const NEGATION_WORDS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no']);

function negationIn(doc: Doc, [s, e]: TokenRange): number {
  for (let k = s; k < e; k++) if (NEGATION_WORDS.has(doc.lower[k]!)) return k;
  return -1;
}
