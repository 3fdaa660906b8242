/**
 * Issue 12, readouts: `X expressed hope (confidence, conviction) that Z` reports Z as X's, also
 * after an act in the same sentence (`X thanked Y ... and expressed hope that Z`); so do
 * `X is convinced (confident, sure) that Z` and `Z, X is convinced.` Sentences we wrote in the
 * shape of official readouts (../shared/ANNOTATION.md).
 */
import { describe, expect, it } from 'vitest';
import { expectQuote, listQuotes, quotesOf } from './helpers.ts';

describe('`expressed hope that ...`: the clause is the subject\'s', () => {
  it.each([
    ['Deputy Minister Olena Kravets thanked the Danish side for the generators delivered to Kharkiv and expressed hope that Denmark would send more of them before the winter.',
      'Denmark would send more of them before the winter', 'Olena Kravets'],
    ['Olena Kravets praised the engineers of the city and also expressed the hope that the water supply will be restored within a week.',
      'the water supply will be restored within a week', 'Olena Kravets'],
    ['Taras Bondar thanked the volunteers and expressed his firm conviction that the school in Izium will open in September.',
      'the school in Izium will open in September', 'Taras Bondar'],
  ])('%s', (text, said, speaker) => {
    expectQuote(text, said, { kind: 'indirect', speaker, cue: text.slice(text.indexOf('expressed'), text.indexOf(' that', text.indexOf('expressed'))) });
  });

  it.each([
    // No subject that speaks: a place opens the sentence.
    'In Kyiv, the mayors thanked the volunteers and expressed hope that the water supply would be restored soon.',
    // Hope for a thing, not a clause: no words reported as a clause.
    'Olena Kravets thanked the Danish side and expressed hope for further assistance.',
  ])('no belief clause: %s', (text) => {
    const quotes = quotesOf(text);
    expect(quotes.filter((q) => q.rule.includes('expressed-belief')), listQuotes(quotes)).toEqual([]);
  });
});

describe('`X is convinced that ...` and `..., X is convinced.`: the clause is X\'s', () => {
  it.each([
    // The clause before the conviction, after a quotation whose own cue ends the sentence before.
    ['"We will hold the line," Olena Kravets said. Everyone who shelled the city will answer for it in court, Minister Olena Kravets is convinced.',
      'Everyone who shelled the city will answer for it in court', 'Olena Kravets'],
    ['"The repairs go on," Taras Bondar said on Monday. Economic Adviser Taras Bondar is confident that the companies which still buy Russian gas, and the banks which serve them, will soon change their minds.',
      'the companies which still buy Russian gas, and the banks which serve them, will soon change their minds', 'Taras Bondar'],
  ])('%s', (text, said, speaker) => {
    const quotes = quotesOf(text);
    const q = quotes.find((x) => x.text === said);
    expect(q, listQuotes(quotes)).toBeDefined();
    expect(q!.speaker?.name).toBe(speaker);
  });

  it.each([
    // A head that is no name or capitalized title: the speaker stage could not resolve it.
    'The bridge will reopen to trucks by the end of March, her adviser is convinced.',
    // No clause: `sure of`, `certain that way`.
    'The results are certain that way.',
  ])('no conviction item: %s', (text) => {
    const quotes = quotesOf(text);
    expect(quotes.filter((q) => q.rule.includes('conviction')), listQuotes(quotes)).toEqual([]);
  });
});
