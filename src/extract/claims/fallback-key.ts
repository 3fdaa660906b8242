import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import type { TokenRange } from './03-clauses.ts';
import { finiteIn, type Draft } from './06-claims.ts';

/**
 * A claim its cue names but whose words have no predicate: an accusation (`blame us for the
 * consequences`) is one of blame; `the argument that there are no opportunities to drill` is known by
 * its nouns. A quotation without a predicate stays out (`Newsmax`).
 */
export function fallbackKey(doc: Doc, draft: Draft): string {
  if (draft.rule === 'claims/accusation') return 'blame';
  if (draft.rule === 'claims/claim-noun') return nounKey(doc, draft.range);
  // `who have claimed that this is an issue of having access`: a clause after `that` with only a light verb
  // is still a claim; `claimed hundreds of thousands of lives`, `announced that probably a day ago` are none.
  if (draft.rule === 'claims/claim-verb' && doc.lower[draft.range[0] - 1] === 'that' && finiteIn(doc, draft.range) >= 0) return nounKey(doc, draft.range);
  return '';
}

/** `the charges against Evan` -> `evan | charges`: the names and the head noun, for a denied phrase without a verb. */
export function nounKey(doc: Doc, [s, e]: TokenRange): string {
  const names: string[] = [];
  let head = '';
  for (let k = s; k < e && k < s + 12; k++) {
    if (doc.tokPos[k] === POS.PROPN && names.length < 2 && /^[\p{L}-]+$/u.test(doc.lower[k]!)) names.push(doc.lower[k]!);
    else if (doc.tokPos[k] === POS.NOUN && !head && /^[a-z-]+$/.test(doc.lower[k]!)) head = doc.lower[k]!;
  }
  if (!head) return '';
  return names.length ? `${names.sort().join(' ')} | ${head}` : head;
}
