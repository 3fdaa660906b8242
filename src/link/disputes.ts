import type { Appearance, Identity, PropositionContradiction, PropositionFrame } from '../model/claims.ts';
import { appearance, byAppearance, cmp, type Article } from './corpus.ts';
import type { Identities } from './identities.ts';
import { isGenericPredicate } from '../extract/lexicon/claims.ts';
import { FirstValid, type Keyed, type WorkCounter } from './first-valid.ts';

/**
 * Disputes across articles by structured proposition (issue 14): one side asserts that an agent did
 * something (`Russia started the war`, `the crimes committed by the Russian military in Bucha`), the
 * other denies it in other words (`we did not unleash this war`, `a provocation in Bucha, which the
 * Russian Army had nothing to do with`). A pair is listed when, across two articles, from claimants of
 * different sides:
 * - the predicates are of one class (`unleash` = `start`; `commit` = `have to do with`), not generic;
 * - the agents are one side (`the Russian Army` = Russia; `we` = the claimant's side);
 * - and the theme (`war` = `this war` = `aggression`) or a place (`Bucha`) is the same.
 * Hedged frames (`could be caused`, `if Russia ...`, questions) assert nothing and are left out.
 */
interface Said {
  readonly frame: PropositionFrame;
  readonly agent: string;
  readonly who: Identity;
  readonly document: string;
  readonly appearance: Appearance;
  /** Its place among the assertions or the denials, in the order they are found. */
  readonly seq: number;
}

/** A match on theme and place both is surer than on one of them. */
const BOTH_BONUS = 0.1;
const MAX_CONFIDENCE = 0.9;

/*
 * The keys of a frame in the lists below (`first-valid.ts`), by attribute: its claimant's side, its
 * claimant's identity, its article, the key contradictions listing its appearance, its theme, its places
 * (for an assertion in a place's list, the places it names before that one). A pair is excluded by a
 * key in common in any of them.
 */

/**
 * Within one predicate and agent, every assertion would meet every denial of its theme or places:
 * quadratic when one proposition (`russia | start | war`) is said thousands of times on each side. So
 * each group is decided by queries instead of pairs: an assertion belongs to a theme's group when the
 * first denial of that theme from another article, identity and side, not listed by a key, exists
 * (`FirstValid`); its confidence takes the best such denial (a list by confidence) and its places the
 * first such denial holding each place (a list per theme and place). A place's group is the same with two
 * more exclusions: a theme in common (the pair belongs to the theme's group) and a place the assertion
 * names before this one (the pair belongs to that place's group). The same from each denial's side
 * decides which denials belong. The output is the one the pairwise loop gave (the property test in
 * `test/property/disputes.test.ts` holds the loop as its reference), in time linear in the frames.
 */
export function frameContradictions(articles: readonly Article[], ids: Identities, byKey: readonly PropositionContradiction[], work?: WorkCounter): PropositionContradiction[] {
  const asserted: Said[] = [];
  const denied: Said[] = [];
  const add = (list: Said[], s: Omit<Said, 'seq'>) => {
    if (s.frame.theme || s.frame.places.length) list.push({ ...s, seq: list.length });
  };
  for (const article of articles) {
    const doc = article.document.id;
    const claims = new Map(article.extraction.claims.map((c) => [c.id, c]));
    for (const c of article.extraction.claims) {
      if (!c.frames?.length) continue;
      const who = ids.resolve(doc, c.claimant.name);
      if (!who) continue;
      for (const frame of c.frames) {
        if (frame.hedged || isGenericPredicate(frame.predicate)) continue;
        const agent = agentSide(frame, doc, who, ids);
        if (!agent) continue;
        add(frame.negated ? denied : asserted, { frame, agent, who, document: doc, appearance: appearance(article, c) });
      }
    }
    // A rebuttal denies what the claim it answers asserts: `Moscow claims that Kyiv started the war. That is a lie.`
    for (const r of article.extraction.rebuttals) {
      const who = ids.resolve(doc, r.rebutter.name);
      if (!who) continue;
      // Its own words may deny in other words (`the Russian army had nothing to do with the fire in Irpin`); only
      // their negated frames: `denied that Russia started the war` holds the denied words unnegated.
      for (const frame of r.frames ?? []) {
        if (!frame.negated || frame.hedged || isGenericPredicate(frame.predicate)) continue;
        const agent = agentSide(frame, doc, who, ids);
        if (agent) add(denied, { frame, agent, who, document: doc, appearance: appearance(article, r) });
      }
      for (const id of r.answers) {
        const c = claims.get(id);
        if (!c?.frames?.length) continue;
        const claimant = ids.resolve(doc, c.claimant.name);
        for (const frame of c.frames) {
          if (frame.hedged || frame.negated || isGenericPredicate(frame.predicate)) continue;
          const agent = agentSide(frame, doc, claimant, ids);
          if (agent) add(denied, { frame, agent, who, document: doc, appearance: appearance(article, r) });
        }
      }
    }
  }
  // Pairs a key already sets against each other are listed once, by their key: each appearance is
  // labelled with the key contradictions that list it (not the product of their appearances).
  const assertedIn = new Map<string, string[]>();
  const deniedIn = new Map<string, string[]>();
  const label = (table: Map<string, string[]>, x: Appearance, i: number) => (table.get(appearanceKey(x)) ?? table.set(appearanceKey(x), []).get(appearanceKey(x))!).push(String(i));
  byKey.forEach((c, i) => {
    for (const a of c.asserted) for (const x of a.appearances) label(assertedIn, x, i);
    for (const d of c.denied) for (const x of d.appearances) label(deniedIn, x, i);
  });

  // The denials and assertions of each predicate and agent, by theme, place, theme and place, two places.
  const classes = new Map<string, Lists>();
  const classOf = (s: Said) => classes.get(`${s.frame.predicate}\u0000${s.agent}`);
  for (const d of denied) {
    const key = `${d.frame.predicate}\u0000${d.agent}`;
    const lists = classes.get(key) ?? classes.set(key, new Lists(work)).get(key)!;
    const places = unique(d.frame.places);
    const entry: Keyed<Said> = { item: d, keys: [[sideKey(d.who.side)], [d.who.id], [d.document], deniedIn.get(appearanceKey(d.appearance)) ?? [], d.frame.theme ? [d.frame.theme] : [], places] };
    const t = d.frame.theme;
    if (t) lists.add(`dt\u0000${t}`, entry);
    for (const p of places) {
      lists.add(`dp\u0000${p}`, entry);
      if (t) lists.add(`dtp\u0000${t}\u0000${p}`, entry);
      for (const q of places) if (q !== p) lists.add(`dpq\u0000${p}\u0000${q}`, entry);
    }
  }
  for (const a of asserted) {
    const lists = classOf(a);
    if (!lists) continue;
    const base = [[sideKey(a.who.side)], [a.who.id], [a.document], assertedIn.get(appearanceKey(a.appearance)) ?? []];
    if (a.frame.theme) lists.add(`at\u0000${a.frame.theme}`, { item: a, keys: [...base, [], []] });
    const places = unique(a.frame.places);
    places.forEach((p, i) => lists.add(`ap\u0000${p}`, { item: a, keys: [...base, a.frame.theme ? [a.frame.theme] : [], places.slice(0, i)] }));
  }

  const groups = new Map<string, Group>();
  const groupOf = (key: string, a: Said, d: Said): Group => {
    let g = groups.get(key);
    if (g) return g;
    // The group reads as its first pair, as the pairwise loop named it.
    const theme = a.frame.theme !== null && a.frame.theme === d.frame.theme ? a.frame.theme : null;
    const places = a.frame.places.filter((p) => d.frame.places.includes(p));
    const predicate = a.frame.predicate;
    const proposition = `${a.agent.toLowerCase()} | ${predicate}${theme ? ` ${theme}` : ''}${places.length ? ` | in ${places.join(', ')}` : ''}`;
    groups.set(key, (g = { proposition, matched: { predicate, agent: a.agent, theme, places }, confidence: -Infinity, asserted: new Map(), denied: new Map() }));
    return g;
  };
  for (const a of asserted) {
    const lists = classOf(a);
    if (!lists) continue;
    const { theme } = a.frame;
    const places = unique(a.frame.places);
    const ca = a.frame.confidence;
    const base = [new Set([sideKey(a.who.side)]), new Set([a.who.id]), new Set([a.document]), new Set(assertedIn.get(appearanceKey(a.appearance)) ?? [])];
    if (theme) {
      const forbid = [...base, null, null];
      const first = lists.first(`dt\u0000${theme}`, forbid);
      if (first) {
        const g = groupOf(`${a.agent}\u0000${a.frame.predicate}\u0000${theme}`, a, first);
        addParty(g.asserted, a);
        let confidence = Math.min(MAX_CONFIDENCE, Math.min(ca, lists.best(`dt\u0000${theme}`, forbid)!.frame.confidence));
        const found: [Said, number][] = [];
        places.forEach((p, i) => {
          const e = lists.first(`dtp\u0000${theme}\u0000${p}`, forbid);
          if (!e) return;
          found.push([e, i]);
          confidence = Math.max(confidence, Math.min(MAX_CONFIDENCE, Math.min(ca, lists.best(`dtp\u0000${theme}\u0000${p}`, forbid)!.frame.confidence) + BOTH_BONUS));
        });
        g.confidence = Math.max(g.confidence, confidence);
        addPlaces(g, found, places);
      }
    }
    places.forEach((p, i) => {
      const forbid = [...base, theme ? new Set([theme]) : null, new Set(places.slice(0, i))];
      const first = lists.first(`dp\u0000${p}`, forbid);
      if (!first) return;
      const g = groupOf(`${a.agent}\u0000${a.frame.predicate}\u0000@${p}`, a, first);
      addParty(g.asserted, a);
      g.confidence = Math.max(g.confidence, Math.min(MAX_CONFIDENCE, Math.min(ca, lists.best(`dp\u0000${p}`, forbid)!.frame.confidence)));
      const found: [Said, number][] = [[first, i]];
      places.forEach((q, j) => {
        const e = q !== p && lists.first(`dpq\u0000${p}\u0000${q}`, forbid);
        if (e) found.push([e, j]);
      });
      addPlaces(g, found, places);
    });
  }
  for (const d of denied) {
    const lists = classOf(d);
    if (!lists) continue;
    const { theme } = d.frame;
    const places = unique(d.frame.places);
    const base = [new Set([sideKey(d.who.side)]), new Set([d.who.id]), new Set([d.document]), new Set(deniedIn.get(appearanceKey(d.appearance)) ?? [])];
    if (theme && lists.first(`at\u0000${theme}`, [...base, null, null])) addParty(groups.get(`${d.agent}\u0000${d.frame.predicate}\u0000${theme}`)!.denied, d);
    const forbid = [...base, theme ? new Set([theme]) : null, new Set(places)];
    for (const p of places) if (lists.first(`ap\u0000${p}`, forbid)) addParty(groups.get(`${d.agent}\u0000${d.frame.predicate}\u0000@${p}`)!.denied, d);
  }

  const out: PropositionContradiction[] = [];
  for (const g of groups.values()) {
    out.push({
      kind: 'proposition', proposition: g.proposition, matched: g.matched, confidence: Math.round(g.confidence * 100) / 100,
      asserted: [...g.asserted.values()].map((p) => ({ claimant: p.id, name: p.name, appearances: p.appearances.sort(byAppearance) })).sort(byFirst),
      denied: [...g.denied.values()].map((p) => ({ rebutter: p.id, name: p.name, appearances: p.appearances.sort(byAppearance) })).sort(byFirst),
    });
  }
  return out.sort((a, b) => byFirst(a.asserted[0]!, b.asserted[0]!) || cmp(a.proposition, b.proposition));
}

type Party = { id: string; name: string; appearances: Appearance[] };
type Group = { proposition: string; matched: { predicate: string; agent: string; theme: string | null; places: string[] }; confidence: number; asserted: Map<string, Party>; denied: Map<string, Party> };

/**
 * The places one assertion adds to its group, in the order the pairwise loop met them: by the first
 * denial holding each (its order among the denials), then by the assertion's order of places.
 */
function addPlaces(g: Group, found: [Said, number][], places: readonly string[]) {
  found.sort((x, y) => x[0].seq - y[0].seq || x[1] - y[1]);
  for (const [, i] of found) if (!g.matched.places.includes(places[i]!)) g.matched.places.push(places[i]!);
}

/** Lists of frames by key, each with its `FirstValid` in the order the frames were found and one by confidence (best first). */
class Lists {
  private readonly lists = new Map<string, Keyed<Said>[]>();
  private readonly inOrder = new Map<string, FirstValid<Said>>();
  private readonly byConfidence = new Map<string, FirstValid<Said>>();
  constructor(private readonly work?: WorkCounter) {}

  add(key: string, entry: Keyed<Said>) {
    if (this.work) this.work.steps++;
    (this.lists.get(key) ?? this.lists.set(key, []).get(key)!).push(entry);
  }

  /** The first (in order of finding) that the forbidden keys do not exclude. */
  first(key: string, forbidden: readonly (ReadonlySet<string> | null)[]): Said | null {
    return this.query(this.inOrder, key, forbidden, (l) => l);
  }

  /** The most confident that the forbidden keys do not exclude. */
  best(key: string, forbidden: readonly (ReadonlySet<string> | null)[]): Said | null {
    return this.query(this.byConfidence, key, forbidden, (l) => [...l].sort((x, y) => y.item.frame.confidence - x.item.frame.confidence));
  }

  private query(table: Map<string, FirstValid<Said>>, key: string, forbidden: readonly (ReadonlySet<string> | null)[], order: (l: Keyed<Said>[]) => Keyed<Said>[]): Said | null {
    let fv = table.get(key);
    if (!fv) {
      const list = this.lists.get(key);
      if (!list) return null;
      table.set(key, (fv = new FirstValid(order(list), this.work)));
    }
    return fv.first(forbidden);
  }
}

function addParty(parties: Map<string, Party>, s: Said) {
  const p = parties.get(s.who.id) ?? parties.set(s.who.id, { id: s.who.id, name: s.who.name, appearances: [] }).get(s.who.id)!;
  if (!p.appearances.some((x) => x.document === s.appearance.document && x.item === s.appearance.item)) p.appearances.push(s.appearance);
}

const unique = (xs: readonly string[]) => [...new Set(xs)];
/** Claimants on different sides: both known and unequal, or one known and the other not (a third party); so unknown is a key of its own: two unknown sides never. */
const sideKey = (side: string | null) => (side === null ? '\u0000' : `s:${side}`);
const appearanceKey = (a: Appearance) => `${a.document}#${a.item}`;

/** The agent's side: the side its words name, else the side of the identity its name resolves to, else for `we` the claimant's. */
function agentSide(frame: PropositionFrame, document: string, claimant: Identity | null, ids: Identities): string | null {
  const a = frame.agent;
  if (!a) return null;
  if (a.side) return a.side;
  if (a.speaker) return claimant?.side ?? null;
  if (a.name) return ids.resolve(document, a.name)?.side ?? null;
  return null;
}

const byFirst = (a: { appearances: readonly Appearance[] }, b: { appearances: readonly Appearance[] }) => byAppearance(a.appearances[0]!, b.appearances[0]!);
