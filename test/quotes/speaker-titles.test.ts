/**
 * The speaker of a direct quotation attributed by a title chain after it (issue 12, direct
 * quotations; the releases' `"...," said the President of the European Commission`): the title
 * resolves to the person the article named with that role, the mention is the whole title, and the
 * organization or country after the title's tie is never the speaker. Sentences we wrote.
 */
import { describe, expect, it } from 'vitest';
import { expectQuote, quotesOf } from './helpers.ts';

interface Row {
  text: string;
  quote: string;
  speaker: string | null;
  mention: string;
}

describe('a title chain after a quotation names its holder', () => {
  it.each<Row>([
    {
      text: 'Olena Kravets met President of the European Commission Ursula von der Leyen in Kyiv. "Ukraine belongs in our family," said the President of the European Commission.',
      quote: '"Ukraine belongs in our family,"', speaker: 'Ursula von der Leyen', mention: 'the President of the European Commission',
    },
    {
      text: 'Olena Kravets met President of the European Commission Ursula von der Leyen in Kyiv. "Your path has begun," the President of the European Commission said.',
      quote: '"Your path has begun,"', speaker: 'Ursula von der Leyen', mention: 'the President of the European Commission',
    },
    {
      text: 'The mayor met the German Minister of Energy Robert Habeck on Monday. "We will send generators," said the German Minister of Energy.',
      quote: '"We will send generators,"', speaker: 'Robert Habeck', mention: 'the German Minister of Energy',
    },
    {
      // Two offices joined by a spaced dash are one role.
      text: 'This was announced by Deputy Prime Minister - Minister for Reintegration of the Occupied Territories Iryna Vereshchuk. "We hope the route will hold today," said the Deputy Prime Minister.',
      quote: '"We hope the route will hold today,"', speaker: 'Iryna Vereshchuk', mention: 'the Deputy Prime Minister',
    },
    {
      // Nobody named with that title: the title is the mention and no one is the name.
      text: 'The talks ended late. "We stand with Ukraine," said the Federal Chancellor of Germany.',
      quote: '"We stand with Ukraine,"', speaker: null, mention: 'the Federal Chancellor of Germany',
    },
    {
      // Not the Polish minister: the qualifier before the title must be in the holder's role.
      text: 'Polish Minister of Energy Anna Nowak arrived first. "We will send generators," said the German Minister of Energy.',
      quote: '"We will send generators,"', speaker: null, mention: 'the German Minister of Energy',
    },
  ])('$mention: $speaker', (row) => {
    expectQuote(row.text, row.quote, { kind: 'direct', speaker: row.speaker, mention: row.mention });
  });

  it.each([
    ['Yesterday, the Head of the Office of the Mayor Dmytro Yaremchuk said that the bridge will reopen.', 'Dmytro Yaremchuk'],
    ['Head of the Odesa Regional Administration Maksym Marchenko said that the port is calm.', 'Maksym Marchenko'],
    // `to` ties a title as `of` does: the adviser speaks, not the head he advises.
    ['This was stated by Adviser to the Head of the Office of the Mayor Dmytro Yaremchuk. The Adviser to the Head of the Mayor\'s Office added that the bridge will reopen.', 'Dmytro Yaremchuk'],
  ])('a title chain before a name: %s', (text, name) => {
    expect(quotesOf(text).map((q) => q.speaker?.name ?? null)).toEqual([name]);
  });

  it('never makes the tail of a title a person (`of the European Commission`)', () => {
    const text = 'The talks went on. "We will decide in June," said the President of the European Commission addressing the press. "The path is open," said the Chairman of the Board of Directors to the staff.';
    const quotes = quotesOf(text);
    expect(quotes.map((q) => q.speaker?.mention.text ?? null)).toEqual(['the President of the European Commission', 'the Chairman of the Board of Directors']);
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual([null, null]);
  });
});
