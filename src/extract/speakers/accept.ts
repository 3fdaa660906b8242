import { POS, type Doc } from '../../model/doc.ts';
import { lowerBound } from '../../analyze/lookup.ts';
import type { Speaker } from '../../model/items.ts';
import { GROUP_HEADS, ORG_WORDS, TITLES } from '../lexicon/names.ts';
import { EXTRA_TITLES } from '../lexicon/titles-entities.ts';
import type { PeopleIndex } from './people.ts';
import { countryWords } from '../entities/gazetteer.ts';

/** Why a resolved name is no speaker, or null when it is one. */
export type NotASpeaker = 'relative-word' | 'document' | 'bare-title' | 'fragment' | 'headline' | 'common-word';

const RELATIVE_WORDS: ReadonlySet<string> = new Set([
  'which', 'that', 'who', 'whom', 'whose', 'there', 'this', 'these', 'those', 'it', 'you', 'i', 'we', 'one', 'what', 'here', 'they', 'he', 'she',
]);

/** Things that carry words but do not speak them: a speaker is who issued them. */
const DOCUMENTS = /^(?:the |a |an |this |that |its |his |her |their )?(?:\w+ )?(?:statement|report|article|post|video|letter|message|data|website|page|document|decree|footage|tweet|channel|story|readout|communiqu[eé]|transcript|release|address|speech|publication|resolution|declaration|bill|law|memo|note|book|film|poll|survey|study|analysis|assessment|update|summary|text)s?$/i;

const FRAGMENT = /^(?:of|and|or|in|on|at|to|for|with|by|from|as|but|than|into)\s/i;
const TIE_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'of', 'for', 'to', 'and', 'state']);

const isTitleWord = (w: string) => TITLES.has(w) || EXTRA_TITLES.has(w);

/** `the President`, `Head of State`, `the Polish prime minister`: only title words (and a country's), no name. */
export function isBareTitle(words: readonly string[]): boolean {
  const countries = countryWords();
  let title = false;
  for (const w of words) {
    if (isTitleWord(w)) title = true;
    else if (!TIE_WORDS.has(w) && !countries.has(w)) return false;
  }
  return title;
}

/**
 * `Head of the President's Office`, `Deputy Head of the Office of the President`: a title held in
 * an organization, no name. Returns the words a holder's role must contain, or null.
 */
export function officeTitle(words: readonly string[]): string[] | null {
  const tie = words.findIndex((w) => w === 'of' || w === 'to');
  if (words.length < 3 || tie < 1 || !words.slice(0, tie).every(isTitleWord)) return null;
  const countries = countryWords();
  const keys: string[] = [];
  for (const raw of words) {
    const w = raw.replace(/['’]s$/, '');
    if (!w || TIE_WORDS.has(w) || countries.has(w)) continue;
    if (!isTitleWord(w) && !ORG_WORDS.has(w)) return null;
    keys.push(w);
  }
  return keys.some((w) => ORG_WORDS.has(w)) ? keys : null;
}

export function notASpeaker(name: string): NotASpeaker | null {
  const s = name.trim();
  const lower = s.toLowerCase();
  if (RELATIVE_WORDS.has(lower)) return 'relative-word';
  if (DOCUMENTS.test(s)) return 'document';
  if (FRAGMENT.test(s)) return 'fragment';
  const words = lower.split(/\s+/);
  if (isBareTitle(words) || officeTitle(words)) return 'bare-title';
  // `BIDEN WARNS RUSSIA`: a headline's capitals, not a name.
  if (words.length >= 2 && s === s.toUpperCase() && /\p{Lu}{3}/u.test(s)) return 'headline';
  // One lowercase word that is no group of people (`state`, `report`): not who speaks.
  if (words.length === 1 && s === lower && !GROUP_HEADS.has(lower) && !lower.endsWith('s')) return 'common-word';
  return null;
}

/**
 * The last word on a resolved speaker: a person, an organization or a group, never a document, a
 * relative word, a title alone, a fragment of a title chain or a headline. A speaker that is none
 * keeps its mention (what the text says) and loses its name and entity, so no ledger row is
 * filed under it; its rule says why.
 */
export function acceptable(doc: Doc, _people: PeopleIndex, speaker: Speaker): Speaker {
  if (speaker.name === null) return speaker;
  const why = notASpeaker(speaker.name) ?? (speaker.entity ? null : notANoun(doc, speaker));
  if (!why) return speaker;
  return { ...speaker, name: null, entity: null, role: why === 'bare-title' ? speaker.mention : speaker.role, confidence: Math.min(speaker.confidence, 0.4), rule: `${speaker.rule}+not-a-speaker:${why}` };
}

/** `Mutual interest was expressed`: one word that is no noun or name is no one. */
function notANoun(doc: Doc, speaker: Speaker): NotASpeaker | null {
  const k = lowerBound(doc.tokStart.length, (i) => doc.tokStart[i]! < speaker.mention.start);
  if (doc.tokEnd[k] !== speaker.mention.end) return null;
  const p = doc.tokPos[k]!;
  // A capital opening a sentence before a common noun modifies it (`Mutual interest was expressed`).
  const modifier = k === doc.sentStartTok[doc.tokSentence[k]!] && doc.tokPos[k + 1] === POS.NOUN && !/^\p{Lu}/u.test(doc.tokens[k + 1] ?? '');
  return modifier || p === POS.ADJ || p === POS.ADV || p === POS.VERB || p === POS.ADP || p === POS.SCONJ ? 'common-word' : null;
}
