import { describe, expect, it } from 'vitest';
import { analyze } from './index.ts';
import { makeDocument } from '../model/index.ts';

const tokensOf = (text: string) => analyze(makeDocument({ id: 't', text })).tokens;

describe('analysis does not depend on what was read before', () => {
  it('splits a possessive the same way after the bare form was seen elsewhere (wink lexicon growth)', () => {
    const text = 'Olena Kravets’s brigade held the line.';
    const first = tokensOf(text);
    expect(first).toEqual(['Olena', 'Kravets', '’s', 'brigade', 'held', 'the', 'line', '.']);
    // Forms wink's tokenizer keeps whole and then remembers as words.
    for (const seen of ['“Kravets’s', '(Kravets’s)', '"Kravets’s"', 'Kravets’s,', '‘Kravets’s’']) tokensOf(`They read ${seen} report.`);
    expect(tokensOf(text)).toEqual(first);
  });
});
