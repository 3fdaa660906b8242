import type { Extraction } from './items.ts';

/**
 * What a person with the write token says about the ledger: an item is wrong (reject), a
 * quotation's speaker is someone else, two identities are one person (merge) or a spelling is not
 * the person it was grouped with (split), and a claim is true, false, misleading or unproven
 * (a verdict). Kept apart from the extraction, never written into it: the extraction stays what the
 * rules said, and a correction is applied when the ledger is read, shown as a correction with who
 * made it and when.
 *
 * An item correction is keyed by the article's id and the item's layer and span (start, end and
 * its characters), not by the item's id (`q3` is renumbered when an article is extracted again):
 * it finds its item again after the article is ingested anew, also when the text moved.
 */

export type Rating = 'true' | 'false' | 'misleading' | 'unproven';
export const RATINGS: readonly Rating[] = ['true', 'false', 'misleading', 'unproven'];

export type CorrectionKind = 'reject' | 'speaker' | 'rating' | 'merge' | 'split';
export const CORRECTION_KINDS: readonly CorrectionKind[] = ['reject', 'speaker', 'rating', 'merge', 'split'];

/** The layers an item correction can name. */
export type CorrectableLayer = keyof Extraction;

/** Where an item correction points: an article (by its stable id), a layer, and the item's span as it was. */
export interface ItemKey {
  readonly article: string;
  readonly layer: CorrectableLayer;
  readonly start: number;
  readonly end: number;
  /** The item's characters when the correction was made. */
  readonly text: string;
  /** The article's content hash then (a later version of the article may differ). */
  readonly hash: string | null;
}

export type CorrectionValue =
  | { readonly kind: 'reject' }
  | { readonly kind: 'speaker'; readonly name: string; readonly speakerKind: 'person' | 'organization' | 'group' }
  | { readonly kind: 'rating'; readonly rating: Rating }
  /** Identity `name` is the same person as identity `into`. */
  | { readonly kind: 'merge'; readonly name: string; readonly into: string }
  /** The spelling `name` is not the person `from` (the identity the linker grouped it with). */
  | { readonly kind: 'split'; readonly name: string; readonly from: string };

export type NewCorrection = CorrectionValue & {
  /** Null for merge and split, which name identities, not items. */
  readonly target: ItemKey | null;
  readonly note: string | null;
  readonly author: string;
};

export type Correction = NewCorrection & {
  readonly id: number;
  /** ISO time it was made. */
  readonly created: string;
};

/**
 * What a corrected item carries when read back: the correction (who, when, why) and, for a
 * changed field, what the extraction said.
 */
export interface CorrectionMark {
  readonly id: number;
  readonly kind: CorrectionKind;
  readonly author: string;
  readonly created: string;
  readonly note: string | null;
  /** For a speaker correction: the speaker's name as extracted. */
  readonly was?: string | null;
}

export interface VerdictMark {
  readonly id: number;
  readonly rating: Rating;
  readonly author: string;
  readonly created: string;
  readonly note: string | null;
}
