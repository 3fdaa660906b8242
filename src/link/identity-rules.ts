/**
 * The rules the store keeps its identities by (`IdentityRules`, ../store/store.ts): handed to the
 * store when it is opened, applied inside each `put`, so that who is one person across stored
 * articles is decided here, in link/, and the store holds no rule of its own.
 */
import type { IdentityRules, PlannedIdentity, SurnameState } from '../store/store.ts';
import { isOrganizationName, spellingKey, surnameOf } from './names.ts';
import { groupSpellings } from './spellings.ts';

/** A speaker spelling stands for an organization or a group (its kind, else its words). */
function organizationOf(name: string, kind: string | null): boolean {
  return kind === 'organization' || kind === 'group' || isOrganizationName(name);
}

/** Spelling and kind -> keys: the same names come in every batch. */
const keyCache = new Map<string, { surname: string; key: string }>();

function keys(name: string, kind: string | null): { surname: string; key: string } {
  const cacheKey = `${kind ?? ''}\u0000${name}`;
  let k = keyCache.get(cacheKey);
  if (!k) {
    const organization = organizationOf(name, kind);
    k = { surname: surnameOf(name, organization), key: spellingKey(name, organization).key };
    if (keyCache.size > 100_000) keyCache.clear();
    keyCache.set(cacheKey, k);
  }
  return k;
}

function typed(name: string): string[] {
  return spellingKey(name, false).key.split(' ').filter(Boolean);
}

/**
 * A surname key's spellings grouped into identities (spellings.ts decides who is one person). An
 * identity whose spellings are all of it, with nothing taken away, keeps its id, and its article
 * count grows by the added articles that quote it: recounting every quotation of a much-quoted
 * person at each batch would make ingest quadratic. A new or changed group of several spellings is
 * counted by the store (an article that used two spellings counts once).
 */
function plan(state: SurnameState): PlannedIdentity[] {
  const { spellings: rows, identities: before, recount, added } = state;
  const byName = new Map(rows.map((r) => [r.name, r]));
  const roles = new Map<string, string[]>();
  for (const r of state.roles) (roles.get(r.name) ?? roles.set(r.name, []).get(r.name)!).push(r.role);
  const groups = groupSpellings(rows.map((r) => ({ name: r.name, quotes: r.quotes, organization: organizationOf(r.name, r.kind), roles: roles.get(r.name) ?? [] })));
  return groups.map((g) => {
    const members = g.spellings.map((n) => byName.get(n)!);
    const quotes = members.reduce((sum, m) => sum + m.quotes, 0);
    const old = members[0]!.identity;
    const kept = old !== null && !recount && before.has(old) && members.every((m) => m.identity === old)
      && rows.every((r) => r.identity !== old || g.spellings.includes(r.name));
    let articles: number | null = null;
    if (members.length === 1) articles = members[0]!.articles;
    else if (kept) articles = before.get(old)!.articles + articlesQuoting(g.spellings, added);
    return { id: kept ? old : g.id, base: g.id, name: g.name, spellings: g.spellings, quotes, articles, ambiguous: g.ambiguous };
  });
}

/** How many of the added articles (each the set of its lower-cased speaker names) quote one of these spellings. */
function articlesQuoting(spellings: readonly string[], added: readonly ReadonlySet<string>[]): number {
  const names = new Set(spellings.map((n) => n.toLowerCase()));
  return added.filter((a) => [...a].some((n) => names.has(n))).length;
}

export const identityRules: IdentityRules = { keys, typed, plan };
