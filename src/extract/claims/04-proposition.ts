import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import type { Lemmatizer } from '../../resources/index.ts';
import { PARTIES } from '../lexicon/figure-parties.ts';
import { MONTH_WORDS } from '../lexicon/months.ts';
import type { TokenRange } from './03-clauses.ts';
import { DEONTIC_MODALS, GENERIC_PREDICATES, LIGHT_VERBS, NOMINAL_VERBS, PLACE_ANAPHORS, PREDICATE_SYNONYMS, STATE_NAMES } from '../lexicon/claims.ts';

/**
 * Step 4: a proposition key, the same for the same claim however it is phrased: the main named
 * things (sorted, lowercased, sides left out) and the predicate's lemma, `pokrovsk | encircle`.
 * `the city` reads as the place the article last called a city (`the embattled city of Pokrovsk`).
 */
const MAX_ENTITIES = 2;
/** What a claim is about is said early: a long quotation is read for its first words only, which keeps the cost per claim flat. */
const MAX_KEY_TOKENS = 24;
const NOT_VERBS: ReadonlySet<string> = new Set(['everything', 'nothing', 'something', 'anything', 'everyone', 'nobody']);
const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no']);
const PRONOUN_CONTRACTION = /^(?:i|we|you|they|he|she|it)['’]/;
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

/**
 * wink-lemmatizer costs about a microsecond a word; verbs repeat across articles, so lemmas are kept.
 * A pure function's memo, bounded so that hostile input cannot grow it without end.
 */
const LEMMA_MEMO_MAX = 50_000;
const lemmaMemos = new WeakMap<Lemmatizer, Map<string, string>>();
export function verbLemma(w: string, lemmatizer: Lemmatizer): string {
  let memo = lemmaMemos.get(lemmatizer);
  if (!memo) lemmaMemos.set(lemmatizer, (memo = new Map()));
  let lemma = memo.get(w);
  if (lemma === undefined) {
    lemma = lemmatizer.verb(w);
    if (memo.size < LEMMA_MEMO_MAX) memo.set(w, lemma);
  }
  return lemma;
}

const stripPossessive = (w: string) => (w.endsWith("'s") || w.endsWith('’s') ? w.slice(0, -2) : w);

const isSide = (w: string) => PARTIES.has(w) || STATE_NAMES.has(w);

export function propositionKey(doc: Doc, places: () => PlaceAntecedents, [s, end]: TokenRange, lemmatizer: Lemmatizer): string {
  const e = Math.min(end, s + MAX_KEY_TOKENS);
  const { lower, tokPos } = doc;
  const entities: string[] = [];
  let predicate = '';
  let negated = false;
  let nominal = '';
  let adjective = '';
  let object = '';
  let deontic = false;
  for (let k = s; k < e; k++) {
    const pos = tokPos[k]!;
    // Decided by part of speech first, so that most tokens cost one comparison.
    if (pos === POS.PROPN) {
      let j = k;
      while (j + 1 < e && tokPos[j + 1] === POS.PROPN) j++;
      const w = lower[k]!;
      const name = stripPossessive(j === k ? w : lower.slice(k, j + 1).join(' '));
      // `I’m` tagged as a name is the speaker, not a thing the claim is about.
      if (entities.length < MAX_ENTITIES && !isSide(name) && !isSide(w) && !MONTH_WORDS.has(w) && !DAYS.has(w) && !PRONOUN_CONTRACTION.test(w) && !entities.includes(name)) entities.push(name);
      k = j;
    } else if (pos === POS.NOUN) {
      const w = lower[k]!;
      if (PLACE_ANAPHORS.has(w) && k > s && lower[k - 1] === 'the') {
        const place = antecedentBefore(places(), k);
        if (place && entities.length < MAX_ENTITIES && !entities.includes(place)) entities.push(place);
      } else if (!nominal && !predicate) nominal = NOMINAL_VERBS.get(w) ?? '';
      else if (predicate && !object && GENERIC_PREDICATES.has(predicate)) {
        // `send troops`, `want war`: a generic verb is known by its object (the head of its noun run).
        let j = k;
        while (j + 1 < e && tokPos[j + 1] === POS.NOUN) j++;
        object = /^[a-z-]+$/.test(lower[j]!) ? lower[j]! : '';
        k = j;
      }
    } else if (pos === POS.PUNCT && lower[k] === ',' && (lower[k + 1] === 'a' || lower[k + 1] === 'an')) {
      // `Kupiansk, a rail hub in the Kharkiv region`: an apposition adds no entity to the claim.
      break;
    } else if (predicate) {
      // `preparing a new offensive`: the tagger may read the event noun as an adjective.
      if (!object && GENERIC_PREDICATES.has(predicate) && pos === POS.ADJ && NOMINAL_VERBS.has(lower[k]!)) object = lower[k]!;
      else if (entities.length >= MAX_ENTITIES) break;
    } else if (pos === POS.VERB || pos === POS.ADJ) {
      const w = lower[k]!;
      const participle = pos === POS.ADJ && k > s && tokPos[k - 1] === POS.AUX && w.endsWith('ed');
      if (pos === POS.VERB || participle) {
        if (LIGHT_VERBS.has(w) || NOT_VERBS.has(w) || !/^[a-z-]+$/.test(w)) continue;
        const lemma = verbLemma(w, lemmatizer);
        if (!LIGHT_VERBS.has(lemma)) predicate = PREDICATE_SYNONYMS.get(lemma) ?? lemma;
      } else if (!adjective && k > s && (tokPos[k - 1] === POS.AUX || tokPos[k - 1] === POS.ADV || LIGHT_VERBS.has(lower[k - 1]!))) {
        // `the fighting remains intense`: with no verb, the predicate adjective says what is claimed.
        adjective = w;
      }
    } else if ((pos === POS.PART || pos === POS.ADV || pos === POS.DET) && NEGATIONS.has(lower[k]!)) negated = true;
    else if (!predicate && DEONTIC_MODALS.has(lower[k]!)) deontic = true;
  }
  let head = predicate || nominal || adjective;
  if (!head) return '';
  head = PREDICATE_SYNONYMS.get(head) ?? head;
  if (object && head === predicate) head = `${head} ${object}`;
  if (deontic && predicate) head = 'must ' + head;
  if (negated && predicate) head = 'not ' + head;
  if (!entities.length) return head;
  entities.sort();
  return `${entities.join(' ')} | ${head}`;
}

/** The key a denial asserts the opposite of: `there is no encirclement` -> `encircle`. */
export function nominalKey(doc: Doc, places: () => PlaceAntecedents, noun: number, sentence: TokenRange, lemmatizer: Lemmatizer): string {
  const verb = NOMINAL_VERBS.get(doc.lower[noun]!) ?? doc.lower[noun]!;
  const rest = propositionKey(doc, places, sentence, lemmatizer);
  const bar = rest.indexOf(' | ');
  return bar >= 0 ? `${rest.slice(0, bar)} | ${verb}` : verb;
}
