/**
 * Lookups shared by the quotation tables. Each table row is a short text we wrote, run through the
 * whole pipeline, then checked by the quotation's text (and that the text is what its offsets slice).
 *
 * A field left `undefined` in an expectation is not checked; `null` means "must be null".
 */
import { expect } from 'vitest';
import { extractDocument } from '../../src/extract/pipeline.ts';
import { makeDocument } from '../../src/model/index.ts';
import type { Quotation, QuoteKind, SpeakerKind } from '../../src/model/index.ts';

/** The article date every table row runs with. */
export const DATE = '2025-11-13';

export interface QuoteExpectation {
  kind?: QuoteKind;
  /** Resolved name (`speaker?.name`); null: the quotation has no speaker. */
  speaker?: string | null;
  /** The speaker mention as written (`speaker?.mention.text`): `he`, `Kravets`, `the Kremlin`. */
  mention?: string | null;
  speakerKind?: SpeakerKind;
  pronoun?: boolean;
  role?: string | null;
  cue?: string | null;
  addressee?: string | null;
}

/** Every quotation the pipeline finds in `text`, in text order. */
export function quotesOf(text: string): readonly Quotation[] {
  const { extraction } = extractDocument(makeDocument({ id: 't', text, date: DATE }));
  return extraction.quotes;
}

/** One line per quotation, printed when a lookup fails. */
export function listQuotes(quotes: readonly Quotation[]): string {
  if (quotes.length === 0) return '(no quotations found)';
  return quotes
    .map((q) => {
      const who = q.speaker ? `${q.speaker.name} <${q.speaker.mention.text}>` : 'null';
      return `  ${q.id} ${q.kind} [${q.start},${q.end}) ${JSON.stringify(q.text)} speaker=${who} cue=${q.cue?.text ?? 'null'} utt=${q.utterance} rule=${q.rule}`;
    })
    .join('\n');
}

/** The quotation whose text is exactly `quoteText` (the first, if several). */
export function findQuote(quotes: readonly Quotation[], quoteText: string): Quotation | undefined {
  return quotes.find((q) => q.text === quoteText);
}

/** Asserts the offsets of a quotation and of its spans slice the text they claim. */
export function expectSpansConsistent(text: string, q: Quotation): void {
  expect(text.slice(q.start, q.end), `quotation ${q.id} offsets`).toBe(q.text);
  if (q.speaker) {
    const m = q.speaker.mention;
    expect(text.slice(m.start, m.end), `speaker mention of ${q.id}`).toBe(m.text);
    if (q.speaker.role) {
      expect(text.slice(q.speaker.role.start, q.speaker.role.end), `role of ${q.id}`).toBe(q.speaker.role.text);
    }
  }
  if (q.cue) expect(text.slice(q.cue.start, q.cue.end), `cue of ${q.id}`).toBe(q.cue.text);
  if (q.addressee) expect(text.slice(q.addressee.start, q.addressee.end), `addressee of ${q.id}`).toBe(q.addressee.text);
}

/** Checks the fields of one found quotation against an expectation. */
export function expectFields(q: Quotation, exp: QuoteExpectation, where = ''): void {
  const at = `${where}${JSON.stringify(q.text)}`;
  if (exp.kind !== undefined) expect(q.kind, `kind of ${at}`).toBe(exp.kind);
  if (exp.speaker !== undefined) expect(q.speaker?.name ?? null, `speaker of ${at}`).toBe(exp.speaker);
  if (exp.mention !== undefined) expect(q.speaker?.mention.text ?? null, `speaker mention of ${at}`).toBe(exp.mention);
  if (exp.speakerKind !== undefined) expect(q.speaker?.kind, `speaker kind of ${at}`).toBe(exp.speakerKind);
  if (exp.pronoun !== undefined) expect(q.speaker?.pronoun, `speaker pronoun flag of ${at}`).toBe(exp.pronoun);
  if (exp.role !== undefined) expect(q.speaker?.role?.text ?? null, `role of ${at}`).toBe(exp.role);
  if (exp.cue !== undefined) expect(q.cue?.text ?? null, `cue of ${at}`).toBe(exp.cue);
  if (exp.addressee !== undefined) expect(q.addressee?.text ?? null, `addressee of ${at}`).toBe(exp.addressee);
}

/**
 * Runs `text` through the pipeline, finds the quotation `quoteText` and checks it.
 * Also checks that its start is where `quoteText` first occurs in `text` at or after `from`.
 */
export function expectQuote(text: string, quoteText: string, exp: QuoteExpectation = {}, from = 0): Quotation {
  const quotes = quotesOf(text);
  return expectQuoteIn(text, quotes, quoteText, exp, from);
}

export function expectQuoteIn(
  text: string,
  quotes: readonly Quotation[],
  quoteText: string,
  exp: QuoteExpectation = {},
  from = 0,
): Quotation {
  const at = text.indexOf(quoteText, from);
  expect(at, `test bug: ${JSON.stringify(quoteText)} is not in the input`).toBeGreaterThanOrEqual(0);
  const q = quotes.find((x) => x.start === at && x.text === quoteText);
  expect(q, `no quotation ${JSON.stringify(quoteText)} at ${at} in ${JSON.stringify(text)}; found:\n${listQuotes(quotes)}`).toBeDefined();
  const found = q!;
  expectSpansConsistent(text, found);
  expectFields(found, exp);
  return found;
}

/**
 * The pieces of one utterance (an interrupted or paragraph-spanning quotation): each is found, in
 * order, with the same fields, and all share one utterance id.
 */
export function expectUtterance(text: string, pieces: readonly string[], exp: QuoteExpectation = {}): Quotation[] {
  const quotes = quotesOf(text);
  const found: Quotation[] = [];
  let from = 0;
  for (const piece of pieces) {
    const q = expectQuoteIn(text, quotes, piece, exp, from);
    found.push(q);
    from = q.end;
  }
  const ids = new Set(found.map((q) => q.utterance));
  expect(ids.size, `pieces should share one utterance id; found:\n${listQuotes(quotes)}`).toBe(1);
  return found;
}

/** The quotations in `text` that are not indirect speech (direct, partial, mixed). */
export function markedQuotes(text: string): readonly Quotation[] {
  return quotesOf(text).filter((q) => q.kind !== 'indirect');
}

/** No quotation at all: the quotation marks in `text` are not speech. */
export function expectNoQuotes(text: string): void {
  const quotes = quotesOf(text);
  expect(quotes.length, `expected no quotation in ${JSON.stringify(text)}; found:\n${listQuotes(quotes)}`).toBe(0);
}
