import type { Doc } from '../../model/doc.ts';
import { span, type Span } from '../../model/span.ts';
import { asName } from '../../analyze/lookup.ts';
import { TITLES } from '../lexicon/names.ts';
import { EXTRA_TITLES, HONORIFICS } from '../lexicon/titles-entities.ts';
import type { SourcePhrase } from './find-source.ts';
import type { NamedEntity, PeopleIndex } from './people.ts';
import { countryWords } from '../entities/country-words.ts';
import { isBareTitle, joinCountries, officeTitle, titleChain } from './accept.ts';
import { sameSurname } from './names-in-phrase.ts';
import { genderOfFirstName } from '../lexicon/first-names.ts';

/** The person who holds a title a source phrase names (`the President`, `the Head of the Office of the President`, `SENIOR ADMINISTRATION OFFICIAL`), when the article names one. */

/**
 * `the President`, `The Head of State`, `the Polish President`: the person the article gave that
 * title (`President of Ukraine Volodymyr Zelenskyy`), named before the mention. Of several, the
 * one the article named first: official releases report on their principal, who is `the President`
 * throughout, whoever else with that title they meet. A qualifier (`Polish`) must be in the role.
 */
export function personByTitle(doc: Doc, people: PeopleIndex, phrase: SourcePhrase): NamedEntity | undefined {
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
export function capitalsLabel(doc: Doc, people: PeopleIndex, phrase: SourcePhrase): { entity?: NamedEntity; name: string; title: Span | null } | null {
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

/** Words of a page title after which a name stops (`Remarks by President Biden On ...` in title case). */
const TITLE_STOPS: ReadonlySet<string> = new Set(['on', 'and', 'of', 'to', 'with', 'in', 'at', 'after', 'before', 'during', 'for', 'about', 'from']);

/**
 * `THE PRESIDENT:`, `the President said` in a text that never names the holder: the page title
 * often does (`Remarks by President Biden on the Assistance ...`, `Remarks by President Biden and
 * Prime Minister Starmer ...`). The name that follows the same title in the document's title, the
 * first such; not a title that another word qualifies there (`Vice President Harris` holds no
 * `President`). Only a bare title (no name, no office chain) is read this way.
 */
export function holderInDocumentTitle(doc: Doc, phrase: SourcePhrase): string | null {
  const pageTitle = doc.document.title;
  if (!pageTitle) return null;
  const start = doc.lower[phrase.start] === 'the' ? phrase.start + 1 : phrase.start;
  const words = doc.lower.slice(start, phrase.end).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > 3 || !words.every((w) => TITLES.has(w) || EXTRA_TITLES.has(w)) || !isBareTitle(words)) return null;
  const raw = pageTitle.split(/\s+/).filter(Boolean);
  const lower = raw.map((w) => w.toLowerCase());
  for (let i = 0; i + words.length < raw.length; i++) {
    if (!words.every((w, j) => lower[i + j] === w) || (i > 0 && (NEAR_TITLE.has(lower[i - 1]!) || TITLES.has(lower[i - 1]!)))) continue;
    // A surname alone (`Biden Ahead of ...`: title case goes on), or a first name the lists know,
    // its initials and the surname (`Joe Biden`, `Joseph R. Biden`).
    const name: string[] = [];
    for (let k = i + words.length; k < raw.length; k++) {
      const w = raw[k]!.replace(/[,:;]+$/, '');
      const initial = name.length > 0 && /^\p{Lu}\.$/u.test(w);
      if (!initial && (!/^\p{Lu}\p{L}/u.test(w) || TITLE_STOPS.has(w.toLowerCase()) || TITLES.has(w.toLowerCase()))) break;
      const possessive = /['’]s$/.test(w);
      name.push(possessive ? w.slice(0, -2) : w);
      if (possessive || w !== raw[k] || (!initial && (name.length > 1 || genderOfFirstName(name[0]!) === null))) break;
    }
    if (name.length) return name.join(' ');
  }
  return null;
}
