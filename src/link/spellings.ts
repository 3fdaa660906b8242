/**
 * The store's identities from the spellings it has counted (`groupSpellings`): the rules
 * `buildIdentities` (identities.ts) applies within a corpus, without the article-level evidence.
 */
import { cmp } from './corpus.ts';
import { displayName, isOrganizationName, nameKey, personKey, personName, slug, spellingKey, words } from './names.ts';
import { chooseCandidate, evidenceOf } from './namesakes.ts';

/** One spelling of a speaker's name as the store counts it. */
export interface Spelling {
  readonly name: string;
  readonly quotes: number;
  /** Said of an organization, a group or a state: grouped by its whole name, never as a surname. */
  readonly organization: boolean;
  readonly roles: readonly string[];
}

export interface SpellingGroup {
  /** The identity's stable id: its display name, normalized (`volodymyr-zelenskyy`). */
  readonly id: string;
  /** The fullest name its spellings give, as written, title off (`Volodymyr Zelenskyy`). */
  readonly name: string;
  readonly spellings: readonly string[];
  /** For a surname that stays apart: the ids of the people it might be. */
  readonly ambiguous: readonly string[];
}

/**
 * Spellings -> identities, by the rules `buildIdentities` applies within a corpus, without the
 * article-level evidence (the speaker stage already joined a surname to the full name its article
 * gives): full names join by spelling key; a surname alone joins the one full name of that
 * surname, or the one its roles and titles point to; else it stays apart, listing whom it might be.
 * The store calls this with every spelling that shares a surname key (`surnameOf`), so that adding
 * an article only regroups the surnames it names.
 */
export function groupSpellings(spellings: readonly Spelling[]): SpellingGroup[] {
  const keyed = spellings.map((s) => ({ s, ...spellingKey(s.name, s.organization) }));
  // A name of three words or more that ends with a full name the others give is that person with
  // words of a role before it (`Temporarily Occupied Territories Iryna Vereshchuk`). A name the
  // speaker stage called an organization, though no organization by its words, is the person
  // when it holds the name of one the others give (`Republic of Estonia Alar Karis`, `President Biden’s`).
  const personKeys = new Set(keyed.filter((k) => k.person).map((k) => k.key));
  for (const k of keyed) {
    const guessed = !k.person && k.s.organization && !isOrganizationName(k.s.name);
    const spelled = guessed ? spellingKey(k.s.name, false) : k;
    if (!spelled.person) continue;
    const ws = spelled.key.split(' ');
    for (let i = guessed ? 0 : 1; i < ws.length; i++) {
      const tail = ws.slice(i).join(' ');
      if (personKeys.has(tail) && (tail.includes(' ') || (guessed && i === 0))) {
        k.key = tail;
        k.person = true;
        break;
      }
    }
  }
  const full = new Map<string, Spelling[]>();
  for (const k of keyed) if (k.person && k.key.includes(' ')) (full.get(k.key) ?? full.set(k.key, []).get(k.key)!).push(k.s);
  const groups = new Map<string, Spelling[]>();
  const ambiguous = new Map<string, string[]>();
  const evidence = (ss: readonly Spelling[]) => evidenceOf(ss.flatMap((x) => x.roles), ss.map((x) => x.name));
  for (const k of keyed) {
    let key = k.key;
    if (k.person && !key.includes(' ')) {
      const candidates = [...full.keys()].filter((c) => c.slice(c.lastIndexOf(' ') + 1) === key).sort();
      const chosen = candidates.length ? chooseCandidate(evidence([k.s]), candidates.map((c) => ({ key: c, evidence: evidence(full.get(c)!) }))) : null;
      if (chosen) key = chosen;
      else if (candidates.length) ambiguous.set(key, candidates);
    } else if (!k.person) key = '\u0000' + key;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(k.s);
  }
  const out = [...groups].map(([key, group]) => ({ key, group, ...shownName(group, key, !key.startsWith('\u0000')) }));
  const idOf = new Map(out.map((g) => [g.key, g.id]));
  return out.map(({ key, group, id, name }) => ({
    id, name, spellings: group.map((s) => s.name), ambiguous: (ambiguous.get(key) ?? []).map((k) => idOf.get(k) ?? slug(k)),
  }));
}

/**
 * The group's name. A person: the fullest name its spellings hold that keys as the group does (not
 * `Temporarily Occupied Territories Iryna Vereshchuk`), then not in capitals, then the most quoted.
 * An organization: its display name (`Kremlin` -> Russia), the most quoted. Anything else: the
 * most quoted spelling as written.
 */
function shownName(group: readonly Spelling[], key: string, person: boolean): { id: string; name: string } {
  const uses = new Map<string, number>();
  const organization = group.some((s) => s.organization);
  for (const s of group) {
    const written = s.name.replace(/\s+/g, ' ').trim();
    const shown = organization ? displayName(written) : person ? personName(written) ?? written : written;
    uses.set(shown, (uses.get(shown) ?? 0) + s.quotes);
  }
  const capitals = (x: string) => (x === x.toUpperCase() ? 1 : 0);
  // A name only ever written in capitals (`MS. PSAKI` in a transcript) is shown as a name: `Psaki`.
  for (const x of [...uses.keys()]) {
    if (person && capitals(x) && /\p{Lu}{2}/u.test(x)) {
      const cased = x.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
      if (!uses.has(cased)) uses.set(cased, uses.get(x)!);
    }
  }
  const own = (x: string) => (person && personKey(x) !== key ? 1 : 0);
  const order = person
    ? (a: string, b: string) => own(a) - own(b) || words(b).length - words(a).length || capitals(a) - capitals(b) || uses.get(b)! - uses.get(a)! || cmp(a, b)
    : (a: string, b: string) => uses.get(b)! - uses.get(a)! || capitals(a) - capitals(b) || cmp(a, b);
  const name = [...uses.keys()].sort(order)[0]!;
  return { id: slug(person || organization ? nameKey(name) : name.toLowerCase()) || 'unnamed', name };
}
