/**
 * Straight marks that do two jobs or are typos (issue 12, direct quotations): releases whose curly
 * marks were straightened close a quotation nested at its end with one mark, repeat an opening mark
 * after a sentence inside a quotation, or close a sentence with a mark the quotation then runs past.
 * Each row holds one quotation, read as a reader reads it, with its speaker. Sentences we wrote.
 */
import { describe, expect, it } from 'vitest';
import { expectQuote, listQuotes, markedQuotes } from './helpers.ts';

interface Row {
  text: string;
  quote: string;
  speaker: string;
  cue: string;
}

function check(row: Row): void {
  expectQuote(row.text, row.quote, { kind: 'direct', speaker: row.speaker, cue: row.cue });
  const marked = markedQuotes(row.text);
  expect(marked.length, `exactly one quotation in ${JSON.stringify(row.text)}; found:\n${listQuotes(marked)}`).toBe(1);
}

describe('one mark closes a nested quotation and the quotation around it', () => {
  it.each<Row>([
    {
      text: 'Olena Kravets visited the front on Monday. "The soldiers ask one thing. Many of them say: "We will hold this town," Kravets said. She also met the mayor.',
      quote: '"The soldiers ask one thing. Many of them say: "We will hold this town,"', speaker: 'Olena Kravets', cue: 'said',
    },
    {
      text: 'Serhii Bondar spoke in Dnipro. "The children ask me every day: "When will we go home?" said Bondar. The school reopened in May.',
      quote: '"The children ask me every day: "When will we go home?"', speaker: 'Serhii Bondar', cue: 'said',
    },
    {
      text: 'Olena Kravets spoke to the council. "The shelling stopped for a night. "Nobody slept anyway, and the generators ran until dawn," Kravets added. The council voted.',
      quote: '"The shelling stopped for a night. "Nobody slept anyway, and the generators ran until dawn,"', speaker: 'Olena Kravets', cue: 'added',
    },
    {
      text: 'Serhii Bondar spoke in Dnipro. Bondar emphasized: "We cannot tell the families: "Wait, the war will end by itself". According to Bondar, the town is safe.',
      quote: '"We cannot tell the families: "Wait, the war will end by itself"', speaker: 'Serhii Bondar', cue: 'emphasized',
    },
  ])('$quote', check);
});

describe('an opening mark repeated after a sentence inside a quotation', () => {
  it.each<Row>([
    {
      text: 'Serhii Bondar spoke in Dnipro. "We buried our friends. "Twice we "lost" the bridge and took it back, and the men held on," Bondar said. The mayor agreed.',
      quote: '"We buried our friends. "Twice we "lost" the bridge and took it back, and the men held on,"', speaker: 'Serhii Bondar', cue: 'said',
    },
  ])('$quote', check);
});

describe('a closing mark the quotation runs past', () => {
  it.each<Row>([
    {
      text: 'Olena Kravets spoke on Monday. "Will the line hold?" Will the bridge stand? That is what we ask every night," Kravets said.',
      quote: '"Will the line hold?" Will the bridge stand? That is what we ask every night,"', speaker: 'Olena Kravets', cue: 'said',
    },
  ])('$quote', check);
});

describe('readings that stay as they were', () => {
  it.each<Row>([
    {
      // A nested quotation closing before a sentence's end does not close the outer one when the
      // paragraph balances without that (the attribution comes after `Shameful,"`).
      text: 'Serhii Bondar spoke in Dnipro. "They cut the power, then hand out stolen bread with the words: "Here is your aid". Shameful," Bondar said.',
      quote: '"They cut the power, then hand out stolen bread with the words: "Here is your aid". Shameful,"', speaker: 'Serhii Bondar', cue: 'said',
    },
  ])('$quote', check);

  it('a nested quotation inside an outer one that closes on its own', () => {
    const text = 'Olena Kravets spoke in Kyiv. "They call it a "special operation" and send boys to die," she said. "We will remember every name," Kravets added.';
    const marked = markedQuotes(text);
    expect(marked.map((q) => q.text), listQuotes(marked)).toEqual(['"They call it a "special operation" and send boys to die,"', '"We will remember every name,"']);
  });

  it('a quotation that closed a nested one of its own is not closed by a later nested-looking mark', () => {
    const text = 'Serhii Bondar spoke in Dnipro. Bondar emphasized: "We cannot tell the families: "Wait, it will end by itself". According to Bondar, the school is open. "We will rebuild the library too," Bondar said.';
    const marked = markedQuotes(text);
    expect(marked.filter((q) => q.kind === 'direct').map((q) => q.text), listQuotes(marked)).toEqual([
      '"We cannot tell the families: "Wait, it will end by itself"',
      '"We will rebuild the library too,"',
    ]);
  });

  it('a quotation whose own attribution follows it is not run on to a later closing mark', () => {
    // The first quotation has its cue; the later stray closing mark lost its opening mark and pairs with nothing.
    const text = 'Olena Kravets spoke on Monday. "Will the line hold?" Kravets asked. The bridge is under fire. We stay," she said.';
    const marked = markedQuotes(text);
    expect(marked.map((q) => q.text), listQuotes(marked)).toEqual(['"Will the line hold?"']);
  });

  it('a one-word quotation is not run on to a later closing mark', () => {
    const text = 'Serhii Bondar spoke in Dnipro. They promised "peace." Nobody believed them, and the guns fired again," Bondar said.';
    const marked = markedQuotes(text);
    // (The learned tagger may still read the sentence as a mixed clause: that is its gate's call, not the marks'.)
    expect(marked.some((q) => q.kind === 'direct' && q.text.startsWith('"peace." Nobody')), listQuotes(marked)).toBe(false);
  });
});
