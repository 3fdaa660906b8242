/**
 * `frameContradictions` (src/link/disputes.ts) decides its groups by queries, not by meeting every
 * assertion with every denial. Its output must be exactly the pairwise loop's, kept here as the
 * reference (the version before the change), on random small corpora of frames: random sides,
 * identities, articles, themes, places (repeated ones too), negation, hedges, rebuttals answering
 * claims, and key contradictions listing random appearances.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Appearance, Identity, PropositionContradiction, PropositionFrame } from '../../src/model/claims.ts';
import { appearance, byAppearance, cmp, type Article } from '../../src/link/corpus.ts';
import type { Identities } from '../../src/link/identities.ts';
import { isGenericPredicate } from '../../src/extract/lexicon/claims.ts';
import { frameContradictions } from '../../src/link/disputes.ts';
import { disputeCorpus } from '../disputes-corpus.ts';

// ---- the reference: the pairwise loop as it was (quadratic within one key) ----
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

function pairwise(articles: readonly Article[], ids: Identities, byKey: readonly PropositionContradiction[]): PropositionContradiction[] {
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

// ---- random corpora ----
const SIDES = ['Russia', 'Ukraine', 'United States', null] as const;
const NAMES = ['Ann Ames', 'Bo Berg', 'Cy Cole', 'Di Dunn', 'Ed Eyre', 'someone'];
const PLACES = ['bucha', 'irpin', 'kyiv', 'tetkino'];

const frame = fc.record({
  predicate: fc.constantFrom('start', 'start', 'attack', 'take'),
  negated: fc.boolean(),
  agent: fc.option(fc.record({ text: fc.constant('x'), side: fc.constantFrom('Russia', 'Russia', 'Ukraine', null), name: fc.option(fc.constantFrom(...NAMES), { nil: null }), speaker: fc.boolean() }), { nil: null, freq: 8 }),
  theme: fc.option(fc.constantFrom('war', 'crimes'), { nil: null }),
  places: fc.array(fc.constantFrom(...PLACES), { maxLength: 3 }),
  confidence: fc.constantFrom(0.6, 0.75, 0.8, 0.85),
  hedge: fc.integer({ min: 0, max: 9 }),
}).map(({ hedge, ...f }): PropositionFrame => ({ ...f, hedged: hedge === 0, start: 0, end: 1, text: 'x', rule: 'frames/active' }));

const item = fc.record({ who: fc.constantFrom(...NAMES), frames: fc.array(frame, { maxLength: 3 }), answers: fc.array(fc.nat(5), { maxLength: 2 }) });
const doc = fc.record({ date: fc.option(fc.constantFrom('2025-11-10', '2025-11-11'), { nil: null }), source: fc.option(fc.constantFrom('AP', 'Reuters'), { nil: null }), claims: fc.array(item, { maxLength: 6 }), rebuttals: fc.array(item, { maxLength: 3 }) });
const corpus = fc.record({
  docs: fc.array(doc, { minLength: 1, maxLength: 5 }),
  sides: fc.array(fc.constantFrom(...SIDES), { minLength: NAMES.length, maxLength: NAMES.length }),
  keyed: fc.array(fc.record({ asserted: fc.array(fc.nat(40), { maxLength: 8 }), denied: fc.array(fc.nat(40), { maxLength: 8 }) }), { maxLength: 4 }),
});

type Corpus = typeof corpus extends fc.Arbitrary<infer T> ? T : never;

/** Articles, the identities (each name one identity of its side, `someone` none), and key contradictions over random appearances. */
function build(c: Corpus): [Article[], Identities, PropositionContradiction[]] {
  const people = new Map(NAMES.slice(0, -1).map((name, i) => [name, { id: name.toLowerCase().replace(' ', '-'), name, side: c.sides[i] ?? null } as unknown as Identity]));
  const ids = { identities: [...people.values()], resolve: (_d: string, name: string | null) => (name && people.get(name)) || null } as Identities;
  const articles = c.docs.map((d, n): Article => {
    const span = (i: number) => ({ start: i * 10, end: i * 10 + 5, text: 'words' });
    const claims = d.claims.map((x, i) => ({ id: `c${i}`, ...span(i), claimant: { name: x.who }, frames: x.frames, proposition: 'x' }));
    const rebuttals = d.rebuttals.map((x, i) => ({ id: `r${i}`, ...span(100 + i), rebutter: { name: x.who }, frames: x.frames, answers: x.answers.map((a) => `c${a}`), claim: 'c0', proposition: 'x' }));
    return { document: { id: `d${n}`, date: d.date, source: d.source, text: '' }, extraction: { claims, rebuttals } } as unknown as Article;
  });
  const all: Appearance[] = articles.flatMap((a) => [...a.extraction.claims, ...a.extraction.rebuttals].map((x) => appearance(a, x)));
  const pick = (is: number[]) => (all.length ? is.map((i) => all[i % all.length]!) : []);
  const byKey = c.keyed.map((k, i): PropositionContradiction => ({
    kind: 'proposition', proposition: `k${i}`,
    asserted: [{ claimant: 'x', name: 'x', appearances: pick(k.asserted) }],
    denied: [{ rebutter: 'y', name: 'y', appearances: pick(k.denied) }],
  }));
  return [articles, ids, byKey];
}

describe('frameContradictions gives exactly what the pairwise loop gave', () => {
  it('on random small corpora of frames', () => {
    let listed = 0;
    let cut = 0;
    fc.assert(fc.property(corpus, (c) => {
      const [articles, ids, byKey] = build(c);
      const expected = pairwise(articles, ids, byKey);
      listed += expected.length;
      if (JSON.stringify(pairwise(articles, ids, [])) !== JSON.stringify(expected)) cut++;
      expect(frameContradictions(articles, ids, byKey)).toEqual(expected);
    }), { numRuns: 600 });
    // Not vacuous: many runs list something, and in some the key contradictions leave pairs out.
    expect(listed).toBeGreaterThan(400);
    expect(cut).toBeGreaterThan(10);
  });
});

describe('the order of a group\'s places is the order the pairwise loop met them', () => {
  const f = (negated: boolean, theme: string | null, places: string[]): PropositionFrame => ({
    predicate: 'start', negated, hedged: false, agent: { text: 'Russia', side: 'Russia', name: null, speaker: false }, theme, places, confidence: 0.75, start: 0, end: 1, text: 'x', rule: 'frames/active',
  });
  const one = (who: string, frame: PropositionFrame) => ({ date: '2025-11-10' as const, source: null, claims: [{ who, frames: [frame], answers: [] }], rebuttals: [] });
  it('by the first denial holding each place, not by the assertion\'s order of places', () => {
    const c: Corpus = {
      sides: ['Ukraine', 'Russia', null, null, null, null],
      keyed: [],
      docs: [
        one('Ann Ames', f(false, 'war', ['irpin', 'kyiv'])),
        one('Bo Berg', f(true, 'war', [])),
        one('Bo Berg', f(true, 'war', ['kyiv'])),
        one('Bo Berg', f(true, 'war', ['irpin'])),
      ],
    };
    const [articles, ids, byKey] = build(c);
    const got = frameContradictions(articles, ids, byKey);
    expect(got).toEqual(pairwise(articles, ids, byKey));
    expect(got.map((x) => [x.proposition, x.matched?.places, x.confidence])).toEqual([['russia | start war', ['kyiv', 'irpin'], 0.85]]);
  });
});

describe('one proposition said many times on each side (`test/disputes-corpus.ts`)', () => {
  it('lists what the pairwise loop lists, for several seeds', () => {
    for (const seed of [1, 2, 3]) {
      const { articles, ids, byKey } = disputeCorpus(300, seed);
      const expected = pairwise(articles, ids, byKey);
      expect(expected.length).toBeGreaterThan(0);
      expect(frameContradictions(articles, ids, byKey)).toEqual(expected);
    }
  });
});
