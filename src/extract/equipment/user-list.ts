import { ClaimgraphError } from '../../model/errors.ts';
import type { EquipmentEntry, EquipmentType } from '../lexicon/equipment.ts';

const TYPES: ReadonlySet<string> = new Set(['air-defence', 'aircraft', 'missile', 'drone', 'artillery', 'armour', 'other']);
const MAX_FORM_LENGTH = 60;

/**
 * A user's equipment list (`--equipment FILE` or CLAIMGRAPH_EQUIPMENT; src/resources reads the
 * file): a JSON array of
 * `{"name": "Gepard", "type": "air-defence", "forms"?: ["Gepard", "Gepards"], "ambiguous"?: false}`.
 * Forms start with a capital A-Z: the matcher looks only at capitalized tokens.
 * Any problem is a ClaimgraphError naming the file and, for an entry, its index.
 */
export function parseEquipmentList(raw: string, file: string): EquipmentEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    throw new ClaimgraphError('E_INPUT_JSON', `the equipment list is not JSON: ${(e as Error).message}`, { file });
  }
  if (!Array.isArray(data)) throw new ClaimgraphError('E_INPUT_FIELD', 'the equipment list must be a JSON array of {name, type, forms?}', { file });
  return data.map((x, i) => entryOf(x, i, file));
}

function entryOf(x: unknown, i: number, file: string): EquipmentEntry {
  const bad = (why: string) => new ClaimgraphError('E_INPUT_FIELD', `equipment entry ${i}: ${why}`, { file });
  if (!x || typeof x !== 'object' || Array.isArray(x)) throw bad('must be an object {name, type, forms?}');
  const r = x as Record<string, unknown>;
  if (typeof r.name !== 'string' || !r.name.trim() || r.name.length > MAX_FORM_LENGTH) throw bad('"name" must be a non-empty string of at most 60 characters');
  if (typeof r.type !== 'string' || !TYPES.has(r.type)) throw bad(`"type" must be one of ${[...TYPES].join(', ')}`);
  const forms = r.forms === undefined ? [r.name] : r.forms;
  if (!Array.isArray(forms) || !forms.length || !forms.every((f) => typeof f === 'string' && /^[A-Z]/.test(f) && f.length <= MAX_FORM_LENGTH)) {
    throw bad('"forms" (or "name" when there are no forms) must be strings of at most 60 characters that start with a capital A-Z');
  }
  if (r.ambiguous !== undefined && typeof r.ambiguous !== 'boolean') throw bad('"ambiguous" must be true or false');
  return { name: r.name, type: r.type as EquipmentType, forms: forms as string[], ambiguous: r.ambiguous === true };
}
