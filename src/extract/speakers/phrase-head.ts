import { POS, type Doc } from '../../model/doc.ts';
import { isCapitalized } from '../../analyze/lookup.ts';
import { GROUP_HEADS, ORG_WORDS, SPEAKING_GROUPS, TITLES } from '../lexicon/names.ts';
import { EXTRA_TITLES } from '../lexicon/titles-entities.ts';
import type { SourcePhrase } from './find-source.ts';
import type { PeopleIndex } from './people.ts';
import { countryWords } from '../entities/country-words.ts';

/** The source phrase as the speaker stage reads it: an apposition split off (`Kovalenko, the military spokesman ...,`), and the head a tail stands under (`The Prime Minister of | the United Kingdom`). */

/**
 * A source phrase the learned linker gives whole, `Kovalenko, the military spokesman for the
 * Eastern Group of Forces,`: the speaker is the name before the comma, and the rest is its
 * apposition (else the organization in the role would be taken for the speaker).
 */
export function splitApposition(doc: Doc, people: PeopleIndex, phrase: SourcePhrase): SourcePhrase {
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
export function withHead(doc: Doc, phrase: SourcePhrase): SourcePhrase {
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

export const isTitleWord = (l: string) => TITLES.has(l) || EXTRA_TITLES.has(l);
