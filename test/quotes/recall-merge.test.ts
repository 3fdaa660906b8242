/**
 * Issue 12, the merge with the learned tagger (src/extract/quotes/merge-learned.ts): a learned
 * clause that runs on over a quotation with its own cue after it does not swallow that quotation,
 * and a rule's clause or quotation that gave way to learned clauses none of which was added comes
 * back. Sentences we wrote in the shape of official releases.
 */
import { describe, expect, it } from 'vitest';
import { expectQuoteIn, listQuotes, quotesOf } from './helpers.ts';

interface Row {
  text: string;
  /** Quotations that must be found, each with its kind and speaker. */
  found: [string, 'direct' | 'partial' | 'mixed' | 'indirect', string | null][];
}

describe('a quotation with its own cue after it is no fragment of a learned clause', () => {
  it.each<Row>([
    {
      text: 'The minister noted that the convoy is a "lifeline for the people of the city." "Every truck we send is counted and checked twice before it leaves," Olena Kravets said.',
      found: [
        ['the convoy is a "lifeline for the people of the city."', 'mixed', null],
        ['"Every truck we send is counted and checked twice before it leaves,"', 'direct', 'Olena Kravets'],
      ],
    },
    {
      text: 'Minister Olena Kravets stressed that the repairs will take time. After all, while the shelling goes on near the station, "no engineer will be able to restore the line." "We need a ceasefire around the plant first," she said.',
      found: [
        ['"no engineer will be able to restore the line."', 'partial', 'Olena Kravets'],
        ['"We need a ceasefire around the plant first,"', 'direct', 'Olena Kravets'],
      ],
    },
    {
      text: 'Deputy Minister Olena Kravets noted that the new plan is a "road map for the whole region." "We have done everything we promised, and we will keep going until the last village has water," she said.',
      found: [
        ['the new plan is a "road map for the whole region."', 'mixed', 'Olena Kravets'],
        ['"We have done everything we promised, and we will keep going until the last village has water,"', 'direct', 'Olena Kravets'],
      ],
    },
  ])('$text', ({ text, found }) => {
    const quotes = quotesOf(text);
    for (const [quote, kind, speaker] of found) expectQuoteIn(text, quotes, quote, { kind, speaker });
    // Nothing spans two quotations.
    expect(quotes.filter((q) => (q.text.match(/"/g) ?? []).length > 2 && q.kind !== 'direct'), listQuotes(quotes)).toEqual([]);
  });
});

describe('a quotation inside a sentence still ends a mixed clause', () => {
  it('`placed the maps in a "burn bag," the paper reported` is one mixed item', () => {
    const text = 'Olena Kravets told the Northern Ledger how she had mistakenly placed the maps in a "burn bag," the paper reported on Sunday.';
    const quotes = quotesOf(text);
    expect(quotes.some((q) => q.kind === 'mixed' && q.text.includes('placed the maps in a "burn bag,"')), listQuotes(quotes)).toBe(true);
    expect(quotes.filter((q) => q.text === '"burn bag,"'), listQuotes(quotes)).toEqual([]);
  });
});
