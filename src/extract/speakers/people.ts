import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import { span, type Span } from '../../model/span.ts';
import { asName, isCapitalized, isQuestionLabel, isVerbLike } from '../../analyze/lookup.ts';
import { ORG_WORDS, TITLES } from '../lexicon/names.ts';
import { GENDERED_TITLES, HONORIFICS, NAME_PARTICLES } from '../lexicon/titles-entities.ts';
import { isBareTitle, officeTitle } from './accept.ts';
import { startsRole } from './find-source.ts';
import { repeatedLabelTails } from './repeated-label.ts';
import { roleFromApposition } from './role.ts';
import { chainStart, nameAfterOrganization, nameAfterTitleChain, opensTitleChain } from './title-chain.ts';
import { countryWords } from '../entities/country-words.ts';

/** A person or organization named in the article, collected before any quotation is attributed. */
export interface NamedEntity {
  readonly id: string;
  /**
   * The article entity this name belongs to, the id a speaker carries: its own id until the
   * entities stage links names (then the entity it merged into, or null when that stage found it
   * no person or organization, such as a country).
   */
  entityId: string | null;
  readonly kind: 'person' | 'organization';
  /** Fullest form seen, titles stripped: `Andrii Hnatov`. */
  name: string;
  /** Lowercased tokens of the name, for short-name matching. */
  readonly nameTokens: readonly string[];
  readonly mentions: Span[];
  /** Token index of each mention's first and one-past-last token, parallel to `mentions`. */
  readonly mentionToks: [number, number][];
  role: Span | null;
  /** The role is only a title before the name (`Col.`); an apposition describes better. */
  roleIsTitle: boolean;
  /** From a gendered title (`Mrs.`, `spokesman`); else read from the first name when a pronoun needs it. */
  gender: 'male' | 'female' | null;
  /** Named with a form of address that says no office (`Dr. Jill Biden`): a label's title (`PRESIDENT BIDEN`) is not hers. */
  addressed?: boolean;
}

export interface PeopleIndex {
  readonly entities: NamedEntity[];
  /** Entity of the name mention covering a token, or undefined. */
  readonly entityAtToken: TokenLookup<NamedEntity>;
  /** Person mentions that act as a clause subject, in text order: candidates for `he`/`she`. */
  readonly subjectMentions: { tok: number; entity: NamedEntity }[];
}

/** What a token holds: read like a map from token index, kept as an array indexed by token. */
export interface TokenLookup<T> {
  get(token: number): T | undefined;
}

const isTitle = (lower: string) => TITLES.has(lower);
/** Words that tie a title to what it is the title of; no name starts with one. */
const NAME_TIES: ReadonlySet<string> = new Set(['of', 'the', 'for', 'to', 'at', 'on', 'in']);

function isNamePart(doc: Doc, i: number): boolean {
  if (isQuestionLabel(doc.text, doc.tokens, doc.tokEnd, i)) return false;
  const t = doc.tokens[i]!;
  if (!isCapitalized(t) || !/\p{L}/u.test(t)) return false;
  const p = doc.tokPos[i]!;
  if (p === POS.PROPN) return true;
  // Sentence-initial capitals are just capitals unless the tagger calls them names.
  if (i === doc.sentStartTok[doc.tokSentence[i]!]) return opensTitleChain(doc, i);
  return p === POS.NOUN || p === POS.ADJ || p === POS.VERB || p === POS.ADV || p === POS.X;
}

/**
 * Finds runs of capitalized name tokens outside quotations and groups them into entities:
 * `Andrii Hnatov` introduces a person; later `Hnatov` or `Gen. Hnatov` joins the same entity.
 * Titles in front of a name become its role (`President Donald Trump`).
 */
export function collectPeople(doc: Doc, insideQuote: Uint8Array): PeopleIndex {
  const entities: NamedEntity[] = [];
  // One slot per token, not a Map keyed by token: at the cap a Map held 400,000 names' tokens,
  // and hashing into a table that large cost more per token the larger it grew.
  const atToken: (NamedEntity | undefined)[] = new Array<NamedEntity | undefined>(doc.tokens.length);
  const entityAtToken: TokenLookup<NamedEntity> = { get: (k) => atToken[k] };
  const subjectMentions: { tok: number; entity: NamedEntity }[] = [];
  const byLast = new Map<string, NamedEntity>();
  const byFull = new Map<string, NamedEntity>();
  const n = doc.tokens.length;
  // The run below asks about a token several times (as a run's end, the token after `of`, the
  // trimmed end): each is decided once. 0 = not yet, 1 = a name part, 2 = not.
  const parts = new Int8Array(n);
  // A scraped label's reversed repetition is no name part (`Sergei Shoigu Shoigu SergeiDefence Minister:`).
  const tails = repeatedLabelTails(doc);
  for (let k = 0; k < n; k++) if (tails[k]) parts[k] = 2;
  const namePart = (k: number): boolean => {
    let v = parts[k]!;
    if (v === 0) parts[k] = v = isNamePart(doc, k) ? 1 : 2;
    return v === 1;
  };
  let i = 0;
  while (i < n) {
    if (insideQuote[i] || !namePart(i)) { i++; continue; }
    let e = i;
    while (e < n && !insideQuote[e] && doc.tokSentence[e] === doc.tokSentence[i] && (namePart(e)
      || ((doc.lower[e] === "'s" || doc.lower[e] === '’s') && e > i && e + 1 < n && namePart(e + 1) && ORG_WORDS.has(orgHeadAfter(doc, e + 1)))
      || (doc.lower[e] === 'of' && e + 1 < n && (namePart(e + 1) || (doc.lower[e + 1] === 'the' && e + 2 < n && namePart(e + 2))))
      || (doc.lower[e] === 'the' && e > i && doc.lower[e - 1] === 'of')
      // `Jean-Pierre`: a hyphen with no space either side.
      || (doc.tokens[e] === '-' && e > i && doc.tokEnd[e - 1] === doc.tokStart[e] && doc.tokEnd[e] === doc.tokStart[e + 1] && e + 1 < n && namePart(e + 1))
      // `Ursula von der Leyen`, `Bashar al-Assad`: particles between name words.
      || (e > i && NAME_PARTICLES.has(doc.lower[e]!) && particleLeadsToName(doc, e)))) e++;
    while (e > i && !namePart(e - 1)) e--;
    const lowers = doc.lower.slice(i, e);
    // `Head of the Office of the President of Ukraine Andriy Yermak`: a person, whatever the chain names.
    const chained = nameAfterTitleChain(doc, i, e);
    // `Prime Minister of the United Kingdom`, no name after it: a title, which the speaker stage resolves.
    if (chained < 0 && isBareTitle(lowers)) { i = e; continue; }
    // `the Guardian Oleg Marchuk said`: a name glued to the organization before it; that is no role.
    const afterOrg = chained < 0 ? nameAfterOrganization(doc, i, e) : -1;
    const isOrg = chained < 0 && afterOrg < 0 && lowers.some((t) => ORG_WORDS.has(t));
    let nameStart = chained >= 0 ? chained : afterOrg >= 0 ? afterOrg : i;
    // `Polish Defense Minister Tomasz Wilk`: the name starts after the last title word.
    if (!isOrg && chained < 0 && afterOrg < 0) for (let k = e - 2; k >= i; k--) if (isTitle(lowers[k - i]!)) { nameStart = k + 1; break; }
    // `Vladimir Putin of Russia`, `President Zelenskyy of Ukraine`: the country is no part of the name.
    if (!isOrg) for (let k = e - 2; k > nameStart; k--) if (doc.lower[k] === 'of' && countryWords().has(doc.lower.slice(k + 1, e).join(' '))) { e = k; break; }
    const nameToks = doc.lower.slice(nameStart, e).filter((t) => t !== "'s" && t !== '’s');
    // `the President of the European Commission said`: the tail of a title after its tie is no
    // name (it was a person `of the European Commission`); the speaker stage resolves the title.
    if (!isOrg && NAME_TIES.has(nameToks[0] ?? '')) { i = e; continue; }
    // `Head of State`, `Polish President`: a title, no name; the speaker stage resolves it to a person.
    if (nameToks.length === 0 || (!isOrg && isBareTitle(nameToks)) || officeTitle(nameToks) || (nameToks.length === 1 && isTitle(nameToks[0]!))) { i = e; continue; }
    const key = nameToks.join(' ');
    let entity = byFull.get(key);
    if (!entity && !isOrg && nameToks.length === 1) entity = byLast.get(key);
    // A surname after a title in the run (`President Biden`) is a person too.
    if (!entity && (isOrg || nameToks.length >= 2 || (nameStart > i && isCapitalized(doc.tokens[nameStart]!) && doc.tokens[nameStart] !== doc.tokens[nameStart]!.toUpperCase()))) {
      // A surname alone keeps its title (`Gen. Hnatov`, `President Biden`): the title is the evidence
      // that links it across articles to the full name, and tells namesakes apart.
      const [s, en] = [doc.tokStart[nameToks.length === 1 && !isOrg ? i : nameStart]!, doc.tokEnd[e - 1]!];
      entity = {
        id: `e${entities.length + 1}`,
        entityId: `e${entities.length + 1}`,
        kind: isOrg ? 'organization' : 'person',
        name: asName(doc.text.slice(s, en)),
        nameTokens: nameToks,
        mentions: [],
        mentionToks: [],
        role: null,
        roleIsTitle: false,
        gender: null,
      };
      entities.push(entity);
      byFull.set(key, entity);
      if (!isOrg) byLast.set(nameToks[nameToks.length - 1]!, entity);
    }
    if (entity) {
      entity.mentions.push(span(doc.text, doc.tokStart[nameStart]!, doc.tokEnd[e - 1]!));
      entity.mentionToks.push([nameStart, e]);
      if (entity.kind === 'person' && (!entity.role || entity.roleIsTitle)) {
        const apposition = appositionAfter(doc, e, insideQuote);
        if (apposition) { entity.role = apposition; entity.roleIsTitle = false; }
      }
      // A title kept in the name (`Gen. Hnatov`) is not also its role.
      // `Dr. Jill Biden`, then `President Biden`: a surname's title is not the role of a namesake named with a form of address.
      const addressed = nameStart > i && onlyHonorifics(doc, i, nameStart);
      if (addressed) entity.addressed = true;
      if (nameStart > i && afterOrg < 0 && !entity.role && entity.nameTokens.length > 1 && !addressed && (entity.nameTokens.length === nameToks.length || !entity.addressed)) { entity.role = titleBefore(doc, i, nameStart); entity.roleIsTitle = true; }
      // A lowercase title just before the name: `Kremlin spokesman Arkady Voronin`, `government spokesperson Anna Zielinska`.
      if (entity.kind === 'person' && !entity.role && i > 0 && doc.tokPos[i - 1] === POS.NOUN && isTitle(doc.lower[i - 1]!)
        && doc.tokSentence[i - 1] === doc.tokSentence[i] && !insideQuote[i - 1]) { entity.role = titleBefore(doc, i, i); entity.roleIsTitle = true; }
      for (let k = Math.max(0, i - 1); k < nameStart; k++) entity.gender ??= GENDERED_TITLES.get(doc.lower[k]!) ?? null;
      for (let k = i; k < e; k++) atToken[k] = entity;
      if (entity.kind === 'person' && actsAsSubject(doc, e)) subjectMentions.push({ tok: i, entity });
    }
    i = e;
  }
  return { entities, entityAtToken, subjectMentions };
}

/**
 * The title in front of a name, widened to the lowercase words and one name before it that belong
 * to it: `President`, `Polish Defense Minister`, `Newsmax foreign correspondent`.
 */
function titleBefore(doc: Doc, first: number, nameStart: number): Span {
  // `Minister for | Reintegration of ...`: the run was cut at a tie word, the title began before it.
  const chained = chainStart(doc, first);
  if (chained < first) return span(doc.text, doc.tokStart[titlesBeforeDash(doc, chained)]!, doc.tokEnd[nameStart - 1]!);
  let s = first;
  for (let k = first - 1; k >= 0 && k >= first - 3; k--) {
    const p = doc.tokPos[k]!;
    if (doc.tokSentence[k] !== doc.tokSentence[first] || !(p === POS.ADJ || p === POS.NOUN || p === POS.PROPN)) break;
    s = k;
  }
  return span(doc.text, doc.tokStart[titlesBeforeDash(doc, s)]!, doc.tokEnd[nameStart - 1]!);
}

/**
 * `Deputy Prime Minister - Minister for Reintegration of ... Iryna Vereshchuk`: two offices joined
 * by a spaced dash are one role, so that `the Deputy Prime Minister` later finds her. Returns the
 * first token of the capitalized titles before a dash at `s`, else `s`.
 */
function titlesBeforeDash(doc: Doc, s: number): number {
  const dash = s - 1;
  if (dash < 1 || !/^[-–—]$/.test(doc.tokens[dash]!) || doc.tokEnd[dash - 1] === doc.tokStart[dash] || doc.tokSentence[dash] !== doc.tokSentence[s]) return s;
  let k = dash;
  while (k - 1 >= 0 && dash - (k - 1) <= 4 && doc.tokSentence[k - 1] === doc.tokSentence[s] && isCapitalized(doc.tokens[k - 1]!) && (isTitle(doc.lower[k - 1]!) || TITLE_PREFIXES.has(doc.lower[k - 1]!))) k--;
  return k < dash && isTitle(doc.lower[dash - 1]!) ? k : s;
}
const TITLE_PREFIXES: ReadonlySet<string> = new Set(['deputy', 'vice', 'first', 'prime', 'acting']);

/** `Mr. Hale`, `MR. KIRBY`: a form of address, no position; the person's role stays to be found. */
function onlyHonorifics(doc: Doc, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (!HONORIFICS.has(doc.lower[k]!) && doc.tokens[k] !== '.') return false;
  return true;
}

/** `Andrii Hnatov, chief of the General Staff, tells ...`: the role between the commas. */
function appositionAfter(doc: Doc, after: number, insideQuote: Uint8Array): Span | null {
  if (doc.tokens[after] !== ',' || !startsRole(doc, after + 1)) return null;
  // `Kravets, Russian infantry now advances ...` is a new clause, not a role: a role starts in
  // lower case (`chief of`, `a spokesman`) unless a verb follows its closing comma.
  const lowerStart = !isCapitalized(doc.tokens[after + 1]!);
  const limit = Math.min(doc.tokens.length, after + 26);
  for (let k = after + 1; k < limit; k++) {
    // Quoted names may sit inside a role (`commander of the "Stepovyi" group`); a comma inside them does not end it.
    if (doc.tokSentence[k] !== doc.tokSentence[after]) return null;
    if (!insideQuote[k] && (doc.tokens[k] === ',' || doc.tokens[k] === '.')) {
      if (!lowerStart && !(doc.tokens[k] === ',' && isVerbLike(doc, k + 1))) return null;
      return roleFromApposition(doc, [after + 1, k]);
    }
  }
  return null;
}

/** `von der` then a name word. */
function particleLeadsToName(doc: Doc, k: number): boolean {
  let e = k;
  while (e < doc.tokens.length && e - k < 3 && (NAME_PARTICLES.has(doc.lower[e]!) || doc.tokens[e] === '-')) e++;
  return e < doc.tokens.length && isNamePart(doc, e);
}

/** Lowercased last token of the capitalized run starting at `i`. */
function orgHeadAfter(doc: Doc, i: number): string {
  let k = i;
  while (k + 1 < doc.tokens.length && isNamePart(doc, k + 1)) k++;
  return doc.lower[k]!;
}

/** A verb within two tokens after the name (adverbs and commas allowed): `Hnatov also said`. */
function actsAsSubject(doc: Doc, after: number): boolean {
  // `Joseph R. Biden, Jr. spoke ...`: a generational suffix after a comma is part of the name.
  if (doc.tokens[after] === ',' && /^(?:Jr|Sr)\.?$/.test(doc.tokens[after + 1] ?? '')) after += doc.tokens[after + 2] === '.' ? 3 : 2;
  for (let k = after; k < Math.min(doc.tokens.length, after + 3); k++) {
    if (isVerbLike(doc, k)) return true;
    // `Ukraine's defense minister, Rustem Umerov, thanked ...`: the apposition's closing comma.
    if (doc.tokPos[k] !== POS.ADV && !(k === after && doc.tokens[k] === ',' && appositionClosed(doc, after))) return false;
  }
  return false;
}

/** The name closes an apposition opened by a comma before it in the same sentence (`minister, Rustem Umerov,`). */
function appositionClosed(doc: Doc, after: number): boolean {
  for (let k = after - 1; k >= 0 && k >= after - 6 && doc.tokSentence[k] === doc.tokSentence[after]; k--) if (doc.tokens[k] === ',') return true;
  return false;
}
