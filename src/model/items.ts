import type { Span } from './span.ts';
import type { Equipment, Place, TimeExpression } from './context.ts';
import type { Claim, Rebuttal } from './claims.ts';

/** Every extracted item: a span, how sure we are, and the rule (or model) that decided it. */
export interface Item extends Span {
  /** 0..1. */
  readonly confidence: number;
  /** The step that produced the item, e.g. `quotes/01-pair-marks`, for debugging and review. */
  readonly rule: string;
}

/**
 * - `direct`: a quotation standing as its own clause or sentence, in quotation marks.
 * - `partial`: quoted words inside a sentence of the reporter's (`is "losing almost a thousand"`).
 * - `mixed`: reported speech holding quoted words (`said Moscow's claims are "fabricated"`): one item.
 * - `indirect`: reported speech without quotation marks.
 */
export type QuoteKind = 'direct' | 'partial' | 'mixed' | 'indirect';

export type SpeakerKind = 'person' | 'organization' | 'group' | 'unknown';

/** Who a quotation is attributed to: the words in the text, and who they stand for. */
export interface Speaker {
  /** The mention the cue attaches to in this text: `Hnatov`, `he`, `officials`, `the Kremlin`. */
  readonly mention: Span;
  /** Who the mention refers to, resolved as far as the article allows: `Andrii Hnatov`; null for a pronoun with no antecedent. */
  readonly name: string | null;
  /** Id of the entity in `Extraction.entities` the speaker resolved to, if any. */
  readonly entity: string | null;
  readonly kind: SpeakerKind;
  /** True when the mention is a pronoun resolved (or not) to an earlier name. */
  readonly pronoun: boolean;
  /** Role or title from an apposition or a title before the name, with its span (maybe far from this mention). */
  readonly role: Span | null;
  /** The mention where the resolved name is spelled out in full, when it is not this one. */
  readonly antecedent: Span | null;
  readonly confidence: number;
  readonly rule: string;
}

export interface Quotation extends Item {
  /** Stable within a document: `q1`, `q2`, ... in text order. */
  readonly id: string;
  readonly kind: QuoteKind;
  /**
   * Pieces of one utterance share this id: `"...," he said, "..."` is two items and one utterance.
   * A paragraph-spanning quotation is one item per paragraph, linked the same way.
   */
  readonly utterance: string;
  /** Null when the text does not say who speaks: never a guess. */
  readonly speaker: Speaker | null;
  /** The verb or phrase that attributes the quotation: `said`, `told`, `according to`. */
  readonly cue: Span | null;
  /** Whom the speaker addressed, where the text names it: `Newsmax`, `Wilder`. */
  readonly addressee: Span | null;
  /** For `mixed` items: the stretches in quotation marks inside the reported clause. */
  readonly quoted: readonly Span[];
}

/**
 * How a mention names its entity: the full `name`, a `short-name` (`Hnatov`), a `pronoun`
 * (`he`), a `description` (`the general`, `the ministry`), an `acronym` (`NATO` for the
 * North Atlantic Treaty Organization).
 */
export type MentionKind = 'name' | 'short-name' | 'pronoun' | 'description' | 'acronym';

/** One mention of an entity; `kind` is set by the entities stage (issue 4). */
export interface EntityMention extends Span {
  readonly kind?: MentionKind;
}

/** A person, organization or group named in the article, with every mention linked. */
export interface Entity {
  readonly id: string;
  readonly kind: 'person' | 'organization' | 'group';
  /** The fullest form of the name in the article. */
  readonly name: string;
  /** In text order. */
  readonly mentions: readonly EntityMention[];
  /** The role that describes the entity best: an apposition (`chief of the General Staff ...`) over a title (`President`). */
  readonly role: Span | null;
  /** Every role and title the article gives it, in text order (`President`, `Newsmax foreign correspondent`). */
  readonly titles?: readonly Span[];
  readonly confidence?: number;
  /** The step that found it: `entities/...`, or `quotes/people` for the people quotations need. */
  readonly rule?: string;
}

/** A quotation's quoted fragments inside a mixed (reported + quoted) item. */
export interface QuotedFragment extends Span {}

/**
 * The figure categories, declared once: FigureCategory is derived from this list (what decides
 * each: src/extract/lexicon/figure-categories.ts and src/extract/figures/README.md).
 */
export const FIGURE_CATEGORIES = [
  'military-casualties', 'civilian-casualties', 'troops', 'equipment', 'munitions', 'territory',
  'displaced-people', 'money',
  /** A past war's figures (Second World War dead): not the war at hand. */
  'historical',
  /** The dead where found: bodies in a grave, exhumed remains. */
  'bodies-found',
  'age', 'duration',
  /** A count of things of no other category: `16 facilities`, `300 votes`. */
  'objects',
  'other',
] as const;

export type FigureCategory = (typeof FIGURE_CATEGORIES)[number];

/** A number a claim rests on. Value conventions follow ../shared/data/README.md. */
export interface Figure extends Item {
  readonly id: string;
  /** A plain number, or the bound for "more than N" / "almost N"; null for a range. */
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  /** The hedge words as written: `almost`, `more than`, `around`. */
  readonly qualifier: string | null;
  /** `a day`, `per week`, `since February 2022`. */
  readonly rate: string | null;
  /** What is counted: `soldiers`, `troops`, `km`, `%`. */
  readonly unit: string | null;
  /** Whose: `Russian fighters`, `Ukrainian forces`. */
  readonly whose: string | null;
  readonly category: FigureCategory;
  /** Who claims it: the speaker of the quotation it stands in, else the outlet; null if neither. */
  readonly claimant: string | null;
}

/** Everything extracted from one document. */
export interface Extraction {
  readonly quotes: readonly Quotation[];
  readonly entities: readonly Entity[];
  readonly figures: readonly Figure[];
  readonly places: readonly Place[];
  readonly equipment: readonly Equipment[];
  readonly dates: readonly TimeExpression[];
  readonly claims: readonly Claim[];
  readonly rebuttals: readonly Rebuttal[];
}
