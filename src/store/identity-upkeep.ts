/**
 * The backend-free steps of keeping identities in `put`'s transaction, shared by
 * sqlite/identities.ts and postgres/identities.ts (each reads and writes its own tables).
 */
import { groupSpellings } from '../link/spellings.ts';
import { isOrganizationName } from '../link/names.ts';

export interface SpellingRow {
  readonly name: string;
  readonly quotes: number;
  readonly identity: string | null;
}

/** Each spelling's roles, in the order the query gave them. */
export function rolesByName(rows: Iterable<{ readonly name: string; readonly role: string }>): Map<string, string[]> {
  const roles = new Map<string, string[]>();
  for (const r of rows) (roles.get(r.name) ?? roles.set(r.name, []).get(r.name)!).push(r.role);
  return roles;
}

/** A speaker spelling stands for an organization or a group (its kind, else its words). */
export function organizationOf(name: string, kind: string | null): boolean {
  return kind === 'organization' || kind === 'group' || isOrganizationName(name);
}

/** A surname's spellings grouped into identities (../link/identities.ts decides who is one person). */
export function groupRows(rows: readonly (SpellingRow & { readonly kind: string | null })[], roles: ReadonlyMap<string, string[]>) {
  return groupSpellings(rows.map((r) => ({ name: r.name, quotes: r.quotes, organization: organizationOf(r.name, r.kind), roles: roles.get(r.name) ?? [] })));
}

/**
 * The identity these spellings had, when they were all of it and nothing was taken away (its id
 * stays, and its article count grows by the added articles that quote it: recounting every
 * quotation of a much-quoted person at each batch would make ingest quadratic); else null.
 */
export function keptIdentity(members: readonly SpellingRow[], spellings: readonly string[], rows: readonly SpellingRow[], before: ReadonlyMap<string, unknown>, recount: boolean): string | null {
  const old = members[0]!.identity;
  const same = old !== null && !recount && before.has(old) && members.every((m) => m.identity === old)
    && rows.every((r) => r.identity !== old || spellings.includes(r.name));
  return same ? old : null;
}

/** How many of the added articles (each the set of its lower-cased speaker names) quote one of these spellings. */
export function articlesQuoting(spellings: readonly string[], added: readonly ReadonlySet<string>[]): number {
  const names = new Set(spellings.map((n) => n.toLowerCase()));
  return added.filter((a) => [...a].some((n) => names.has(n))).length;
}
