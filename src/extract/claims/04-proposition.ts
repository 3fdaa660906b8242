import lemmatizer from 'wink-lemmatizer';
import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import { PARTIES } from '../lexicon/figure-parties.ts';
import { MONTHS } from '../lexicon/figure-rates.ts';
import type { TokenRange } from './03-clauses.ts';
import { LIGHT_VERBS, NOMINAL_VERBS, PLACE_ANAPHORS, PREDICATE_SYNONYMS, STATE_NAMES } from './lexicon.ts';

/**
 * Step 4: a proposition key, the same for the same claim however it is phrased: the main named
 * things (sorted, lowercased, sides left out) and the predicate's lemma, `pokrovsk | encircle`.
 * `the city` reads as the place the article last called a city (`the embattled city of Pokrovsk`).
 */
const MAX_ENTITIES = 2;
const NOT_VERBS: ReadonlySet<string> = new Set(['everything', 'nothing', 'something', 'anything', 'everyone', 'nobody']);
const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no']);
const DAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Where the article names a place as a city: token index and the name, in text order. */
export interface PlaceAntecedents {
  readonly at: number[];
  readonly names: string[];
}

/** One pass: `city of Pokrovsk`, `town of Kupiansk`. */
export function placeAntecedents(doc: Doc): PlaceAntecedents {
  const at: number[] = [];
  const names: string[] = [];
  const n = doc.tokens.length;
  for (let i = 0; i + 2 < n; i++) {
    if (!PLACE_ANAPHORS.has(doc.lower[i]!) || doc.lower[i + 1] !== 'of' || doc.tokPos[i + 2] !== POS.PROPN) continue;
    at.push(i + 2);
    names.push(doc.lower[i + 2]!);
  }
  return { at, names };
}

function antecedentBefore(places: PlaceAntecedents, k: number): string | null {
  let lo = 0;
  let hi = places.at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (places.at[mid]! < k) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? places.names[lo - 1]! : null;
}

const isSide = (w: string) => PARTIES.has(w) || STATE_NAMES.has(w);

export function propositionKey(doc: Doc, places: PlaceAntecedents, [s, e]: TokenRange): string {
  const entities: string[] = [];
  let predicate = '';
  let negated = false;
  let nominal = '';
  let adjective = '';
  for (let k = s; k < e; k++) {
    const w = doc.lower[k]!;
    const pos = doc.tokPos[k]!;
    if (pos === POS.PROPN) {
      let j = k;
      while (j + 1 < e && doc.tokPos[j + 1] === POS.PROPN) j++;
      const name = doc.lower.slice(k, j + 1).join(' ');
      if (!isSide(name) && !isSide(w) && !MONTHS.has(w) && !DAYS.has(w) && entities.length < MAX_ENTITIES && !entities.includes(name)) entities.push(name);
      k = j;
      continue;
    }
    if (PLACE_ANAPHORS.has(w) && k > s && doc.lower[k - 1] === 'the') {
      const place = antecedentBefore(places, k);
      if (place && entities.length < MAX_ENTITIES && !entities.includes(place)) entities.push(place);
      continue;
    }
    if (predicate) continue;
    if (NEGATIONS.has(w)) { negated = true; continue; }
    const participle = pos === POS.ADJ && w.endsWith('ed') && k > s && doc.tokPos[k - 1] === POS.AUX;
    if ((pos === POS.VERB || participle) && !NOT_VERBS.has(w) && /^[a-z-]+$/.test(w)) {
      const lemma = lemmatizer.verb(w);
      if (!LIGHT_VERBS.has(lemma) && !LIGHT_VERBS.has(w)) predicate = PREDICATE_SYNONYMS.get(lemma) ?? lemma;
      continue;
    }
    if (!nominal && pos === POS.NOUN) nominal = NOMINAL_VERBS.get(w) ?? '';
    // `the fighting remains intense`: with no verb, the predicate adjective says what is claimed.
    if (!adjective && pos === POS.ADJ && k > s && (doc.tokPos[k - 1] === POS.AUX || LIGHT_VERBS.has(doc.lower[k - 1]!) || doc.tokPos[k - 1] === POS.ADV)) adjective = w;
  }
  let head = predicate || nominal || adjective;
  if (head) head = PREDICATE_SYNONYMS.get(head) ?? head;
  if (negated && predicate) head = 'not ' + head;
  entities.sort();
  if (!head) return '';
  return entities.length ? `${entities.join(' ')} | ${head}` : head;
}

/** The key a denial asserts the opposite of: `there is no encirclement` -> `encircle`. */
export function nominalKey(doc: Doc, places: PlaceAntecedents, noun: number, sentence: TokenRange): string {
  const verb = NOMINAL_VERBS.get(doc.lower[noun]!) ?? doc.lower[noun]!;
  const rest = propositionKey(doc, places, sentence);
  const bar = rest.indexOf(' | ');
  return bar >= 0 ? `${rest.slice(0, bar)} | ${verb}` : verb;
}
