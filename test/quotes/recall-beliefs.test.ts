/**
 * Issue 12, readouts: `X expressed hope (confidence, conviction) that Z` reports Z as X's, also
 * after an act in the same sentence (`X thanked Y ... and expressed hope that Z`). Sentences we
 * wrote in the shape of official readouts (../shared/ANNOTATION.md).
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
