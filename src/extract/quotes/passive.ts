import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import { ADDRESSEE_VERBS, cueOf } from '../lexicon/cue-verbs.ts';

const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s', 'get', 'got', 'gets']);

/** Token k is a passive participle: a form of `be` before it, adverbs between (`are duly informed`). */
export function isPassive(doc: Doc, k: number, floor: number): boolean {
  for (let j = k - 1; j >= Math.max(floor, k - 3); j--) {
    if (BE_FORMS.has(doc.lower[j]!)) return true;
    if (doc.tokPos[j] !== POS.ADV) return false;
  }
  return false;
}

/**
 * `The Head of State was informed about ...`, `partners will be told that ...`: the subject of a
 * passive verb of telling is who heard the words, not who said them, and whoever said them is not
 * named. No quotation is built on such a cue.
 */
export function passiveOfTelling(doc: Doc, k: number, floor: number): boolean {
  const cue = cueOf(doc.lower[k]!);
  // `are telling`, `has been asking`: progressive, active.
  return cue !== undefined && ADDRESSEE_VERBS.has(cue.lemma) && !doc.lower[k]!.endsWith('ing') && isPassive(doc, k, floor);
}
