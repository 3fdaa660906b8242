/**
 * Quotation marks: every row holds exactly one direct quotation, whose span runs from its opening
 * mark to its closing mark, both included (a comma or period inside the marks is inside the span).
 * Quotation marks nested inside a quotation are part of it, never a quotation of their own.
 */
import { describe, expect } from 'vitest';
import { gapAwareIt } from './known-gaps.ts';

const it = gapAwareIt(import.meta.url);
import { expectQuote, listQuotes, markedQuotes } from './helpers.ts';

interface Row {
  text: string;
  quote: string;
  speaker: string | null;
  cue?: string | null;
}

function check(row: Row): void {
  expectQuote(row.text, row.quote, {
    kind: 'direct',
    speaker: row.speaker,
    ...(row.cue !== undefined ? { cue: row.cue } : {}),
  });
  const marked = markedQuotes(row.text);
  expect(marked.length, `exactly one quotation in ${JSON.stringify(row.text)}; found:\n${listQuotes(marked)}`).toBe(1);
}

describe('straight double quotes', () => {
  it.each<Row>([
    { text: '"We will hold the bridge," Kravets said.', quote: '"We will hold the bridge,"', speaker: 'Kravets', cue: 'said' },
    { text: '"The road is under fire day and night," said Bondar.', quote: '"The road is under fire day and night,"', speaker: 'Bondar', cue: 'said' },
    { text: 'Kravets said, "The enemy is regrouping near the station."', quote: '"The enemy is regrouping near the station."', speaker: 'Kravets', cue: 'said' },
    { text: 'Kravets said: "The bridge is still ours."', quote: '"The bridge is still ours."', speaker: 'Kravets', cue: 'said' },
    { text: '"We didn\'t sleep for three days," Bondar said.', quote: '"We didn\'t sleep for three days,"', speaker: 'Bondar', cue: 'said' },
    { text: '"Where would we go?" asked Bondar.', quote: '"Where would we go?"', speaker: 'Bondar', cue: 'asked' },
    { text: '"Get down!" Kravets shouted as the drone passed overhead.', quote: '"Get down!"', speaker: 'Kravets', cue: 'shouted' },
    { text: '"We have lost two villages this week. We will take them back," Olena Kravets told reporters.', quote: '"We have lost two villages this week. We will take them back,"', speaker: 'Olena Kravets', cue: 'told' },
    { text: 'Olena Kravets added: "Nobody here is thinking about retreat."', quote: '"Nobody here is thinking about retreat."', speaker: 'Olena Kravets', cue: 'added' },
    { text: '"The 155mm shells arrive, but never enough of them," Hrebeniuk said on Tuesday.', quote: '"The 155mm shells arrive, but never enough of them,"', speaker: 'Hrebeniuk', cue: 'said' },
  ])('$quote', check);
});

describe('curly double quotes', () => {
  it.each<Row>([
    { text: '“The shelling never stops,” Bondar said.', quote: '“The shelling never stops,”', speaker: 'Bondar', cue: 'said' },
    { text: '“We didn’t expect them to come from the river,” Kravets said.', quote: '“We didn’t expect them to come from the river,”', speaker: 'Kravets', cue: 'said' },
    { text: 'Yaremchuk said: “Our drones reached the depot.”', quote: '“Our drones reached the depot.”', speaker: 'Yaremchuk', cue: 'said' },
    { text: '“Russia’s losses near the town are enormous,” said Dmytro Yaremchuk.', quote: '“Russia’s losses near the town are enormous,”', speaker: 'Dmytro Yaremchuk', cue: 'said' },
    { text: '“Is anyone still down there?” Bondar asked.', quote: '“Is anyone still down there?”', speaker: 'Bondar', cue: 'asked' },
    { text: '“We are counting every shell,” Hrebeniuk told the Northern Ledger.', quote: '“We are counting every shell,”', speaker: 'Hrebeniuk', cue: 'told' },
    { text: 'Kravets said, “The soldiers’ morale is better than you think.”', quote: '“The soldiers’ morale is better than you think.”', speaker: 'Kravets', cue: 'said' },
  ])('$quote', check);
});

describe('single quotes nested in double quotes (one quotation)', () => {
  it.each<Row>([
    { text: '"They told us, \'Leave by morning,\' and then the road was mined," Bondar said.', quote: '"They told us, \'Leave by morning,\' and then the road was mined,"', speaker: 'Bondar', cue: 'said' },
    { text: '"The Russians keep saying \'the city has fallen\' on television," Kravets said.', quote: '"The Russians keep saying \'the city has fallen\' on television,"', speaker: 'Kravets', cue: 'said' },
    { text: '“He kept repeating ‘we are fine’ until the signal died,” Bondar said.', quote: '“He kept repeating ‘we are fine’ until the signal died,”', speaker: 'Bondar', cue: 'said' },
    { text: '“When Moscow says ‘all targets destroyed,’ it means it lost them,” Yaremchuk said.', quote: '“When Moscow says ‘all targets destroyed,’ it means it lost them,”', speaker: 'Yaremchuk', cue: 'said' },
    { text: '“The order was ‘not one step back,’ and the soldiers’ answer was silence,” Bondar said.', quote: '“The order was ‘not one step back,’ and the soldiers’ answer was silence,”', speaker: 'Bondar', cue: 'said' },
    { text: 'Kravets said: "Every commander has heard \'hold at any cost.\' I have never said it."', quote: '"Every commander has heard \'hold at any cost.\' I have never said it."', speaker: 'Kravets', cue: 'said' },
  ])('$quote', check);
});

describe('straight quotes nested in straight quotes (curly marks straightened: one quotation)', () => {
  it.each<Row>([
    { text: '"They keep repeating "the city has fallen" on every channel," Kravets said.', quote: '"They keep repeating "the city has fallen" on every channel,"', speaker: 'Kravets', cue: 'said' },
    { text: '"We heard the words "hold on" every night. Nobody came," Bondar said.', quote: '"We heard the words "hold on" every night. Nobody came,"', speaker: 'Bondar', cue: 'said' },
    { text: '"The order read "not one step back"," Tomasz Wilk said.', quote: '"The order read "not one step back","', speaker: 'Tomasz Wilk', cue: 'said' },
    { text: '"They promised "three days", then "three weeks". We are in the third year," Bondar said.', quote: '"They promised "three days", then "three weeks". We are in the third year,"', speaker: 'Bondar', cue: 'said' },
    // A closing mark whose opening mark the text lost pairs with nothing.
    { text: 'The depot burned for two days," Olena Kravets said. "We moved the shells to the river," she added.', quote: '"We moved the shells to the river,"', speaker: 'Olena Kravets', cue: 'added' },
    // A mark after a space that closes (`here ",`) is no nested opening: the paragraph is paired in turn.
    { text: '"We are staying here ", Bondar said.', quote: '"We are staying here "', speaker: 'Bondar', cue: 'said' },
  ])('$quote', check);

  it('keeps the quotations after a nested one apart', () => {
    const text = 'Olena Kravets spoke in Kyiv. "They call it a "special operation" and send boys to die," she said. The crowd was silent. "We will remember every name," Kravets added.';
    const marked = markedQuotes(text);
    expect(marked.map((q) => q.text), listQuotes(marked)).toEqual([
      '"They call it a "special operation" and send boys to die,"',
      '"We will remember every name,"',
    ]);
    expect(marked.every((q) => q.kind === 'direct' && q.speaker?.name === 'Olena Kravets'), listQuotes(marked)).toBe(true);
  });
});

describe('single quotes as the outer marks', () => {
  it.each<Row>([
    { text: "'The line is holding,' Kravets said.", quote: "'The line is holding,'", speaker: 'Kravets', cue: 'said' },
    { text: "‘We need more drones, not more promises,’ Hrebeniuk said.", quote: "‘We need more drones, not more promises,’", speaker: 'Hrebeniuk', cue: 'said' },
    { text: "‘The soldiers’ families write to me every day,’ Kravets said.", quote: "‘The soldiers’ families write to me every day,’", speaker: 'Kravets', cue: 'said' },
  ])('$quote', check);
});

describe('guillemets', () => {
  it.each<Row>([
    { text: '«The town will not fall,» Kravets said.', quote: '«The town will not fall,»', speaker: 'Kravets', cue: 'said' },
    { text: 'Kravets said: «We have enough shells for a week.»', quote: '«We have enough shells for a week.»', speaker: 'Kravets', cue: 'said' },
    { text: '« Nobody is coming to help us », Bondar said.', quote: '« Nobody is coming to help us »', speaker: 'Bondar', cue: 'said' },
    { text: '«They call it a \'special operation\' and send boys to die,» Bondar said.', quote: '«They call it a \'special operation\' and send boys to die,»', speaker: 'Bondar', cue: 'said' },
    { text: '«Мы держимся,» Kravets said in Russian.', quote: '«Мы держимся,»', speaker: 'Kravets', cue: 'said' },
    { text: '»The bridge is gone,« Wilk said.', quote: '»The bridge is gone,«', speaker: 'Wilk', cue: 'said' },
  ])('$quote', check);
});

describe('low-high quotes „ “ and „ ”', () => {
  it.each<Row>([
    { text: '„We need air defense before winter,“ Wilk said.', quote: '„We need air defense before winter,“', speaker: 'Wilk', cue: 'said' },
    { text: '„Poland will not send troops,” Tomasz Wilk said.', quote: '„Poland will not send troops,”', speaker: 'Tomasz Wilk', cue: 'said' },
    { text: 'Wilk told reporters: „The ammunition will arrive within weeks.“', quote: '„The ammunition will arrive within weeks.“', speaker: 'Wilk', cue: 'told' },
    { text: '„They promised ‚peace in three days‘ in 2022,“ Wilk said.', quote: '„They promised ‚peace in three days‘ in 2022,“', speaker: 'Wilk', cue: 'said' },
  ])('$quote', check);
});

describe('marks with unusual spacing and surrogate pairs', () => {
  it.each<Row>([
    { text: 'The general arrived.  "We hold the line 🇺🇦," Kravets said.', quote: '"We hold the line 🇺🇦,"', speaker: 'Kravets', cue: 'said' },
    { text: '"Keep moving,"\u00a0Kravets said.', quote: '"Keep moving,"', speaker: 'Kravets', cue: 'said' },
    { text: '\u201cThere is no water,\u201d Bondar\u00a0said.', quote: '\u201cThere is no water,\u201d', speaker: 'Bondar', cue: 'said' },
  ])('$quote', check);
});
