import { describe, expect, it } from 'vitest';
import { analyze } from './index.ts';
import { winkAnalyze, winkAnalyzePublic } from './wink.ts';
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

describe("reading wink's raw tokens gives what its public API gives", () => {
  const texts = [
    'Olena Kravets’s brigade held the line. “We can’t retreat,” she said; they won\'t either.',
    'Line one\nline two\r\n\tTabbed.  Two  spaces\u00a0and a no-break space. gonna wanna ain\'t',
    'Prices rose 3.5% to $1,200 on 2024-06-03 at 10:30am; see https://example.org/a?b=c or mail a@b.org #war @kyiv 🙂',
    '',
    '   ',
    '«Нет», — сказал он. U.S. Gen. Smith, Jr., arrived at 5 p.m. (local time)...',
  ];
  it.each(texts.map((t) => [JSON.stringify(t).slice(0, 40), t]))('%s', (_, text) => {
    expect(winkAnalyze(text)).toEqual(winkAnalyzePublic(text));
  });
});
