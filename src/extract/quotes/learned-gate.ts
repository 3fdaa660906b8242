import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';

/**
 * Which clauses of the learned tagger (06-learned.ts) do not stand alone as quotations (issue 12,
 * precision; read on the tune documents and the non-report realtext texts). `addLearned` asks
 * this for every learned clause it would add; acts that report no words are `reportsAct`'s
 * (lexicon/cue-verbs.ts), asked there too. Each refusal says why:
 *
 * - `misplaced`: the clause lies before its source and the cue takes its own clause after it
 *   (`Commenting on [the situation at the front], X noted that ...`, `[Former adviser to the
 *   President], Ambassador X, ... said that ...`): the words are what follows the cue.
 * - `fragment`: no content a reader could check: a lone pronoun (`[It] was noted that ...`), a
 *   passive's agent (`sanctions announced [by the President in Brussels]`), the tail of a
 *   preposition (`expressed condolences on [behalf of ...]`).
 * - `stance`: a cue of stance, not of words: `supports [the decision]`, `strongly oppose [any
 *   attempts ...]`, `sees [no interest in ...]`, `has refused [to participate ...]`, `expressed
 *   [hope for ...]`. No tune document's gold has such a cue (58 documents, session 9).
 *
 * The refusal is the reason, or null when the clause may stand.
 */
export type LearnedRefusal = 'misplaced' | 'fragment' | 'stance';

export interface LearnedSpan {
  readonly ts: number;
  readonly te: number;
  readonly source: { readonly start: number; readonly end: number } | null;
  readonly cue: readonly [number, number] | null;
}

export function learnedRefusal(doc: Doc, c: LearnedSpan): LearnedRefusal | null {
  if (isFragment(doc, c)) return 'fragment';
  if (isStance(doc, c)) return 'stance';
  if (c.source && c.te <= c.source.start && cueTakesClauseAfter(doc, c)) return 'misplaced';
  return null;
}

function isFragment(doc: Doc, c: LearnedSpan): boolean {
  let words = 0;
  for (let k = c.ts; k < c.te; k++) if (/[\p{L}\p{N}]/u.test(doc.tokens[k]!)) words++;
  if (words === 0) return true;
  if (words === 1 && doc.tokPos[c.ts] === POS.PRON) return true;
  const first = doc.lower[c.ts]!;
  if (first === 'by' && doc.tokPos[c.ts] === POS.ADP) return true;
  // `on behalf of`, `in favour of`: the clause starts inside a phrase the cue began.
  return first === 'behalf' || (first === 'favor' || first === 'favour') && doc.lower[c.ts - 1] === 'in';
}

/**
 * The cue (or the source, when the tagger found no cue) is followed within three tokens by `that`
 * or a colon opening a clause of its own: `..., the Head of State said that Ukraine will fight`.
 */
function cueTakesClauseAfter(doc: Doc, c: LearnedSpan): boolean {
  const from = c.cue ? c.cue[1] : c.source!.end;
  if (c.cue && c.cue[0] < c.te) return false;
  const sentenceEnd = doc.sentEndTok[doc.tokSentence[from - 1]!]!;
  for (let k = from; k < Math.min(from + 3, sentenceEnd - 1); k++) {
    const l = doc.lower[k]!;
    if ((l === 'that' && doc.tokPos[k] === POS.SCONJ) || l === ':') return true;
    if (l === ',' || l === '.') return false;
  }
  return false;
}

const STANCE_CUES = /^(?:support|supports|supported|supporting|oppose|opposes|opposed|opposing|refuse|refuses|refused|refusing|see|sees)$/;

function isStance(doc: Doc, c: LearnedSpan): boolean {
  if (!c.cue) return false;
  for (let k = c.cue[0]; k < c.cue[1]; k++) if (STANCE_CUES.test(doc.lower[k]!)) return true;
  const first = doc.lower[c.ts]!;
  return (first === 'hope' || first === 'hopes') && doc.lower[c.cue[1] - 1] === 'expressed';
}
