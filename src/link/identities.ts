import type { Identity, Party, RoleSpell } from '../model/claims.ts';
import type { Entity } from '../model/items.ts';
import { cmp, type Article } from './corpus.ts';
import { bareName, displayName, isDescription, isOrganizationName, nameKey, personName, sideOf, slug, spellingKey, words } from './names.ts';
import { chooseCandidate, evidenceOf } from './namesakes.ts';

/**
 * One identity per speaker across the corpus. Full names are identities; a surname alone (`Hnatov`,
 * `Gen. Hnatov`) joins the one person of that surname the article names in full, else the one the
 * corpus knows, else, when several share it, the one whose roles share words with its role or title.
 * Without such evidence it stays apart, listing whom it might be: two people who share a surname
 * are never merged on the surname alone. Descriptions (`local officials`) are not identities.
 */
type Kind = Identity['kind'];

interface NameInDoc {
  readonly doc: string;
  readonly date: string | null;
  readonly name: string;
  readonly kinds: Kind[];
  readonly roles: Set<string>;
  readonly aliases: Set<string>;
  /** The names the article's layers use for it (`Putin`, `Vladimir Putin`): what `resolve` answers to. */
  readonly lookups: Set<string>;
}

export interface Identities {
  readonly identities: readonly Identity[];
  /** The identity a name stands for in an article, or null for a description or no name. */
  resolve(document: string, name: string | null): Identity | null;
}

export function buildIdentities(articles: readonly Article[]): Identities {
  const names = collectNames(articles);
  const keyOf = new Map<NameInDoc, string>();
  const people = new Map<string, NameInDoc[]>();
  const single: NameInDoc[] = [];
  const personal = new Set<NameInDoc>();
  for (const n of names) {
    if (isDescription(n.name)) continue;
    const organization = isOrganizationName(n.name) || (!n.kinds.includes('person') && n.kinds.includes('organization'));
    // A person's name by its spelling key (`Zelenskiy` = `Zelenskyy`, `Vladimir Putin of Russia` =
    // `Vladimir Putin`); an organization or a state by its name as compared (`Moscow` = Russia).
    const spelled = organization ? null : spellingKey(n.name, false);
    const key = spelled?.person ? spelled.key : nameKey(n.name);
    if (!key) continue;
    if (spelled?.person) personal.add(n);
    if (!spelled?.person || key.includes(' ')) {
      keyOf.set(n, key);
      if (spelled?.person && n.kinds.includes('person')) (people.get(key) ?? people.set(key, []).get(key)!).push(n);
    } else single.push(n);
  }
  // A one-word name that is some person's surname is read as that surname; any other is a name of its own.
  const bySurname = new Map<string, string[]>();
  for (const k of [...people.keys()].sort()) {
    const surname = k.slice(k.lastIndexOf(' ') + 1);
    (bySurname.get(surname) ?? bySurname.set(surname, []).get(surname)!).push(k);
  }
  const surnames: NameInDoc[] = [];
  for (const n of single) {
    const surname = spellingKey(n.name, false).key;
    if (bySurname.has(surname)) surnames.push(n);
    else keyOf.set(n, surname);
  }
  const ambiguous = new Map<string, string[]>();
  const evidence = (ns: readonly NameInDoc[]) => evidenceOf(ns.flatMap((m) => [...m.roles]), ns.map((m) => m.name));
  for (const n of surnames) {
    const surname = spellingKey(n.name, false).key;
    const candidates = bySurname.get(surname) ?? [];
    const sameDoc = candidates.filter((k) => people.get(k)!.some((m) => m.doc === n.doc));
    const chosen = sameDoc.length === 1 ? sameDoc[0]! : chooseCandidate(evidence([n]), candidates.map((k) => ({ key: k, evidence: evidence(people.get(k)!) })));
    if (chosen) keyOf.set(n, chosen);
    else {
      keyOf.set(n, surname);
      if (candidates.length) ambiguous.set(surname, candidates);
    }
  }
  const byKey = new Map<string, NameInDoc[]>();
  for (const [n, key] of keyOf) (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(n);
  const identities: Identity[] = [];
  const index = new Map<string, Identity>();
  const idOf = new Map<string, string>();
  const assembled = [...byKey].map(([key, group]) => {
    const identity = assemble(group, (n) => (personal.has(n) ? personName(n.name) ?? displayName(n.name) : displayName(n.name)));
    idOf.set(key, identity.id);
    return { key, group, identity };
  });
  for (const { key, group, identity: found } of assembled) {
    const identity = { ...found, ambiguous: (ambiguous.get(key) ?? []).map((k) => idOf.get(k) ?? slug(k)) };
    identities.push(identity);
    for (const n of group) for (const name of n.lookups) index.set(n.doc + '\u0000' + name, identity);
  }
  identities.sort((a, b) => cmp(a.id, b.id));
  return { identities, resolve: (document, name) => (name === null ? null : index.get(document + '\u0000' + name) ?? null) };
}

const HONORIFIC_ONLY = /^(?:gen|col|lt|maj|capt|sgt|adm|cmdr|brig|mr|mrs|ms|dr|prof|sen|rep|gov|rev)\.?$/i;

function assemble(group: readonly NameInDoc[], shown: (n: NameInDoc) => string): Identity {
  // The form most articles use, then the fullest: `Russian Defense Ministry` over `Russia's Defense Ministry`, `Andrii Hnatov` over `Hnatov`.
  const uses = new Map<string, number>();
  for (const n of group) uses.set(shown(n), (uses.get(shown(n)) ?? 0) + 1);
  // On a tie, the proper name over the possessive phrase: `Russian Defense Ministry`, not `Russia's Defense Ministry`.
  const possessive = (x: string) => (/['’]s\s/u.test(x) ? 1 : 0);
  const fullest = [...uses.keys()].sort((a, b) => words(b).length - words(a).length || uses.get(b)! - uses.get(a)! || possessive(a) - possessive(b) || cmp(a, b))[0]!;
  const kinds = group.flatMap((n) => n.kinds);
  const kind: Kind = isOrganizationName(fullest) ? 'organization'
    : (['person', 'organization', 'group', 'unknown'] as const).find((k) => kinds.includes(k)) ?? 'unknown';
  const roles = new Map<string, { from: string | null; to: string | null; documents: Set<string>; order: number }>();
  const ordered = [...group].sort((a, b) => cmp(a.date ?? '\uffff', b.date ?? '\uffff') || cmp(a.doc, b.doc));
  for (const n of ordered) {
    for (const r of n.roles) {
      const role = r.replace(/^(a|an|the)\s+/i, '');
      const spell = roles.get(role) ?? roles.set(role, { from: n.date, to: n.date, documents: new Set(), order: roles.size }).get(role)!;
      if (n.date && (!spell.to || n.date > spell.to)) spell.to = n.date;
      spell.documents.add(n.doc);
    }
  }
  const roleSpells: RoleSpell[] = [...roles.entries()].sort((a, b) => a[1].order - b[1].order)
    .map(([role, s]) => ({ role, from: s.from, to: s.to, documents: [...s.documents].sort() }));
  const aliases = new Set<string>();
  // Names only: a pronoun that stood for the speaker in one sentence is not one of their names.
  for (const n of group) for (const a of n.aliases) if (/^\p{Lu}/u.test(a)) aliases.add(a);
  return {
    id: slug(nameKey(fullest)), name: fullest, kind, side: sideOf(fullest, ...roleSpells.map((r) => r.role)),
    aliases: [...aliases].sort(), roles: roleSpells, documents: [...new Set(group.map((n) => n.doc))].sort(), ambiguous: [],
  };
}

/**
 * Every name each article gives a speaker, claimant or rebutter, with its roles and the forms it takes.
 * Identities are who speaks, claims or denies, not every organization an article names: an entity
 * counts only through a party that points to it, and then under the entity layer's resolved name
 * (`Putin` -> `Vladimir Putin`) with its role and mentions. The raw names stay lookups, so that
 * `resolve(document, 'Putin')` still finds the identity.
 */
function collectNames(articles: readonly Article[]): NameInDoc[] {
  const out: NameInDoc[] = [];
  for (const { document, extraction } of articles) {
    const entities = new Map<string, Entity>();
    for (const e of extraction.entities) entities.set(e.id, e);
    const local = new Map<string, NameInDoc>();
    const byLookup = new Map<string, NameInDoc>();
    const add = (name: string | null, kind: Kind, role: string | null, alias: string | null, entityId: string | null = null) => {
      if (!name || !name.trim()) return;
      const entity = entityId ? entities.get(entityId) : undefined;
      // The entity layer may name an organization by its head alone (`Defense Ministry` in
      // `Russia's Defense Ministry`, `General Staff` in `General Staff of the Armed Forces of
      // Ukraine`), or take one word of it for a person's name (`Intelligence`): the party's fuller
      // name keeps the side and the distinction, so it wins then.
      const narrower = entity !== undefined && (entity.kind === 'organization' || kind === 'organization' || !entity.name.includes(' ')) && name.length > entity.name.length && name.includes(entity.name);
      const resolved = narrower ? name : entity?.name ?? name;
      const n = local.get(resolved) ?? byLookup.get(resolved) ?? byLookup.get(name)
        ?? local.set(resolved, { doc: document.id, date: document.date, name: resolved, kinds: [], roles: new Set(), aliases: new Set(), lookups: new Set() }).get(resolved)!;
      for (const k of entity ? [entity.kind, kind] : [kind]) if (!n.kinds.includes(k)) n.kinds.push(k);
      const theRole = role ?? entity?.role?.text ?? null;
      // A rank or honorific abbreviation alone (`Gen.`, `Mr.`) is a title of the name, not a role held.
      if (theRole && !HONORIFIC_ONLY.test(theRole.trim())) n.roles.add(theRole);
      if (alias) n.aliases.add(alias);
      for (const form of [name, resolved]) {
        const bare = bareName(form);
        if (bare !== form) n.aliases.add(bare);
        n.aliases.add(form);
        n.lookups.add(form);
        byLookup.set(form, n);
      }
    };
    for (const q of extraction.quotes) {
      const s = q.speaker;
      if (s?.name) add(s.name, s.kind, s.role?.text ?? null, s.pronoun ? null : s.mention.text, s.entity);
    }
    const party = (p: Party) => {
      add(p.name, 'unknown', null, p.mention?.text ?? null, p.entity);
      for (const a of p.also) party(a);
    };
    for (const c of extraction.claims) party(c.claimant);
    for (const r of extraction.rebuttals) party(r.rebutter);
    for (const f of extraction.figures) add(f.claimant, 'unknown', null, null);
    out.push(...local.values());
  }
  return out;
}
