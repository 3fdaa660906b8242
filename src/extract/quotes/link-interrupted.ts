import { type Doc, POS } from '../../model/doc.ts';
import type { Attribution } from './02-find-attribution.ts';
import type { Draft } from './draft.ts';

/**
 * `"A," he said on Friday, "B." "C."`: B resumes A's utterance when it opens right after A's
 * attribution (time, place and apposition allowed between), and C, with no cue of its own,
 * goes on with it.
 */
export function linkInterrupted(doc: Doc, drafts: Draft[]): void {
  const byStart = drafts.slice().sort((a, b) => a.ts - b.ts);
  for (let k = 0; k + 1 < byStart.length; k++) {
    const a = byStart[k]!;
    const b = byStart[k + 1]!;
    if (b.continues !== null || doc.tokParagraph[a.ts] !== doc.tokParagraph[b.ts]) continue;
    const attr = a.attribution;
    const resumes = attr && attr.side === 'after' && (!b.attribution || b.attribution.cue === attr.cue)
      && b.ts >= attributionEnd(attr) && onlyCircumstance(doc, attributionEnd(attr), b.ts);
    const goesOn = !resumes && a.continues !== null && !b.attribution && onlyCircumstance(doc, a.te, b.ts);
    if (!resumes && !goesOn) continue;
    b.continues = a;
    b.attribution = a.attribution;
    if (b.kind === 'partial') b.kind = 'direct';
  }
}

function attributionEnd(a: Attribution): number {
  return Math.max(a.cueEnd, a.source.end, a.addressee?.[1] ?? 0, a.source.apposition?.[1] ?? 0);
}

// Adverbs too: `"A," Kravets said quietly, "B."`.
const CIRCUMSTANCE = new Set([POS.ADP, POS.DET, POS.NOUN, POS.PROPN, POS.NUM, POS.ADJ, POS.ADV, POS.PUNCT]);

/** Only punctuation, or a short time/place phrase, between two tokens. */
function onlyCircumstance(doc: Doc, from: number, to: number): boolean {
  if (to - from > 10) return false;
  for (let k = from; k < to; k++) {
    // `Kravets told Tymchuk, laughing. "..."`: a participle of manner after a comma.
    const manner = doc.tokPos[k] === POS.VERB && doc.lower[k]!.endsWith('ing') && doc.tokens[k - 1] === ',';
    if ((!CIRCUMSTANCE.has(doc.tokPos[k]!) && !manner) || /^[.!?]$/.test(doc.tokens[k]!) && k !== to - 1) return false;
  }
  return true;
}
