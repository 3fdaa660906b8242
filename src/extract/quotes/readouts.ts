import { type Doc, POS } from '../../model/doc.ts';
import { phraseEndingAt, type SourcePhrase } from '../speakers/find-source.ts';
import type { PeopleIndex } from '../speakers/people.ts';
import { genderOfFirstName } from '../lexicon/first-names.ts';
import { isPassive } from './passive.ts';
import { cueOf, labelCueOf } from '../lexicon/cue-verbs.ts';
import { isVerbLike } from '../../analyze/lookup.ts';

/** Step 7's readout formulas (official texts; ../shared/ANNOTATION.md): `This was stated by X.`, `X said this during ...`, `X informed Y about Z`, `X spoke about Z`. */

/** Reported content with its source and cue, found by a readout formula. */
export interface Readout {
  /** Tokens of the content. */
  readonly start: number;
  readonly end: number;
  readonly source: SourcePhrase;
  readonly cue: readonly [number, number];
  /** Tokens of the formula (`This was stated by X`), which is no item of its own. */
  readonly formula: readonly [number, number];
  /** `stated-by`: the content is the sentence before the formula; `informed-about`: the topic. */
  readonly rule: 'quotes/stated-by' | 'quotes/said-this' | 'quotes/informed-about' | 'quotes/topic'
    // Readouts that read an object (readout-topics.ts, stance-objects.ts, appeals.ts, commitments.ts).
    | 'quotes/readout-topic' | 'quotes/stance-object' | 'quotes/appeal' | 'quotes/commitment';
}

const STATED = new Set(['stated', 'announced', 'reported', 'said', 'noted', 'emphasized', 'emphasised', 'stressed', 'declared', 'written', 'told', 'underlined', 'underscored']);

const BY_SOURCE_STOP = new Set(['during', 'at', 'in', 'on', 'while', 'after', 'before', 'when', 'following', 'as', 'within', 'via', 'through', 'to', 'with']);

/** `Head of the Office of the President Andriy Yermak`: the person the titles belong to, when the article knows one there. */
function personAtEnd(people: PeopleIndex, start: number, end: number): number {
  const e = people.entityAtToken.get(end - 1);
  if (!e || e.kind !== 'person' || end - start <= 2) return start;
  let k = end - 1;
  while (k > start && people.entityAtToken.get(k - 1) === e) k--;
  return k;
}

/** Readout formulas: `This was stated by X.` and `X informed Y about Z.` */
export function findReadouts(doc: Doc, people: PeopleIndex, inside: Uint8Array): Readout[] {
  const out: Readout[] = [];
  const n = doc.tokens.length;
  for (let s = 0; s < doc.sentStartTok.length; s++) {
    const ss = doc.sentStartTok[s]!;
    const se = doc.sentEndTok[s]!;
    // Inside quotation marks a formula is the quoted speaker's words (`"I informed him about ..."`).
    const stated = inside[ss] ? null : statedBy(doc, people, s, ss, se) ?? saidThis(doc, people, s, ss, se);
    if (stated) out.push(stated);
    for (let k = ss + 1; k < se; k++) {
      if (doc.lower[k] !== 'informed' || inside[k]) continue;
      // `foreign officials are duly informed about ...`: whoever informed them is not said.
      if (isPassive(doc, k, ss)) continue;
      let about = -1;
      for (let j = k + 1; j < Math.min(se, k + 12); j++) if (doc.lower[j] === 'about') { about = j; break; }
      if (about < 0 || about + 1 >= se) continue;
      const source = phraseEndingAt(doc, k, ss);
      if (!source) continue;
      let end = se;
      while (end > about + 1 && /^[.!?;]$/.test(doc.tokens[end - 1]!)) end--;
      if (end > about + 1) out.push({ start: about + 1, end, source, cue: [k, k + 1], formula: [source.start, about + 1], rule: 'quotes/informed-about' });
    }
    for (let k = ss + 1; k < se; k++) {
      const len = inside[k] ? 0 : topicCueAt(doc, k, se);
      if (len === 0) continue;
      // `something I spoke about at the beginning`: the topic went before the cue.
      if (doc.tokPos[k + len] === POS.ADP || doc.tokPos[k + len] === POS.PUNCT) { k += len; continue; }
      const source = phraseEndingAt(doc, k, ss);
      let end = topicEnd(doc, k + len, se);
      while (end > k + len && /^[.!?;,]$/.test(doc.tokens[end - 1]!)) end--;
      if (source && end > k + len) out.push({ start: k + len, end, source, cue: [k, k + len], formula: [source.start, k + len], rule: 'quotes/topic' });
      k += len;
    }
  }
  return out.filter((r) => r.end <= n);
}

/**
 * A topic is a noun phrase: it ends before `and` with a verb of its own (`spoke about the situation
 * on the frontline and stressed ...`, `asked about their health and wished them ...`).
 */
function topicEnd(doc: Doc, from: number, se: number): number {
  for (let k = from + 1; k + 1 < se; k++) {
    if (doc.lower[k] !== 'and') continue;
    const v = doc.lower[k + 1]!;
    if ((doc.tokPos[k + 1] === POS.VERB && /ed$/.test(v)) || cueOf(v) || labelCueOf(v)) return k;
  }
  return se;
}

/** Topic attributions of readouts: `dwelt on`, `raised the issue of`. Returns the cue's length in tokens, 0 if none. */
const TOPIC_CUES: readonly (readonly string[])[] = [
  ['dwelt', 'on'], ['dwelled', 'on'], ['dwelt', 'upon'],
  ['raised', 'the', 'issue', 'of'], ['raised', 'the', 'question', 'of'], ['raised', 'the', 'topic', 'of'], ['raised', 'the', 'matter', 'of'],
  ['spoke', 'about'], ['spoke', 'of'], ['inquired', 'about'], ['enquired', 'about'], ['asked', 'about'],
];

/** `spoke about this with ...`: a topic that points back is no topic of its own. */
const POINTING_BACK: ReadonlySet<string> = new Set(['this', 'that', 'it', 'them', 'him', 'her', 'these', 'those', 'me', 'us', 'you']);

const TOPIC_FIRST: ReadonlySet<string> = new Set(TOPIC_CUES.map((c) => c[0]!));

function topicCueAt(doc: Doc, k: number, se: number): number {
  // Runs for every token of every sentence: most words open no cue.
  if (!TOPIC_FIRST.has(doc.lower[k]!)) return 0;
  for (const cue of TOPIC_CUES) {
    if (k + cue.length >= se) continue;
    let ok = true;
    for (let i = 0; i < cue.length && ok; i++) ok = doc.lower[k + i] === cue[i];
    if (ok) return POINTING_BACK.has(doc.lower[k + cue.length]!) ? 0 : cue.length;
  }
  return 0;
}

/** Verbs of `X said this during ...`, a readout's way to say the sentence before was X's. */
const SAID_THIS = new Set(['said', 'stated', 'noted', 'emphasized', 'emphasised', 'stressed', 'announced', 'declared', 'underlined', 'underscored', 'told', 'wrote', 'reported']);

/**
 * `He said this during an online meeting with students.`, `X emphasized this at a briefing.`:
 * X said the sentence before it (ANNOTATION.md: the content is the preceding statement). `this`
 * must end the clause (a preposition, a comma or the sentence's end after it), so that
 * `He said this war will end` is no formula.
 */
function saidThis(doc: Doc, people: PeopleIndex, s: number, ss: number, se: number): Readout | null {
  if (s === 0) return null;
  for (let k = ss + 1; k + 1 < se && k < ss + 20; k++) {
    if (!SAID_THIS.has(doc.lower[k]!)) continue;
    let t = k + 1;
    if (doc.lower[k] === 'told' && t < se && (doc.tokPos[t] === POS.PRON || doc.tokPos[t] === POS.PROPN)) t++;
    if (doc.lower[t] !== 'this') return null;
    const after = t + 1 < se ? doc.lower[t + 1]! : '.';
    if (!BY_SOURCE_STOP.has(after) && !/^[.,;!]$/.test(after)) return null;
    let source = phraseEndingAt(doc, k, ss);
    // The subject opens the sentence, after an adverb at most (`Later, he said this ...`).
    if (!source) return null;
    for (let j = ss; j < source.start; j++) if (doc.tokPos[j] !== POS.ADV && doc.tokens[j] !== ',') return null;
    const ps = doc.sentStartTok[s - 1]!;
    if (doc.tokParagraph[ps]! < doc.tokParagraph[ss]! - 1) return null;
    let pe = doc.sentEndTok[s - 1]!;
    while (pe > ps && /^[.!?]$/.test(doc.tokens[pe - 1]!)) pe--;
    if (pe <= ps) return null;
    // `X is confident that ... Putin ... . He said this ...`: `he` is the person the statement opens with.
    if (source.end - source.start === 1 && PRONOUN_GENDER[doc.lower[source.start]!]) source = openingPerson(doc, people, ps, pe, PRONOUN_GENDER[doc.lower[source.start]!]!) ?? source;
    // The formula runs to the first comma: `I said this at the forum, and I want to say it again: ...` goes on.
    let fe = t + 1;
    while (fe < se && !/^[,;:]$/.test(doc.tokens[fe]!)) fe++;
    return { start: ps, end: pe, source, cue: [k, t + 1], formula: [ss, fe], rule: 'quotes/said-this' };
  }
  return null;
}

const PRONOUN_GENDER: Readonly<Record<string, 'male' | 'female'>> = { he: 'male', she: 'female' };

/**
 * The subject a sentence opens with, when it is a person whose first name does not contradict
 * `gender`: the last person named before the first verb (`Economic Adviser to the President
 * [Oleg Ustenko] is confident that ...`).
 */
function openingPerson(doc: Doc, people: PeopleIndex, ps: number, pe: number, gender: 'male' | 'female'): SourcePhrase | null {
  let found: SourcePhrase | null = null;
  for (let k = ps; k < Math.min(pe, ps + 14) && !(found && isVerbLike(doc, k)); k++) {
    const e = people.entityAtToken.get(k);
    if (!e || e.kind !== 'person' || people.entityAtToken.get(k - 1) === e) continue;
    let end = k;
    while (end < pe && people.entityAtToken.get(end) === e) end++;
    found = { start: k, end, apposition: null };
  }
  if (!found) return null;
  const e = people.entityAtToken.get(found.start)!;
  const g = e.gender ?? genderOfFirstName(e.nameTokens[0] ?? '');
  return g && g !== gender ? null : found;
}

/** `This was stated by President of Ukraine Volodymyr Zelenskyy during ...`: the previous sentence is X's. */
function statedBy(doc: Doc, people: PeopleIndex, s: number, ss: number, se: number): Readout | null {
  if (s === 0 || doc.lower[ss] !== 'this') return null;
  let k = ss + 1;
  if (doc.lower[k] === 'was' || doc.lower[k] === 'is') k++;
  else if (doc.lower[k] === 'has' && doc.lower[k + 1] === 'been') k += 2;
  else return null;
  if (!STATED.has(doc.lower[k]!) || doc.lower[k + 1] !== 'by') return null;
  const cue: [number, number] = [k, k + 2];
  let end = k + 2;
  const titleTo = (j: number) => doc.lower[j] === 'to' && (/^\p{Lu}/u.test(doc.tokens[j + 1] ?? '') || (doc.lower[j + 1] === 'the' && /^\p{Lu}/u.test(doc.tokens[j + 2] ?? '')));
  while (end < se && end - (k + 2) < 16 && (!BY_SOURCE_STOP.has(doc.lower[end]!) || titleTo(end)) && !/^[.,;:!?()]$/.test(doc.tokens[end]!)) end++;
  if (end === k + 2) return null;
  // The statement: the sentence before, in this paragraph or the one before it.
  const ps = doc.sentStartTok[s - 1]!;
  if (doc.tokParagraph[ps]! < doc.tokParagraph[ss]! - 1) return null;
  let pe = doc.sentEndTok[s - 1]!;
  while (pe > ps && /^[.!?]$/.test(doc.tokens[pe - 1]!)) pe--;
  if (pe <= ps) return null;
  return { start: ps, end: pe, source: { start: personAtEnd(people, k + 2, end), end, apposition: null }, cue, formula: [ss, se], rule: 'quotes/stated-by' };
}
