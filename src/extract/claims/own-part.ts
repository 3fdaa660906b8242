import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import { phraseEndingAt } from '../speakers/find-source.ts';
import { BLAME_SHIFTING, NOMINAL_VERBS, SIDE_ALIASES, STATE_NAMES } from '../lexicon/claims.ts';
import type { Cue } from './01-find-cues.ts';
import { NO_PARTY, partyFromQuote, subjectOf, type Context } from './02-parties.ts';
import type { Draft } from './06-claims.ts';
import type { RebuttalDraft } from './07-rebuttals.ts';
import { inQuote, isPartyPhrase, lowerTok, orTurnSpeaker, speakerAt } from './rebutter.ts';
import { sideOf } from './same-party.ts';

/**
 * A party denying its own part in what another party says it did: `We have nothing to do with that`
 * (step 7), `Kyiv had nothing to do with the attack` (the event named, step 1), and a negated statement
 * of its own part that answers the claim as a counter-claim (step 8).
 */

/**
 * Issue 14, fifth pass: a party's negated statement about its own part answers the claim of another
 * party that it did it, even when the key names nothing (`village | attack` is only `attack`):
 * `Separatist leaders said Ukrainian troops had attacked the village. Kyiv said it had not attacked
 * the village.` The counter-claim rule (step 8) asks this when the negated key has no named thing.
 * - the denial's subject is the claimant itself: `it`, `we`, `its troops`, `our forces`, or a name of
 *   the claimant's side (`Ukraine's army said Ukrainian units did not ...`);
 * - its negation is a statement made, not foreseen: `did not`, `had not`, `has never`, `never fired`,
 *   `does not`, not `will not` or `would not`;
 * - the claim it answers names the claimant's side among its first words (`Ukrainian troops had ...`),
 *   was made by another party, within a few sentences (a party's own denial follows the claim closely).
 */
export function deniesOwnPart(doc: Doc, claim: Draft, denial: Draft): boolean {
  const who = sidesOf(denial.claimant.name);
  if (!who.size) return false;
  const [s, e] = denial.range;
  const [cs] = claim.range;
  if (doc.tokSentence[s]! - doc.tokSentence[cs]! > OWN_PART_SENTENCES || doc.tokParagraph[s]! - doc.tokParagraph[cs]! > OWN_PART_PARAGRAPHS) return false;
  const negation = statedNegation(doc, s, e);
  if (negation < 0 || !ownSubject(doc, s, negation, who)) return false;
  for (let j = cs; j < claim.range[1] && j < cs + CLAIM_TOKENS; j++) if (who.has(sideOf(doc.lower[j]!))) return true;
  return false;
}

/** A party's own denial follows the claim closely: this many sentences, paragraphs at most. */
const OWN_PART_SENTENCES = 6;
const OWN_PART_PARAGRAPHS = 2;
/** The claim names who acted early: `Ukrainian troops had attacked ...`. */
const CLAIM_TOKENS = 12;
/** The subject before the negation is short: `it`, `its troops`, `Ukraine's armed forces`. */
const SUBJECT_TOKENS = 4;

/** Auxiliaries of a negated statement made: `did not`, `had not`, `has never`, `do not`. */
const STATED_AUX: ReadonlySet<string> = new Set(['did', 'had', 'has', 'have', 'do', 'does', 'was', 'were']);
/** Subjects that are the one speaking: `it had not attacked`, `we did not shell`. */
const OWN_PRONOUNS: ReadonlySet<string> = new Set(['it', 'we', 'i', 'they']);
/** `its troops`, `our forces`: the speaker's own people. */
const OWN_POSSESSIVES: ReadonlySet<string> = new Set(['its', 'our', 'their', 'my']);

/** The token of `not`/`never` in `AUX not VERB` or `never VERBed` within the clause's first words; -1 if none. */
function statedNegation(doc: Doc, s: number, e: number): number {
  for (let k = s + 1; k < e && k <= s + SUBJECT_TOKENS + 1; k++) {
    const w = doc.lower[k]!;
    if (w === 'not' || w === "n't") {
      if (!STATED_AUX.has(doc.lower[k - 1]!)) return -1;
      return verbAfter(doc, k, e) ? k - 1 : -1;
    }
    if (w === 'never') {
      // `has never attacked`, `never fired`; `will never` foresees.
      const before = doc.lower[k - 1]!;
      if (doc.tokPos[k - 1] === POS.AUX && !STATED_AUX.has(before)) return -1;
      return verbAfter(doc, k, e) ? (STATED_AUX.has(before) ? k - 1 : k) : -1;
    }
  }
  return -1;
}

function verbAfter(doc: Doc, k: number, e: number): boolean {
  let j = k + 1;
  if (j < e && doc.tokPos[j] === POS.ADV) j++;
  return j < e && doc.tokPos[j] === POS.VERB;
}

/** Whether the words before the negation are the claimant: a pronoun, a possessive and a noun, or a name of its side. */
function ownSubject(doc: Doc, s: number, negation: number, who: ReadonlySet<string>): boolean {
  const n = negation - s;
  if (n < 1) return false;
  const first = doc.lower[s]!;
  if (n === 1 && OWN_PRONOUNS.has(first)) return true;
  if (OWN_POSSESSIVES.has(first)) return n <= SUBJECT_TOKENS;
  if (n > SUBJECT_TOKENS) return false;
  for (let k = s; k < negation; k++) if (who.has(sideOf(doc.lower[k]!.replace(/['’]s$/, '')))) return true;
  return false;
}

/** The sides a party's name stands for: `Kyiv` -> {ukraine}, `Ukraine's Defense Ministry` -> {ukraine}; names without a side give none. */
function sidesOf(name: string | null): Set<string> {
  const out = new Set<string>();
  if (!name) return out;
  for (const w of name.toLowerCase().split(/[\s,]+/)) {
    const side = sideOf(w.replace(/['’]s$/, ''));
    if (side !== w.replace(/['’]s$/, '') || KNOWN_SIDES.has(side)) out.add(side);
  }
  return out;
}

const KNOWN_SIDES: ReadonlySet<string> = new Set([...[...STATE_NAMES.values()].map((v) => v.toLowerCase()), ...SIDE_ALIASES.values()]);

/** Determiners of an event named after `nothing to do with`: `the attack`, `this explosion`. */
const EVENT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those', 'any']);
const EVENT_MODIFIERS = 2;

/**
 * `Kyiv had nothing to do with the attack`, `with the drone attack on the Kremlin`: the event named
 * after `nothing to do with` (token `k`), ending its clause; the token after it, or -1. The party
 * denies its part in the event another party said it carried out (answered like `denied any involvement`).
 */
export function eventObjectEnd(doc: Doc, k: number, sentEnd: number): number {
  if (!EVENT_DETERMINERS.has(doc.lower[k] ?? '')) return -1;
  for (let j = k + 1; j < sentEnd && j <= k + 1 + EVENT_MODIFIERS; j++) {
    if (NOMINAL_VERBS.has(doc.lower[j]!)) {
      let end = j + 1;
      // `the attack on the Kremlin`: a place after `on`/`in` belongs to the event.
      if ((doc.lower[end] === 'on' || doc.lower[end] === 'in' || doc.lower[end] === 'against') && end + 1 < sentEnd) {
        end++;
        while (end < sentEnd && (doc.tokPos[end] === POS.DET || doc.tokPos[end] === POS.PROPN || doc.tokPos[end] === POS.ADJ || doc.tokPos[end] === POS.NOUN)) end++;
      }
      return end >= sentEnd || doc.tokPos[end] === POS.PUNCT || doc.tokPos[end] === POS.CCONJ ? end : -1;
    }
    const p = doc.tokPos[j];
    if (p !== POS.ADJ && p !== POS.NOUN && p !== POS.PROPN) return -1;
  }
  return -1;
}

/**
 * `We have absolutely nothing to do with that`, `Russia has nothing to do with it`: the speaking party
 * denies its part in what it was blamed for. The subject must be a party (a name or `we`, `I`), not
 * a thing: `the ban on Russian oil imports has nothing to do with it` argues, it does not deny.
 */
export function unrelatedRebuttal(ctx: Context, cue: Cue): RebuttalDraft | null {
  const { doc } = ctx;
  const sentStart = doc.sentStartTok[doc.tokSentence[cue.start]!]!;
  // The verb `has`/`have`/`had` before `nothing`, past an adverb (`absolutely`).
  let v = cue.start - 1;
  while (v > sentStart && doc.tokPos[v] === POS.ADV) v--;
  const quote = inQuote(ctx, cue.start);
  // `another attempt to pin the blame on someone else`: whoever says it disputes the accusation;
  // `Prices are rising, but not because of us`: the speaker denies being the cause.
  if (BLAME_SHIFTING.has(doc.lower[cue.start]!) || (doc.lower[cue.start] === 'not' && doc.lower[cue.start + 1] === 'because')) {
    // (`Prices are rising, but not because of us`: the subject is no rebutter; the one speaking is.)
    const speaking = doc.lower[cue.start] === 'not' ? (quote?.speaker ? partyFromQuote(quote, doc) : orTurnSpeaker(ctx, cue.start, NO_PARTY)) : speakerAt(ctx, cue.start);
    return {
      range: [cue.start, cue.end], rebutter: speaking, evidence: [[cue.start, cue.end]], target: { kind: 'blame' }, tenseAt: -1,
      cueAt: cue.start, quote: quote?.id ?? null, rule: 'claims/rebut-unrelated', confidence: 0.6,
    };
  }
  const phrase = v > sentStart ? phraseEndingAt(doc, v, sentStart) : null;
  if (!phrase || !isPartyPhrase(doc, phrase.start, phrase.end)) return null;
  const subject = subjectOf(ctx, v);
  // `We have nothing to do with that` outside any quotation, in a transcript turn: its speaker.
  const rebutter = subject.name || quote ? subject : orTurnSpeaker(ctx, cue.start, subject);
  const start = rebutter.mention && rebutter.mention.start < doc.tokStart[cue.start]! && rebutter.mention.start >= doc.tokStart[sentStart]! ? lowerTok(ctx, rebutter.mention.start) : cue.start;
  // `Kyiv had nothing to do with the attack` names the event: the claim that the rebutter's side did it.
  const event = cue.end - cue.start > NOTHING_TO_DO_THAT;
  return {
    range: [start, cue.end], rebutter, evidence: [[cue.start, event ? cue.start + 4 : cue.end]], target: { kind: event ? 'party' : 'blame' }, tenseAt: v, cueAt: cue.start,
    quote: quote?.id ?? null, rule: 'claims/rebut-unrelated', confidence: 0.65,
  };
}

/** `nothing to do with that`: five tokens; more name an event. */
const NOTHING_TO_DO_THAT = 5;
