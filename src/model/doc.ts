import type { Document } from './document.ts';
import type { Span } from './span.ts';

/**
 * What a scraped page carries besides the article: `advertisement`, app or newsletter `prompt`,
 * photo `credit`, `teaser` (related-story labels and links), `headline` of another story, `byline`,
 * `copyright`, `navigation` crumbs. A `dateline` (`KYIV, Feb 19 (Reuters) -`) is article text but
 * never a speaker or a quotation.
 */
export type FurnitureKind = 'advertisement' | 'prompt' | 'credit' | 'teaser' | 'headline' | 'byline' | 'copyright' | 'navigation' | 'dateline';

/** A marked region of the text as stored (offsets into `Doc.text`), with the rule that found it. */
export interface Furniture extends Span {
  readonly kind: FurnitureKind;
  readonly rule: string;
}


/**
 * A Document after analysis: tokens, sentences and paragraphs, in flat typed arrays so that
 * extractors walk them in one pass without allocating per token.
 *
 * Tokens are never white space; `tokStart[i]`/`tokEnd[i]` slice `text` to `tokens[i]`.
 */
export interface Doc {
  readonly document: Document;
  readonly text: string;
  readonly tokens: readonly string[];
  /** Lowercased token text, for lexicon lookups. */
  readonly lower: readonly string[];
  readonly tokStart: Int32Array;
  readonly tokEnd: Int32Array;
  /** Universal POS tag index per token (see POS_TAGS). */
  readonly tokPos: Uint8Array;
  readonly tokSentence: Int32Array;
  readonly tokParagraph: Int32Array;
  /** Sentence s covers tokens [sentStartTok[s], sentEndTok[s]). */
  readonly sentStartTok: Int32Array;
  readonly sentEndTok: Int32Array;
  /** Paragraph p covers tokens [paraStartTok[p], paraEndTok[p]). */
  readonly paraStartTok: Int32Array;
  readonly paraEndTok: Int32Array;
  /**
   * Page furniture and datelines, in text order, not overlapping (src/analyze/furniture.ts).
   * Furniture has no tokens in the Doc and starts and ends paragraphs; a dateline keeps its
   * tokens and ends a sentence. No item may overlap furniture (src/extract/furniture-guard.ts).
   */
  readonly furniture: readonly Furniture[];
}

export const POS_TAGS = [
  'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART',
  'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X', 'SPACE',
] as const;
export type PosTag = (typeof POS_TAGS)[number];
export const POS_INDEX: ReadonlyMap<string, number> = new Map(POS_TAGS.map((t, i) => [t, i]));
export const POS = Object.fromEntries(POS_TAGS.map((t, i) => [t, i])) as Record<PosTag, number>;
