/**
 * Which person a surname alone stands for, when several full names share it: the evidence that
 * tells namesakes apart (the words of their roles, and of the titles before their names) and the
 * choice among them. Used within a corpus (identities.ts) and by the store over its spellings
 * (spellings.ts): two people who share a surname are never merged on the surname alone.
 */
import { roleWords, titlesOf, words } from './names.ts';

/** What tells two people of one surname apart: the words of their roles, and those with their titles. */
export interface Evidence {
  readonly roles: ReadonlySet<string>;
  readonly all: ReadonlySet<string>;
}

export function evidenceOf(roles: Iterable<string>, names: Iterable<string>): Evidence {
  const roleSet = new Set<string>();
  const all = new Set<string>();
  for (const r of roles) for (const w of roleWords(r)) { roleSet.add(w); all.add(w); }
  // Titles anywhere before the name (`what President Macron`), spelled out (`Gen.` -> general).
  for (const n of names) for (const w of words(n).slice(0, -1)) for (const t of titlesOf(w)) all.add(t);
  return { roles: roleSet, all };
}

/**
 * The person a surname alone stands for, among the full names that share it: with one candidate,
 * that one unless roles conflict; with several, the one candidate whose roles and titles share the
 * most words with the mention's. Null without such evidence: namesakes are never merged on the surname.
 */
export function chooseCandidate(mine: Evidence, candidates: readonly { key: string; evidence: Evidence }[]): string | null {
  const scores = candidates.map(({ key, evidence: theirs }) => {
    let shared = 0;
    for (const w of mine.all) if (theirs.all.has(w)) shared++;
    // Roles on both sides with no word in common are evidence of two people; a title alone is not.
    return { key, shared, conflict: mine.roles.size > 0 && theirs.roles.size > 0 && shared === 0 };
  });
  if (scores.length === 1) return scores[0]!.conflict ? null : scores[0]!.key;
  const best = Math.max(0, ...scores.map((s) => s.shared));
  const top = scores.filter((s) => s.shared === best);
  return best > 0 && top.length === 1 ? top[0]!.key : null;
}
