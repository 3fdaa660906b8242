import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import { TITLES } from '../lexicon/names.ts';
import { PLACE_FOLLOWERS, REGION_SUFFIXES } from '../lexicon/places.ts';
import type { Entry, Gazetteer, WordFacts } from './gazetteer.ts';
import { nameKey } from './normalize.ts';

/** A stretch of capitalized tokens that names something in the gazetteer. */
export interface Mention {
  /** Tokens [first, end) of the name; a region suffix (`oblast`) is included when present. */
  readonly first: number;
  readonly end: number;
  /** Token just past the name itself, before any suffix. */
  readonly nameEnd: number;
  readonly key: string;
  readonly entries: readonly Entry[];
  /** `Donetsk oblast`, `Belgorod region`: only regions fit. */
  readonly regionSuffix: boolean;
}

const NAME_POS: Uint8Array = (() => {
  const ok = new Uint8Array(32);
  for (const p of [POS.PROPN, POS.NOUN, POS.ADJ, POS.X, POS.VERB]) ok[p] = 1;
  return ok;
})();
const UPPER = /^\p{Lu}/u;
/** ASCII first, the Unicode class only for other scripts: this runs on every token. */
function isUpper(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(t);
}
const isHyphen = (t: string) => t === '-' || t === '‐' || t === '‑';

/**
 * Walks each run of capitalized tokens (hyphen-glued pieces like `Rostov-on-Don` included) and
 * takes the longest gazetteer name at each position. A run that goes on with more capitalized
 * words the gazetteer does not know is a longer name (`Vladimir Putin`, `Washington Post`,
 * `Kyiv Independent`) unless the word is a title or a word that goes with places (`Kyiv Mayor`).
 */
export function findMentions(doc: Doc, gaz: Gazetteer): Mention[] {
  const out: Mention[] = [];
  const n = doc.tokens.length;
  const facts = (k: number): WordFacts => gaz.word(nameKey(doc, k, k + 1)) ?? NO_FACTS;
  let i = 0;
  while (i < n) {
    // Only capitalized nouns, adjectives and names can start a place name: `The`, `He`, `But` need no look-up.
    if (!NAME_POS[doc.tokPos[i]!] || !isUpper(doc.tokens[i]!)) { i++; continue; }
    const runEnd = capitalizedRunEnd(doc, i);
    let j = i;
    // A sentence-initial word the tagger does not call a name is just a capital (`Despite`, `Until`).
    if (j === doc.sentStartTok[doc.tokSentence[j]!] && doc.tokPos[j] !== POS.PROPN && runEnd - j > 1 && !facts(j).entries) j++;
    while (j < runEnd) {
      const found = longestName(doc, gaz, j, runEnd, facts(j));
      if (!found) {
        // An unknown capitalized word inside the run: what follows belongs to a longer name.
        if (!TITLES.has(doc.lower[j]!)) break;
        j++;
        continue;
      }
      const after = found.end;
      const nextLower = after < n ? doc.lower[after]! : '';
      const continues = after < runEnd && isUpper(doc.tokens[after]!) && !PLACE_FOLLOWERS.has(nextLower) && !TITLES.has(nextLower);
      if (!continues) {
        const suffix = after < n && doc.tokSentence[after] === doc.tokSentence[j] && REGION_SUFFIXES.has(nextLower);
        out.push({
          first: j, end: suffix ? after + 1 : after, nameEnd: after, key: found.key, entries: found.entries,
          regionSuffix: suffix,
        });
      }
      j = after;
      if (continues) break;
    }
    i = Math.max(runEnd, i + 1);
  }
  return out;
}

/** End (exclusive) of the run of capitalized tokens from `i`, within the sentence, hyphen-glued pieces included. */
function capitalizedRunEnd(doc: Doc, i: number): number {
  const n = doc.tokens.length;
  const s = doc.tokSentence[i]!;
  let j = i + 1;
  while (j < n && doc.tokSentence[j] === s) {
    const t = doc.tokens[j]!;
    const glued = doc.tokStart[j] === doc.tokEnd[j - 1];
    if (isUpper(t) || (glued && (isHyphen(t) || isHyphen(doc.tokens[j - 1]!)))) j++;
    else break;
  }
  // A run never ends on a hyphen.
  while (j > i + 1 && isHyphen(doc.tokens[j - 1]!)) j--;
  return j;
}

const NO_FACTS: WordFacts = { key: '', entries: null, longest: 1 };

function longestName(doc: Doc, gaz: Gazetteer, from: number, runEnd: number, first: WordFacts): { end: number; key: string; entries: readonly Entry[] } | null {
  // Only names that start with this word can be longer than it: most runs need one look-up.
  const last = Math.min(runEnd, from + first.longest * 2 - 1);
  for (let end = last; end > from + 1; end--) {
    if (isHyphen(doc.tokens[end - 1]!)) continue;
    const key = nameKey(doc, from, end);
    const entries = gaz.lookup(key);
    if (entries) return { end, key, entries };
  }
  return first.entries ? { end: from + 1, key: first.key, entries: first.entries } : null;
}
