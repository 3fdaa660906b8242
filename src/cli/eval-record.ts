import type { Document } from '../model/document.ts';
import type { Entity, Extraction, Figure, Quotation, Speaker } from '../model/items.ts';
import type { Span } from '../model/span.ts';

/**
 * The evaluation interface (header of ../shared/eval/score.mjs): one JSON line per document with
 * `quotes` whose `speaker` is null or `{name, start, end}` (the mention), and `quantities` with
 * `value`/`low`/`high`. Every other field of ours rides along; the scorer ignores what it does not read.
 */
export interface EvalRecord {
  readonly id: string;
  readonly date: string | null;
  readonly quotes: readonly EvalQuote[];
  readonly quantities: readonly EvalQuantity[];
  readonly entities: readonly Entity[];
  readonly places: Extraction['places'];
  readonly equipment: Extraction['equipment'];
  readonly dates: Extraction['dates'];
  readonly claims: Extraction['claims'];
  readonly rebuttals: Extraction['rebuttals'];
}

export type EvalQuote = Omit<Quotation, 'speaker'> & { readonly speaker: EvalSpeaker | null };

/**
 * The speaker flattened: the mention's offsets and text at top level, beside the resolved `name`
 * (null for a pronoun the article does not resolve) and the rest of our Speaker.
 */
export type EvalSpeaker = Omit<Speaker, 'mention'> & Span;

/** A Figure already carries start/end/text and value/low/high. */
export type EvalQuantity = Figure;

export function toEvalRecord(document: Document, extraction: Extraction): EvalRecord {
  return {
    id: document.id,
    date: document.date,
    quotes: extraction.quotes.map(toEvalQuote),
    quantities: extraction.figures,
    entities: extraction.entities,
    places: extraction.places,
    equipment: extraction.equipment,
    dates: extraction.dates,
    claims: extraction.claims,
    rebuttals: extraction.rebuttals,
  };
}

/**
 * Fields written out, in the order of a Quotation as the quotes stage makes it (quotes/index.ts
 * `finish`) with the speaker moved last, which is what `{ ...rest, speaker }` gave: the same JSON,
 * without V8's slow object rest and spread (0.14 s of CPU per 3.8M characters of articles).
 * eval-record.test.ts checks the order against a quotation from the pipeline.
 */
function toEvalQuote(q: Quotation): EvalQuote {
  return {
    start: q.start, end: q.end, text: q.text, id: q.id, kind: q.kind, utterance: q.utterance, cue: q.cue, addressee: q.addressee,
    quoted: q.quoted, confidence: q.confidence, rule: q.rule, speaker: q.speaker && toEvalSpeaker(q.speaker),
  };
}

/** In the order of a Speaker as speakers/resolve.ts makes it, the mention's span last. */
function toEvalSpeaker(s: Speaker): EvalSpeaker {
  const m = s.mention;
  return {
    name: s.name, entity: s.entity, kind: s.kind, pronoun: s.pronoun, role: s.role, antecedent: s.antecedent,
    confidence: s.confidence, rule: s.rule, start: m.start, end: m.end, text: m.text,
  };
}
