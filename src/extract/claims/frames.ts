import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import type { FrameAgent, PropositionFrame } from '../../model/claims.ts';
import { span } from '../../model/span.ts';
import type { Lemmatizer } from '../../resources/index.ts';
import { tokensOf, type TokenRange } from './03-clauses.ts';
import { verbLemma } from './04-proposition.ts';
import { CONDITIONS, FRAME_NEGATIONS, HEDGES, PART_WORDS, PHRASAL_PREDICATES, PREDICATE_CLASSES } from '../lexicon/propositions.ts';
import { REACH, RELATIVES, STOPS, agentHead, agentOf, antecedent, isNominal, phraseAfter, phraseBefore, placesIn, themeOf, withOfPhrases } from './frame-phrases.ts';

/**
 * Step 9: structured propositions (issue 14). For each clause of a claim whose predicate is one the
 * sides accuse each other of (`started the war`, `committed crimes`, `had nothing to do with`,
 * `caused the crisis`), who did it (a side, a name, or `we` in the claimant's own words), what was done
 * (`war`, `crimes`, `food crisis`) and where (`Bucha`), negated or not, hedged or not. Read from the
 * claim's tokens only, left to right, a few tokens around each predicate: constant work per token.
 */
/** A long quotation is read for its first words only, which keeps the cost per claim flat. */
const MAX_FRAME_TOKENS = 160;

const BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);

/** Each claim or rebuttal with its frames; one with none is returned as it was (no `frames` field). */
export function withFrames<T extends { start: number; end: number; quote: string | null; frames?: readonly PropositionFrame[] }>(doc: Doc, items: T[], lemmatizer: Lemmatizer): T[] {
  for (let i = 0; i < items.length; i++) {
    const c = items[i]!;
    const range = tokensOf(doc, c.start, c.end);
    if (!range) continue;
    // `we` is the claimant's side only in the claimant's own words.
    const frames = framesOf(doc, range, c.quote !== null, lemmatizer);
    if (frames.length) items[i] = { ...c, frames };
  }
  return items;
}

export function framesOf(doc: Doc, [s, end]: TokenRange, ownWords: boolean, lemmatizer: Lemmatizer): PropositionFrame[] {
  const { lower, tokPos } = doc;
  const e = Math.min(end, s + MAX_FRAME_TOKENS);
  const out: PropositionFrame[] = [];
  for (let k = s; k < e; k++) {
    const pos = tokPos[k]!;
    const w = lower[k]!;
    let predicate: string | undefined;
    let first = k;
    let last = k;
    let negated = false;
    let rule = '';
    if (pos === POS.VERB || (pos === POS.ADJ && w.endsWith('ed'))) {
      if (!/^[a-z-]+$/.test(w)) continue;
      const lemma = verbLemma(w, lemmatizer);
      const phrasal = PHRASAL_PREDICATES.get(lemma)?.get(lower[k + 1] ?? '');
      if (phrasal && k + 1 < e) {
        predicate = phrasal;
        last = k + 1;
      } else if (lemma === 'do' && lower[k - 1] === 'to' && PART_WORDS.has(lower[k - 2] ?? '') && lower[k + 1] === 'with' && k - 3 >= s && lower[k - 3] && /^(?:have|has|had|having)$/.test(lower[k - 3]!)) {
        // `the Russian Army had nothing to do with`: a party's part in an event.
        predicate = 'perpetrate';
        negated = PART_WORDS.get(lower[k - 2]!)!;
        first = k - 3;
        last = k + 1;
        rule = 'frames/part-in';
      } else predicate = PREDICATE_CLASSES.get(lemma);
    } else if (pos === POS.AUX && BE.has(w)) {
      // `Russia is behind the attack`.
      const phrasal = PHRASAL_PREDICATES.get('be')?.get(lower[k + 1] ?? '');
      if (phrasal && k + 1 < e) {
        predicate = phrasal;
        last = k + 1;
      }
    }
    if (!predicate) continue;
    // `began to treat`, `started shooting`: an aspect of another verb, not the start of a war; `committed to provide` is a pledge.
    const next = lower[last + 1] ?? '';
    if ((predicate === 'start' || lemmaIs(doc, k, 'commit')) && (next === 'to' || (tokPos[last + 1] === POS.VERB && next.endsWith('ing')))) continue;
    const frame = readFrame(doc, s, e, k, first, last, predicate, negated, rule, ownWords);
    if (frame) out.push(frame);
    k = last;
  }
  return out;
}

/** The verb's base form as written: `invade` is its own base, `invaded` is not (the lemmatizer is not needed for this test). */
const verbBase = (doc: Doc, k: number) => (/(?:ed|ing|s)$/.test(doc.lower[k]!) && !/ss$/.test(doc.lower[k]!) ? '' : doc.lower[k]!);

/** Verbs whose object takes a bare verb (`see Russia invade`, `made Russia launch`), by their forms. */
const BARE_CONTROL: ReadonlySet<string> = new Set(['see', 'watch', 'make', 'let', 'help', 'have', 'hear', 'force']);
const lemmaOf = (w: string) => ({ saw: 'see', seen: 'see', sees: 'see', made: 'make', makes: 'make', lets: 'let', helped: 'help', helps: 'help', had: 'have', has: 'have', heard: 'hear', forced: 'force', forces: 'force', watched: 'watch' } as Record<string, string>)[w] ?? w;

const lemmaIs = (doc: Doc, k: number, stem: string) => doc.lower[k]!.startsWith(stem);

function readFrame(doc: Doc, s: number, e: number, k: number, first: number, last: number, predicate: string, negatedPart: boolean, partRule: string, ownWords: boolean): PropositionFrame | null {
  const { lower, tokPos } = doc;
  let negated = negatedPart;
  let hedged = false;
  let agent: FrameAgent | null = null;
  let theme: string | null = null;
  let confidence = 0.75;
  let rule = partRule;
  // Before the predicate: auxiliaries, adverbs and negations, back to its subject.
  let j = first - 1;
  let beBefore = false;
  let sawAux = false;
  while (j >= s && first - j <= 4 && (tokPos[j] === POS.AUX || tokPos[j] === POS.ADV || tokPos[j] === POS.PART) && !STOPS.has(lower[j]!)) {
    if (FRAME_NEGATIONS.has(lower[j]!)) negated = true;
    if (HEDGES.has(lower[j]!)) hedged = true;
    if (BE.has(lower[j]!)) beBefore = true;
    if (tokPos[j] === POS.AUX) sawAux = true;
    j--;
  }
  const participle = /(?:ed|en|n)$/.test(lower[k]!);
  const by = lower[last + 1] === 'by' ? last + 1 : -1;
  const reduced = participle && j === first - 1 && j >= s && tokPos[j] === POS.NOUN && by > 0;
  const passive = participle && !partRule && (beBefore || reduced);
  let subjectStart = j + 1;
  if (passive) {
    rule = reduced ? 'frames/reduced-relative' : 'frames/passive';
    if (by > 0) {
      const [a, z] = phraseAfter(doc, by + 1, e);
      if (z > a) agent = agentOf(doc, a, z, s, ownWords);
    }
    // What was done is the subject: `The crimes committed`, `crimes were committed`, `a crisis, which could be caused`.
    if (j >= s && RELATIVES.has(lower[j]!) && tokPos[j] !== POS.VERB) {
      const ante = antecedent(doc, j, s);
      theme = themeOf(doc, ante[0], ante[1]);
      subjectStart = ante[0];
      rule = 'frames/relative';
    } else if (j >= s && isNominal(tokPos[j]!)) {
      const near = phraseBefore(doc, j, s);
      const [a] = withOfPhrases(doc, near, s);
      theme = themeOf(doc, a, j + 1, a === near[0]);
      subjectStart = a;
    }
  } else {
    if (!rule) rule = 'frames/active';
    if (j >= s && (lower[j] === 'who' || lower[j] === 'that') && tokPos[j] !== POS.VERB) {
      // `It was not us who attacked them`: the cleft's focus is the agent, and its negation the predicate's.
      let f = j - 1;
      if (f >= s && lower[f] === ',') f--;
      if (f >= s && (tokPos[f] === POS.PRON || tokPos[f] === POS.PROPN || tokPos[f] === POS.NOUN)) {
        const [a] = phraseBefore(doc, f, s);
        agent = agentOf(doc, a, f + 1, s, ownWords);
        if (a - 1 >= s && FRAME_NEGATIONS.has(lower[a - 1]!)) negated = true;
        if (a - 2 >= s && BE.has(lower[a - 2]!) && lower[a - 3] === 'it') rule = 'frames/cleft';
        subjectStart = a;
      }
    } else if (j >= s && (tokPos[j] === POS.PRON || tokPos[j] === POS.PROPN || tokPos[j] === POS.NOUN || tokPos[j] === POS.ADJ)) {
      const [a] = phraseBefore(doc, j, s);
      // `the war in Ukraine began`, `the Presidents of Ukraine and Russia can begin`: a phrase after a preposition or `and` is no subject.
      const inPP = a - 1 >= s && (tokPos[a - 1] === POS.ADP || tokPos[a - 1] === POS.CCONJ);
      if (!inPP && agentHead(doc, j)) agent = agentOf(doc, a, j + 1, s, ownWords);
      subjectStart = a;
      // `we would prefer to see Russia not invade`, `made Russia launch`: a bare verb after another verb's object is wished or caused, not asserted.
      if (a - 1 >= s && tokPos[a - 1] === POS.VERB && BARE_CONTROL.has(lemmaOf(lower[a - 1]!)) && !sawAux && lower[k] === verbBase(doc, k)) hedged = true;
      // `the food crisis it provoked`, `a provocation in Bucha, which the Russian Army had nothing to do with`: the theme comes first.
      const before = a - 1;
      if (before >= s && RELATIVES.has(lower[before]!) && tokPos[before] !== POS.VERB) {
        const ante = antecedent(doc, before, s);
        theme = themeOf(doc, ante[0], ante[1]);
        subjectStart = ante[0];
        if (!partRule) rule = 'frames/relative';
      } else if (before >= s && tokPos[before] === POS.NOUN && tokPos[j] === POS.PRON) {
        const [ta] = withOfPhrases(doc, phraseBefore(doc, before, s), s);
        theme = themeOf(doc, ta, before + 1);
        subjectStart = ta;
        rule = 'frames/relative';
      }
    }
    if (theme === null) {
      const [a, z] = phraseAfter(doc, last + 1, e);
      if (z > a) theme = themeOf(doc, a, z);
      else if (tokPos[last + 1] === POS.VERB && last + 1 < e && /^[a-z]+ing$/.test(lower[last + 1]!)) theme = lower[last + 1]!;
    }
  }
  if (!agent) return null;
  if (agent.speaker || agent.text.toLowerCase() === 'it') confidence = 0.6;
  // A condition or a question asserts nothing: `if Russia is targeting civilians`, `Did Russia start ...?`.
  for (let b = subjectStart - 1; b >= s && subjectStart - b <= REACH && !STOPS.has(lower[b]!); b--) if (CONDITIONS.has(lower[b]!)) hedged = true;
  for (let a = last + 1; a < e && a - last <= 3 * REACH; a++) {
    if (lower[a] === '?') hedged = true;
    if (STOPS.has(lower[a]!)) break;
  }
  const places = placesIn(doc, subjectStart, Math.min(e, last + 1 + 2 * REACH));
  const words = span(doc.text, doc.tokStart[first]!, doc.tokEnd[last]!);
  return { ...words, predicate, negated, hedged, agent, theme, places, confidence, rule };
}
