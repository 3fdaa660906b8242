import { describe, expect, it } from 'vitest';
import { analyze } from './index.ts';
import { makeDocument } from '../model/document.ts';

const sentences = (text: string) => {
  const doc = analyze(makeDocument({ id: 't', text }));
  return Array.from(doc.sentStartTok, (s, i) => text.slice(doc.tokStart[s]!, doc.tokEnd[doc.sentEndTok[i]! - 1]!));
};

describe('sentences', () => {
  it.each([
    // wink splits `Maj` from its period and ends a sentence there; a title before a name does not end one.
    ['The town holds, Maj. Gen. Olena Kravets said on Thursday.', 1],
    ['Lt. Col. Vitalii Hrebeniuk and Capt. Dmytro Yaremchuk arrived at noon.', 1],
    ['Sgt. Bondar drove the first truck.', 1],
  ])('%s is one sentence', (text, n) => {
    expect(sentences(text)).toHaveLength(n);
  });

  it('ends a sentence at `etc.` before a quotation that opens with a capital, and nowhere else', () => {
    expect(sentences('They rebuild schools, parks, etc. "We want more," the mayor said.')).toEqual(['They rebuild schools, parks, etc.', '"We want more," the mayor said.']);
    expect(sentences('They rebuild schools, parks, etc. "and so on" was all he said.')).toHaveLength(1);
    expect(sentences('They rebuild schools, parks, etc., and roads.')).toHaveLength(1);
  });

  it('still ends a sentence at a period after an ordinary word before a capital', () => {
    expect(sentences('The convoy left at dawn. Kravets stayed behind.')).toEqual(['The convoy left at dawn.', 'Kravets stayed behind.']);
  });
});
