import type { Doc } from '../../model/doc.ts';
import type { SourcePhrase } from '../speakers/find-source.ts';
import type { PeopleIndex } from '../speakers/people.ts';
import { labelAt, startsLine, startsSentence, opensParagraph, type Label } from './transcript-labels.ts';
import { itemsOfTurn } from './turn-items.ts';
import { findReadouts } from './readouts.ts';

/**
 * Transcripts and readouts (official texts; conventions in ../shared/ANNOTATION.md):
 * - a speaker label (`Vladimir Putin:`, `President of Russia Vladimir Putin:`, `MS. JEAN-PIERRE:`,
 *   `THE PRESIDENT:`, `Q`) opens direct speech by that speaker up to the next label; the cue is
 *   the colon and the mention the label. A turn under 400 characters is one item; a longer one
 *   gives an item per sentence that makes a checkable claim (a figure, a name, a claim verb),
 *   not greetings, thanks or questions. A reporter's `Q` (`Question:`, `Remark:`) has no speaker.
 * - `This was stated by X.`: X said the sentence before it.
 * - `X informed Y about Z`: X spoke about Z.
 * Everything a turn covers is the turn's: quotations and reported speech inside it are not
 * second items (index.ts drops them).
 */

/** A transcript turn: the label and the item ranges it gives. */
export interface Turn {
  /** The label's name (`Vladimir Putin` of `President of Russia Vladimir Putin:`): the mention. */
  readonly label: SourcePhrase;
  /** The label's first token. */
  readonly labelStart: number;
  /** A reporter's question or a remark from the floor (`Q`, `Question:`): no speaker. */
  readonly anonymous: boolean;
  /** The colon token after the label; -1 for `Q` without one. */
  readonly colon: number;
  /** Tokens of the turn, label excluded. */
  readonly start: number;
  readonly end: number;
  /** Token ranges [start, end) of the items it gives, in order. */
  readonly items: readonly (readonly [number, number])[];
}

/** The end of a transcript: `END 2:34 P.M. EDT`, `###`. */
function endsTranscript(doc: Doc, k: number): boolean {
  const t = doc.tokens[k]!;
  return (t === 'END' && startsLine(doc, k)) || /^\\?#{3}$/.test(t);
}

/** A paragraph that is a stage direction (`(Cross-talk.)`, `(Applause.)`) or a time stamp (`4:41 P.M. EDT`). */
const ASIDE = /^(?:\([^()]*\)\.?|\d{1,2}:\d{2}\s*[AP]\.?M\.?(?:\s+\p{Lu}{2,4})?)$/u;

/** The end of a turn without the stage directions and time stamps that close it: they are nobody's words. */
function withoutTrailingAsides(doc: Doc, start: number, end: number): number {
  while (end > start) {
    const para = doc.tokParagraph[end - 1]!;
    const ps = Math.max(start, doc.paraStartTok[para]!);
    if (ps === start || !ASIDE.test(doc.text.slice(doc.tokStart[ps]!, doc.tokEnd[end - 1]!).trim())) break;
    end = ps;
  }
  return end;
}

/** Transcript turns, in text order. `inside`: tokens inside quotation marks. */
export function findTurns(doc: Doc, people: PeopleIndex, inside: Uint8Array): Turn[] {
  const labels: Label[] = [];
  const n = doc.tokens.length;
  for (let k = 0; k < n; k++) {
    if (!startsSentence(doc, k) && !startsLine(doc, k) && !opensParagraph(doc, k)) continue;
    const label = labelAt(doc, people, k, inside);
    if (label) { labels.push(label); k = Math.max(k, label.colon); }
  }
  // One label is no transcript: the turn is its paragraph. Two or more: a turn runs to the next label.
  const transcript = labels.length >= 2;
  const out: Turn[] = [];
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    const start = l.colon >= 0 ? l.colon + 1 : l.start + 1;
    let end = transcript ? (labels[i + 1]?.start ?? n) : doc.paraEndTok[doc.tokParagraph[l.start]!]!;
    for (let k = start; k < end; k++) if (endsTranscript(doc, k)) { end = k; break; }
    end = withoutTrailingAsides(doc, start, end);
    if (end - start < 1) continue;
    out.push({ label: { start: l.nameStart, end: l.mentionEnd, apposition: null }, labelStart: l.start, anonymous: l.anonymous, colon: l.colon, start, end, items: itemsOfTurn(doc, start, end) });
  }
  return out;
}

export { findReadouts };
