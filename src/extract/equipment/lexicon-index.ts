import { EQUIPMENT, type EquipmentEntry } from '../lexicon/equipment.ts';

/**
 * The equipment list as a lookup: each form filed under its leading letters (`F-16` under `F`,
 * `Storm Shadow` under `Storm`), longest form first, so a token needs one map look-up.
 */
export interface EquipmentIndex {
  readonly byLead: ReadonlyMap<string, readonly { form: string; entry: EquipmentEntry }[]>;
  readonly size: number;
}

/** The leading run of letters and digits of a form or token: `F-16` -> `F`, `IRIS-T` -> `IRIS`, `PzH` -> `PzH`. */
export function leadOf(s: string): string {
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127)) break;
    i++;
  }
  return s.slice(0, i);
}

/** Builds the index from the built-in list with `extra` merged over it: an extra entry replaces a built-in one of the same name. */
export function buildEquipmentIndex(extra: readonly EquipmentEntry[] = []): EquipmentIndex {
  const replaced = new Set(extra.map((x) => x.name.toLowerCase()));
  const entries = [...EQUIPMENT.filter((x) => !replaced.has(x.name.toLowerCase())), ...extra];
  const byLead = new Map<string, { form: string; entry: EquipmentEntry }[]>();
  for (const entry of entries) {
    for (const form of entry.forms) {
      const lead = leadOf(form);
      if (!lead) continue;
      const list = byLead.get(lead) ?? [];
      list.push({ form, entry });
      byLead.set(lead, list);
    }
  }
  for (const list of byLead.values()) list.sort((a, b) => b.form.length - a.form.length);
  return { byLead, size: entries.length };
}

let builtIn: EquipmentIndex | null = null;
export const builtInEquipmentIndex = (): EquipmentIndex => (builtIn ??= buildEquipmentIndex());
