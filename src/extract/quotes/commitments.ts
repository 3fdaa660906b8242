import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import type { Readout } from './readouts.ts';
import { contentEnd, formulaOf, opensAction, opensNounPhrase, subjectOf } from './object-content.ts';

/**
 * Commitments and offers stated in readouts and joint statements: `We commit to strengthening
 * ...`, `The leaders recommit to achieving ...`, `Donors committed to continue ...`, `X offered
 * to develop ...`. The content is what is promised, from `to` (as ANNOTATION.md bounds an
 * appeal's action). Not a commitment: `are committed to` (a state, with `be`), `committed war
 * crimes` (no `to`), `offered to the guests` (no verb after `to`).
 */
export function findCommitments(doc: Doc, inside: Uint8Array): Readout[] {
  const out: Readout[] = [];
  for (let s = 0; s < doc.sentStartTok.length; s++) {
    const ss = doc.sentStartTok[s]!;
    const se = doc.sentEndTok[s]!;
    for (let k = ss + 1; k + 1 < se; k++) {
      const w = doc.lower[k]!;
      if (inside[k] || !COMMIT.has(w) || doc.lower[k + 1] !== 'to') continue;
      const prev = doc.tokPos[k - 1];
      // `a force for good, committed to bringing ...`: a participle after a comma describes, it promises nothing.
      if (prev === POS.DET || prev === POS.ADJ || prev === POS.NUM || prev === POS.ADP || doc.tokens[k - 1] === ',') continue;
      // `offered to the guests`: an offer is an action; a commitment may be to a goal (`to the complete denuclearization`).
      if (!opensAction(doc, k + 1) && (OFFER.has(w) || !opensNounPhrase(doc, k + 2))) continue;
      const source = subjectOf(doc, k, ss);
      if (!source) continue;
      const from = k + 1;
      const end = contentEnd(doc, from, se);
      if (end - from < 3) continue;
      out.push({ start: from, end, source, cue: [k, k + 1], formula: formulaOf(source, k, from), rule: 'quotes/commitment' });
      k = end;
    }
  }
  return out;
}

const OFFER: ReadonlySet<string> = new Set(['offered', 'offers', 'offer']);
const COMMIT: ReadonlySet<string> = new Set(['commit', 'commits', 'committed', 'recommit', 'recommits', 'recommitted', 'pledged', 'pledge', 'pledges', ...OFFER]);
