import type { RebuttalDraft } from './07-rebuttals.ts';
import type { Party } from '../../model/claims.ts';
import { SIDE_ALIASES, STATE_NAMES } from '../lexicon/claims.ts';
import type { Built } from './built-claims.ts';

/** Whether two parties are one: a rebutter and a claimant, or a claimant and the party a denial names (`Moscow`, `the Kremlin`, `Russia`). */

/** A party denies what another claimed: a claim of the rebutter's own is not what it denies. */
export function ownClaim(b: Built, r: RebuttalDraft): boolean {
  return ownParty(b.draft.claimant, r);
}

export function ownParty(c: Party, r: RebuttalDraft): boolean {
  if (!c.name || !r.rebutter.name) return false;
  if (c.entity !== null && c.entity === r.rebutter.entity) return true;
  // `of Albania Edi Rama` and `Edi Rama`: one name holding the other is one party.
  const mine = c.name.toLowerCase();
  const theirs = r.rebutter.name.toLowerCase();
  return mine === theirs || (theirs.length > 3 && mine.includes(theirs)) || (mine.length > 3 && theirs.includes(mine));
}

/** One party under two names: the same entity, one name holding the other, or the same state (`Moscow`, `the Kremlin`, `Russia`). */
export function sameParty(a: Party, b: Party): boolean {
  if (!a.name || !b.name) return false;
  if (a.entity !== null && a.entity === b.entity) return true;
  const x = a.name.toLowerCase();
  const y = b.name.toLowerCase();
  if (x === y || (y.length > 3 && x.includes(y)) || (x.length > 3 && y.includes(x))) return true;
  // `Mr. Peskov` and `Dmitry Peskov`: one surname.
  const last = (n: string) => n.split(/\s+/).pop()!.replace(/['’]s$/, '');
  if (last(x).length > 3 && last(x) === last(y) && /^\p{Lu}/u.test(last(a.name))) return true;
  const sides = (name: string) => [...partyWords(name)].filter((w) => STATE_SIDES.has(w));
  const sa = sides(a.name);
  return sa.length > 0 && sides(b.name).some((w) => sa.includes(w));
}

const STATE_SIDES: ReadonlySet<string> = new Set([...STATE_NAMES.values()].map((v) => v.toLowerCase()));

/** A party's name as words and sides: `Kyiv` -> {ukraine}, `the Kremlin` -> {russia}. */
export function partyWords(name: string | null): Set<string> {
  const out = new Set<string>();
  if (!name) return out;
  for (const w of name.toLowerCase().split(/[\s,]+/)) if (w.length > 2 && w !== 'the') out.add(sideOf(w.replace(/['’]s$/, '')));
  return out;
}

/** The side a word names (`ukrainian`, `kyiv` -> `ukraine`), else the word itself. */
export function sideOf(w: string): string {
  return STATE_NAMES.get(w)?.toLowerCase() ?? SIDE_ALIASES.get(w) ?? w;
}
