import type { Doc } from '../../model/doc.ts';
import { span, type Span } from '../../model/span.ts';
import { isCapitalized, lowerBound } from '../../analyze/lookup.ts';
import { ORG_WORDS } from '../lexicon/names.ts';
import type { SourcePhrase } from './find-source.ts';
import type { NamedEntity, PeopleIndex } from './people.ts';

/** Which of the article's names a source phrase is: the name inside a titled phrase, an organization by its head noun, a person by surname. */

/** The name tokens of the entity inside a longer phrase: `Defense Minister Oksana Vdovychenko` -> `Oksana Vdovychenko`. */
export function nameWithinPhrase(doc: Doc, phrase: SourcePhrase, entity: NamedEntity): Span | null {
  // Mentions are in text order: a binary search, not a scan, however often the person is named (issue 16).
  const ms = entity.mentionToks;
  for (let k = lowerBound(ms.length, (i) => ms[i]![0] < phrase.start); k < ms.length && ms[k]![0] < phrase.end; k++) {
    const [s, e] = ms[k]!;
    if (e <= phrase.end) return span(doc.text, doc.tokStart[s]!, doc.tokEnd[e - 1]!);
  }
  return null;
}

/** `the ministry said` after `Russia's Defense Ministry` was named: the same organization. */
export function organizationByHead(doc: Doc, people: PeopleIndex, phrase: SourcePhrase): NamedEntity | undefined {
  const head = doc.lower[phrase.end - 1]!;
  if (doc.lower[phrase.start] !== 'the' || !ORG_WORDS.has(head)) return undefined;
  let best: NamedEntity | undefined;
  let bestTok = -1;
  for (const e of people.entities) {
    if (e.kind !== 'organization' || !e.nameTokens.includes(head)) continue;
    // The entity's last mention before the phrase, by binary search over its mentions in text order.
    const k = lowerBound(e.mentionToks.length, (i) => e.mentionToks[i]![0] < phrase.start) - 1;
    const s = k >= 0 ? e.mentionToks[k]![0] : -1;
    if (s > bestTok) { best = e; bestTok = s; }
  }
  return best;
}

export function entityByShortName(doc: Doc, people: PeopleIndex, phrase: SourcePhrase): NamedEntity | undefined {
  if (!isCapitalized(doc.tokens[phrase.end - 1]!)) return undefined;
  return people.entities.find((e) => e.kind === 'person' && sameSurname(doc, phrase, e));
}

/**
 * The phrase ends in the person's surname, whole: `HARRIS` is not the tail of `Biden-Harris` (an
 * administration's name), `JEAN-PIERRE` is Karine Jean-Pierre's.
 */
export function sameSurname(doc: Doc, phrase: SourcePhrase, e: NamedEntity): boolean {
  const n = e.nameTokens;
  if (n[n.length - 1] !== doc.lower[phrase.end - 1]) return false;
  const hyphenedName = n.length >= 2 && n[n.length - 2] === '-';
  const hyphenedPhrase = phrase.end - 2 >= phrase.start && doc.tokens[phrase.end - 2] === '-';
  return hyphenedName === hyphenedPhrase;
}
