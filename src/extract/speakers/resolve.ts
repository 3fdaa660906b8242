import { POS, type Doc } from '../../model/doc.ts';
import type { Speaker, SpeakerKind } from '../../model/items.ts';
import { span, type Span } from '../../model/span.ts';
import { asName, isCapitalized, lowerBound } from '../../analyze/lookup.ts';
import { GROUP_HEADS, ORG_WORDS, PERSON_PRONOUNS, SPEAKING_GROUPS, TITLES } from '../lexicon/names.ts';
import { EXTRA_TITLES, HONORIFICS } from '../lexicon/titles-entities.ts';
import type { SourcePhrase } from './find-source.ts';
import type { NamedEntity, PeopleIndex } from './people.ts';
import { roleFromApposition } from './role.ts';
import { genderOfFirstName } from '../lexicon/first-names.ts';
import { countryWords } from '../entities/country-words.ts';
import { isBareTitle, joinCountries, officeTitle, titleChain } from './accept.ts';
import { agentlessReport, namesParties, readoutParties } from './parties.ts';

/** A speaker already decided earlier in the article: what `he` or `they` can point back to. */
export interface SpeakerEvent {
  readonly tok: number;
  readonly entity: NamedEntity | null;
  readonly name: string | null;
  readonly kind: SpeakerKind;
}

/** A resolved speaker, and the name of the article it resolved to (what a later `he` can point back to). */
export interface Resolved {
  readonly speaker: Speaker;
  readonly named: NamedEntity | null;
}

/** How far back (in paragraphs) a pronoun may look for the person it stands for. */
const PRONOUN_REACH = 6;
const MAX_CANDIDATES = 20;

/** Index of the last subject mention before token `tok` (mentions are in text order), or -1. */
function lastMentionBefore(people: PeopleIndex, tok: number): number {
  return lowerBound(people.subjectMentions.length, (i) => people.subjectMentions[i]!.tok < tok) - 1;
}

/**
 * Turns the source phrase of a cue into a Speaker: names link to the article's entities
 * (`Hnatov` -> Andrii Hnatov), pronouns to the most recent person who spoke or acted as a
 * subject, and the role comes from the entity or from the apposition beside this mention.
 */
export function resolveSpeaker(doc: Doc, people: PeopleIndex, whole: SourcePhrase, history: readonly SpeakerEvent[], rule: string): Resolved {
  const phrase = withHead(doc, splitApposition(doc, people, whole));
  let mention = span(doc.text, doc.tokStart[phrase.start]!, doc.tokEnd[phrase.end - 1]!);
  const headLower = SUBJECT_FORM.get(doc.lower[phrase.end - 1]!) ?? doc.lower[phrase.end - 1]!;
  const single = phrase.end - phrase.start === 1;
  // `It was noted that ...`, `Mutual interest was expressed in ...`: a readout's parties report it.
  const subjectEnd = agentlessReport(doc, phrase);
  if (subjectEnd > 0) {
    const parties = readoutParties(doc, people);
    if (parties) return { named: null, speaker: partiesSpeaker(span(doc.text, doc.tokStart[phrase.start]!, doc.tokEnd[subjectEnd - 1]!), parties.name, rule) };
  }
  if (single && (PERSON_PRONOUNS.has(headLower) || headLower === 'they' || headLower === 'we' || headLower === 'it' || headLower === 'who')) {
    const wantPerson = PERSON_PRONOUNS.has(headLower) || headLower === 'who';
    const pronounGender = PERSON_PRONOUNS.get(headLower);
    // `Peter Harrell, who focused on ...`: a relative pronoun stands for the name right before it.
    const antecedent = (headLower === 'who' ? relativeAntecedent(people, phrase.start) : null)
      ?? findAntecedent(doc, people, phrase.start, history, wantPerson, pronounGender === 'male' || pronounGender === 'female' ? pronounGender : null);
    return { named: antecedent?.entity ?? null, speaker: {
      mention,
      name: antecedent?.entity?.name ?? antecedent?.name ?? null,
      entity: antecedent?.entity?.entityId ?? null,
      kind: antecedent?.kind ?? (wantPerson ? 'person' : 'group'),
      pronoun: true,
      role: antecedent?.entity?.role ?? null,
      antecedent: antecedent?.entity?.mentions[0] ?? null,
      confidence: antecedent ? 0.8 : 0.4,
      rule: `${rule}+pronoun`,
    } };
  }
  // A label in capitals names the person the article spells in lower case, or none.
  const label = rule.includes('transcript') ? capitalsLabel(doc, people, phrase) : null;
  let entity: NamedEntity | undefined = label?.entity;
  // `the President of the European Commission`: the holder of the title speaks, not the
  // organization after its tie (a person named in the phrase, `Head of the Office Andriy Yermak`, does).
  const chain = titleChain(doc.lower.slice(phrase.start, phrase.end));
  const tieAt = chain ? phrase.start + doc.lower.slice(phrase.start, phrase.end).findIndex((w, k) => k > 0 && (w === 'of' || w === 'for' || w === 'to')) : phrase.end;
  if (!label) {
    for (let k = phrase.start; k < phrase.end; k++) {
      const e = people.entityAtToken.get(k);
      if (e && (k < tieAt || e.kind === 'person') && (!entity || e.kind === 'person')) entity = e;
    }
  }
  if (!entity && !label) entity = chain ? personByTitle(doc, people, phrase) : entityByShortName(doc, people, phrase) ?? organizationByHead(doc, people, phrase) ?? personByTitle(doc, people, phrase);
  // `The leaders agreed ...` in a readout: its two parties.
  if (!entity && !label && namesParties(doc.lower.slice(phrase.start, phrase.end))) {
    const parties = readoutParties(doc, people);
    if (parties) return { named: null, speaker: partiesSpeaker(mention, parties.name, rule) };
  }
  if (entity?.kind === 'person') mention = nameWithinPhrase(doc, phrase, entity) ?? mention;
  const appositionRole = phrase.apposition ? roleFromApposition(doc, phrase.apposition) : null;
  if (entity && (!entity.role || entity.roleIsTitle) && appositionRole) { entity.role = appositionRole; entity.roleIsTitle = false; }
  const kind: SpeakerKind = entity?.kind ?? kindOf(doc, phrase);
  return { named: entity ?? null, speaker: {
    mention,
    name: entity?.name ?? label?.name ?? stripDeterminer(mention.text),
    entity: entity?.entityId ?? null,
    kind,
    pronoun: false,
    role: entity?.role ?? appositionRole ?? label?.title ?? null,
    antecedent: entity && entity.mentions[0]!.start !== mention.start ? entity.mentions[0]! : null,
    confidence: entity ? 0.9 : 0.7,
    rule,
  } };
}

function partiesSpeaker(mention: Span, name: string, rule: string): Speaker {
  return { mention, name, entity: null, kind: 'group', pronoun: false, role: null, antecedent: null, confidence: 0.8, rule: `${rule}+readout-parties` };
}

/**
 * A source phrase the learned linker gives whole, `Kovalenko, the military spokesman for the
 * Eastern Group of Forces,`: the speaker is the name before the comma, and the rest is its
 * apposition (else the organization in the role would be taken for the speaker).
 */
function splitApposition(doc: Doc, people: PeopleIndex, phrase: SourcePhrase): SourcePhrase {
  if (phrase.apposition) return phrase;
  for (let k = phrase.start + 1; k < phrase.end - 1; k++) {
    if (doc.tokens[k] !== ',') continue;
    // `Ukraine's defense minister, Oksana Vdovychenko,`: the person after the comma is the speaker.
    const personIn = (s: number, e: number) => { for (let t = s; t < e; t++) if (people.entityAtToken.get(t)?.kind === 'person') return true; return false; };
    if (!personIn(phrase.start, k) && personIn(k + 1, phrase.end)) return phrase;
    let end = phrase.end;
    while (end > k + 1 && doc.tokPos[end - 1] === POS.PUNCT) end--;
    return { start: phrase.start, end: k, apposition: end > k + 1 ? [k + 1, end] : null };
  }
  return phrase;
}

/**
 * `The Prime Minister of | the United Kingdom noted`, `the heads of | local authorities informed`,
 * `Deputy Head of the Office of the | President`, `Russia's invasion of | Ukraine has shown`: a
 * source phrase that is the tail of a noun phrase whose head stands before `of` (or `against`).
 * The speaker is the whole phrase, never the country, organization or office inside it: a title
 * resolves to its holder, a group or organization speaks, and a thing (`invasion`) is no speaker
 * (`accept.ts`).
 */
function withHead(doc: Doc, phrase: SourcePhrase): SourcePhrase {
  const sentence = doc.tokSentence[phrase.start];
  const speakingHead = (k: number) => {
    const l = doc.lower[k]!;
    return isTitleWord(l) || SPEAKING_GROUPS.has(l) || GROUP_HEADS.has(l) || ORG_WORDS.has(l);
  };
  const thingHead = (k: number) => doc.tokPos[k] === POS.NOUN && !isCapitalized(doc.tokens[k]!);
  // `the Prime Minister of the United | Kingdom`: the country's whole name first.
  let start = phrase.start;
  const countries = countryWords();
  for (let n = 2; n >= 1; n--) {
    if (start - n >= 0 && countries.has(doc.lower.slice(start - n, phrase.end).join(' ')) && !countries.has(doc.lower.slice(start, phrase.end).join(' '))) { start -= n; break; }
  }
  let k = start - 1;
  if (k >= 0 && doc.lower[k] === 'the') k--;
  if (k < 1 || doc.tokSentence[k] !== sentence) return start === phrase.start ? phrase : { start, end: phrase.end, apposition: phrase.apposition };
  const tie = doc.lower[k];
  // `The Adviser to | the Head of the President's Office`: `to` ties a title too.
  const head = (tie === 'of' || (tie === 'to' && isTitleWord(doc.lower[k - 1]!))) && speakingHead(k - 1) ? 'speaking' : (tie === 'of' || tie === 'against') && thingHead(k - 1) ? 'thing' : null;
  if (!head) return start === phrase.start ? phrase : { start, end: phrase.end, apposition: phrase.apposition };
  let s = k - 1;
  for (let j = s - 1; j >= 0 && j >= start - 16 && doc.tokSentence[j] === sentence; j--) {
    const l = doc.lower[j]!;
    const p = doc.tokPos[j]!;
    const fits = l === 'of' || l === 'to' ? head === 'speaking' && speakingHead(j - 1) && (l === 'of' || isTitleWord(doc.lower[j - 1]!))
      : l === 'the' || p === POS.ADJ || isTitleWord(l) || (ORG_WORDS.has(l) && isCapitalized(doc.tokens[j]!))
        // `Russia's invasion`: the possessor belongs to the thing's phrase.
        || (head === 'thing' && (l === "'s" || l === '’s' || (p === POS.PROPN && (doc.lower[j + 1] === "'s" || doc.lower[j + 1] === '’s'))));
    if (!fits) break;
    s = j;
  }
  while (doc.lower[s] === 'of' || doc.lower[s] === 'to') s++;
  return { start: s, end: phrase.end, apposition: phrase.apposition };
}

const isTitleWord = (l: string) => TITLES.has(l) || EXTRA_TITLES.has(l);

const SUBJECT_FORM: ReadonlyMap<string, string> = new Map([['him', 'he'], ['her', 'she'], ['them', 'they'], ['us', 'we'], ['me', 'i']]);

/** The name tokens of the entity inside a longer phrase: `Defense Minister Oksana Vdovychenko` -> `Oksana Vdovychenko`. */
function nameWithinPhrase(doc: Doc, phrase: SourcePhrase, entity: NamedEntity): Span | null {
  // Mentions are in text order: a binary search, not a scan, however often the person is named (issue 16).
  const ms = entity.mentionToks;
  for (let k = lowerBound(ms.length, (i) => ms[i]![0] < phrase.start); k < ms.length && ms[k]![0] < phrase.end; k++) {
    const [s, e] = ms[k]!;
    if (e <= phrase.end) return span(doc.text, doc.tokStart[s]!, doc.tokEnd[e - 1]!);
  }
  return null;
}

/** `the ministry said` after `Russia's Defense Ministry` was named: the same organization. */
function organizationByHead(doc: Doc, people: PeopleIndex, phrase: SourcePhrase): NamedEntity | undefined {
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

/**
 * `the President`, `The Head of State`, `the Polish President`: the person the article gave that
 * title (`President of Ukraine Volodymyr Zelenskyy`), named before the mention. Of several, the
 * one the article named first: official releases report on their principal, who is `the President`
 * throughout, whoever else with that title they meet. A qualifier (`Polish`) must be in the role.
 */
function personByTitle(doc: Doc, people: PeopleIndex, phrase: SourcePhrase): NamedEntity | undefined {
  const countries = countryWords();
  const words: string[] = [];
  const qualifiers: string[] = [];
  const start = doc.lower[phrase.start] === 'the' || doc.lower[phrase.start] === 'a' ? phrase.start + 1 : phrase.start;
  for (const l of joinCountries(doc.lower.slice(start, phrase.end))) {
    if (countries.has(l) || l === 'us' || l === 'u.s.') qualifiers.push(l);
    else words.push(l);
  }
  // `the Prime Minister of the United Kingdom`: the ties before the country are no part of the title.
  while (qualifiers.length > 0 && (words[words.length - 1] === 'of' || words[words.length - 1] === 'the')) words.pop();
  if (words.length === 0) return undefined;
  const office = officeTitle(words);
  if (!office && !isBareTitle(words)) return chainHolder(doc, people, phrase, start);
  const title = words.join(' ');
  // Every word of an office title must be in the role (`Head of the President's Office`); a plain title is one phrase.
  const keys = title === 'head of state' || title === 'head of the state' ? ['president', 'head of state'] : office ? [] : [title];
  let best: NamedEntity | undefined;
  let bestFirst = Infinity;
  for (const e of people.entities) {
    if (e.kind !== 'person') continue;
    const first = e.mentionToks[0]?.[0] ?? Infinity;
    if (first >= phrase.start || first >= bestFirst) continue;
    // The role, or the title a surname alone keeps in its name (`President Biden`).
    const role = (e.role?.text ?? (e.nameTokens.length === 1 ? e.name : '')).toLowerCase();
    if (!role) continue;
    if (office ? !office.every((w) => role.includes(w)) : !keys.some((key) => holdsTitle(role, key))) continue;
    if (qualifiers.some((q) => !role.includes(q.slice(0, 3)))) continue;
    best = e;
    bestFirst = first;
  }
  return best;
}

/**
 * `the President of the European Commission`, `the German Minister of Energy`: the person the
 * article named before with a role holding the whole chain (`President of the European Commission
 * Ursula von der Leyen`), and the country before it; the first so named.
 */
function chainHolder(doc: Doc, people: PeopleIndex, phrase: SourcePhrase, start: number): NamedEntity | undefined {
  const raw = joinCountries(doc.lower.slice(start, phrase.end));
  const chain = titleChain(raw);
  if (!chain) return undefined;
  const countries = countryWords();
  const qualifiers = raw.slice(0, raw.length - chain.split(' ').length).filter((w) => countries.has(w));
  let best: NamedEntity | undefined;
  let bestFirst = Infinity;
  for (const e of people.entities) {
    if (e.kind !== 'person' || !e.role) continue;
    const first = e.mentionToks[0]?.[0] ?? Infinity;
    if (first >= phrase.start || first >= bestFirst) continue;
    const role = e.role.text.toLowerCase();
    if (!role.includes(chain) || qualifiers.some((q) => !role.includes(q.slice(0, 3)))) continue;
    best = e;
    bestFirst = first;
  }
  return best;
}

/**
 * The role is that title, not one near it: `the President` is not the `Deputy Head of the Office of
 * the President` nor the `Adviser to the President`. The title must be in the role's head (before
 * its first tie word), and a deputy, vice, former or adviser there must be in the title too.
 */
function holdsTitle(role: string, title: string): boolean {
  if (/\s(?:of|to|for|on|in)(?:\s|$)/.test(title)) return role.includes(title);
  const head = role.split(/\s(?:of|to|for|at|on|in)\s/)[0]!;
  if (!head.includes(title)) return false;
  const titleWords = new Set(title.split(' '));
  return head.split(/\s+/).every((w) => !NEAR_TITLE.has(w) || titleWords.has(w));
}

/** Words that make a role another office than the title after them (`Deputy Prime Minister`, `Adviser to the President`). */
const NEAR_TITLE: ReadonlySet<string> = new Set(['deputy', 'vice', 'former', 'acting', 'adviser', 'advisor', 'assistant', 'aide', 'wife', 'husband', 'spouse']);

/** Title words that say no office alone (`SENIOR ADMINISTRATION OFFICIAL`: no role `SENIOR`). */
const LABEL_MODIFIERS: ReadonlySet<string> = new Set(['senior', 'first', 'former', 'acting', 'deputy', 'vice', 'chief', 'foreign', 'defense', 'defence', 'interior', 'press', 'air', 'army', 'navy', 'force']);

/**
 * A transcript label in capitals (`PRESIDENT ZELENSKYY`, `MS. JEAN-PIERRE`, `SECRETARY BLINKEN`):
 * the person of that surname the article names (`Volodymyr Zelenskyy`), else the surname as a name
 * (`Jean-Pierre`). Titles alone (`THE PRESIDENT`) are left to the title rules.
 */
function capitalsLabel(doc: Doc, people: PeopleIndex, phrase: SourcePhrase): { entity?: NamedEntity; name: string; title: Span | null } | null {
  const text = doc.text.slice(doc.tokStart[phrase.start]!, doc.tokEnd[phrase.end - 1]!);
  if (text !== text.toUpperCase() || !/\p{Lu}{3}/u.test(text)) return null;
  let first = phrase.start;
  while (first < phrase.end && (!/\p{L}/u.test(doc.lower[first]!) || doc.lower[first] === 'the' || TITLES.has(doc.lower[first]!) || EXTRA_TITLES.has(doc.lower[first]!))) first++;
  if (first === phrase.end) return null;
  // `VICE PRESIDENT HARRIS`, `PRESIDENT BIDEN`: the title the label gives must be in the person's
  // role, or the person has none, so a namesake the article names (`Dr. Jill Biden`, `First Lady
  // Jill Biden`) is not taken for the President.
  let ts = phrase.start;
  while (ts < first && (doc.lower[ts] === 'the' || HONORIFICS.has(doc.lower[ts]!) || !/\p{L}/u.test(doc.lower[ts]!))) ts++;
  const titleWords = doc.lower.slice(ts, first).filter((w) => /\p{L}/u.test(w) && !LABEL_MODIFIERS.has(w));
  const entity = people.entities.find((e) => e.kind === 'person' && sameSurname(doc, phrase, e) && e.name !== e.name.toUpperCase()
    && (titleWords.length === 0 || (e.role ? titleWords.some((w) => e.role!.text.toLowerCase().includes(w)) : !e.addressed)));
  const spelled = asName(doc.text.slice(doc.tokStart[first]!, doc.tokEnd[phrase.end - 1]!)).toLowerCase();
  const name = spelled.replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  // `VICE PRESIDENT HARRIS`: the title the label gives is the role of a person the article does not
  // name otherwise; an honorific (`MS.`) or a modifier alone (`SENIOR ADMINISTRATION OFFICIAL`) is none.
  const title = titleWords.length > 0 ? span(doc.text, doc.tokStart[ts]!, doc.tokEnd[first - 1]!) : null;
  return entity ? { entity, name: entity.name, title } : { name, title };
}

function entityByShortName(doc: Doc, people: PeopleIndex, phrase: SourcePhrase): NamedEntity | undefined {
  if (!isCapitalized(doc.tokens[phrase.end - 1]!)) return undefined;
  return people.entities.find((e) => e.kind === 'person' && sameSurname(doc, phrase, e));
}

/**
 * The phrase ends in the person's surname, whole: `HARRIS` is not the tail of `Biden-Harris` (an
 * administration's name), `JEAN-PIERRE` is Karine Jean-Pierre's.
 */
function sameSurname(doc: Doc, phrase: SourcePhrase, e: NamedEntity): boolean {
  const n = e.nameTokens;
  if (n[n.length - 1] !== doc.lower[phrase.end - 1]) return false;
  const hyphenedName = n.length >= 2 && n[n.length - 2] === '-';
  const hyphenedPhrase = phrase.end - 2 >= phrase.start && doc.tokens[phrase.end - 2] === '-';
  return hyphenedName === hyphenedPhrase;
}

/**
 * What `he`, `she` or `they` stands for: the latest earlier speaker or person acting as a subject,
 * of the pronoun's gender when it has one (`Olena Kravets met Serhii Bondar. "...," he said` is
 * Bondar, named as an object, because the subject is a woman).
 */
function findAntecedent(doc: Doc, people: PeopleIndex, tok: number, history: readonly SpeakerEvent[], wantPerson: boolean, gender: 'male' | 'female' | null): SpeakerEvent | null {
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

function relativeAntecedent(people: PeopleIndex, tok: number): SpeakerEvent | null {
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

function kindOf(doc: Doc, phrase: SourcePhrase): SpeakerKind {
  const lowers = doc.lower.slice(phrase.start, phrase.end);
  const head = lowers[lowers.length - 1]!;
  const headToken = doc.tokens[phrase.end - 1]!;
  if (lowers.some((t) => ORG_WORDS.has(t) || MEDIA_WORDS.has(t)) || ACTOR_PLACES.has(head)) return 'organization';
  // An acronym speaking is an organization: `NATO said`, `TASS reported`.
  if (lowers.length === 1 && /^[\p{Lu}]{2,}$/u.test(headToken)) return 'organization';
  if (GROUP_HEADS.has(head) || SPEAKING_GROUPS.has(head) || (!isCapitalized(headToken) && head.endsWith('s'))) return 'group';
  if (lowers.length <= 3 && isCapitalized(headToken)) return 'person';
  return 'unknown';
}

const MEDIA_WORDS: ReadonlySet<string> = new Set(['television', 'tv', 'radio', 'media', 'newspaper', 'agency', 'channel', 'outlet', 'broadcaster']);

/** Capitals and countries that speak for their governments (`Moscow said`): metonymy, an organization. */
const ACTOR_PLACES: ReadonlySet<string> = new Set([
  'moscow', 'kyiv', 'kiev', 'washington', 'beijing', 'london', 'paris', 'berlin', 'warsaw', 'brussels', 'ankara', 'tehran',
  'minsk', 'budapest', 'tokyo', 'delhi', 'jerusalem', 'damascus', 'riyadh', 'russia', 'ukraine', 'china', 'iran', 'israel',
  'belarus', 'poland', 'germany', 'france', 'britain', 'turkey', 'pyongyang', 'seoul', 'kremlin', 'pentagon',
]);

const stripDeterminer = (s: string) => asName(s).replace(/^(the|a|an) /i, '');
