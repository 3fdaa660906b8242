import type { Doc } from '../../model/doc.ts';
import type { RebuttalDraft } from './07-rebuttals.ts';
import type { Party } from '../../model/claims.ts';
import { type Built, lastBefore, SCAN_LIMIT, withinReach, isQuestion, ASSENT, PARTY_PARAGRAPHS, PARTY_SENTENCES, PARTY_TOKENS, PREVIOUS_SENTENCES } from './built-claims.ts';
import { ownClaim, sameParty, partyWords, sideOf } from './same-party.ts';

/** Step 8's searches for the claim a rebuttal answers, among the claims before it (and, by key, just after), each within its reach. */

/**
 * `That was a lie`: the nearest claim before the statement, within reach, not the statement itself, not
 * the rebutter's own. `These accusations were groundless` names the kind of claim it answers: it reaches
 * as far as a party's denial, but past the usual reach only to claims made by a cue (`accused`, `claimed`).
 */
export function previousClaim(doc: Doc, ordered: readonly Built[], starts: readonly number[], r: RebuttalDraft): Built | null {
  const k0 = lastBefore(starts, r.range[0]);
  for (let k = k0; k >= 0 && k0 - k < SCAN_LIMIT; k--) {
    const b = ordered[k]!;
    if (!withinReach(doc, b, r.range[0])) {
      if (!r.named || !withinReach(doc, b, r.range[0], PARTY_PARAGRAPHS, PARTY_SENTENCES)) return null;
      if (b.draft.cueIndex < 0 || ownClaim(b, r)) continue;
      return b;
    }
    if (b.draft.range[1] > r.range[0] && b.draft.quote !== null && b.draft.quote === r.quote && b.draft.rule === 'claims/quotation') continue;
    if (ownClaim(b, r) || isQuestion(doc, b) || ASSENT.has(b.key)) continue;
    return b;
  }
  return null;
}

/** Nouns that, without a possessor, restate someone's claim: `the argument that ...`, `the notion that ...`. */
const RESTATING_NOUNS: ReadonlySet<string> = new Set(['argument', 'notion', 'idea', 'suggestion', 'assertion', 'claim', 'claims', 'narrative', 'premise']);

/** What a claim's restatement may restate: a claim made by a verb of claiming or accusing. */
const RESTATABLE_RULES: ReadonlySet<string> = new Set(['claims/claim-verb', 'claims/accusation']);

/** `the argument that B` with nobody's name on it: the speaker restates a claim made before. */
export function isRestatement(doc: Doc, b: Built): boolean {
  return b.draft.rule === 'claims/claim-noun' && !b.draft.claimant.name && b.draft.cue !== null && RESTATING_NOUNS.has(doc.lower[b.draft.cue[0]]!);
}

/** The claim a restatement restates: the nearest claim before it made by a verb of claiming, within the reach of a pointing denial, not the rebutter's. */
export function restatedClaim(doc: Doc, ordered: readonly Built[], starts: readonly number[], restatement: Built, r: RebuttalDraft): Built | null {
  const at = restatement.draft.range[0];
  const k0 = lastBefore(starts, at);
  for (let k = k0; k >= 0 && k0 - k < SCAN_LIMIT; k--) {
    const b = ordered[k]!;
    // A few sentences back, over the short paragraphs of a transcript's answer.
    if (!withinReach(doc, b, at, PARTY_PARAGRAPHS, PREVIOUS_SENTENCES)) return null;
    if (b.draft.range[1] <= at && RESTATABLE_RULES.has(b.draft.rule) && !ownClaim(b, r)) return b;
  }
  return null;
}

/** `We have nothing to do with that`: the nearest accusation before it, within the reach of a party's denial. */
export function accusationBefore(doc: Doc, ordered: readonly Built[], starts: readonly number[], r: RebuttalDraft): Built | null {
  const k0 = lastBefore(starts, r.range[0]);
  for (let k = k0; k >= 0 && k0 - k < SCAN_LIMIT; k--) {
    const b = ordered[k]!;
    if (!withinReach(doc, b, r.range[0], PARTY_PARAGRAPHS, PARTY_SENTENCES)) return null;
    if (b.draft.rule === 'claims/accusation' && !ownClaim(b, r)) return b;
  }
  return null;
}

/**
 * `Kyiv denied taking any hostile action`: the nearest claim before it, within reach, made by
 * another party, whose words name the rebutter or its side (`Ukrainian forces had shelled ...`).
 * Without such a claim the denial answers nothing: a guess would be a wrong link.
 */
export function claimAboutParty(doc: Doc, ordered: readonly Built[], starts: readonly number[], r: RebuttalDraft): Built | null {
  const who = partyWords(r.rebutter.name);
  if (!who.size) return null;
  const k0 = lastBefore(starts, r.range[0]);
  for (let k = k0; k >= 0 && k0 - k < SCAN_LIMIT; k--) {
    const b = ordered[k]!;
    if (!withinReach(doc, b, r.range[0], PARTY_PARAGRAPHS, PARTY_SENTENCES)) return null;
    if (ownClaim(b, r)) continue;
    for (let j = b.draft.range[0]; j < b.draft.range[1] && j < b.draft.range[0] + PARTY_TOKENS; j++) if (who.has(sideOf(doc.lower[j]!))) return b;
  }
  return null;
}

/**
 * `Mr. Peskov's lies`, `Russia is spreading disinformation`: the nearest claim before the denial, within
 * the reach of a party's denial, whose claimant is that party (`Moscow` and `Russia` are one side).
 */
export function claimOfParty(doc: Doc, ordered: readonly Built[], starts: readonly number[], r: RebuttalDraft, party: Party): Built | null {
  const k0 = lastBefore(starts, r.range[0]);
  for (let k = k0; k >= 0 && k0 - k < SCAN_LIMIT; k--) {
    const b = ordered[k]!;
    if (!withinReach(doc, b, r.range[0], PARTY_PARAGRAPHS, PARTY_SENTENCES)) return null;
    if (b.draft.range[1] > r.range[0] || isQuestion(doc, b) || ownClaim(b, r)) continue;
    if (sameParty(b.draft.claimant, party)) return b;
  }
  return null;
}

export function nearestWithKey(ordered: readonly Built[], starts: readonly number[], at: number, key: string): Built | null {
  const k0 = lastBefore(starts, at);
  for (let k = k0; k >= 0 && k0 - k < SCAN_LIMIT; k--) if (ordered[k]!.key === key) return ordered[k]!;
  for (let k = k0 + 1; k < ordered.length && k - k0 < SCAN_LIMIT; k++) if (ordered[k]!.key === key) return ordered[k]!;
  return null;
}

/** `there is no encirclement` answers `Pokrovsk was encircled`: the same predicate, whatever the places. */
export function nearestWithPredicate(ordered: readonly Built[], starts: readonly number[], at: number, key: string): Built | null {
  const bar = key.lastIndexOf(' | ');
  const predicate = bar >= 0 ? key.slice(bar + 3) : key;
  if (!predicate) return null;
  const k0 = lastBefore(starts, at);
  const same = (b: Built) => b.key === predicate || b.key.endsWith(' | ' + predicate);
  for (let k = k0; k >= 0 && k0 - k < SCAN_LIMIT; k--) if (same(ordered[k]!)) return ordered[k]!;
  return null;
}
