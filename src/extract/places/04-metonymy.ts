import type { Doc } from '../../model/doc.ts';
import type { Choice } from './03-choose.ts';
import { actorAt, addresseeCue } from './cues.ts';

/**
 * A country, a capital or a seat of power standing for its government: the subject of a speech or
 * claim verb (`Moscow said`, `Russia claims`, `the Kremlin has denied`), a possessive before a claim
 * noun (`Washington's position`, `Moscow's claims`), the object of a request (`Kyiv asked Washington`,
 * `urged Moscow`), or the source after `according to`.
 */
export function isMetonymy(doc: Doc, c: Choice): boolean {
  const e = c.entry;
  if (!(e.kind === 'country' || e.kind === 'landmark' || (e.kind === 'city' && e.rank === 3))) return false;
  if (actorAt(doc, c.mention.nameEnd) !== null && c.mention.end === c.mention.nameEnd) return true;
  if (addresseeCue(doc, c.mention.first)) return true;
  let p = c.mention.first - 1;
  if (p >= 0 && doc.lower[p] === 'the') p--;
  return p >= 1 && doc.lower[p] === 'to' && doc.lower[p - 1] === 'according';
}
