import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { fileURLToPath, pathToFileURL } from 'node:url';
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

describe("remembered tokenization of unknown pieces gives wink's own tokens", () => {
  // Unknown pieces (names with punctuation, numbers, URLs, contractions) repeated after one space,
  // several spaces, a no-break space, a line break and at the start of the text.
  const pieces = ['Hnatov,', '“Kravets’s', '(Zaluzhnyi)', '2,000-strong', 'U.S.-made', "Syrskyi's", 'e-mail:x@y.org', '“We’re', '—Bakhmut.', '#Kyiv…'];
  const texts = [pieces.join(' '), pieces.join('   '), pieces.join('\u00a0'), pieces.join('\n'), [...pieces].reverse().join(' ')];
  it('matches a process without the memo, text by text', () => {
    const here = texts.map((t) => { const a = winkAnalyze(t); return { tokens: a.tokens, pos: [...a.pos], s: [...a.sentenceStarts] }; });
    const wink = fileURLToPath(new URL('./wink.ts', import.meta.url));
    const script = `import { winkAnalyze } from ${JSON.stringify(pathToFileURL(wink).href)};
      const texts = JSON.parse(process.argv[1]);
      process.stdout.write(JSON.stringify(texts.map((t) => { const a = winkAnalyze(t); return { tokens: a.tokens, pos: [...a.pos], s: [...a.sentenceStarts] }; })));`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, JSON.stringify(texts)],
      { encoding: 'utf8', env: { ...process.env, CLAIMGRAPH_NO_TOKEN_MEMO: '1' } });
    expect(child.stderr).toBe('');
    expect(here).toEqual(JSON.parse(child.stdout));
  });
});

describe('the same article gives the same tokens and tags whatever was read before it (issue 16, item 7)', () => {
  // Each order runs in a fresh process: wink's lexicon lives as long as the process.
  const wink = fileURLToPath(new URL('./wink.ts', import.meta.url));
  const lastOf = (texts: string[]) => {
    const script = `import { winkAnalyze } from ${JSON.stringify(pathToFileURL(wink).href)};
      const texts = JSON.parse(process.argv[1]);
      let a; for (const t of texts) a = winkAnalyze(t);
      process.stdout.write(JSON.stringify({ tokens: a.tokens, pos: [...a.pos] }));`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, JSON.stringify(texts)], { encoding: 'utf8' });
    expect(child.stderr).toBe('');
    return JSON.parse(child.stdout) as { tokens: string[]; pos: number[] };
  };

  it('a combining mark met first inside a word, then alone (PolNeAR train 308, then 629: its claim changed)', () => {
    const target = '"Ogni impedimento A\u0303\u0083A\u0302 \u0308 distrutto dal rigore - every obstacle yields to stern resolve."';
    expect(lastOf(["Reporters asked about it. ''On esp\u00c3 \u0308re,'' he said, and left.", target])).toEqual(lastOf([target]));
  });

  it('holds over shuffled corpora of pieces that change type with their neighbours', () => {
    const pieces = ['\u0308', 'A\u0303\u0083A\u0302', '\u00c3', '\u0308ne', "\u0308re,''", "''On", 'A\u0302', '\u0083', '(Kravets)', 'Kravets', 'KRAVETS', '—', '-', '#war', 'war', '…', '...', '’s', "'s", '“We', 'We', 'e-mail', '2,000', '2,000-strong', 'U.S.', 'U.S.-made'];
    fc.assert(fc.property(
      fc.array(fc.array(fc.constantFrom(...pieces), { minLength: 3, maxLength: 12 }).map((w) => w.join(' ')), { minLength: 3, maxLength: 6 }),
      fc.array(fc.constantFrom(...pieces), { minLength: 3, maxLength: 12 }).map((w) => `${w.join(' ')} said the ministry.`),
      (others, target) => {
        expect(lastOf([...others, target])).toEqual(lastOf([target]));
      },
    ), { numRuns: 2, seed: 16 });
  });
});
