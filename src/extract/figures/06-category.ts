import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import type { FigureCategory } from '../../model/items.ts';
import {
  MILITARY_NOUNS, CIVILIAN_NOUNS, CASUALTY_NOUNS, CASUALTY_CUES, EQUIPMENT_NOUNS, MUNITION_NOUNS, TERRITORY_NOUNS,
  DISPLACED_CUES, MONEY_NOUNS, TERRITORY_CUES,
} from '../lexicon/figure-categories.ts';
import type { NumberPhrase } from './types.ts';
import type { UnitFound } from './05-unit-and-whose.ts';

/** How far a cue word may stand from the figure, in tokens, within its clause. */
const CUE_BEFORE = 6;
const CUE_AFTER = 8;

/**
 * Step 6: the category (vocabulary and rules in lexicon/figure-categories.ts). The unit decides
 * first (currency: money; length or area: territory; tanks: equipment; missiles: munitions);
 * people are casualties when a cue such as "killed" or "losing" stands in the same clause
 * (scanning stops at commas, semicolons and conjunctions), else troops or other.
 */
export function categorize(doc: Doc, p: NumberPhrase, unit: UnitFound | null): FigureCategory {
  const dim = unit?.info?.dim ?? null;
  const words = unit ? unitWords(doc, unit) : [];
  if (p.currency || dim === 'currency' || words.some((w) => MONEY_NOUNS.has(w))) return 'money';
  if (dim === 'length' || dim === 'area') return 'territory';
  const cues = clauseWords(doc, p, unit);
  if (dim === 'percent') return cues.some((w) => TERRITORY_CUES.has(w)) ? 'territory' : 'other';
  if (dim) return 'other';
  const has = (set: ReadonlySet<string>) => words.some((w) => set.has(w));
  const cue = (set: ReadonlySet<string>) => cues.some((w) => set.has(w));
  if (has(DISPLACED_CUES) || (cue(DISPLACED_CUES) && !has(MILITARY_NOUNS))) return 'displaced-people';
  if (has(MUNITION_NOUNS)) return 'munitions';
  if (has(EQUIPMENT_NOUNS)) return 'equipment';
  if (has(MILITARY_NOUNS)) return cue(CASUALTY_CUES) ? 'military-casualties' : 'troops';
  if (has(CIVILIAN_NOUNS)) return cue(CASUALTY_CUES) ? 'civilian-casualties' : 'other';
  if (has(CASUALTY_NOUNS)) return cue(CIVILIAN_NOUNS) ? 'civilian-casualties' : 'military-casualties';
  if (has(TERRITORY_NOUNS)) return 'territory';
  if (!unit && cue(CASUALTY_CUES)) {
    if (cue(CIVILIAN_NOUNS)) return 'civilian-casualties';
    if (cue(MILITARY_NOUNS)) return 'military-casualties';
  }
  return 'other';
}

function unitWords(doc: Doc, unit: UnitFound): string[] {
  return doc.text.slice(unit.start, unit.end).toLowerCase().split(/[^a-z0-9-]+/).filter(Boolean);
}

const isBoundary = (doc: Doc, k: number) => {
  const w = doc.lower[k]!;
  const pos = doc.tokPos[k];
  return w === ',' || w === ';' || w === ':' || w === '.' || w === 'but' || w === 'while' || w === 'whereas'
    || w === '(' || w === ')' || (pos === POS.SCONJ && w !== 'that');
};

/** Lowercased words of the figure's clause near it: CUE_BEFORE before, CUE_AFTER after the unit. */
function clauseWords(doc: Doc, p: NumberPhrase, unit: UnitFound | null): string[] {
  const out: string[] = [];
  const sentence = doc.tokSentence[p.first]!;
  for (let k = p.first - 1; k >= 0 && k >= p.first - CUE_BEFORE && doc.tokSentence[k] === sentence; k--) {
    if (isBoundary(doc, k)) break;
    out.push(doc.lower[k]!);
  }
  // After the figure only strong boundaries stop the scan, so that an aside such as ", including
  // three children," does not hide "were killed".
  const from = Math.max(p.last, unit && unit.inSpan ? unit.lastTok : p.last) + 1;
  for (let k = from; k < doc.lower.length && k < from + CUE_AFTER && doc.tokSentence[k] === sentence; k++) {
    const w = doc.lower[k]!;
    if (w === ';' || w === '.' || w === 'but' || w === 'while' || w === 'whereas') break;
    out.push(w);
  }
  return out;
}
