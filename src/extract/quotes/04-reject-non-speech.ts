import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import { isCapitalized } from '../../analyze/lookup.ts';

/** Words right before a quoted string that make it a name or a label, not speech. */
const LABEL_BEFORE = new Set(['so-called', 'dubbed', 'titled', 'entitled', 'named', 'nicknamed', 'termed', 'codenamed', 'code-named', 'word', 'term', 'phrase', 'slogan', 'hashtag', 'label', 'operation', 'book', 'film', 'song', 'album', 'show', 'series', 'newspaper', 'magazine', 'article', 'column', 'headline', 'motto']);
const LABEL_TWO_BEFORE = new Set(['known as', 'referred to', 'so called', 'called it', 'billed as']);

/** A labelling word right before the opening mark `qs`; the tokenizer splits `so-called` in three. */
function labelledBefore(doc: Doc, qs: number): boolean {
  const before1 = doc.lower[qs - 1] ?? '';
  if (LABEL_BEFORE.has(before1)) return true;
  if (qs >= 2 && LABEL_TWO_BEFORE.has(`${doc.lower[qs - 2]} ${before1}`)) return true;
  if (before1 !== 'called' || qs < 2) return false;
  // `so-called` (three tokens); `a Telegram channel called "..."` names a thing. (A speaker
  // calling something a name puts the thing between: `called the attack "desperate"`.)
  return (qs >= 3 && doc.lower[qs - 2] === '-' && doc.lower[qs - 3] === 'so') || namingNounBefore(doc, qs - 1);
}

/** `channel called`: a common noun right before `called` at `called`, which then names it. */
export function namingNounBefore(doc: Doc, called: number): boolean {
  const k = called - 1;
  return k >= 0 && doc.tokPos[k] === POS.NOUN && !isCapitalized(doc.tokens[k]!) && doc.tokSentence[k] === doc.tokSentence[called];
}

export interface SpeechEvidence {
  readonly hasAttribution: boolean;
  /** Another quotation in the same sentence was accepted. */
  readonly sentenceHasSpeech: boolean;
  /** Another quotation in the same paragraph was accepted. */
  readonly paragraphHasSpeech: boolean;
}

/**
 * Whether a quoted string is speech, and how sure we are. Scare quotes, titles and nicknames are
 * short, carry no sentence punctuation, often sit after a labelling word, and have no cue.
 * Returns 0 for "not a quotation".
 */
export function speechConfidence(doc: Doc, qs: number, qe: number, evidence: SpeechEvidence): number {
  const inner = innerTokens(doc, qs, qe);
  const words = inner.filter((k) => /[\p{L}\p{N}]/u.test(doc.tokens[k]!)).length;
  if (words === 0) return 0;
  const labelled = labelledBefore(doc, qs);
  const allCapitalized = inner.every((k) => !/\p{L}/u.test(doc.tokens[k]!) || isCapitalized(doc.tokens[k]!) || doc.tokPos[k] === POS.ADP || doc.tokPos[k] === POS.DET);
  const punctuated = inner.some((k) => /^[.,!?;:]$/.test(doc.tokens[k]!));
  const hasVerb = inner.some((k) => doc.tokPos[k] === POS.VERB || doc.tokPos[k] === POS.AUX);
  if (labelled && words <= 6) return 0;
  if (allCapitalized && words <= 6 && !punctuated && !evidence.hasAttribution) return 0;
  if (evidence.hasAttribution) return words >= 4 || punctuated ? 0.95 : 0.75;
  // `The message on the radio was short: "Hold the line."`: a sentence given after a colon.
  if (doc.tokens[qs - 1] === ':' && punctuated && hasVerb) return 0.6;
  if (words >= 8 && (hasVerb || punctuated)) return 0.7;
  if (evidence.sentenceHasSpeech && !labelled) return 0.6;
  if (evidence.paragraphHasSpeech && !labelled && (punctuated || words >= 3)) return 0.6;
  if (words >= 5 && hasVerb) return 0.5;
  return 0;
}

/** A quoted name or label (`Operation "Autumn Shield"`, `the so-called "referendum"`), not quoted speech. */
export function looksLikeName(doc: Doc, qs: number, qe: number): boolean {
  const inner = innerTokens(doc, qs, qe);
  const words = inner.filter((k) => /[\p{L}\p{N}]/u.test(doc.tokens[k]!)).length;
  if (words === 0) return true;
  if (labelledBefore(doc, qs) && words <= 6) return true;
  const punctuated = inner.some((k) => /^[.,!?;:]$/.test(doc.tokens[k]!));
  return !punctuated && words <= 4 && inner.every((k) => !/\p{L}/u.test(doc.tokens[k]!) || isCapitalized(doc.tokens[k]!));
}

function innerTokens(doc: Doc, qs: number, qe: number): number[] {
  const out: number[] = [];
  for (let k = qs + 1; k < qe - 1; k++) out.push(k);
  // An unclosed quotation has no closing mark to skip.
  if (qe - 1 > qs && !/^["”»“]$/.test(doc.tokens[qe - 1]!)) out.push(qe - 1);
  return out;
}
