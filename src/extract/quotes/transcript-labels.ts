import { type Doc, POS } from '../../model/doc.ts';
import { isQuoteMark } from '../speakers/find-source.ts';
import type { PeopleIndex } from '../speakers/people.ts';
import { genderOfFirstName } from '../lexicon/first-names.ts';

/** Step 7's transcript labels: where a turn's speaker is named (`Vladimir Putin:`, `MS. JEAN-PIERRE:`, `Q`), and what only looks like one (headings, `Note:`, time stamps). */

const MAX_LABEL = 10;

const MIN_TURN = 3;

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

/** True when token k starts a line (a paragraph, or a line of a hard-wrapped one) or the text. */
export function startsLine(doc: Doc, k: number): boolean {
  const s = doc.tokStart[k]!;
  for (let i = s - 1; i >= 0; i--) {
    const c = doc.text.charCodeAt(i);
    if (c === 10) return true;
    if (c !== 32 && c !== 9 && c !== 13 && c !== 0xa0) return false;
  }
  return true;
}

/** True when token k opens a sentence: a paragraph start or after `.`, `!`, `?` (and a closing mark). */
export function startsSentence(doc: Doc, k: number): boolean {
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

export interface Label {
  readonly start: number;
  /** Where the name in the label starts (after its titles). */
  readonly nameStart: number;
  /** The label's end for the mention (a garbled repetition cut off). */
  readonly mentionEnd: number;
  readonly colon: number;
  readonly anonymous: boolean;
}

/** The label starting at token k, or null. */
export function labelAt(doc: Doc, people: PeopleIndex, k: number, inside: Uint8Array): Label | null {
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
export function opensParagraph(doc: Doc, k: number): boolean {
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
