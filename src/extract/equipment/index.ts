import type { Doc } from '../../model/doc.ts';
import type { Equipment } from '../../model/context.ts';
import { span } from '../../model/span.ts';
import { listedAt } from './01-lexicon.ts';
import { patternAt } from './02-patterns.ts';
import { builtInEquipmentIndex, type EquipmentIndex } from './lexicon-index.ts';

/**
 * Weapon systems and equipment (see README.md):
 * at each capitalized token, in one pass:
 * 1. lexicon: the curated list (src/extract/lexicon/equipment.ts) with the user's file merged over it;
 * 2. patterns: letter-digit model names before a class noun (`Su-34 jets`), where the list found nothing.
 */
export function extractEquipment(doc: Doc, index: EquipmentIndex = builtInEquipmentIndex()): Equipment[] {
  const out: Equipment[] = [];
  const n = doc.tokens.length;
  // One pass; both steps start only at a token with a capital A-Z.
  for (let i = 0; i < n; i++) {
    const c0 = doc.tokens[i]!.charCodeAt(0);
    if (c0 < 65 || c0 > 90) continue;
    const h = listedAt(doc, index, i) ?? patternAt(doc, i);
    if (!h) continue;
    const s = span(doc.text, h.start, h.end);
    out.push({ start: s.start, end: s.end, text: s.text, id: `eq${out.length + 1}`, name: h.name, type: h.type, confidence: h.confidence, rule: h.rule });
    i = h.last;
  }
  return out;
}

export { buildEquipmentIndex, type EquipmentIndex } from './lexicon-index.ts';
export { parseEquipmentList } from './user-list.ts';
