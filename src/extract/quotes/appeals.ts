import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import type { Readout } from './readouts.ts';
import { contentEnd, formulaOf, opensAction, opensNounPhrase, subjectOf } from './object-content.ts';

/**
 * Appeals and directives (ANNOTATION.md): indirect items whose content is the requested action,
 * from `to`: `X called on Y to V`, `X called for Y to V`, `X urged (asked, invited, encouraged,
 * instructed, commissioned, tasked) Y to V`, `X appealed to Y to V`. In a statement's first person, `We encourage Z`
 * appeals for Z (`We encourage the peaceful resolution of ...`).
 * Not an appeal: a passive (`were asked to`: the subject heard it), an object that is no noun
 * phrase of a few words, or `to` with no verb after it (`invited him to the summit`).
 */
export function findAppeals(doc: Doc, inside: Uint8Array): Readout[] {
  const out: Readout[] = [];
  for (let s = 0; s < doc.sentStartTok.length; s++) {
    const ss = doc.sentStartTok[s]!;
    const se = doc.sentEndTok[s]!;
    for (let k = ss + 1; k < se; k++) {
      const w = doc.lower[k]!;
      if (inside[k] || !APPEAL_FIRST.has(w)) continue;
      const prev = doc.tokPos[k - 1];
      if (prev === POS.DET || prev === POS.ADJ || prev === POS.NUM || prev === POS.ADP) continue;
      let objStart = k + 1;
      if ((w.startsWith('call') && (doc.lower[k + 1] === 'on' || doc.lower[k + 1] === 'upon' || doc.lower[k + 1] === 'for'))
        || (w.startsWith('appeal') && doc.lower[k + 1] === 'to')) objStart = k + 2;
      else if (w.startsWith('call') || w.startsWith('appeal')) continue;
      let from = actionAfterObject(doc, objStart, se);
      // `We encourage the peaceful resolution of cross-Strait issues.`
      if (from < 0 && ENCOURAGE.has(w) && firstPersonSubject(doc, k, ss) && opensNounPhrase(doc, k + 1)) from = k + 1;
      if (from < 0) continue;
      const source = subjectOf(doc, k, ss);
      if (!source) continue;
      const end = contentEnd(doc, from, se);
      if (end - from < 2) continue;
      out.push({ start: from, end, source, cue: [k, objStart > k + 1 ? objStart : k + 1], formula: formulaOf(source, k, from), rule: 'quotes/appeal' });
      k = end;
    }
  }
  return out;
}

const APPEAL_FIRST: ReadonlySet<string> = new Set([
  'called', 'calls', 'call', 'urged', 'urges', 'urge', 'asked', 'asks', 'invited', 'invites', 'invite', 'encouraged', 'encourages',
  'encourage', 'instructed', 'instructs', 'appealed', 'appeals', 'commissioned', 'commissions', 'tasked', 'tasks',
]);
const ENCOURAGE: ReadonlySet<string> = new Set(['encourage', 'urge', 'call']);
/** `We (also, strongly) encourage`. */
function firstPersonSubject(doc: Doc, k: number, ss: number): boolean {
  let p = k - 1;
  while (p > ss && doc.tokPos[p] === POS.ADV) p--;
  return doc.lower[p] === 'we' || doc.lower[p] === 'i';
}
const OBJECT_MAX = 8;

/** `the partners to provide ...`: the `to` that opens the action after an object of a few words, or -1. */
function actionAfterObject(doc: Doc, objStart: number, se: number): number {
  if (objStart >= se || !(opensNounPhrase(doc, objStart) || OBJECT_PRONOUNS.has(doc.lower[objStart]!))) return -1;
  for (let j = objStart + 1; j < Math.min(se, objStart + 1 + OBJECT_MAX); j++) {
    // `called on Western countries not to be afraid`: the negation is part of the action.
    if (doc.lower[j] === 'to') return opensAction(doc, j) ? (doc.lower[j - 1] === 'not' && j - 1 > objStart ? j - 1 : j) : -1;
    if (/^[,.;:!?"“”()]$/.test(doc.tokens[j]!) || doc.tokPos[j] === POS.VERB || doc.tokPos[j] === POS.AUX) return -1;
  }
  return -1;
}
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'everyone', 'all']);
