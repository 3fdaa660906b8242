import type { Doc } from '../../model/doc.ts';
import { EQUIPMENT_CLASS_NOUNS, EQUIPMENT_MODIFIERS, NOT_EQUIPMENT } from '../lexicon/equipment.ts';
import type { EquipmentHit } from './01-lexicon.ts';

/**
 * Model names the list does not know: `Su-34`, `T-90`, `Kh-101`, `M142`, `TB2`. A single token of
 * at most 12 characters, so the bounded pattern runs on a short string.
 */
const MODEL = /^(?:[A-Z][A-Za-z]{0,3}-\d{1,4}[A-Za-z]{0,3}\d?|[A-Z]{1,3}\d{2,4}[A-Z]?)s?$/;
const MAX_MODEL_LENGTH = 12;
/** Modifiers allowed between the model and its class noun. */
const MAX_MODIFIERS = 2;

/**
 * A model name at capitalized token `i` followed (after at most two modifiers) by a class noun: `Su-34 jets`,
 * `Kh-101 cruise missiles`, `T-90 tanks`. `COVID-19` and `G7` have no class noun after them
 * (and are listed as never equipment besides).
 */
export function patternAt(doc: Doc, i: number): EquipmentHit | null {
  const t = doc.tokens[i]!;
  if (t.length < 2 || t.length > MAX_MODEL_LENGTH || !hasDigit(t) || !MODEL.test(t) || NOT_EQUIPMENT.has(t)) return null;
  const n = doc.tokens.length;
  const s = doc.tokSentence[i];
  let modifiers = 0;
  for (let k = i + 1; k < n && doc.tokSentence[k] === s && modifiers <= MAX_MODIFIERS; k++) {
    const w = doc.lower[k]!;
    const type = EQUIPMENT_CLASS_NOUNS.get(w);
    // `fighter jets`, `rocket launchers`: a class noun that is also a modifier may go on.
    if (type && !(EQUIPMENT_MODIFIERS.has(w) && k + 1 < n && EQUIPMENT_CLASS_NOUNS.has(doc.lower[k + 1]!))) {
      const name = /\ds$/.test(t) ? t.slice(0, -1) : t;
      return { start: doc.tokStart[i]!, end: doc.tokEnd[i]!, first: i, last: i, name, type, confidence: 0.75, rule: 'equipment/02-patterns' };
    }
    if (!EQUIPMENT_MODIFIERS.has(w)) return null;
    modifiers++;
  }
  return null;
}

function hasDigit(t: string): boolean {
  for (let i = 1; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
