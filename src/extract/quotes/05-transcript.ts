import type { Doc } from '../../model/doc.ts';
import { isQuoteMark, type SourcePhrase } from '../speakers/find-source.ts';
import type { PeopleIndex } from '../speakers/people.ts';

/** A paragraph of an interview transcript: `WALLACE: Do you really see ...`. */
export interface TranscriptTurn {
  readonly label: SourcePhrase;
  /** Tokens of what was said: the rest of the paragraph. */
  readonly start: number;
  readonly end: number;
}

const MAX_LABEL = 3;
const MIN_TURN = 3;
const isUpper = (t: string) => /^[\p{Lu}][\p{Lu}.'’-]+$/u.test(t);

/**
 * Transcripts print the speaker's name and a colon at the start of each turn. The label must be
 * upper case (`PENCE:`) or name a person the article introduced (`Hnatov:`), so that headings such
 * as `Update:` or `Note:` are not taken for speakers.
 */
export function findTranscriptTurns(doc: Doc, people: PeopleIndex): TranscriptTurn[] {
  const out: TranscriptTurn[] = [];
  for (let p = 0; p < doc.paraStartTok.length; p++) {
    let first = doc.paraStartTok[p]!;
    const end = doc.paraEndTok[p]!;
    // Some transcripts are quoted whole: `"WALLACE: ...`.
    if (isQuoteMark(doc.tokens[first]!)) first++;
    let colon = -1;
    for (let k = first; k < Math.min(end, first + MAX_LABEL + 1); k++) {
      if (doc.tokens[k] === ':') { colon = k; break; }
    }
    if (colon <= first || end - colon - 1 < MIN_TURN) continue;
    const labelToks = doc.tokens.slice(first, colon);
    const upper = labelToks.every(isUpper) && labelToks.join('').length >= 3;
    const known = labelToks.every((_, i) => people.entityAtToken.get(first + i)?.kind === 'person');
    if (!upper && !known) continue;
    out.push({ label: { start: first, end: colon, apposition: null }, start: colon + 1, end });
  }
  return out;
}
