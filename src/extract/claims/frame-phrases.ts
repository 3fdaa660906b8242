import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import type { FrameAgent } from '../../model/claims.ts';
import { MONTH_WORDS } from '../lexicon/months.ts';
import { AGENT_HEADS, FIRST_PERSON, PLACE_NOUNS, SIDE_WORDS, THEME_CLASSES } from '../lexicon/propositions.ts';

/**
 * The phrases around a frame's predicate (`frames.ts`): its agent, theme and places, each read a few
 * tokens from where it is looked for.
 */
/** How far around the predicate its agent, theme and places are looked for. */
export const REACH = 12;
export const RELATIVES: ReadonlySet<string> = new Set(['which', 'that', 'who']);
/** Clause boundaries a look-around never crosses. */
export const STOPS: ReadonlySet<string> = new Set(['.', ';', ':', '?', '!', '—', '–']);
const LOCATIVE: ReadonlySet<string> = new Set(['in', 'on', 'at', 'near', 'across', 'of']);
const POSSESSIVES: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
const WAR_KINDS: ReadonlySet<string> = new Set(['economic', 'financial', 'hybrid', 'information', 'energy', 'trade', 'gas', 'cold', 'cyber', 'media', 'sanctions', 'civil', 'nuclear']);
const DROP_MODIFIERS: ReadonlySet<string> = new Set(['war', 'crimes']);

/** The noun phrase ending at token `j` (inclusive): determiners, adjectives, names, nouns, possessives. */
export function phraseBefore(doc: Doc, j: number, s: number): [number, number] {
  const { tokPos, lower } = doc;
  if (tokPos[j] === POS.PRON) return [j, j + 1];
  let a = j;
  // A determiner opens the phrase: `decrease every time Russian troops` stops at `every`.
  while (a - 1 >= s && j - a < REACH && inPhrase(tokPos[a - 1]!, lower[a - 1]!)) if (tokPos[--a] === POS.DET) break;
  return [a, j + 1];
}

/** The noun phrase starting at token `a`: `the war against Ukraine` -> `the war`; `a brutal and bloody war` whole. */
export function phraseAfter(doc: Doc, a: number, e: number): [number, number] {
  const { tokPos, lower } = doc;
  let z = a;
  while (z < e && z - a < REACH && (inPhrase(tokPos[z]!, lower[z]!) || tokPos[z] === POS.CCONJ || tokPos[z] === POS.ADV || (tokPos[z] === POS.PRON && POSSESSIVES.has(lower[z]!)))) z++;
  // End on the last noun: `a brutal and bloody war` not `... and`.
  while (z > a && !isNominal(tokPos[z - 1]!)) z--;
  return [a, z];
}

const inPhrase = (pos: number, w: string) => pos === POS.DET || pos === POS.ADJ || pos === POS.PROPN || pos === POS.NOUN || pos === POS.NUM || (pos === POS.PART && (w === "'s" || w === '’s'));
export const isNominal = (pos: number) => pos === POS.NOUN || pos === POS.PROPN || pos === POS.PRON;

/**
 * What a relative pronoun stands for: the first noun phrase after the last verb before it, `we faced
 * a provocation in the town of Bucha, which` -> `a provocation in the town of Bucha`.
 */
export function antecedent(doc: Doc, rel: number, s: number): [number, number] {
  let z = rel - 1;
  if (z >= s && doc.lower[z] === ',') z--;
  if (z < s || !isNominal(doc.tokPos[z]!)) return [rel, rel];
  return withOfPhrases(doc, phraseBefore(doc, z, s), s, true);
}

/**
 * A phrase with the phrase it completes: `a provocation in` <- `the town of` <- `Bucha` (a place
 * completes the thing that happened there), `crimes against` <- `humanity` (a crime's complement).
 * `our country after` <- `the destruction` is not extended: the destruction is the theme.
 */
export function withOfPhrases(doc: Doc, [a, z]: [number, number], s: number, relative = false): [number, number] {
  const { tokPos, lower } = doc;
  for (let hops = 0; hops < 3 && a - 2 >= s && tokPos[a - 1] === POS.ADP && isNominal(tokPos[a - 2]!) && tokPos[a - 2] !== POS.PRON; hops++) {
    // A relative clause after `a crisis in the world, which`: the thing, not where it is, is what the clause is about.
    const place = tokPos[z - 1] === POS.PROPN || PLACE_NOUNS.has(lower[z - 1]!) || (relative && LOCATIVE.has(lower[a - 1]!));
    const complement = (lower[a - 1] === 'of' || lower[a - 1] === 'against') && THEME_CLASSES.has(lower[a - 2]!);
    if (!place && !complement) break;
    z = a - 1;
    a = phraseBefore(doc, a - 2, s)[0];
  }
  return [a, z];
}

/** Whether the phrase ending at `j` is headed by what can act: a side, a name, a pronoun, `army`, `troops`, `regime`. */
export function agentHead(doc: Doc, j: number): boolean {
  const w = doc.lower[j]!;
  return doc.tokPos[j] === POS.PRON || doc.tokPos[j] === POS.PROPN || SIDE_WORDS.has(w) || AGENT_HEADS.has(w);
}

/** The theme of a phrase by its first noun run's head: `the food crisis in the world` -> `food crisis`; `this war` -> `war`. */
export function themeOf(doc: Doc, a: number, z: number, lastRun = false): string | null {
  const { tokPos, lower } = doc;
  let h: number;
  if (lastRun) {
    // `end this war started by`: the phrase's own head is its last noun.
    h = z - 1;
    while (h >= a && tokPos[h] !== POS.NOUN) h--;
    if (h < a) return null;
  } else {
    let k = a;
    while (k < z && tokPos[k] !== POS.NOUN) k++;
    if (k >= z) return null;
    h = k;
    while (h + 1 < z && tokPos[h + 1] === POS.NOUN) h++;
  }
  const head = lower[h]!;
  const cls = THEME_CLASSES.get(head);
  if (!cls) return /^[a-z-]+$/.test(head) ? head : null;
  // `an energy war`, `a financial and economic war` are not the war; `a brutal war`, `war crimes` are.
  if (cls === 'war' && h - 1 >= a && (tokPos[h - 1] === POS.NOUN || WAR_KINDS.has(lower[h - 1]!))) return `${lower[h - 1]} war`;
  if (DROP_MODIFIERS.has(cls)) return cls;
  // `food crisis`, `biological weapons`: the modifier says which.
  const m = h - 1 >= a && (tokPos[h - 1] === POS.NOUN || tokPos[h - 1] === POS.ADJ) && /^[a-z-]+$/.test(lower[h - 1]!) ? lower[h - 1]! : '';
  return m ? `${m} ${cls}` : cls;
}

/** The agent of tokens [a, z): a side word, a name, or the speaker (first person in the claimant's own words). */
export function agentOf(doc: Doc, a: number, z: number, s: number, ownWords: boolean): FrameAgent | null {
  const { tokPos, lower } = doc;
  const text = doc.text.slice(doc.tokStart[a]!, doc.tokEnd[z - 1]!);
  if (z - a === 1 && tokPos[a] === POS.PRON) {
    const w = lower[a]!;
    if (FIRST_PERSON.has(w)) return ownWords ? { text, side: null, name: null, speaker: true } : null;
    // `the food crisis it provoked`: `it` is the side named last before it in the claim's sentence.
    if (w === 'it') {
      for (let b = a - 1; b >= s && a - b <= REACH && !STOPS.has(lower[b]!); b--) {
        const side = SIDE_WORDS.get(lower[b]!);
        if (side) return { text, side, name: null, speaker: false };
      }
    }
    return null;
  }
  let name: string | null = null;
  for (let k = a; k < z; k++) {
    if (FIRST_PERSON.has(lower[k]!)) return ownWords ? { text, side: null, name: null, speaker: true } : null;
    const side = SIDE_WORDS.get(lower[k]!);
    if (side) return { text, side, name: null, speaker: false };
    if (tokPos[k] === POS.PROPN && name === null) {
      let m = k;
      while (m + 1 < z && tokPos[m + 1] === POS.PROPN) m++;
      name = doc.text.slice(doc.tokStart[k]!, doc.tokEnd[m]!).replace(/['’]s$/, '');
      k = m;
    }
  }
  return name ? { text, side: null, name, speaker: false } : null;
}

/**
 * Places in tokens [a, z): `in Bucha`, `the town of Bucha`, `the cities of Bucha, Irpin, Hostomel`,
 * `the Kyiv region`. Lowercased, in text order, once each.
 */
export function placesIn(doc: Doc, a: number, z: number): string[] {
  const { tokPos, lower } = doc;
  const out: string[] = [];
  const add = (k: number): number => {
    let m = k;
    while (m + 1 < z && tokPos[m + 1] === POS.PROPN) m++;
    const name = lower.slice(k, m + 1).join(' ').replace(/['’]s$/, '');
    if (!out.includes(name) && !MONTH_WORDS.has(lower[k]!)) out.push(name);
    return m;
  };
  for (let k = a; k < z; k++) {
    if (STOPS.has(lower[k]!)) break;
    if (PLACE_NOUNS.has(lower[k]!) && lower[k + 1] === 'of') {
      // A list: `of Bucha, Irpin, Hostomel and other settlements`.
      let m = k + 2;
      while (m < z && tokPos[m] === POS.PROPN) {
        m = add(m) + 1;
        if (lower[m] === ',' || lower[m] === 'and') m++;
        else break;
      }
      k = m - 1;
    } else if (lower[k] === 'in') {
      let m = k + 1;
      if (tokPos[m] === POS.DET) m++;
      if (m < z && tokPos[m] === POS.PROPN) {
        let n = m;
        while (n + 1 < z && tokPos[n + 1] === POS.PROPN) n++;
        // `in the Ukrainian cities of ...` is read at `cities of`; `in the Kyiv region` is Kyiv.
        if (tokPos[n + 1] !== POS.NOUN || (PLACE_NOUNS.has(lower[n + 1]!) && lower[n + 2] !== 'of')) add(m);
        k = n;
      }
    }
  }
  return out;
}
