import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import { isVerbLike } from '../../analyze/lookup.ts';
import { isTimeWord, phraseEndingAt, type SourcePhrase } from '../speakers/find-source.ts';
import { cueOf, labelCueOf } from '../lexicon/cue-verbs.ts';
import { isPassive } from './passive.ts';

/**
 * What the readout rules that read an object rather than a clause share (readout-topics.ts,
 * stance-objects.ts, appeals.ts, commitments.ts): who the subject is, and where the content
 * (a noun phrase, or `to` and the action asked or promised) ends.
 */

/**
 * The subject of the cue at `cue`: the phrase just before it (`Vladimir Putin also updated`), or,
 * after `and` (`X updated his counterpart on A and assessed B`), the subject of the sentence's
 * first verb. Null for a passive (`was briefed on`: the subject heard the words).
 */
export function subjectOf(doc: Doc, cue: number, ss: number): SourcePhrase | null {
  if (isPassive(doc, cue, ss)) return null;
  const own = phraseEndingAt(doc, cue, ss);
  if (own) return insidePhrase(doc, own, ss) || DOCUMENTS.has(doc.lower[own.end - 1]!) ? null : own;
  let k = cue - 1;
  while (k > ss && doc.tokPos[k] === POS.ADV) k--;
  if (doc.lower[k] !== 'and') return null;
  for (let v = ss + 1; v < k; v++) {
    if (!isVerbLike(doc, v)) continue;
    const s = phraseEndingAt(doc, v, ss);
    // The sentence's subject: nothing but an opener before it (`In turn, X ...`).
    if (!s || s.start - ss > 4 || isPassive(doc, v, ss)) return null;
    return s;
  }
  return null;
}

/**
 * `the telephone conversation between Vladimir Putin and Sadyr Japarov focused on ...`: the
 * phrase before the cue ends a longer one that a preposition opens; the subject is the
 * conversation, which says nothing.
 */
function insidePhrase(doc: Doc, source: SourcePhrase, ss: number): boolean {
  let k = source.start - 1;
  while (k >= ss && (doc.lower[k] === 'and' || NAME_POS.has(doc.tokPos[k]!))) k--;
  return k >= ss && doc.tokPos[k] === POS.ADP && k < source.start - 1;
}
const NAME_POS: ReadonlySet<number> = new Set([POS.PROPN, POS.NOUN, POS.ADJ, POS.DET]);
/** A document says nothing (ANNOTATION.md: never a document as the speaker): `The Plan also offers to include ...`. */
const DOCUMENTS: ReadonlySet<string> = new Set(['plan', 'document', 'documents', 'statement', 'declaration', 'agreement', 'law', 'bill', 'resolution', 'report', 'decree', 'strategy', 'program', 'programme', 'treaty', 'memorandum', 'communique', 'conversation', 'talks', 'meeting']);

/**
 * The formula (the tokens no other item may keep): from the subject to the content, or from the
 * cue when the subject stands far before it (`X updated Y on A and assessed B`: the second
 * formula is `assessed`, the subject the first one's).
 */
export function formulaOf(source: SourcePhrase, cue: number, from: number): readonly [number, number] {
  return [source.end <= cue && cue - source.end <= 4 ? source.start : cue, from];
}

const CONTRAST: ReadonlySet<string> = new Set(['although', 'though', 'but', 'while', 'whereas', 'yet']);

/** Words that end a noun phrase read as content: a second report by the same subject follows. */
const AS_WELL_AS = ['as', 'well', 'as'];

/**
 * The end (exclusive) of content that starts at `from` and runs at most to `se`, the sentence's
 * end: before `;` or a dash, before `, but` (`although`, `while`), before `and` (or `, as well as`) with a second verb of reporting or a past
 * tense (`updated X on A and assessed B`), trailing punctuation left out. Relative clauses stay
 * (`the situation in Mariupol, which is blocked by ...`: ANNOTATION.md's content runs on).
 */
export function contentEnd(doc: Doc, from: number, se: number): number {
  let end = se;
  // `to focus attention and emphasize the need ...`: inside an action a bare verb goes on with it.
  const action = doc.lower[from] === 'to' || doc.lower[from] === 'not';
  for (let k = from + 1; k < se; k++) {
    const t = doc.lower[k]!;
    if (t === ';' || t === '--' || t === '—') { end = k; break; }
    // `to leave the program intact, although they say ...`: a contrast is the writer's, or another report.
    if (t === ',' && CONTRAST.has(doc.lower[k + 1] ?? '')) { end = k; break; }
    // A new predicate: `..., watched it on Thursday`, `..., Clinton restricted ...`, `and repeatedly says`, `but has said`.
    if (t === ',' && newPredicate(doc, k + 1, se, 3)) { end = k; break; }
    if ((t === 'and' || t === 'but') && k > from + 1 && finiteVerb(doc, k + 1, se)) { end = doc.tokens[k - 1] === ',' ? k - 1 : k; break; }
    let v = -1;
    if (t === 'and') v = k + 1;
    else if (t === 'as' && AS_WELL_AS.every((w, i) => doc.lower[k + i] === w)) v = k + 3;
    if (v < 0 || v >= se) continue;
    const next = doc.lower[v]!;
    if (secondReport(doc, v, next, action)) { end = doc.tokens[k - 1] === ',' ? k - 1 : k; break; }
  }
  while (end > from && /^[.!?,:;—–-]$/.test(doc.tokens[end - 1]!)) end--;
  return end;
}

/** A finite verb (`says`, `has`, `watched`) at k, after adverbs: a bare verb goes on with an action (`to focus and emphasize`). */
function finiteVerb(doc: Doc, k: number, se: number): boolean {
  while (k < se && doc.tokPos[k] === POS.ADV) k++;
  if (k >= se) return false;
  return doc.tokPos[k] === POS.AUX || (doc.tokPos[k] === POS.VERB && /(?:ed|[^s]s)$/.test(doc.lower[k]!));
}

/** A finite verb at k, or after a name or noun of at most `names` words: a new clause. */
function newPredicate(doc: Doc, k: number, se: number, names: number): boolean {
  for (let j = k; j < Math.min(se, k + names + 1); j++) {
    // `..., said the list was ready`: a verb of saying right after the comma is the clause's own.
    if (j === k && cueOf(doc.lower[j]!) && !doc.lower[j]!.endsWith('ing')) return true;
    if (finiteVerb(doc, j, se) && doc.tokPos[j] !== POS.ADV) return j === k ? doc.tokPos[j] === POS.VERB && /ed$/.test(doc.lower[j]!) : true;
    if (doc.tokPos[j] !== POS.PROPN && doc.tokPos[j] !== POS.NOUN && doc.tokPos[j] !== POS.DET) return false;
  }
  return false;
}

function secondReport(doc: Doc, v: number, lower: string, action: boolean): boolean {
  if (/ed$/.test(lower)) return doc.tokPos[v] === POS.VERB || cueOf(lower) !== undefined || labelCueOf(lower) !== undefined;
  // `We welcome Z and reiterate W`: a statement's present tense.
  return !action && STATEMENT_VERBS.has(lower);
}
/** Verbs of a statement's present tense that open a second position (not nouns too, as `support`, `call`, `note`). */
const STATEMENT_VERBS: ReadonlySet<string> = new Set([
  'reaffirm', 'reaffirms', 'reiterate', 'reiterates', 'welcome', 'welcomes', 'commend', 'commends', 'urge', 'urges', 'encourage', 'encourages',
  'commit', 'commits', 'recommit', 'recommits', 'emphasize', 'emphasizes', 'emphasise', 'emphasises', 'underscore', 'underscores',
  'recognize', 'recognizes', 'recognise', 'recognises', 'condemn', 'condemns', 'reject', 'rejects', 'affirm', 'affirms', 'stressed', 'noted',
  'said', 'told', 'added', 'stated',
]);

/** Content that is a noun phrase: it opens with a determiner, a possessive, an adjective or a noun, not a time (`on Monday`). */
export function opensNounPhrase(doc: Doc, k: number): boolean {
  const p = doc.tokPos[k];
  if (p === undefined || isTimeWord(doc.lower[k]!) || CLAUSE_WORDS.has(doc.lower[k]!)) return false;
  if (p === POS.PRON) return POSSESSIVES.has(doc.lower[k]!);
  return p === POS.DET || p === POS.ADJ || p === POS.NOUN || p === POS.PROPN || p === POS.NUM;
}
/** `reminded that ...`, `noted what ...`: a clause, not a noun phrase (wink tags `that` a determiner too). */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['that', 'which', 'what', 'whether', 'how', 'who', 'where', 'when', 'why']);
const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'our', 'its', 'my', 'your']);

/** `to` and a verb (`to visit Ukraine`, `to strengthening`): content that is an action. */
export function opensAction(doc: Doc, k: number): boolean {
  if (doc.lower[k] !== 'to' || k + 1 >= doc.tokens.length) return false;
  const p = doc.tokPos[k + 1];
  return p === POS.VERB || p === POS.AUX || /ing$/.test(doc.lower[k + 1]!);
}
