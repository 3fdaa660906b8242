import { describe, it, expect } from 'vitest';
import { analyze } from '../analyze/index.ts';
import { makeDocument } from '../model/document.ts';
import { tagAttributions } from './attributions.ts';

const tag = (text: string) => {
  const doc = analyze(makeDocument({ id: 't', text }));
  return { text, atts: tagAttributions(doc) };
};
const slice = (text: string, s: [number, number] | null) => (s ? text.slice(s[0], s[1]) : null);

describe('tagAttributions', () => {
  it('decodes a paragraph longer than its window in pieces, finding speech in every piece', () => {
    // ~3,000 sentences of 7 tokens in one paragraph: three windows of at most 8,192 tokens.
    const sentence = 'Officials said the bridge was closed. ';
    const { text, atts } = tag(sentence.repeat(3000).trim());
    const found = atts.filter((a) => /^(that )?the bridge was closed\.?$/.test(slice(text, a.content)!));
    expect(found.length).toBeGreaterThan(2900);
    expect(atts[atts.length - 1]!.content[0]).toBeGreaterThan(text.length - 2 * sentence.length);
  });

  it('finds indirect speech and its source', () => {
    const { text, atts } = tag('Officials said the bridge was closed.');
    expect(atts.length).toBe(1);
    const a = atts[0]!;
    expect(slice(text, a.content)).toMatch(/^(that )?the bridge was closed\.?$/);
    expect(slice(text, a.source)).toBe('Officials');
    expect(slice(text, a.cue)).toBe('said');
    expect(a.confidence).toBeGreaterThan(0);
    expect(a.confidence).toBeLessThanOrEqual(1);
  });

  it('finds a direct quotation with the speaker after it', () => {
    const { text, atts } = tag('The storm moved east overnight.\n\n“We expect heavy rain by noon,” the forecaster said on Monday.');
    const a = atts.find((x) => slice(text, x.content)!.includes('heavy rain'));
    expect(a).toBeDefined();
    expect(slice(text, a!.content)).toContain('We expect heavy rain by noon');
    expect(slice(text, a!.source)).toMatch(/forecaster/);
  });

  it('returns offsets that slice the text, never padded with white space', () => {
    const { text, atts } = tag('The mayor told reporters that the budget would pass. “It is done,” she added.\n\nNothing else happened.');
    expect(atts.length).toBeGreaterThan(0);
    for (const a of atts) {
      for (const s of [a.content, a.source, a.cue]) {
        if (!s) continue;
        expect(s[0]).toBeGreaterThanOrEqual(0);
        expect(s[1]).toBeLessThanOrEqual(text.length);
        expect(s[0]).toBeLessThan(s[1]);
        const t = text.slice(s[0], s[1]);
        expect(t).toBe(t.trim());
      }
    }
  });

  it('handles empty text', () => {
    expect(tag('').atts).toEqual([]);
  });
});
