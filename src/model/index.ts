export type { Document } from './document.ts';
export { makeDocument } from './document.ts';
export type { Doc, PosTag } from './doc.ts';
export { POS, POS_TAGS, POS_INDEX } from './doc.ts';
export type { Span } from './span.ts';
export { span, overlaps } from './span.ts';
export type { Item, QuoteKind, Quotation, Speaker, SpeakerKind, Entity, QuotedFragment, Figure, FigureCategory, Extraction } from './items.ts';
export { ClaimgraphError } from './errors.ts';
export type { ErrorCode } from './errors.ts';
