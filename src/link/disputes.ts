import type { Appearance, Identity, PropositionContradiction, PropositionFrame } from '../model/claims.ts';
import { appearance, byAppearance, cmp, type Article } from './corpus.ts';
import type { Identities } from './identities.ts';
import { isGenericPredicate } from '../extract/lexicon/claims.ts';

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
}

/** A match on theme and place both is surer than on one of them. */
const BOTH_BONUS = 0.1;
const MAX_CONFIDENCE = 0.9;

export function frameContradictions(articles: readonly Article[], ids: Identities, byKey: readonly PropositionContradiction[]): PropositionContradiction[] {
  const asserted: Said[] = [];
  const denied = new Map<string, Said[]>();
  const deny = (s: Said) => {
    for (const key of matchKeys(s)) (denied.get(key) ?? denied.set(key, []).get(key)!).push(s);
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
        const s: Said = { frame, agent, who, document: doc, appearance: appearance(article, c) };
        if (frame.negated) deny(s);
        else asserted.push(s);
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
        if (agent) deny({ frame, agent, who, document: doc, appearance: appearance(article, r) });
      }
      for (const id of r.answers) {
        const c = claims.get(id);
        if (!c?.frames?.length) continue;
        const claimant = ids.resolve(doc, c.claimant.name);
        for (const frame of c.frames) {
          if (frame.hedged || frame.negated || isGenericPredicate(frame.predicate)) continue;
          const agent = agentSide(frame, doc, claimant, ids);
          if (agent) deny({ frame, agent, who, document: doc, appearance: appearance(article, r) });
        }
      }
    }
  }
  // Pairs a key already sets against each other are listed once, by their key.
  const listed = new Set<string>();
  for (const c of byKey) for (const a of c.asserted) for (const d of c.denied) for (const x of a.appearances) for (const y of d.appearances) listed.add(pairKey(x, y));

  const groups = new Map<string, { proposition: string; matched: NonNullable<PropositionContradiction['matched']>; confidence: number; asserted: Map<string, Party>; denied: Map<string, Party> }>();
  for (const a of asserted) {
    const seen = new Set<Said>();
    for (const key of matchKeys(a)) {
      for (const d of denied.get(key) ?? []) {
        if (seen.has(d)) continue;
        seen.add(d);
        if (d.document === a.document || d.who.id === a.who.id || !differentSides(a.who.side, d.who.side)) continue;
        if (listed.has(pairKey(a.appearance, d.appearance))) continue;
        const theme = a.frame.theme !== null && a.frame.theme === d.frame.theme ? a.frame.theme : null;
        const places = a.frame.places.filter((p) => d.frame.places.includes(p));
        if (theme === null && !places.length) continue;
        const predicate = a.frame.predicate;
        const proposition = `${a.agent.toLowerCase()} | ${predicate}${theme ? ` ${theme}` : ''}${places.length ? ` | in ${places.join(', ')}` : ''}`;
        const groupKey = theme ? `${a.agent}\u0000${predicate}\u0000${theme}` : `${a.agent}\u0000${predicate}\u0000@${places[0]}`;
        const confidence = Math.min(MAX_CONFIDENCE, Math.min(a.frame.confidence, d.frame.confidence) + (theme && places.length ? BOTH_BONUS : 0));
        let g = groups.get(groupKey);
        if (!g) groups.set(groupKey, (g = { proposition, matched: { predicate, agent: a.agent, theme, places }, confidence, asserted: new Map(), denied: new Map() }));
        g.confidence = Math.max(g.confidence, confidence);
        for (const p of places) if (!g.matched.places.includes(p)) (g.matched.places as string[]).push(p);
        addParty(g.asserted, a);
        addParty(g.denied, d);
      }
    }
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

function addParty(parties: Map<string, Party>, s: Said) {
  const p = parties.get(s.who.id) ?? parties.set(s.who.id, { id: s.who.id, name: s.who.name, appearances: [] }).get(s.who.id)!;
  if (!p.appearances.some((x) => x.document === s.appearance.document && x.item === s.appearance.item)) p.appearances.push(s.appearance);
}

/** The keys a denial is found by: its theme, and each place it names, under its predicate and agent. */
function matchKeys(s: Said): string[] {
  const base = `${s.frame.predicate}\u0000${s.agent}`;
  const keys = s.frame.theme ? [`${base}\u0000t:${s.frame.theme}`] : [];
  for (const p of s.frame.places) keys.push(`${base}\u0000p:${p}`);
  return keys;
}

/** The agent's side: the side its words name, else the side of the identity its name resolves to, else for `we` the claimant's. */
function agentSide(frame: PropositionFrame, document: string, claimant: Identity | null, ids: Identities): string | null {
  const a = frame.agent;
  if (!a) return null;
  if (a.side) return a.side;
  if (a.speaker) return claimant?.side ?? null;
  if (a.name) return ids.resolve(document, a.name)?.side ?? null;
  return null;
}

/** Claimants on different sides: both known and unequal, or one known and the other not (a third party). */
const differentSides = (a: string | null, b: string | null) => a !== b;

const pairKey = (a: Appearance, b: Appearance) => `${a.document}#${a.item}\u0000${b.document}#${b.item}`;
const byFirst = (a: { appearances: readonly Appearance[] }, b: { appearances: readonly Appearance[] }) => byAppearance(a.appearances[0]!, b.appearances[0]!);
