import { describe, it, expect } from 'vitest';
import { span } from '../../model/span.ts';
import type { Quotation, Speaker } from '../../model/items.ts';
import { figuresOf } from '../../../test/helpers/figures.ts';

/** A quotation over `content` in `text`, said by `name` (or by nobody the text names). */
function quote(text: string, content: string, name: string | null): Quotation {
  const at = text.indexOf(content);
  const s = span(text, at, at + content.length);
  const speaker: Speaker | null = name === null ? null : {
    mention: span(text, text.indexOf(name), text.indexOf(name) + name.length), name, entity: null, kind: 'person', pronoun: false,
    role: null, antecedent: null, confidence: 1, rule: 'test',
  };
  return { ...s, id: 'q1', kind: 'direct', utterance: 'u1', speaker, cue: null, addressee: null, quoted: [], confidence: 1, rule: 'test' };
}

// Claimant: the speaker of the quotation holding the figure, else the outlet, else null.
describe('figures: claimant', () => {
  const text = 'Russia, Hnatov said, is "losing almost a thousand soldiers a day." Officials counted 300 tanks.';
  it.each([
    ['inside a quotation: its speaker', [quote(text, '"losing almost a thousand soldiers a day."', 'Hnatov')], 'Newsmax', 'a thousand', 'Hnatov'],
    ['outside any quotation: the outlet', [quote(text, '"losing almost a thousand soldiers a day."', 'Hnatov')], 'Newsmax', '300', 'Newsmax'],
    ['outside any quotation, no outlet: null', [], null, '300', null],
    ['inside a quotation with no speaker: null, not a guess', [quote(text, '"losing almost a thousand soldiers a day."', null)], 'Newsmax', 'a thousand', null],
    ['indirect speech counts as a quotation', [quote(text, 'Officials counted 300 tanks', 'Officials')], 'Newsmax', '300', 'Officials'],
  ] as const)('%s', (_name, quotes, source, needle, claimant) => {
    const f = figuresOf(text, quotes, source).find((x) => x.text.includes(needle));
    expect(f, needle).toBeDefined();
    expect(f!.claimant).toBe(claimant);
  });

  // An exclusive's lede ("<news>, X tells Newsmax.") is the outlet's own summary; later reported speech is the speaker's.
  const lede = 'Russia has massed 50,000 troops near Kupiansk, Oleh Bondar tells Newsmax.\n\nRussia lost 200 tanks there, Bondar told Newsmax.';
  const reported = (content: string, addressee: string | null): Quotation => {
    const q = quote(lede, content, 'Oleh Bondar');
    const at = addressee === null ? -1 : lede.indexOf(addressee, q.end);
    return { ...q, kind: 'indirect', addressee: at < 0 ? null : span(lede, at, at + addressee!.length) };
  };
  it.each([
    ['the lede addressed to the outlet: the outlet', reported('Russia has massed 50,000 troops near Kupiansk', 'Newsmax'), 'Newsmax', '50,000', 'Newsmax'],
    ['the lede addressed to someone else: the speaker', reported('Russia has massed 50,000 troops near Kupiansk', null), 'Newsmax', '50,000', 'Oleh Bondar'],
    ['the lede with another outlet as source: the speaker', reported('Russia has massed 50,000 troops near Kupiansk', 'Newsmax'), 'Reuters', '50,000', 'Oleh Bondar'],
    ['reported speech after the lede: the speaker', reported('Russia lost 200 tanks there', 'Newsmax'), 'Newsmax', '200', 'Oleh Bondar'],
  ] as const)('%s', (_name, q, source, needle, claimant) => {
    const f = figuresOf(lede, [q], source).find((x) => x.text.includes(needle));
    expect(f, needle).toBeDefined();
    expect(f!.claimant).toBe(claimant);
  });

  it('takes the innermost quotation when two hold the figure', () => {
    const outer = { ...quote(text, 'Russia, Hnatov said, is "losing almost a thousand soldiers a day."', 'Officials'), id: 'q0' };
    const inner = quote(text, '"losing almost a thousand soldiers a day."', 'Hnatov');
    const f = figuresOf(text, [outer, inner], 'Newsmax').find((x) => x.text.includes('a thousand'));
    expect(f!.claimant).toBe('Hnatov');
  });
});
