import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import { span, type Span } from '../../model/span.ts';
import { isVerbLike } from '../../analyze/lookup.ts';

/**
 * The role in `NAME, ROLE, said`: kept when it reads like a description (a determiner or
 * lowercase noun first: `chief of the General Staff`, `a spokesman for the ministry`), not when
 * the commas enclose something else (`Hnatov, 54, said` keeps only a number: no role).
 */
export function roleFromApposition(doc: Doc, [s, e]: readonly [number, number]): Span | null {
  if (e <= s) return null;
  const first = doc.tokPos[s]!;
  const hasNoun = doc.tokPos.subarray(s, e).some((p) => p === POS.NOUN || p === POS.PROPN);
  if (!hasNoun) return null;
  // `, in its own daily report,` says where, not who.
  if (first === POS.VERB || first === POS.PRON || first === POS.SCONJ || first === POS.CCONJ || first === POS.ADP) return null;
  // A role names a position; a clause with a verb (`Russian infantry now advances`) is something
  // else, unless the verb is in a relative clause on the role's noun (`a volunteer who evacuates
  // elderly residents`).
  for (let k = s; k < e; k++) {
    const l = doc.lower[k]!;
    if (k > s && (l === 'who' || l === 'which') && (doc.tokPos[k - 1] === POS.NOUN || doc.tokPos[k - 1] === POS.PROPN)) break;
    if (isVerbLike(doc, k)) return null;
  }
  return span(doc.text, doc.tokStart[s]!, doc.tokEnd[e - 1]!);
}
