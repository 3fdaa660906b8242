import { POS, type Doc } from '../../model/doc.ts';
import { lowerBound } from '../../analyze/lookup.ts';
import type { Speaker } from '../../model/items.ts';
import { GROUP_HEADS, ORG_WORDS, SPEAKING_GROUPS, TITLES } from '../lexicon/names.ts';
import { EXTRA_TITLES } from '../lexicon/titles-entities.ts';
import type { PeopleIndex } from './people.ts';
import { countryWords } from '../entities/gazetteer.ts';

/** Why a resolved name is no speaker, or null when it is one. */
export type NotASpeaker = 'relative-word' | 'document' | 'bare-title' | 'fragment' | 'headline' | 'common-word' | 'thing' | 'question-label';

const RELATIVE_WORDS: ReadonlySet<string> = new Set([
  'which', 'that', 'who', 'whom', 'whose', 'there', 'this', 'these', 'those', 'it', 'you', 'i', 'we', 'one', 'what', 'here', 'they', 'he', 'she',
  "i'm", 'i’m', 'guys', 'so', 'well', 'yes', 'no', 'okay', 'all',
]);
/** A phrase that addresses or includes the listener or the speaker (`you guys`, `President Zelenskyy and I`). */
const PERSONAL = /(?:^|\s)(?:you|i|me|i['’]m)(?:\s|$)/i;

/** Things that carry words but do not speak them: a speaker is who issued them. */
const DOCUMENTS = /^(?:the |a |an |this |that |its |his |her |their )?(?:\w+ )?(?:statement|report|article|post|video|letter|message|data|website|page|document|decree|footage|tweet|channel|story|readout|communiqu[eé]|transcript|release|address|speech|publication|resolution|declaration|bill|law|memo|note|book|film|poll|survey|study|analysis|assessment|update|summary|text|constitution|convention|treaty|charter|request|estimate|proposal|plan|budget|program|programme|initiative|agreement|mechanism)s?$/i;

const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'our', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'my', 'your',
  'some', 'many', 'most', 'all', 'both', 'two', 'three', 'several', 'other', 'few', 'such']);
const DEMONYM = /(?:ern|ean|ian|ish|ese|can)$/;
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

/**
 * Why a name is no speaker. A fact of the string alone (the word lists are fixed), and the same
 * names come back article after article (`he` resolved, `Zelenskyy`, `the ministry`): each is
 * judged once per process. The memo is emptied when full, so memory stays bounded.
 */
export function notASpeaker(name: string): NotASpeaker | null {
  const known = judged.get(name);
  if (known !== undefined) return known;
  if (judged.size >= JUDGED_CAP) judged.clear();
  const why = judge(name);
  judged.set(name, why);
  return why;
}

const JUDGED_CAP = 50_000;
const judged = new Map<string, NotASpeaker | null>();

function judge(name: string): NotASpeaker | null {
  const s = name.trim();
  const lower = s.toLowerCase();
  if (RELATIVE_WORDS.has(lower)) return 'relative-word';
  if (DOCUMENTS.test(s)) return 'document';
  if (FRAGMENT.test(s)) return 'fragment';
  // `Q Karine, ...`, `Q So`: a reporter's turn; who asks is not named, whom they address is no speaker.
  if (/^Q\s/.test(s)) return 'question-label';
  if (PERSONAL.test(lower) || /^(?:which|whose|who|whom|that|what|where)\s/.test(lower)) return 'relative-word';
  const words = lower.split(/\s+/);
  if (isBareTitle(words) || officeTitle(words)) return 'bare-title';
  // `BIDEN WARNS RUSSIA`: a headline's capitals, not a name.
  if (words.length >= 2 && s === s.toUpperCase() && /\p{Lu}{3}/u.test(s)) return 'headline';

  // A lowercase phrase (after `our`, `this`, `some`, ...) is a group of people or an organization by its head, or a thing.
  let from = 0;
  while (from < words.length - 1 && DETERMINERS.has(words[from]!)) from++;
  const rest = s.split(/\s+/).slice(from).join(' ');
  const head = words[words.length - 1]!;
  const people = GROUP_HEADS.has(head) || SPEAKING_GROUPS.has(head) || ORG_WORDS.has(head);
  // Only the first letter capital (`Non-oil and gas revenue`): a sentence's first word, no name.
  const sentenceCase = rest.includes(' ') && rest.slice(1) === rest.slice(1).toLowerCase();
  if ((rest === rest.toLowerCase() || sentenceCase || DETERMINERS.has(head)) && !people) return words.length === 1 && !head.endsWith('s') ? 'common-word' : 'thing';
  // `Western`, `American`: a people's adjective alone names no one.
  if (words.length === 1 && DEMONYM.test(head) && countryWords().has(head)) return 'common-word';
  // `Ukrainian-Russian` (talks, negotiators): adjectives of peoples joined by a hyphen name no one either.
  if (words.length === 1 && head.includes('-') && head.split('-').every((p) => DEMONYM.test(p) && countryWords().has(p))) return 'common-word';
  // `Discover Russia`, `Fortress Russia`: a country inside a longer name that is no organization is a name of a thing.
  const countries = countryWords();
  if (words.length > 1 && !countries.has(lower) && countries.has(head) && !words.some((w) => ORG_WORDS.has(w) || isTitleWord(w))
    && words[words.length - 2] !== 'of') return 'thing';
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
  // `welcome the IAEA’s comprehensive ...`: a phrase that opens with a verb is a piece of a clause.
  if (doc.tokStart[k] === speaker.mention.start && speaker.mention.end > doc.tokEnd[k]! && (doc.tokPos[k] === POS.VERB || doc.tokPos[k] === POS.AUX) && !/^\p{Lu}/u.test(doc.tokens[k]!)) return 'fragment';
  if (doc.tokEnd[k] !== speaker.mention.end) return null;
  const p = doc.tokPos[k]!;
  // A capital opening a sentence before a common noun modifies it (`Mutual interest was expressed`).
  const modifier = k === doc.sentStartTok[doc.tokSentence[k]!] && doc.tokPos[k + 1] === POS.NOUN && !/^\p{Lu}/u.test(doc.tokens[k + 1] ?? '');
  return modifier || p === POS.ADJ || p === POS.ADV || p === POS.VERB || p === POS.ADP || p === POS.SCONJ ? 'common-word' : null;
}
