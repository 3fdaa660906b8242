import type { Doc } from '../../model/doc.ts';
import type { Party } from '../../model/claims.ts';
import { POS } from '../../model/doc.ts';
import { phraseEndingAt } from '../../extract/speakers/find-source.ts';
import { NO_PARTY, partyFromQuote, partyOf, type Context } from './02-parties.ts';
import { clauseAfter, type TokenRange } from './03-clauses.ts';

/**
 * What a denial that points back (`That is not true`, `it's just a bunch of lies`, `this lie`) may
 * answer besides the claims already found (issue 14, third pass):
 * - a claim restated just before it, in words that are no claim of their own: `They say that we block
 *   grain exports. That is not true.` (`say`, `tell` are no claim cues; the claim is made on demand);
 * - in a transcript, the reporter's question before the answer it opens: `Q ... reports that X ...?`
 *   (claims found there), `Q ... why you met them?` (the clause a `why` question takes as given),
 *   `Q Is it true that X?`.
 * Only computed for such denials: most articles have none.
 */
export interface SaidBefore {
  /** The words restated: the clause after the verb of saying. */
  readonly range: TokenRange;
  /** The verb of saying, as the claim's cue. */
  readonly cue: TokenRange;
  readonly claimant: Party;
  /** `claims/restated` for a saying, `claims/question` for what a question asks or takes as given. */
  readonly rule: string;
}

export interface QuestionBefore {
  /** Tokens of the reporter's turn (label excluded), up to the answer's label. */
  readonly turn: TokenRange;
  /** The clause the question states or takes as given, if it has one; claims inside the turn come first. */
  readonly asked: SaidBefore | null;
}

/** Verbs of saying that restate another party's claim in the rebutter's words. */
const SAY_VERBS: ReadonlySet<string> = new Set([
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'telling', 'told', 'claim', 'claims', 'claimed', 'claiming',
  'argue', 'argues', 'argued', 'suggest', 'suggests', 'suggested', 'write', 'writes', 'wrote', 'allege', 'alleges', 'alleged',
  'assert', 'asserts', 'asserted', 'insist', 'insists', 'insisted', 'report', 'reports', 'reported', 'state', 'states', 'stated',
]);
/** Subjects whose saying is the rebutter's own or the listener's: `I said`, `you say`. */
const OWN_OR_LISTENER: ReadonlySet<string> = new Set(['i', 'we', 'you', 'me', 'us']);
/** Before the verb of saying: a saying foreseen, wished, negated or supposed restates no claim made. */
const NOT_SAID: ReadonlySet<string> = new Set([
  'will', "'ll", '’ll', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall', 'to', 'not', "n't", 'never',
  'if', 'unless', 'whether', 'when', 'let', 'nobody', 'no',
]);
/** Objects of `tell` before its clause: `telling everyone that`, `told us that`. */
const OBJECT_REACH = 3;

/**
 * `They say that X` / `Western politicians are telling everyone that X` in the sentence before the denial
 * or earlier in its own sentence (`they claim X, but that is a lie`), within its paragraph: the last
 * such saying before token `at`; null when there is none, its subject is the rebutter or the listener,
 * or it is foreseen or negated.
 */
export function saidBefore(ctx: Context, at: number): SaidBefore | null {
  const { doc } = ctx;
  const sentence = doc.tokSentence[at]!;
  const paraStart = doc.paraStartTok[doc.tokParagraph[at]!]!;
  const from = Math.max(paraStart, sentence > 0 ? doc.sentStartTok[sentence - 1]! : 0);
  for (let v = at - 1; v >= from; v--) {
    if (!SAY_VERBS.has(doc.lower[v]!) || doc.tokPos[v] !== POS.VERB) continue;
    const found = sayingAt(ctx, v, at, paraStart);
    if (found) return found;
  }
  return null;
}

/** The saying whose verb is token `v`, its clause ending before token `stop`, its subject after `floor` (a turn's label). */
function sayingAt(ctx: Context, v: number, stop: number, floor: number): SaidBefore | null {
  const { doc } = ctx;
  const sentStart = Math.max(floor, doc.sentStartTok[doc.tokSentence[v]!]!);
  for (let k = Math.max(sentStart, v - 4); k < v; k++) if (NOT_SAID.has(doc.lower[k]!)) return null;
  const subject = phraseEndingAt(doc, v, sentStart);
  if (!subject) return null;
  if (subject.end - subject.start === 1 && OWN_OR_LISTENER.has(doc.lower[subject.start]!)) return null;
  // The clause: after `that`, past a short object (`telling everyone that`); without `that`, right after the verb.
  let k = v + 1;
  for (let j = v + 1; j <= v + 1 + OBJECT_REACH && j < stop; j++) if (doc.lower[j] === 'that') { k = j; break; }
  const clause = clauseAfter(doc, k, stop);
  if (!clause || !finiteWithSubject(doc, clause)) return null;
  let [s, e] = clause;
  while (e > s && (doc.tokPos[e - 1] === POS.CCONJ || doc.tokPos[e - 1] === POS.PUNCT)) e--;
  if (e <= s) return null;
  // `Zelensky said Russia is spreading this lie`: a saying that runs into the denial frames it, restates nothing;
  // `they claim X, but that is a lie` ends before it.
  if (e === stop) return null;
  return { range: [s, e], cue: [v, v + 1], claimant: partyOf(ctx, subject), rule: 'claims/restated' };
}

const MAX_LABEL = 10;
/** Labels of a reporter's turn. */
const QUESTION_LABELS: ReadonlySet<string> = new Set(['q', 'question', 'journalist', 'reporter', 'remark']);
/** An answer opens with the denial or comes to it soon: `I'm not going to comment on that. I did not, and it's just a bunch of lies.` */
const ANSWER_SENTENCES = 3;
/** A reporter's turn runs over a few paragraphs at most. */
const TURN_PARAGRAPHS = 6;

/**
 * The reporter's turn just before the answer that token `at` opens (`THE PRESIDENT: That's not true.`);
 * null when `at` is not in the first sentences of an answer turn or no `Q` turn comes before it.
 */
export function questionBefore(ctx: Context, at: number): QuestionBefore | null {
  const { doc } = ctx;
  const p = doc.tokParagraph[at]!;
  const label = labelEnd(doc, p);
  if (label < 0 || isQuestionLabel(doc, p) || at < label) return null;
  if (doc.tokSentence[at]! - doc.tokSentence[label]! >= ANSWER_SENTENCES) return null;
  return questionBeforeTurn(ctx, p);
}

/**
 * The reporter's turn before the answer that holds token `at`, however deep in the answer (its label a
 * few paragraphs up): for a denial that names the words it denies (`we've never said that X`, `not-said.ts`).
 */
export function questionOfTurn(ctx: Context, at: number): QuestionBefore | null {
  const { doc } = ctx;
  const p = doc.tokParagraph[at]!;
  for (let a = p; a >= 0 && p - a <= TURN_PARAGRAPHS; a--) {
    if (isQuestionLabel(doc, a)) return null;
    const label = labelEnd(doc, a);
    if (label >= 0) return at >= label ? questionBeforeTurn(ctx, a) : null;
  }
  return null;
}

/** The `Q` turn right before the answer turn opening paragraph `p`, or null when another speaker's turn comes first. */
function questionBeforeTurn(ctx: Context, p: number): QuestionBefore | null {
  const { doc } = ctx;
  for (let q = p - 1; q >= 0 && p - q <= TURN_PARAGRAPHS; q--) {
    if (isQuestionLabel(doc, q)) {
      const start = questionStart(doc, q);
      const turn: TokenRange = [start, doc.paraStartTok[p]!];
      return { turn, asked: askedIn(ctx, turn) };
    }
    // Another speaker's turn first: the answer follows no question.
    if (labelEnd(doc, q) >= 0) return null;
  }
  return null;
}

/** The first token after a paragraph's speaker label (`MR. KIRBY:`, `Vladimir Putin:`), or -1 when it has none. */
export function labelEnd(doc: Doc, p: number): number {
  const s = doc.paraStartTok[p]!;
  const e = doc.paraEndTok[p]!;
  for (let k = s; k < e && k < s + MAX_LABEL; k++) {
    const t = doc.tokens[k]!;
    if (t === ':') return k > s ? k + 1 : -1;
    if (!/^[\p{Lu}.'’-]/u.test(t) && t !== 'of' && t !== 'the') return -1;
  }
  return -1;
}

/** `Q` (with or without a colon), `Question:`, `Journalist:` open a reporter's turn. */
export function isQuestionLabel(doc: Doc, p: number): boolean {
  const s = doc.paraStartTok[p]!;
  if (s >= doc.paraEndTok[p]!) return false;
  const w = doc.lower[s]!;
  if (!QUESTION_LABELS.has(w) || !/^\p{Lu}/u.test(doc.tokens[s]!)) return false;
  return w === 'q' || doc.tokens[s + 1] === ':';
}

function questionStart(doc: Doc, q: number): number {
  const s = doc.paraStartTok[q]!;
  return doc.tokens[s + 1] === ':' ? s + 2 : s + 1;
}

/**
 * What a question states or takes as given: `why you interacted with ...?` (a presupposition, nobody's
 * claim), `Is it true that X?`, or a saying (`Putin said today that X. Is that so?`, its subject's claim).
 * The last one in the turn, nearest the answer.
 */
function askedIn(ctx: Context, [s, e]: TokenRange): SaidBefore | null {
  const { doc } = ctx;
  for (let k = e - 1; k >= s; k--) {
    const w = doc.lower[k]!;
    if (w === 'why') {
      const found = presupposed(doc, k, e);
      if (found) return { range: found, cue: [k, k + 1], claimant: NO_PARTY, rule: 'claims/question' };
    } else if (w === 'how' && doc.lower[k + 1] === 'is' && doc.lower[k + 2] === 'it' && doc.lower[k + 3] === 'that') {
      // `How is it that you have determined that X?` takes the clause as given, as `why` does.
      const clause = clauseAfter(doc, k + 3, e);
      if (clause && finiteWithSubject(doc, clause) && endsAsking(doc, clause)) return { range: clause, cue: [k, k + 4], claimant: NO_PARTY, rule: 'claims/question' };
    } else if (w === 'true' && doc.lower[k - 1] === 'it' && doc.lower[k + 1] === 'that') {
      // `Is it true that X?`: the copula comes first, inverted.
      const clause = clauseAfter(doc, k + 1, e);
      if (clause && finiteWithSubject(doc, clause)) return { range: clause, cue: [k, k + 1], claimant: NO_PARTY, rule: 'claims/question' };
    } else if (SAY_VERBS.has(w) && doc.tokPos[k] === POS.VERB) {
      const found = sayingAt(ctx, k, e, s);
      if (found) return found;
    }
  }
  return null;
}

/** The clause runs to its sentence's question mark. */
function endsAsking(doc: Doc, [, e]: TokenRange): boolean {
  return doc.tokens[e] === '?' || doc.tokens[e - 1] === '?';
}

const INVERTED_AUX: ReadonlySet<string> = new Set(['did', 'do', 'does', 'is', 'are', 'was', 'were', 'has', 'have', 'had']);

/**
 * `why you interacted with ...?`, `Why did Ukraine shell the plant?`: the clause after `why` (past an
 * inverted auxiliary), up to the question mark, with a subject of its own and a verb.
 * `Why not ...`, `why, you know`, `why that is` are none.
 */
function presupposed(doc: Doc, why: number, end: number): TokenRange | null {
  let k = why + 1;
  if (INVERTED_AUX.has(doc.lower[k] ?? '')) k++;
  const p = doc.tokPos[k];
  if (p !== POS.PRON && p !== POS.PROPN && p !== POS.DET && p !== POS.NOUN) return null;
  if (doc.lower[k] === 'not' || doc.lower[k] === 'that' || doc.lower[k] === 'this') return null;
  const sentEnd = Math.min(end, doc.sentEndTok[doc.tokSentence[k]!]!);
  let e = k;
  while (e < sentEnd && doc.tokens[e] !== '?' && doc.tokens[e] !== '.') e++;
  if (doc.tokens[e] !== '?') return null;
  const range: TokenRange = [k, e];
  return finiteWithSubject(doc, range) || (k > why + 1 && verbAfterSubject(doc, range)) ? range : null;
}

const DO_SUPPORT: ReadonlySet<string> = new Set(['did', 'do', 'does']);

/**
 * After an inverted auxiliary the verb is bare and often tagged as a noun (`Why did Ukraine shell the
 * plant?`): a verb anywhere, or after `did` a noun right after a name or pronoun subject.
 */
function verbAfterSubject(doc: Doc, [s, e]: TokenRange): boolean {
  for (let k = s; k < e; k++) if (doc.tokPos[k] === POS.VERB) return true;
  if (!DO_SUPPORT.has(doc.lower[s - 1]!)) return false;
  let k = s;
  while (k < e && (doc.tokPos[k] === POS.PROPN || doc.tokPos[k] === POS.PRON)) k++;
  return k > s && k < e && doc.tokPos[k] === POS.NOUN;
}

/** A clause with a subject before its verb: `we block grain exports`, not `to block exports` or `blocking it`. */
function finiteWithSubject(doc: Doc, [s, e]: TokenRange): boolean {
  for (let k = s; k < e && k < s + 12; k++) {
    const p = doc.tokPos[k];
    if (p === POS.AUX || p === POS.VERB) return k > s && doc.lower[k - 1] !== 'to' && !doc.lower[k]!.endsWith('ing');
  }
  return false;
}

/**
 * Who speaks the words at token `at` in a transcript when no quotation holds them (the quotation layer
 * may leave a turn's sentence out): the speaker of the turn's quotations, the turn running from its
 * label (`MS. PSAKI:`) over a few paragraphs. A reporter's turn, or words under no label, give no party.
 */
export function turnSpeaker(ctx: Context, at: number): Party {
  const { doc } = ctx;
  const p = doc.tokParagraph[at]!;
  let label = -1;
  for (let q = p; q >= 0 && p - q <= TURN_PARAGRAPHS; q--) {
    if (labelEnd(doc, q) >= 0 || isQuestionLabel(doc, q)) { label = q; break; }
  }
  if (label < 0 || isQuestionLabel(doc, label)) return NO_PARTY;
  const from = doc.tokStart[doc.paraStartTok[label]!]!;
  const nextLabel = nextLabelStart(doc, p);
  const starts = ctx.quoteStarts;
  // The last quotation of the turn before `at`, else the first after it in the turn.
  let lo = 0;
  let hi = starts.length;
  const atChar = doc.tokStart[at]!;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < atChar) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && starts[k]! >= from; k--) {
    const q = ctx.quotes[k]!;
    if (q.speaker?.name) return partyFromQuote(q, doc);
  }
  for (let k = lo; k < starts.length && starts[k]! < nextLabel; k++) {
    const q = ctx.quotes[k]!;
    if (q.speaker?.name) return partyFromQuote(q, doc);
  }
  return NO_PARTY;
}

/** Where the quotations after `at` may still be the turn's: up to the end of paragraph `p` (characters). */
function nextLabelStart(doc: Doc, p: number): number {
  const end = doc.paraEndTok[p]!;
  return end > 0 ? doc.tokEnd[end - 1]! : doc.text.length;
}
