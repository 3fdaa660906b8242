import type { Party } from '../../model/claims.ts';
import { POS } from '../../model/doc.ts';
import { NO_PARTY, partyFromQuote, quoteAround, subjectOf, type Context } from './02-parties.ts';
import { turnSpeaker } from './pointing.ts';

/** Who says a denial, shared by the rebuttal rules of step 7: the quotation's speaker, the subject, the transcript turn's speaker. */

/** Who says the words at token `k`: the speaker of the quotation around it, else the subject of the verb before it in its sentence. */
export function speakerAt(ctx: Context, k: number): Party {
  const quote = inQuote(ctx, k);
  if (quote?.speaker) return partyFromQuote(quote, ctx.doc);
  const { doc } = ctx;
  const sentStart = doc.sentStartTok[doc.tokSentence[k]!]!;
  let subject = NO_PARTY;
  for (let v = k - 1; v >= sentStart; v--) if (doc.tokPos[v] === POS.VERB) { subject = subjectOf(ctx, v); break; }
  // `I would just say that ...` in a transcript turn the quotation layer left out: the turn's speaker.
  return subject.name || quote ? subject : orTurnSpeaker(ctx, k, subject);
}

/** A party without a name, outside any quotation: the transcript turn's speaker, keeping the mention found. */
export function orTurnSpeaker(ctx: Context, k: number, found: Party): Party {
  const turn = turnSpeaker(ctx, k);
  return turn.name ? { ...turn, mention: found.mention ?? turn.mention } : found;
}

export function inQuote(ctx: Context, tok: number) {
  return quoteAround(ctx, ctx.doc.tokStart[tok]!);
}

export const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

const SPEAKING_PRONOUNS: ReadonlySet<string> = new Set(['we', 'i']);

/** A name (`Russia`, `the Russian Army`) or the speaker (`we`, `I`). */
export function isPartyPhrase(doc: Context['doc'], s: number, e: number): boolean {
  if (e - s === 1 && SPEAKING_PRONOUNS.has(doc.lower[s]!)) return true;
  for (let k = s; k < e; k++) if (doc.tokPos[k] === POS.PROPN) return true;
  return false;
}

/** The token that starts at or after character `at`. */
export function lowerTok(ctx: Context, at: number): number {
  const starts = ctx.doc.tokStart;
  let lo = 0;
  let hi = ctx.doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
