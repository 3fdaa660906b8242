import type { Cue } from './01-find-cues.ts';
import { quoteAround, subjectOf, type Context } from './02-parties.ts';
import type { RebuttalDraft } from './07-rebuttals.ts';
import { CALLING_VERBS, CALLED_FALSE_WORDS, EXPLETIVE_PREDICATES, POINTERS, PREDICATE_FILLERS, REBUT_PREDICATES } from '../lexicon/claims.ts';
import { POS } from '../../model/doc.ts';
import { lowerTok } from './rebutter.ts';

/**
 * Issue 14, fifth pass: a claim called false by a verb of naming, `Kyiv called the claim a
 * provocation`, `Moscow described the reports as disinformation`, `branded the allegations fake`.
 * The object is a claim noun (`the claim`, `these reports`, `the allegations that ...`); what it names is
 * the claim of that cue, else (a noun with no claim after it) the kind of claim made before, reaching as
 * far as `these accusations were groundless` does. The rebutter is the verb's subject.
 * A naming foreseen, wished or negated (`will call it`, `did not call the claims false`) denies nothing.
 */
export function calledFalse(ctx: Context, cues: readonly Cue[], c: number): RebuttalDraft | null {
  const { doc } = ctx;
  const cue = cues[c]!;
  const sentence = doc.tokSentence[cue.start]!;
  const sentStart = doc.sentStartTok[sentence]!;
  const sentEnd = doc.sentEndTok[sentence]!;
  // The verb of naming right before the noun, past a determiner, a pointing word or an adjective: `called these baseless reports`.
  let v = cue.start - 1;
  while (v > sentStart && cue.start - v <= OBJECT_WORDS && !CALLING_VERBS.has(doc.lower[v]!) && (doc.tokPos[v] === POS.DET || doc.tokPos[v] === POS.ADJ || POINTERS.has(doc.lower[v]!))) v--;
  if (v < sentStart || !CALLING_VERBS.has(doc.lower[v]!)) return null;
  // (`Kyiv branded the allegations` may tag `branded` as an adjective: after its subject it is the verb.)
  const p = v > sentStart ? doc.tokPos[v - 1] : -1;
  if (doc.tokPos[v] !== POS.VERB && !(doc.tokPos[v] === POS.ADJ && (p === POS.PROPN || p === POS.NOUN || p === POS.PRON))) return null;
  for (let k = Math.max(sentStart, v - 3); k < v; k++) if (NOT_NAMED.has(doc.lower[k]!)) return null;
  // After the noun: `as`, fillers, then the word that calls it false, ending its phrase.
  let k = cue.end;
  if (doc.lower[k] === 'as') k++;
  const from = k;
  while (k < sentEnd && k - from < FILLER_WORDS && !isFalseWord(doc.lower[k]!) && (PREDICATE_FILLERS.has(doc.lower[k]!) || doc.tokPos[k] === POS.ADJ || doc.tokPos[k] === POS.ADV || doc.tokPos[k] === POS.PROPN)) k++;
  if (k >= sentEnd || !isFalseWord(doc.lower[k]!)) return null;
  const after = k + 1 < sentEnd ? doc.tokPos[k + 1]! : POS.PUNCT;
  if (after === POS.NOUN || after === POS.PROPN) return null;
  const rebutter = subjectOf(ctx, v);
  const start = rebutter.mention && rebutter.mention.start < doc.tokStart[v]! && rebutter.mention.start >= doc.tokStart[sentStart]! ? lowerTok(ctx, rebutter.mention.start) : v;
  const quote = quoteAround(ctx, doc.tokStart[v]!);
  return {
    range: [start, k + 1], rebutter, evidence: [[v, v + 1], [k, k + 1]], target: { kind: 'cue', cueIndex: c }, tenseAt: v, cueAt: v,
    quote: quote?.id ?? null, rule: 'claims/rebut-called', confidence: 0.8, named: true,
  };
}

/** Between the verb and the claim noun: `the`, `these`, `such baseless`. */
const OBJECT_WORDS = 3;
/** Between the noun and the word that calls it false: `as a complete`, `an obvious Russian`. */
const FILLER_WORDS = 4;
const NOT_NAMED: ReadonlySet<string> = new Set(['to', 'will', 'would', 'could', 'might', 'may', 'should', 'not', "n't", 'never', 'if', 'whether']);

const isFalseWord = (w: string) => REBUT_PREDICATES.has(w) || CALLED_FALSE_WORDS.has(w) || EXPLETIVE_PREDICATES.has(w);
