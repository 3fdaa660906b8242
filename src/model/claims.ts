import type { Item } from './items.ts';
import type { Span } from './span.ts';

/**
 * Claims and rebuttals within one article (issue 5). A claim is a proposition attributed to a
 * claimant; a rebuttal denies, disputes or corrects one.
 */

/** Who makes or rebuts a claim: the mention in this text and who it resolves to. */
export interface Party {
  readonly mention: Span | null;
  /** Resolved name (`Andrii Hnatov`, `Russia`); null when the text does not say. */
  readonly name: string | null;
  /** Id in `Extraction.entities`, if any. */
  readonly entity: string | null;
  /** Parties named with this one: `the Russian Federation, including Putin` -> Putin. */
  readonly also: readonly Party[];
}

/** Where a claim's or rebuttal's date came from: a date in its clause, or the article date for a present-tense statement. */
export type DateSource = 'text' | 'article';

export interface Claim extends Item {
  readonly id: string;
  readonly claimant: Party;
  /** The verb or phrase that makes it a claim: `declared`, `claims`, `according to`. */
  readonly cue: Span | null;
  /** Normalized key so that the same claim can be found elsewhere: `pokrovsk | encircle`. */
  readonly proposition: string;
  /** The quotation this claim is, when it is one. */
  readonly quote: string | null;
  /** TIMEX3 value of when the claim was made, when the text says. */
  readonly date: string | null;
  readonly dateSource: DateSource | null;
  /** Claims made by one cue share it: `declared that A, that B, and that C` is three claims, one group. */
  readonly group: string;
  /**
   * Who did what to what, where, for each clause of the claim whose predicate is one the sides
   * accuse each other of (`src/extract/lexicon/propositions.ts`); absent when there is none.
   */
  readonly frames?: readonly PropositionFrame[];
}

/** The agent of a frame: a side the words name, a name to resolve, or the speaker (`we`, `us`, `our`). */
export interface FrameAgent {
  readonly text: string;
  /** `Russia` for `the Russian army`, `Russian troops`, `the Kremlin`; null when the words name no side. */
  readonly side: string | null;
  /** A name the words give (`Putin`), for the ledger to resolve to an identity and its side. */
  readonly name: string | null;
  /** First person in the claimant's own words: the claimant's side. */
  readonly speaker: boolean;
}

/**
 * A structured proposition: `The crimes committed by the Russian military in Bucha` is
 * { agent: Russia, predicate: perpetrate, theme: crimes, places: [bucha] }. Its span is the
 * predicate's words (`committed`, `had nothing to do with`).
 */
export interface PropositionFrame extends Span {
  /** The predicate's class through the synonym table: `unleash` -> `start`, `carry out` -> `perpetrate`. */
  readonly predicate: string;
  /** `did not start`, `had nothing to do with`, `It was not us who attacked`. */
  readonly negated: boolean;
  /** `could be caused`, `if Russia is targeting`, a question: says what might be, asserts nothing. */
  readonly hedged: boolean;
  readonly agent: FrameAgent | null;
  /** What was done, by its class: `war` for `this war`, `an aggression`; `crimes` for `atrocities`. */
  readonly theme: string | null;
  /** Places named in the clause, lowercased: `bucha`, `irpin`. */
  readonly places: readonly string[];
  readonly confidence: number;
  /** The construction read: `frames/active`, `frames/passive`, `frames/relative`, `frames/cleft`, `frames/part-in`. */
  readonly rule: string;
}

export interface Rebuttal extends Item {
  readonly id: string;
  /** The claim it answers. */
  readonly claim: string;
  readonly rebutter: Party;
  /** The words that deny: `a lie`, `fabricated`, `denied`. */
  readonly evidence: readonly Span[];
  readonly quote: string | null;
  readonly date: string | null;
  readonly dateSource: DateSource | null;
  /** Every claim it answers (`claim` first): `That was a lie` answers a whole declaration. */
  readonly answers: readonly string[];
  /** The proposition denied (the answered claim's key). */
  readonly proposition: string;
  /** The rebuttal's own words as structured propositions (`The Russian army had nothing to do with the fire in Irpin`); absent when none. */
  readonly frames?: readonly PropositionFrame[];
}

/*
 * The ledger across articles (src/link/): identities, claims counted once with every appearance,
 * figure series per claimant, contradictions. Pure data, built from many (Document, Extraction) pairs.
 */

/** Where an item appears: which article, which outlet, when, and the exact words. */
export interface Appearance {
  readonly document: string;
  readonly source: string | null;
  /** The article's date. */
  readonly published: string | null;
  /** Id of the claim, rebuttal or figure in that article's extraction. */
  readonly item: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface RoleSpell {
  readonly role: string;
  /** First and last article date the role was seen with. */
  readonly from: string | null;
  readonly to: string | null;
  readonly documents: readonly string[];
}

/** One speaker or claimant across the corpus. */
export interface Identity {
  /** Stable: the normalized name, `andrii-hnatov`. */
  readonly id: string;
  readonly name: string;
  readonly kind: 'person' | 'organization' | 'group' | 'unknown';
  /** The side of the war the name or its roles place it on, when they say. */
  readonly side: string | null;
  /** Every form seen: `Andrii Hnatov`, `Gen. Hnatov`, `Hnatov`. */
  readonly aliases: readonly string[];
  /** Roles in order of first appearance. */
  readonly roles: readonly RoleSpell[];
  readonly documents: readonly string[];
  /** For a surname the corpus could not tie to one person: the identities it might be. */
  readonly ambiguous: readonly string[];
}

/** A claim counted once, as schema.org ClaimReview's Claim: every appearance kept, the first first. */
export interface LedgerClaim {
  readonly id: string;
  readonly proposition: string;
  /** Identity id of the claimant; null when no article says who claims it. */
  readonly claimant: string | null;
  readonly claimantName: string | null;
  /** The earliest date the claim was made, from the text, else its first appearance's article date. */
  readonly date: string | null;
  readonly firstAppearance: Appearance;
  readonly appearances: readonly Appearance[];
}

/** A figure as claimed, with what it counts and who claims it: one point of a series. */
export interface FigurePoint {
  readonly category: string;
  /** Side the figure counts (`Russia` for Russian soldiers), from the figure's `whose`. */
  readonly whose: string | null;
  readonly claimant: string | null;
  readonly claimantName: string | null;
  readonly date: string | null;
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  /** `day`, `week`, `month`, `year`, or null for a total. */
  readonly per: string | null;
  readonly unit: string | null;
  readonly appearances: readonly Appearance[];
}

export interface FigureSeries {
  readonly claimant: string | null;
  readonly claimantName: string | null;
  readonly side: string | null;
  readonly category: string;
  readonly points: readonly FigurePoint[];
}

export interface PropositionContradiction {
  readonly kind: 'proposition';
  readonly proposition: string;
  /**
   * What matched, for a contradiction found by structured propositions rather than by one key: the
   * predicate class, the agent's side, and the theme and/or places both sides name. Absent for
   * contradictions of one key.
   */
  readonly matched?: { readonly predicate: string; readonly agent: string; readonly theme: string | null; readonly places: readonly string[] };
  /** How sure the match is (0-1); absent for contradictions of one key. */
  readonly confidence?: number;
  readonly asserted: readonly { readonly claimant: string; readonly name: string; readonly appearances: readonly Appearance[] }[];
  readonly denied: readonly { readonly rebutter: string; readonly name: string; readonly appearances: readonly Appearance[] }[];
}

export interface FigureContradiction {
  readonly kind: 'figure';
  readonly category: string;
  readonly whose: string | null;
  readonly per: string | null;
  /** `YYYY-MM`: figures are compared within a month. */
  readonly period: string;
  readonly a: FigurePoint;
  readonly b: FigurePoint;
  /** |a - b| / max(|a|, |b|). */
  readonly difference: number;
}

export type Contradiction = PropositionContradiction | FigureContradiction;
