import type { Doc } from '../../model/doc.ts';
import { isCapitalized } from '../../analyze/lookup.ts';
import { ORG_WORDS, TITLES } from '../lexicon/names.ts';
import { EXTRA_ORG_WORDS, EXTRA_TITLES, NAME_PARTICLES } from '../lexicon/titles-entities.ts';
import { genderOfFirstName } from '../lexicon/first-names.ts';
import { countryWords } from '../entities/gazetteer.ts';

/** Words that tie the parts of a title chain: `Head of the Office of the President of Ukraine`. */
const CHAIN_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'for', 'to', 'and', '-', '–', "'s", '’s', 'on']);

const isTitleWord = (l: string) => TITLES.has(l) || EXTRA_TITLES.has(l);
const isOrgWord = (l: string) => ORG_WORDS.has(l) || EXTRA_ORG_WORDS.has(l);

/**
 * A person's name at the end of a title chain, as official texts write it:
 * `President of Ukraine Volodymyr Zelenskyy`, `Head of the Office of the President of Ukraine
 * Andriy Yermak`, `Minister of Education and Science Serhiy Shkarlet`. Returns the token where the
 * name starts in the run [ts, te), or -1 when the run is not a title chain ending in a name.
 *
 * The name is the trailing block of capitalized words that are no title, organization, country or
 * tie word; when that block is longer than two, it starts at its first known first name
 * (`Science Serhiy Shkarlet`). The chain before it must hold a title word, so an organization
 * (`Ministry of Defence of Ukraine`) or a place is never read as a person.
 */
export function nameAfterTitleChain(doc: Doc, ts: number, te: number): number {
  if (te - ts < 3) return -1;
  const countries = countryWords();
  let ns = te;
  while (ns > ts) {
    const l = doc.lower[ns - 1]!;
    const glued = l === '-' && doc.tokEnd[ns - 2] === doc.tokStart[ns - 1] && doc.tokEnd[ns - 1] === doc.tokStart[ns];
    const particle = (NAME_PARTICLES.has(l) || glued) && ns < te;
    if (!particle && (!isCapitalized(doc.tokens[ns - 1]!) || CHAIN_WORDS.has(l) || isTitleWord(l) || isOrgWord(l) || countries.has(l))) break;
    ns--;
  }
  ns = pastCountryName(doc, countries, ts, ns, te);
  if (te - ns < 2 || ns === ts) return -1;
  let start = ns;
  if (te - ns > 2) {
    start = -1;
    for (let k = ns; k < te - 1 && start < 0; k++) if (genderOfFirstName(doc.lower[k]!) !== null) start = k;
    // No first name we know (`Abdel Fattah el-Sisi`): the whole block, when it is short enough to be a name.
    if (start < 0) start = te - ns <= 6 ? ns : -1;
    if (start < 0) return -1;
  }
  let titled = false;
  for (let k = ts; k < start && !titled; k++) titled = isTitleWord(doc.lower[k]!);
  return titled || titledBefore(doc, ts) ? start : -1;
}

/**
 * The block's first words may close a country's name that began before it (`of the United |
 * Kingdom Boris Johnson`: `United` is an organization word, and `Kingdom` is in the first-name
 * list): the name starts after the country.
 */
function pastCountryName(doc: Doc, countries: ReadonlySet<string>, ts: number, ns: number, te: number): number {
  let start = ns;
  for (let k = Math.max(ts, ns - 3); k <= ns; k++) {
    let phrase = '';
    for (let j = k; j < Math.min(te - 1, k + 4); j++) {
      phrase = phrase ? `${phrase} ${doc.lower[j]!}` : doc.lower[j]!;
      if (j >= ns && j > k && countries.has(phrase)) start = Math.max(start, j + 1);
    }
  }
  return start;
}

/** The chain began before the run (`President of the | European Commission Ursula von der Leyen`). */
function titledBefore(doc: Doc, ts: number): boolean {
  const sentence = doc.tokSentence[ts];
  for (let k = ts - 1; k >= 0 && k >= ts - 10 && doc.tokSentence[k] === sentence; k--) {
    const l = doc.lower[k]!;
    if (isTitleWord(l) && isCapitalized(doc.tokens[k]!)) return true;
    if (!CHAIN_WORDS.has(l) && !isCapitalized(doc.tokens[k]!)) return false;
  }
  return false;
}

/** A capitalized title opening a sentence (`President of Ukraine ...`) is part of a name run. */
export const opensTitleChain = (doc: Doc, i: number) => isTitleWord(doc.lower[i]!) && isCapitalized(doc.tokens[i]!);
