import type { Doc } from '../../model/doc.ts';
import type { Speaker, SpeakerKind } from '../../model/items.ts';
import { span, type Span } from '../../model/span.ts';
import { asName, isCapitalized } from '../../analyze/lookup.ts';
import { GROUP_HEADS, ORG_WORDS, PERSON_PRONOUNS, SPEAKING_GROUPS } from '../lexicon/names.ts';
import type { SourcePhrase } from './find-source.ts';
import type { NamedEntity, PeopleIndex } from './people.ts';
import { roleFromApposition } from './role.ts';
import { titleChain } from './accept.ts';
import { agentlessReport, namesParties, readoutParties } from './parties.ts';
import { splitApposition, withHead } from './phrase-head.ts';
import { nameWithinPhrase, organizationByHead, entityByShortName } from './names-in-phrase.ts';
import { personByTitle, capitalsLabel, holderInDocumentTitle } from './title-holder.ts';
import { findAntecedent, relativeAntecedent } from './antecedent.ts';

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
  // `THE PRESIDENT:` where the text names no president: the one the page title names.
  const titled = !entity && !label ? holderInDocumentTitle(doc, phrase) : null;
  if (entity?.kind === 'person') mention = nameWithinPhrase(doc, phrase, entity) ?? mention;
  const appositionRole = phrase.apposition ? roleFromApposition(doc, phrase.apposition) : null;
  if (entity && (!entity.role || entity.roleIsTitle) && appositionRole) { entity.role = appositionRole; entity.roleIsTitle = false; }
  const kind: SpeakerKind = entity?.kind ?? (titled ? 'person' : kindOf(doc, phrase));
  return { named: entity ?? null, speaker: {
    mention,
    name: entity?.name ?? label?.name ?? titled ?? stripDeterminer(mention.text),
    entity: entity?.entityId ?? null,
    kind,
    pronoun: false,
    role: entity?.role ?? appositionRole ?? label?.title ?? null,
    antecedent: entity && entity.mentions[0]!.start !== mention.start ? entity.mentions[0]! : null,
    confidence: entity ? 0.9 : 0.7,
    rule: titled ? `${rule}+page-title` : rule,
  } };
}

function partiesSpeaker(mention: Span, name: string, rule: string): Speaker {
  return { mention, name, entity: null, kind: 'group', pronoun: false, role: null, antecedent: null, confidence: 0.8, rule: `${rule}+readout-parties` };
}

const SUBJECT_FORM: ReadonlyMap<string, string> = new Map([['him', 'he'], ['her', 'she'], ['them', 'they'], ['us', 'we'], ['me', 'i']]);

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
