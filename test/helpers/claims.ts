import type { TimeExpression, TimexType } from '../../src/model/context.ts';
import { makeDocument } from '../../src/model/document.ts';
import { span } from '../../src/model/span.ts';
import { analyze } from '../../src/analyze/index.ts';
import { extractQuotes } from '../../src/extract/quotes/index.ts';
import { findPeople, peopleOf } from '../../src/extract/entities/index.ts';
import { extractClaims } from '../../src/extract/claims/index.ts';

/** A TIMEX3 expression over the first occurrence of `phrase`, as the dates layer would give it. */
export function timex(text: string, phrase: string, value: string, type: TimexType = 'DATE'): TimeExpression {
  const at = text.indexOf(phrase);
  if (at < 0) throw new Error(`no "${phrase}" in the text`);
  return {
    id: `t${at}`, ...span(text, at, at + phrase.length), type, value, granularity: 'month', begin: null, finish: null,
    qualifies: [], confidence: 1, rule: 'test',
  };
}

/** The claims stage on one text, with the dates given (the dates layer is not in this branch). */
export function claimsOf(text: string, date: string | null = '2025-11-13', dates: readonly TimeExpression[] = []) {
  const doc = analyze(makeDocument({ id: 't', text, date }));
  const people = findPeople(doc);
  const entities = peopleOf(people);
  const quotes = extractQuotes(doc, people);
  return extractClaims(doc, { quotes, entities, dates });
}
