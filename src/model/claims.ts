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
}
