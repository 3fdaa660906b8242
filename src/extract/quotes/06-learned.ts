import type { Doc } from '../../model/doc.ts';
import { isVerbLike, tokenAtOrAfter, tokenEndBefore } from '../../analyze/lookup.ts';
import { POS } from '../../model/doc.ts';
import { cueOf, labelCueOf } from '../lexicon/cue-verbs.ts';
import { PLACE_PREPOSITIONS } from '../speakers/find-source.ts';
import { namingNounBefore } from './04-reject-non-speech.ts';
import { learnedCueStrength, tagAttributions, type TaggerModels } from '../../learn/attributions.ts';

/** Measured on PolNeAR dev: at 3 overlap F1 moves by -0.002 and precision by +0.026. */
const MIN_CUE_STRENGTH = 3;
import type { SourcePhrase } from '../speakers/find-source.ts';

/** A reported clause the learned tagger found, in tokens, with its source phrase if it found one. */
export interface LearnedClause {
  readonly ts: number;
  readonly te: number;
  readonly source: SourcePhrase | null;
  readonly cue: readonly [number, number] | null;
  readonly confidence: number;
}

/**
 * A cue is a verb (`said`, `believes`), a noun (`claims`, `statement`), `according to` or a
 * colon. The tagger sometimes takes a modifier for one (`its so-called "operation"`); such a
 * clause attributes nothing.
 */
function cueCanAttribute(doc: Doc, start: number, end: number, models: TaggerModels): boolean {
  for (let k = start; k < end; k++) {
    const t = doc.lower[k]!;
    // `so-called` (three tokens) labels a name; it reports nobody's words.
    if (k >= 2 && t === 'called' && doc.lower[k - 1] === '-' && doc.lower[k - 2] === 'so') continue;
    // `a Telegram channel called "..."` names a thing.
    if (t === 'called' && namingNounBefore(doc, k)) continue;
    if (t === 'according' || t === ':' || cueOf(t) || labelCueOf(t)) return true;
    if ((isVerbLike(doc, k) || doc.tokPos[k] === POS.NOUN) && learnedCueStrength(t, models) >= MIN_CUE_STRENGTH) return true;
  }
  return false;
}

/**
 * A source names someone: not a lone determiner (`The so-called ...`), nor the object of a
 * preposition of place (`the road into town is known as ...`).
 */
function namesSomeone(doc: Doc, start: number, end: number): boolean {
  if (end <= start) return false;
  if (end - start === 1 && doc.tokPos[start] === POS.DET) return false;
  let k = start - 1;
  while (k >= 0 && doc.tokPos[k] === POS.DET) k--;
  return !(k >= 0 && PLACE_PREPOSITIONS.has(doc.lower[k]!));
}

const POSSESSIVES: ReadonlySet<string> = new Set(['her', 'his', 'its', 'their', 'our', 'my', 'your']);

/**
 * `Her column in the weekly "Front Line Notes" ran ...`: a possessive before a noun that is no
 * speech word owns a thing; it says nothing. (`his claim that ...` keeps its source: `claim` is a cue.)
 */
function possessorOfThing(doc: Doc, s: readonly [number, number], c: readonly [number, number] | null): boolean {
  if (s[1] - s[0] !== 1 || !POSSESSIVES.has(doc.lower[s[0]]!) || !c || c[0] !== s[1] || doc.tokPos[c[0]] !== POS.NOUN) return false;
  for (let k = c[0]; k < c[1]; k++) if (cueOf(doc.lower[k]!) || labelCueOf(doc.lower[k]!)) return false;
  return true;
}

/**
 * The learned attribution tagger (src/learn/) reads what the rules cannot: beliefs, findings,
 * `called X Y`, reported clauses without a speech verb. Its spans come back in tokens so that
 * they merge with the rules' drafts and their sources resolve like any other.
 */
export function learnedClauses(doc: Doc, models: TaggerModels): LearnedClause[] {
  const toks = (r: readonly [number, number]): [number, number] => [tokenAtOrAfter(doc, r[0]), tokenEndBefore(doc, r[1])];
  return tagAttributions(doc, models).flatMap((a) => {
    let [ts, te] = toks(a.content);
    // `wrote on Telegram that X`, `told reporters that X`: the tagger sometimes starts at the
    // medium or the addressee; what was said starts after `that`.
    for (let k = ts + 1; k <= ts + 2 && k < te - 1; k++) {
      if (doc.lower[k] !== 'that') continue;
      let named = true;
      for (let j = ts; j < k; j++) named &&= doc.tokPos[j] === POS.PROPN || doc.tokPos[j] === POS.NOUN;
      if (named && k > ts) ts = k;
      break;
    }
    // `said that X`: the complementizer is not what was said (the pronoun and the determiner
    // are: `figure [that out]`, `rejected [that argument]`); nor is the closing period.
    if (doc.lower[ts] === 'that' && te - ts > 1 && doc.tokPos[ts] === POS.SCONJ) ts++;
    while (te - ts > 1 && /^[.,;:]$/.test(doc.tokens[te - 1]!)) te--;
    if (te <= ts) return [];
    const s = a.source ? toks(a.source) : null;
    const c = a.cue ? toks(a.cue) : null;
    if (c && c[1] > c[0] && !cueCanAttribute(doc, c[0], c[1], models)) return [];
    return [{
      ts, te,
      source: s && namesSomeone(doc, s[0], s[1]) && !possessorOfThing(doc, s, c) ? { start: s[0], end: s[1], apposition: null } : null,
      cue: c && c[1] > c[0] ? c : null,
      confidence: a.confidence,
    }];
  });
}
