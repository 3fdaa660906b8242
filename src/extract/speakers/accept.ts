import { POS, type Doc } from '../../model/doc.ts';
import { lowerBound } from '../../analyze/lookup.ts';
import type { Speaker } from '../../model/items.ts';
import { GROUP_HEADS, ORG_WORDS, SPEAKING_GROUPS, TITLES } from '../lexicon/names.ts';
import { EXTRA_TITLES } from '../lexicon/titles-entities.ts';
import type { PeopleIndex } from './people.ts';
import { countryWords } from '../entities/country-words.ts';
import { genderOfFirstName } from '../lexicon/first-names.ts';

/** Why a resolved name is no speaker, or null when it is one. */
export type NotASpeaker = 'relative-word' | 'document' | 'bare-title' | 'fragment' | 'headline' | 'common-word' | 'thing' | 'question-label';

const RELATIVE_WORDS: ReadonlySet<string> = new Set([
  'which', 'that', 'who', 'whom', 'whose', 'there', 'this', 'these', 'those', 'it', 'you', 'i', 'we', 'one', 'what', 'here', 'they', 'he', 'she',
  "i'm", 'i’m', 'guys', 'so', 'well', 'yes', 'no', 'okay', 'all',
]);
/** `all public opinion polls`, `recent opinion surveys`: lower-case words only, so that a name (`World Food Programme`) is never one. */
const SOME_DOCUMENTS = /^(?:all|most|some|many|several|these|those|recent) (?:[a-z]+ ){0,2}(?:poll|survey|study|report|statement|assessment|estimate|analysis|document)s?$/;
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

/** Title words that also end names of departments and forces (`Department of Defense`, `Air Force`): no office alone. */
const TITLE_MODIFIERS: ReadonlySet<string> = new Set(['defense', 'defence', 'foreign', 'interior', 'first', 'former', 'acting', 'senior', 'air', 'army', 'navy', 'force', 'deputy', 'vice', 'justice', 'press', 'chief']);

/** One person described by whom they are related to: `the wife of ...`, `the son of ...`. */
const RELATIONS: ReadonlySet<string> = new Set(['wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'widow', 'friend', 'spouse']);

const AUTHORS = /^(?:the |its |their |both )?(?:co-?)?authors?$/;

/** Words that tie a head noun to what it is of: `invasion of`, `war against`, `heads of`. */
const HEAD_TIES: ReadonlySet<string> = new Set(['of', 'against', 'on', 'in', 'for', 'with', 'from', 'over', 'about', 'to']);
/** Heads before a tie that name people: `the wife of`, `one of the soldiers`, `a group of experts`. */
const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'wife', 'husband', 'son', 'daughter', 'mother', 'brother', 'sister', 'friend', 'friends', 'relatives', 'family', 'families',
  'colleague', 'member', 'partner', 'one', 'none', 'each', 'majority', 'minority', 'number', 'dozens', 'hundreds', 'thousands',
  'mayor', 'widow', 'parents', 'children', 'crew', 'staff', 'head', 'heads', 'author', 'authors', 'group', 'team',
]);

/**
 * The words with each country named in two or three of them joined into one (`united states`,
 * `united kingdom`, `russian federation`), so a country's name is read as one qualifier.
 */
export function joinCountries(words: readonly string[]): string[] {
  const countries = countryWords();
  const out: string[] = [];
  for (let k = 0; k < words.length; k++) {
    let joined = 0;
    for (let n = 3; n >= 2 && !joined; n--) if (k + n <= words.length && countries.has(words.slice(k, k + n).join(' '))) joined = n;
    if (joined) { out.push(words.slice(k, k + joined).join(' ')); k += joined - 1; } else out.push(words[k]!);
  }
  return out;
}

/** `the President`, `Head of State`, `the Polish prime minister`, `President of the United States`: only title words (and a country's), no name. */
export function isBareTitle(words: readonly string[]): boolean {
  const countries = countryWords();
  let title = false;
  for (const w of joinCountries(words)) {
    if (isTitleWord(w)) title = true;
    else if (!TIE_WORDS.has(w) && !countries.has(w)) return false;
  }
  return title;
}

/** Words before a title that qualify it without naming anyone: `the German Minister of Energy`, `the Federal Chancellor of Germany`. */
const CHAIN_QUALIFIERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'federal', 'new', 'current']);

/**
 * `the President of the European Commission`, `the German Minister of Energy`, `Federal
 * Chancellor of Germany`: title words (after qualifiers) tied by `of`, `for` or `to` to what they
 * are the title of, whatever that is. Returns the title from its first title word (`president of
 * the european commission`, `minister of energy`), or null. No name is shaped so.
 */
export function titleChain(words: readonly string[]): string | null {
  const countries = countryWords();
  let k = 0;
  while (k < words.length && (CHAIN_QUALIFIERS.has(words[k]!) || (countries.has(words[k]!) && words[k] !== 'of'))) k++;
  const first = k;
  while (k < words.length && isTitleWord(words[k]!)) k++;
  if (k === first || k + 1 >= words.length || !(words[k] === 'of' || words[k] === 'for' || words[k] === 'to')) return null;
  return words.slice(first).join(' ');
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
  if (DOCUMENTS.test(s) || SOME_DOCUMENTS.test(s)) return 'document';
  if (FRAGMENT.test(s)) return 'fragment';
  // `Q Karine, ...`, `Q So`: a reporter's turn; who asks is not named, whom they address is no speaker.
  if (/^Q\s/.test(s)) return 'question-label';
  if (PERSONAL.test(lower) || /^(?:which|whose|who|whom|that|what|where)\s/.test(lower)) return 'relative-word';
  const words = lower.split(/\s+/);
  if (isBareTitle(words) || officeTitle(words)) return 'bare-title';
  // `Head of the Kharkiv RMA`, `IMF Managing Director`, `Sverdlovsk Region Governor`: an office named,
  // not the person who holds it (a name neither opens with a title and its tie nor ends in a title
  // after words that are no first name).
  const named = words.slice(DETERMINERS.has(words[0]!) ? 1 : 0);
  if (named.length >= 3 && isTitleWord(named[0]!) && (named[1] === 'of' || named[1] === 'for' || named[1] === 'to')) return 'bare-title';
  if (titleChain(words) !== null) return 'bare-title';
  if (named.length >= 2 && isTitleWord(named[named.length - 1]!) && !TITLE_MODIFIERS.has(named[named.length - 1]!) && genderOfFirstName(named[0]!) === null && s !== s.toLowerCase()) return 'bare-title';
  // `the authors note`: who wrote is named elsewhere (`an article by X and Y`); the word alone names no one.
  if (AUTHORS.test(lower)) return 'bare-title';
  // `BIDEN WARNS RUSSIA`: a headline's capitals, not a name.
  if (words.length >= 2 && s === s.toUpperCase() && /\p{Lu}{3}/u.test(s)) return 'headline';

  // A lowercase phrase (after `our`, `this`, `some`, ...) is a group of people or an organization by its head, or a thing.
  let from = 0;
  while (from < words.length - 1 && DETERMINERS.has(words[from]!)) from++;
  const rest = s.split(/\s+/).slice(from).join(' ');
  const head = words[words.length - 1]!;
  // The head of `Leaders of the breakaway territories` is `Leaders`, before its tie, not the last word.
  const tieAt = words.findIndex((w, k) => k > from && HEAD_TIES.has(w));
  const nounHead = tieAt > 0 ? words[tieAt - 1]! : head;
  const people = [head, nounHead].some((h) => GROUP_HEADS.has(h) || SPEAKING_GROUPS.has(h) || ORG_WORDS.has(h));
  // Only the first letter capital (`Non-oil and gas revenue`): a sentence's first word, no name.
  const sentenceCase = rest.includes(' ') && rest.slice(1) === rest.slice(1).toLowerCase();
  if ((rest === rest.toLowerCase() || sentenceCase || DETERMINERS.has(head)) && !people) return words.length === 1 && !head.endsWith('s') ? 'common-word' : 'thing';
  // `Russia's invasion of Ukraine`, `the war against Ukraine`: a lowercase head before a tie names an
  // event or a thing, whatever names follow it (`the heads of local authorities` are people).
  const tie = words.findIndex((w, k) => k > 0 && HEAD_TIES.has(w));
  if (tie > 0) {
    const headToken = s.split(/\s+/)[tie - 1]!;
    const h = words[tie - 1]!;
    // `The wife of the President of Ukraine`: one person described, not named; like a title nobody holds.
    if (RELATIONS.has(h) && tie <= 2) return 'bare-title';
    if (headToken === h && !GROUP_HEADS.has(h) && !SPEAKING_GROUPS.has(h) && !ORG_WORDS.has(h) && !isTitleWord(h) && !DETERMINERS.has(h) && !PERSON_NOUNS.has(h)) return 'thing';
  }
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
