import type { QuoteKind, Speaker } from '../../model/items.ts';
import type { Span } from '../../model/span.ts';
import type { Attribution } from './02-find-attribution.ts';

/** A quotation before its speaker is resolved and its id assigned. */
export interface Draft {
  start: number;
  end: number;
  /** Token range. */
  ts: number;
  te: number;
  kind: QuoteKind;
  attribution: Attribution | null;
  confidence: number;
  rule: string;
  quoted: Span[];
  /** The draft this one continues (multi-paragraph) or resumes (interrupted). */
  continues: Draft | null;
  speaker: Speaker | null;
}
