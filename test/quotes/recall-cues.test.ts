/**
 * Issue 12: phrasal cues after a quotation (`"...," the minister summed up.`, `"...," she pointed
 * out.`): cues there only, not before a clause (`summed up the results of the year` reports no
 * words). Sentences we wrote in the shape of official releases.
 */
import { describe, expect, it } from 'vitest';
import { expectQuote, listQuotes, quotesOf } from './helpers.ts';

describe('a phrasal cue after a quotation attributes it', () => {
  it.each([
    ['"Half of the trucks never reached the city," Olena Kravets pointed out.', '"Half of the trucks never reached the city,"', 'Olena Kravets', 'pointed out'],
    ['Taras Bondar opened the meeting. "The depot will be ready by spring. Nobody doubts that any more," summed up Olena Kravets.', '"The depot will be ready by spring. Nobody doubts that any more,"', 'Olena Kravets', 'summed up'],
    // The name after the quotation stands against the person a learned clause links it to.
    ['Minister Olena Kravets met the mayors of the region. Taras Bondar spoke about the water supply. "We will rebuild every school in the region before the winter comes," Olena Kravets summed up.',
      '"We will rebuild every school in the region before the winter comes,"', 'Olena Kravets', 'summed up'],
  ])('%s', (text, quote, speaker, cue) => {
    expectQuote(text, quote, { kind: 'direct', speaker, cue });
  });

  it.each([
    'Olena Kravets summed up the results of the year and thanked the mayors.',
  ])('no quotation: %s', (text) => {
    const quotes = quotesOf(text);
    expect(quotes, listQuotes(quotes)).toEqual([]);
  });
});
