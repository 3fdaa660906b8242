import type { Doc } from '../../model/doc.ts';
import { WAR_WORDS } from '../lexicon/equipment.ts';
import type { EquipmentEntry } from '../lexicon/equipment.ts';
import { leadOf, type EquipmentIndex } from './lexicon-index.ts';

export interface EquipmentHit {
  readonly start: number;
  readonly end: number;
  /** Tokens [first, end) the hit covers. */
  readonly first: number;
  readonly last: number;
  readonly name: string;
  readonly type: string;
  readonly confidence: number;
  readonly rule: string;
}

/** How far around an ambiguous name (`Patriot`, `Abrams`) a word of war may stand. */
const WAR_WINDOW = 8;

const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * A name from the curated list (and the user's) at capitalized token `i`, matched on the text:
 * the form must end at a word boundary. A name that is also a word or a surname counts only with
 * a word of war within a few tokens, and never right after another capitalized name (`Stacey Abrams`).
 */
export function listedAt(doc: Doc, index: EquipmentIndex, i: number): EquipmentHit | null {
  const forms = index.byLead.get(leadOf(doc.tokens[i]!));
  if (!forms) return null;
  const text = doc.text;
  const n = doc.tokens.length;
  const start = doc.tokStart[i]!;
  for (const { form, entry } of forms) {
    if (!text.startsWith(form, start)) continue;
    const end = start + form.length;
    if (end < text.length && isAlnum(text.charCodeAt(end))) continue;
    let last = i;
    while (last + 1 < n && doc.tokEnd[last]! < end) last++;
    if (doc.tokEnd[last] !== end) continue;
    // The longest form that fits decides: a shorter one would be the same word.
    if (entry.ambiguous && !plausible(doc, i, last)) return null;
    return { start, end, first: i, last, name: entry.name, type: entry.type, confidence: entry.ambiguous ? 0.8 : 0.95, rule: 'equipment/01-lexicon' };
  }
  return null;
}

function plausible(doc: Doc, first: number, last: number): boolean {
  const s = doc.tokSentence[first]!;
  const prev = first - 1;
  if (prev >= 0 && doc.tokSentence[prev] === s && prev !== doc.sentStartTok[s] && /^\p{Lu}\p{Ll}/u.test(doc.tokens[prev]!)) return false;
  const from = Math.max(doc.sentStartTok[s]!, first - WAR_WINDOW);
  const to = Math.min(doc.sentEndTok[s]!, last + 1 + WAR_WINDOW);
  for (let k = from; k < to; k++) if ((k < first || k > last) && WAR_WORDS.has(doc.lower[k]!)) return true;
  return false;
}

export type { EquipmentEntry };
