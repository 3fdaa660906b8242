/**
 * Quotations spanning paragraphs. News style leaves a paragraph's quotation open (no closing mark)
 * when the next paragraph opens with a quotation mark and the same speaker goes on. Each paragraph
 * gives one item (from its opening mark to the paragraph's last character, or to the closing mark),
 * all of kind `direct`, one utterance, and the speaker found anywhere in the chain (usually after the
 * last piece, or in the introduction before the first).
 */
import { describe, expect } from 'vitest';
import { gapAwareIt } from './known-gaps.ts';

const it = gapAwareIt(import.meta.url);
import { expectUtterance, listQuotes, quotesOf, expectQuoteIn } from './helpers.ts';

interface Row {
  name: string;
  text: string;
  pieces: string[];
  speaker: string | null;
  mention?: string | null;
  cue?: string | null;
  role?: string | null;
  addressee?: string | null;
}

const P = '\n\n';

describe('one utterance over several paragraphs', () => {
  it.each<Row>([
    {
      name: 'two paragraphs, attribution at the end',
      text: `"We counted the bodies in October. Most of them never reached our trenches.${P}"They come in waves of ten, then fifteen," Hrebeniuk said.`,
      pieces: ['"We counted the bodies in October. Most of them never reached our trenches.', '"They come in waves of ten, then fifteen,"'],
      speaker: 'Hrebeniuk', mention: 'Hrebeniuk', cue: 'said',
    },
    {
      name: 'two paragraphs, closing mark at the very end',
      text: `Kravets said:${P}"The enemy is not trying to save its soldiers.${P}"It is trying to exhaust us."`,
      pieces: ['"The enemy is not trying to save its soldiers.', '"It is trying to exhaust us."'],
      speaker: 'Kravets', mention: 'Kravets', cue: 'said',
    },
    {
      name: 'three paragraphs after an introduction with a colon',
      text: `Defense Minister Oksana Vdovychenko told reporters on Wednesday:${P}"For every kilometer they take, they lose a battalion.${P}"For every village, a brigade.${P}"We can hold this line if our partners keep their word."`,
      pieces: ['"For every kilometer they take, they lose a battalion.', '"For every village, a brigade.', '"We can hold this line if our partners keep their word."'],
      speaker: 'Oksana Vdovychenko', mention: 'Oksana Vdovychenko', cue: 'told',
    },
    {
      name: 'introduction and opening mark in the same paragraph',
      text: `Bondar described the last evacuation: "We left at four in the morning. The car had no windows left.${P}"Nobody spoke until we crossed the river."`,
      pieces: ['"We left at four in the morning. The car had no windows left.', '"Nobody spoke until we crossed the river."'],
      speaker: 'Bondar', mention: 'Bondar',
    },
    {
      name: 'attribution inside the last paragraph, then more words',
      text: `"The first week we still had electricity.${P}"By the second week," Bondar said, "we were cooking on fires in the yard."`,
      pieces: ['"The first week we still had electricity.', '"By the second week,"', '"we were cooking on fires in the yard."'],
      speaker: 'Bondar', mention: 'Bondar', cue: 'said',
    },
    {
      name: 'curly marks',
      text: `“The depot burned for six hours.${P}“Satellite images will show it,” Yaremchuk said.`,
      pieces: ['“The depot burned for six hours.', '“Satellite images will show it,”'],
      speaker: 'Yaremchuk', mention: 'Yaremchuk', cue: 'said',
    },
    {
      name: 'guillemets',
      text: `«There is no water and no gas.${P}«We take out five people a day,» Bondar said.`,
      pieces: ['«There is no water and no gas.', '«We take out five people a day,»'],
      speaker: 'Bondar', mention: 'Bondar', cue: 'said',
    },
    {
      name: 'pronoun speaker resolved to the name introduced before',
      text: `Col. Vitalii Hrebeniuk commands a battalion near Kupiansk.${P}"The drones are the only reason we are holding.${P}"Without them we would be gone in a week," he said.`,
      pieces: ['"The drones are the only reason we are holding.', '"Without them we would be gone in a week,"'],
      speaker: 'Vitalii Hrebeniuk', mention: 'he', cue: 'said',
    },
    {
      name: 'one paragraph per line (no blank lines)',
      text: `"We held the station for nine days.\n"Then the order came to pull back," Kravets said.`,
      pieces: ['"We held the station for nine days.', '"Then the order came to pull back,"'],
      speaker: 'Kravets', mention: 'Kravets', cue: 'said',
    },
    {
      name: 'four paragraphs',
      text: `Savchuk addressed the parliament on Friday:${P}"This winter will be hard.${P}"The enemy will strike our power plants again.${P}"We will repair them again.${P}"And in spring we will still be here."`,
      pieces: ['"This winter will be hard.', '"The enemy will strike our power plants again.', '"We will repair them again.', '"And in spring we will still be here."'],
      speaker: 'Savchuk', mention: 'Savchuk',
    },
    {
      name: 'curly marks, pronoun speaker, told with an addressee',
      text: `Maj. Gen. Olena Kravets spoke by phone from the front.${P}“The river froze early this year.${P}“Now they cross it on foot at night,” she told the Northern Ledger.`,
      pieces: ['“The river froze early this year.', '“Now they cross it on foot at night,”'],
      speaker: 'Olena Kravets', mention: 'she', cue: 'told', addressee: 'the Northern Ledger',
    },
    {
      name: 'attribution in the first paragraph, quotation going on into the next',
      text: `"We held the station for nine days," Kravets said. "Then the order came.${P}"We left at night, without lights."`,
      pieces: ['"We held the station for nine days,"', '"Then the order came.', '"We left at night, without lights."'],
      speaker: 'Kravets', mention: 'Kravets', cue: 'said',
    },
    {
      name: 'low-high marks',
      text: `„The aid will come.${P}„But not before December,“ Wilk said.`,
      pieces: ['„The aid will come.', '„But not before December,“'],
      speaker: 'Wilk', mention: 'Wilk', cue: 'said',
    },
    {
      name: 'said X after the last piece, with a role',
      text: `"Russia still has more men and more shells in this sector.${P}"Two villages are a good week, not a turning point," said Yevhen Rudenko, a senior analyst at the center.`,
      pieces: ['"Russia still has more men and more shells in this sector.', '"Two villages are a good week, not a turning point,"'],
      speaker: 'Yevhen Rudenko', mention: 'Yevhen Rudenko', cue: 'said', role: 'a senior analyst at the center',
    },
    {
      name: 'Windows line endings',
      text: `"The first convoy made it through.\r\n\r\n"The second one did not," Bondar said.`,
      pieces: ['"The first convoy made it through.', '"The second one did not,"'],
      speaker: 'Bondar', mention: 'Bondar', cue: 'said',
    },
    {
      name: 'nested single quotes inside a paragraph-spanning quotation',
      text: `"They told us, 'Leave by morning.'${P}"By morning the road was mined," Bondar said.`,
      pieces: ['"They told us, \'Leave by morning.\'', '"By morning the road was mined,"'],
      speaker: 'Bondar', mention: 'Bondar', cue: 'said',
    },
    {
      name: 'an organization speaking over two paragraphs',
      text: `The Kremlin issued a statement on Friday:${P}"Any foreign troops in Ukraine will be legitimate targets.${P}"Moscow has warned about this many times."`,
      pieces: ['"Any foreign troops in Ukraine will be legitimate targets.', '"Moscow has warned about this many times."'],
      speaker: 'Kremlin', mention: 'The Kremlin',
    },
    {
      name: 'an introduction whose verb is not a speech verb: its subject speaks',
      text: `Kravets addressed the brigade on Sunday:${P}"The bridge at Dovhivka is still ours.${P}"We will not give it up."`,
      pieces: ['"The bridge at Dovhivka is still ours.', '"We will not give it up."'],
      speaker: 'Kravets', mention: 'Kravets',
    },
    {
      name: 'an introduction about a thing, not a speaker: no speaker',
      text: `The order was short:${P}"Leave the town before dark.${P}"Do not come back."`,
      pieces: ['"Leave the town before dark.', '"Do not come back."'],
      speaker: null, mention: null,
    },
    {
      name: 'an unattributed multi-paragraph quotation has no speaker',
      text: `"We were told to pack in two hours.${P}"We left in twenty minutes, with the cat and the documents."`,
      pieces: ['"We were told to pack in two hours.', '"We left in twenty minutes, with the cat and the documents."'],
      speaker: null, mention: null, cue: null,
    },
  ])('$name', (row) => {
    expectUtterance(row.text, row.pieces, {
      kind: 'direct',
      speaker: row.speaker,
      ...(row.mention !== undefined ? { mention: row.mention } : {}),
      ...(row.cue !== undefined ? { cue: row.cue } : {}),
      ...(row.role !== undefined ? { role: row.role } : {}),
      ...(row.addressee !== undefined ? { addressee: row.addressee } : {}),
    });
  });
});

describe('closed quotations in consecutive paragraphs stay separate utterances', () => {
  it.each<{ name: string; text: string; first: [string, string]; second: [string, string] }>([
    {
      name: 'two speakers',
      text: `"We hold the north of the town," Kravets said.${P}"The south is another story," Bondar said.`,
      first: ['"We hold the north of the town,"', 'Kravets'],
      second: ['"The south is another story,"', 'Bondar'],
    },
    {
      name: 'same speaker, two attributions',
      text: `"The bridge is gone," Kravets said.${P}"We will build a pontoon," Kravets added.`,
      first: ['"The bridge is gone,"', 'Kravets'],
      second: ['"We will build a pontoon,"', 'Kravets'],
    },
    {
      name: 'a closed quotation, then a new paragraph opening a quotation of another speaker',
      text: `Kravets said: "The station is ours."${P}"It changes hands every night," Bondar said.`,
      first: ['"The station is ours."', 'Kravets'],
      second: ['"It changes hands every night,"', 'Bondar'],
    },
  ])('$name', ({ text, first, second }) => {
    const quotes = quotesOf(text);
    const a = expectQuoteIn(text, quotes, first[0], { kind: 'direct', speaker: first[1] });
    const b = expectQuoteIn(text, quotes, second[0], { kind: 'direct', speaker: second[1] }, a.end);
    expect(a.utterance, `different utterances; found:\n${listQuotes(quotes)}`).not.toBe(b.utterance);
  });
});

describe('a stray mark is no quotation', () => {
  it.each<{ name: string; text: string; quote: string; speaker: string }>([
    {
      name: 'a lone closing mark ends a paragraph, the next opens a quotation',
      text: `A second poll asked the same question: forty-three, yes; forty-six, no."${P}"This is in their heads," Kravets said.`,
      quote: '"This is in their heads,"', speaker: 'Kravets',
    },
    {
      name: 'a lone mark on its own line',
      text: `The count went on through the night.${P}"${P}"We will not leave," Bondar said.`,
      quote: '"We will not leave,"', speaker: 'Bondar',
    },
  ])('$name', ({ text, quote, speaker }) => {
    const quotes = quotesOf(text);
    expect(quotes.filter((q) => !/[\p{L}\p{N}]/u.test(q.text)), `quotations without a word; found:\n${listQuotes(quotes)}`).toEqual([]);
    expectQuoteIn(text, quotes, quote, { kind: 'direct', speaker });
  });
});
