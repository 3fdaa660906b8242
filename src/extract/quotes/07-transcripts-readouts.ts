import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import { isQuoteMark, phraseEndingAt, type SourcePhrase } from '../speakers/find-source.ts';
import type { PeopleIndex } from '../speakers/people.ts';
import { genderOfFirstName } from '../lexicon/first-names.ts';
import { isPassive } from './passive.ts';
import { cueOf, labelCueOf } from '../lexicon/cue-verbs.ts';
import { isVerbLike } from '../../analyze/lookup.ts';
import { isAside, noClaimIn } from './turn-claims.ts';

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

const MAX_LABEL = 10;
const MIN_TURN = 3;
/** A turn shorter than this (in characters) is one item (ANNOTATION.md). */
const ONE_ITEM_TURN = 400;

const CAPS_TOKEN = /^[\p{Lu}][\p{Lu}\p{M}.'’-]*$/u;
const NAME_TOKEN = /^[\p{Lu}][\p{L}\p{M}'’.-]*$/u;
const HAS_LOWER = /\p{Ll}/u;
/** Pieces of a name wink splits off: `JEAN - PIERRE`, `MS .`. */
const JOINER = /^[.\-–'’]$/;
const CONNECTORS = new Set(['of', 'the', 'and', 'de', 'von', 'van', 'der', 'al', 'for']);
/** Headings and lead-ins written like labels: `Note:`, `On Sudan:`, `Update:`. */
const NOT_LABEL_FIRST = new Set(['on', 'in', 'at', 'for', 'about', 'regarding', 're', 'note', 'update', 'updates', 'editor', "editor's", 'source', 'sources', 'photo', 'watch', 'read', 'related', 'see', 'also', 'background', 'summary', 'key', 'subject', 'topic', 'agenda', 'location', 'time', 'date', 'end', 'and', 'but', 'so', 'if', 'as', 'to', 'from', 'with', 'this', 'that', 'these', 'those', 'here', 'there', 'today', 'yesterday', 'clarification', 'correction', 'corrections', 'disclosure', 'programming', 'warning', 'caption', 'credit', 'transcript', 'video', 'audio']);
const TIME_ZONES = new Set(['edt', 'est', 'cet', 'cest', 'eet', 'eest', 'msk', 'utc', 'gmt', 'pdt', 'pst', 'bst', 'ist', 'jst', 'a.m.', 'p.m.']);
/** Labels of someone the text does not name: the turn has no speaker. */
const ANONYMOUS = new Set(['q', 'question', 'remark', 'reply', 'voice', 'audience member', 'participant', 'reporter', 'journalist']);

const GREETING_START = new Set(['thank', 'thanks', 'hello', 'hi', 'welcome', 'goodbye', 'good', 'colleagues', 'friends', 'dear', 'ladies', 'okay', 'ok', 'yes', 'no', 'sure', 'right', 'well', 'please', 'all', 'congratulations', 'great']);
const CLAIM_VERBS = new Set([
  'killed', 'attacked', 'destroyed', 'launched', 'sent', 'provided', 'announced', 'signed', 'agreed', 'approved', 'increased',
  'decreased', 'captured', 'seized', 'struck', 'invaded', 'violated', 'supplied', 'delivered', 'imposed', 'deployed', 'committed',
  'lost', 'won', 'shelled', 'bombed', 'died', 'wounded', 'evacuated', 'fired', 'shot', 'occupied', 'liberated', 'withdrew',
  'allocated', 'transferred', 'received', 'banned', 'sanctioned', 'blocked', 'rejected', 'refused', 'denied', 'confirmed',
]);

/** True when token k starts a line (a paragraph, or a line of a hard-wrapped one) or the text. */
function startsLine(doc: Doc, k: number): boolean {
  const s = doc.tokStart[k]!;
  for (let i = s - 1; i >= 0; i--) {
    const c = doc.text.charCodeAt(i);
    if (c === 10) return true;
    if (c !== 32 && c !== 9 && c !== 13 && c !== 0xa0) return false;
  }
  return true;
}

/** True when token k opens a sentence: a paragraph start or after `.`, `!`, `?` (and a closing mark). */
function startsSentence(doc: Doc, k: number): boolean {
  if (k === 0 || k === doc.paraStartTok[doc.tokParagraph[k]!]) return true;
  let j = k - 1;
  if (isQuoteMark(doc.tokens[j]!) && j > 0) j--;
  // Runs for every token: the last character is read before any regular expression.
  const t = doc.tokens[j]!;
  if (!isSentenceEnd(t.charCodeAt(t.length - 1))) return false;
  return t.length === 1 || !CAPS_TOKEN.test(t);
}

/** `.`, `!` or `?`. */
const isSentenceEnd = (c: number) => c === 46 || c === 33 || c === 63;

interface Label {
  readonly start: number;
  /** Where the name in the label starts (after its titles). */
  readonly nameStart: number;
  /** The label's end for the mention (a garbled repetition cut off). */
  readonly mentionEnd: number;
  readonly colon: number;
  readonly anonymous: boolean;
}

/** The label starting at token k, or null. */
function labelAt(doc: Doc, people: PeopleIndex, k: number, inside: Uint8Array): Label | null {
  const n = doc.tokens.length;
  if (inside[k] && !(k > 0 && isQuoteMark(doc.tokens[k - 1]!) && startsLine(doc, k - 1))) return null;
  const first = doc.tokens[k]!;
  // `Q    Okay.` / `Q: ...` at the start of a line: a reporter's question.
  if (first === 'Q' && startsLine(doc, k) && k + 1 < n && doc.tokParagraph[k + 1] === doc.tokParagraph[k]) {
    const colon = doc.tokens[k + 1] === ':' ? k + 1 : -1;
    return { start: k, nameStart: k, mentionEnd: k + 1, colon, anonymous: true };
  }
  let colon = -1;
  for (let j = k; j < Math.min(n, k + MAX_LABEL + 1); j++) {
    if (doc.tokens[j] === ':') { colon = j; break; }
    if (doc.tokParagraph[j] !== doc.tokParagraph[k]) return null;
  }
  if (colon <= k) return null;
  // Something said after the colon: a word in this paragraph (`Vladimir Putin: Good.`), or the next paragraph.
  let words = 0;
  for (let j = colon + 1; j < n && j < colon + 1 + MIN_TURN && doc.tokParagraph[j] === doc.tokParagraph[k]; j++) if (/\p{L}/u.test(doc.tokens[j]!)) words++;
  const nextParagraph = colon + 1 < n && doc.tokParagraph[colon + 1] !== doc.tokParagraph[k];
  if (words === 0 && !nextParagraph) return null;
  const toks = doc.tokens.slice(k, colon);
  const lower = doc.lower.slice(k, colon);
  const joined = lower.join(' ').replace(/ \./g, '.');
  if (ANONYMOUS.has(joined)) return { start: k, nameStart: k, mentionEnd: colon, colon, anonymous: true };
  if (NOT_LABEL_FIRST.has(lower[0]!) || lower.some((t) => TIME_ZONES.has(t))) return null;
  // `MS. JEAN-PIERRE:`, `THE PRESIDENT:`: capitals at the start of a line.
  const caps = toks.every((t) => CAPS_TOKEN.test(t) || JOINER.test(t)) && toks.join('').replace(/[^\p{L}]/gu, '').length >= 3;
  // At a paragraph start only: a hard-wrapped line may begin `NATO: an alliance ...`.
  if (caps && (opensParagraph(doc, k) || (afterLineEndingSentence(doc, k) && capsWords(toks) >= 2))) return { start: k, nameStart: k, mentionEnd: colon, colon, anonymous: false };
  if (!startsSentence(doc, k)) return null;
  // `Vladimir Putin:`, `President of Russia Vladimir Putin:`: a name at the end, titles and connectors before it.
  const named = toks.every((t, i) => NAME_TOKEN.test(t) || (i > 0 && i < toks.length - 1 && (CONNECTORS.has(t) || JOINER.test(t))))
    && toks.length >= 2 && NAME_TOKEN.test(toks[toks.length - 1]!) && HAS_LOWER.test(toks[toks.length - 1]!) && NAME_TOKEN.test(toks[toks.length - 2]!);
  // `Hnatov:` (a person the article introduced before) at the start of a paragraph.
  const entity = people.entityAtToken.get(k);
  const known = entity?.kind === 'person' && entity.mentionToks.length >= 2 && toks.every((_, i) => people.entityAtToken.get(k + i) === entity)
    && opensParagraph(doc, k) && (words >= MIN_TURN || nextParagraph);
  if (!named && !known) return null;
  // A heading reads like a label (`Failing Peace Efforts:`, `The Latest:`): the label must end in a person's name.
  const mentionEnd = cutRepetition(doc, k, colon);
  if (!known && (lower[0] === 'the' || !isPersonName(doc, people, mentionEnd))) return null;
  // The person is the name that ends the label (`President of Russia [Vladimir Putin]`); the titles before it are the role.
  const nameStart = named && mentionEnd - k > 2 && NAME_TOKEN.test(doc.tokens[mentionEnd - 2]!) ? mentionEnd - 2 : k;
  return { start: k, nameStart, mentionEnd, colon, anonymous: false };
}

/**
 * Token k starts a line of a hard-wrapped paragraph whose previous line ended a sentence
 * (`... our conversation.␣␣⏎CHANCELLOR SCHOLZ:  Thank you.`: a Markdown line break, no blank line).
 */
function afterLineEndingSentence(doc: Doc, k: number): boolean {
  if (k === 0 || !startsLine(doc, k)) return false;
  const prev = doc.tokens[k - 1]!;
  return /[.!?]$/.test(prev) || (isQuoteMark(prev) && k > 1 && /[.!?]$/.test(doc.tokens[k - 2]!));
}

/** Words in a label, its joiners (`.`, `-`) not counted: `CHANCELLOR SCHOLZ` is two. */
function capsWords(toks: readonly string[]): number {
  let n = 0;
  for (const t of toks) if (!JOINER.test(t) && /\p{L}{2}/u.test(t)) n++;
  return n;
}

/** Token k opens its paragraph, or follows only a quotation mark that does (`"WALLACE: ...`). */
function opensParagraph(doc: Doc, k: number): boolean {
  const first = doc.paraStartTok[doc.tokParagraph[k]!]!;
  return k === first || (k === first + 1 && isQuoteMark(doc.tokens[first]!));
}

/** The two tokens before `end` are a person's name: the article knows the person, or the first name is one. */
function isPersonName(doc: Doc, people: PeopleIndex, end: number): boolean {
  const first = doc.tokens[end - 2];
  if (first === undefined || doc.tokPos[end - 1] !== POS.PROPN || doc.tokPos[end - 2] !== POS.PROPN) return false;
  if (genderOfFirstName(first) !== null) return true;
  // A name the lists do not know (`Ignat Petukhov`): a person the article names again elsewhere.
  const e = people.entityAtToken.get(end - 1);
  return e?.kind === 'person' && e.mentionToks.length >= 2;
}

/**
 * Some scraped labels repeat the name after it (`Defence Minister Sergei Shoigu Shoigu
 * SergeiDefence Minister:`): the mention ends before the first word said twice.
 */
function cutRepetition(doc: Doc, start: number, end: number): number {
  const seen = new Set<string>();
  for (let k = start; k < end; k++) {
    const t = doc.lower[k]!;
    if (seen.has(t) && !CONNECTORS.has(t)) return k;
    seen.add(t);
  }
  return end;
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

/** One range for a short turn; else one per sentence that makes a checkable claim. */
function itemsOfTurn(doc: Doc, start: number, end: number): [number, number][] {
  if (doc.tokEnd[end - 1]! - doc.tokStart[start]! < ONE_ITEM_TURN) return isAside(doc, start, end) ? [] : [[start, end]];
  const out: [number, number][] = [];
  for (let s = doc.tokSentence[start]!; s < doc.sentStartTok.length && doc.sentStartTok[s]! < end; s++) {
    const ss = Math.max(start, doc.sentStartTok[s]!);
    const se = Math.min(end, doc.sentEndTok[s]!);
    if (se > ss && checkable(doc, ss, se)) out.push([ss, se]);
  }
  return out;
}

/**
 * A sentence with a figure, a name or a claim verb; not a greeting, thanks or a question, and
 * not a verbless list item (`Second, the Middle East.`). Words that open a spoken sentence
 * (`And`, `So`, `Well,`) and a vocative (`Mr. Prime Minister,`, `Olaf,`) are looked past: the
 * greeting is what follows them, and a vocative's name is no name the sentence is about.
 */
export function checkable(doc: Doc, ss: number, se: number): boolean {
  let first = ss;
  while (first < se && isQuoteMark(doc.tokens[first]!)) first++;
  let words = 0;
  for (let k = first; k < se; k++) if (/\p{L}/u.test(doc.tokens[k]!)) words++;
  if (words < 4) return false;
  const [lead, vocativeEnd] = leadOf(doc, first, se);
  if (GREETING_START.has(doc.lower[lead]!)) return false;
  // Opinions, appeals, pledges, hopes, what was discussed: no checkable claim (turn-claims.ts).
  if (noClaimIn(doc, lead, se) !== null) return false;
  let last = se - 1;
  while (last > first && isQuoteMark(doc.tokens[last]!)) last--;
  if (doc.tokens[last] === '?') return false;
  let verb = false;
  for (let k = first; k < se; k++) {
    const l = doc.lower[k]!;
    // `I want to thank you`, `I really appreciate ...`: thanks wherever they stand.
    if (l === 'thank' || (l === 'thanks' && doc.lower[k + 1] === 'for') || l === 'appreciate') return false;
    // wink tags some participles as adjectives (`informed`): an -ed or -ing word counts too.
    if (doc.tokPos[k] === POS.VERB || doc.tokPos[k] === POS.AUX || /^[’']|\p{L}(?:ed|ing)$/u.test(doc.tokens[k]!)) verb = true;
  }
  // wink tags too many verbs as nouns (`fall`, `respect`) to ask a long sentence for one.
  if (!verb && words <= 8) return false;
  for (let k = first; k < se; k++) {
    if (doc.tokPos[k] === POS.NUM || /\d/.test(doc.tokens[k]!)) return true;
    // A name: a capitalized word inside the sentence (wink's PROPN alone also tags `don’t`), not the vocative's.
    if (k > first && k >= vocativeEnd
      && /^\p{Lu}/u.test(doc.tokens[k]!) && !/^I(?:['’]\p{L}*)?$/u.test(doc.tokens[k]!) && !isQuoteMark(doc.tokens[k - 1]!) && (doc.tokPos[k] === POS.PROPN || doc.tokPos[k] === POS.NOUN || doc.tokPos[k] === POS.ADJ)) return true;
    if (CLAIM_VERBS.has(doc.lower[k]!)) return true;
  }
  return false;
}

/** Words that open a spoken sentence without saying anything: `And`, `So, ...`, `Well, ...`. */
const OPENERS = new Set(['and', 'so', 'but', 'well', 'now', 'also', 'again', 'look', 'listen', 'anyway', 'okay', 'ok', 'oh']);
const VOCATIVE_TITLES = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'madam', 'sir', 'dear', 'prime', 'minister', 'president', 'chancellor', 'secretary', 'general', 'excellency', 'colleagues', 'friends', 'ladies', 'gentlemen']);

/**
 * The first word that says something, past openers and a vocative, and where the vocative ends
 * (0 when there is none): `And, Mr. Prime Minister, welcome.` -> `welcome`.
 */
function leadOf(doc: Doc, first: number, se: number): [number, number] {
  let k = first;
  while (k < se && (OPENERS.has(doc.lower[k]!) || /^[,—–-]$/.test(doc.tokens[k]!))) k++;
  // A vocative: capitalized words or address titles up to a comma, within four words.
  let j = k;
  while (j < se && j - k < 5 && (VOCATIVE_TITLES.has(doc.lower[j]!) || (/^\p{Lu}/u.test(doc.tokens[j]!) && doc.tokPos[j] === POS.PROPN) || doc.tokens[j] === '.')) j++;
  // `Olaf,` (a first name) or `Mr. Prime Minister,` (a title); not `Russia, in turn, ...`.
  let addressed = false;
  for (let v = k; v < j && !addressed; v++) addressed = VOCATIVE_TITLES.has(doc.lower[v]!) || genderOfFirstName(doc.tokens[v]!) !== null;
  if (j > k && addressed && doc.tokens[j] === ',' && j + 1 < se) {
    let lead = j + 1;
    while (lead < se && (OPENERS.has(doc.lower[lead]!) || /^[,—–-]$/.test(doc.tokens[lead]!))) lead++;
    return [lead, j];
  }
  return [k, 0];
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
