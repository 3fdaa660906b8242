import type { Doc } from '../../model/doc.ts';
import { lowerBound } from '../../analyze/lookup.ts';
import type { NamedEntity, PeopleIndex } from './people.ts';
import { genderOfFirstName } from '../lexicon/first-names.ts';
import type { SpeakerEvent } from './resolve.ts';

/** What a pronoun speaker stands for (`he said`, `who focused on`): the latest speaker or subject that fits it, within reach. */

/** How far back (in paragraphs) a pronoun may look for the person it stands for. */
const PRONOUN_REACH = 6;

const MAX_CANDIDATES = 20;

/** Index of the last subject mention before token `tok` (mentions are in text order), or -1. */
function lastMentionBefore(people: PeopleIndex, tok: number): number {
  return lowerBound(people.subjectMentions.length, (i) => people.subjectMentions[i]!.tok < tok) - 1;
}

/**
 * What `he`, `she` or `they` stands for: the latest earlier speaker or person acting as a subject,
 * of the pronoun's gender when it has one (`Olena Kravets met Serhii Bondar. "...," he said` is
 * Bondar, named as an object, because the subject is a woman).
 */
export function findAntecedent(doc: Doc, people: PeopleIndex, tok: number, history: readonly SpeakerEvent[], wantPerson: boolean, gender: 'male' | 'female' | null): SpeakerEvent | null {
  const para = doc.tokParagraph[tok]!;
  const fits = (e: NamedEntity | null) => !gender || !e || (genderOf(e) ?? gender) === gender;
  let best: SpeakerEvent | null = null;
  // Bounded: only the last few speakers are candidates, however long the article.
  for (let k = history.length - 1; k >= 0 && k >= history.length - MAX_CANDIDATES; k--) {
    const h = history[k]!;
    if (h.tok >= tok) continue;
    if (wantPerson ? h.kind !== 'person' : h.kind === 'person') continue;
    if (!h.entity && !h.name) continue;
    if (!fits(h.entity)) continue;
    best = h;
    break;
  }
  if (wantPerson) {
    const last = lastMentionBefore(people, tok);
    for (let k = last; k >= 0 && k > last - MAX_CANDIDATES; k--) {
      const m = people.subjectMentions[k]!;
      if (!fits(m.entity)) continue;
      if (!best || m.tok > best.tok) best = { tok: m.tok, entity: m.entity, name: m.entity.name, kind: 'person' };
      break;
    }
    // Every subject and speaker before is of the other gender: a person of this one named as an object.
    if (!best && gender) best = latestMentionBefore(people, tok, 0, (e) => e.kind === 'person' && genderOf(e) === gender);
  } else if (!best && doc.lower[tok] === 'it') {
    // Only close by: further back, `it` is as likely a report or a statement.
    const sentence = doc.tokSentence[tok]!;
    const floor = Math.max(doc.paraStartTok[para]!, doc.sentStartTok[Math.max(0, sentence - 1)]!);
    best = latestMentionBefore(people, tok, floor, (e) => e.kind === 'organization');
  }
  if (best && para - doc.tokParagraph[best.tok]! > PRONOUN_REACH) return null;
  return best;
}

export function relativeAntecedent(people: PeopleIndex, tok: number): SpeakerEvent | null {
  for (let k = tok - 1; k >= Math.max(0, tok - 2); k--) {
    const e = people.entityAtToken.get(k);
    if (e) return { tok: k, entity: e, name: e.name, kind: e.kind };
  }
  return null;
}

function genderOf(e: NamedEntity): 'male' | 'female' | null {
  if (e.gender || e.kind !== 'person' || e.nameTokens.length < 2) return e.gender;
  return (e.gender = genderOfFirstName(e.nameTokens[0]!));
}

/** How far back (in tokens) a pronoun looks for a named person or organization that never spoke. */
const MENTION_REACH = 400;

/**
 * The latest mention before `tok` (within MENTION_REACH tokens and `floor`) of an entity `fits`
 * accepts. Walks the tokens back, so its cost does not grow with the article's number of names.
 */
function latestMentionBefore(people: PeopleIndex, tok: number, floor: number, fits: (e: NamedEntity) => boolean): SpeakerEvent | null {
  for (let k = tok - 1; k >= Math.max(floor, tok - MENTION_REACH); k--) {
    const e = people.entityAtToken.get(k);
    if (!e || !fits(e)) continue;
    // The mention's first token, as the other candidates report it.
    let start = k;
    while (start > 0 && people.entityAtToken.get(start - 1) === e) start--;
    return { tok: start, entity: e, name: e.name, kind: e.kind };
  }
  return null;
}
