import type { Doc } from '../../model/doc.ts';
import { span } from '../../model/span.ts';
import type { TokenRange } from './03-clauses.ts';
import type { Draft } from './06-claims.ts';

/** Step 8's claims as it links them: a draft with its proposition key, kept in text order, and the reach a denial looks back over. */

/** How far back a denial that points at a claim (`That was a lie`, `this has not happened`) looks: its paragraph and the one before, at most this many sentences. */
export const PREVIOUS_SENTENCES = 6;
export const PREVIOUS_PARAGRAPHS = 1;
/** A denial of one's own part (`Kyiv denied taking any hostile action`) names its party, so it may answer a claim further back. */
export const PARTY_PARAGRAPHS = 3;
export const PARTY_SENTENCES = 12;
/** A claim names who acted early (`Ukrainian forces had shelled ...`): its first tokens are read. */
export const PARTY_TOKENS = 24;

export interface Built {
  readonly draft: Draft;
  readonly key: string;
}

export function tokenSpan(doc: Doc, [s, e]: TokenRange) {
  return span(doc.text, doc.tokStart[s]!, doc.tokEnd[e - 1]!);
}

export const SCAN_LIMIT = 64;

/** Index of the last claim starting before token `at`. */
export function lastBefore(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Whether a claim was made before `r`, close enough to be what it points at: its paragraph or the one before, a few sentences back. */
export function withinReach(doc: Doc, b: Built, at: number, paragraphs = PREVIOUS_PARAGRAPHS, sentences = PREVIOUS_SENTENCES): boolean {
  const from = b.draft.range[0];
  return doc.tokSentence[at]! - doc.tokSentence[from]! <= sentences && doc.tokParagraph[at]! - doc.tokParagraph[from]! <= paragraphs;
}

/**
 * `Will France send troops to Ukraine?`: a quotation that asks asserts nothing a denial or a
 * counter-claim could answer. (A claim a question reports, `reports that X ...?`, is a claim, and so is
 * a quotation that states something before it asks: `Russia shelled Kharkiv. Is that an escalation?`.)
 */
export function isQuestion(doc: Doc, b: Built): boolean {
  if (b.draft.rule !== 'claims/quotation') return false;
  const firstEnd = Math.min(b.draft.range[1], doc.sentEndTok[doc.tokSentence[b.draft.range[0]]!]!);
  return doc.tokens[firstEnd - 1] === '?' || doc.tokens[firstEnd] === '?';
}

/** `That's true.`, `That is right.`: agreement states nothing a denial could answer (`No, that's not true` is a joke then). */
export const ASSENT: ReadonlySet<string> = new Set(['true', 'right', 'correct', 'case', 'so']);
