/**
 * Issue 12, readouts: `X said this during ...` points to the statement before it, and a passive
 * verb of telling (`was informed about`) names who heard the words, not who said them. Sentences
 * we wrote in the shapes of official readouts (../shared/ANNOTATION.md).
 */
import { describe, expect, it } from 'vitest';
import { listQuotes, quotesOf } from './helpers.ts';

describe('`X said this during ...`: the sentence before is X\'s, the formula is no item', () => {
  it.each([
    // The sentence before has no cue of its own: it becomes X's whole.
    ['The bridge across the Dnipro will reopen to trucks by the end of March. Minister of Infrastructure Oleksandr Kubrak said this during a briefing in Kyiv.',
      'The bridge across the Dnipro will reopen to trucks by the end of March', 'Oleksandr Kubrak'],
    ['Ukraine will receive 40 more armored vehicles from Denmark this month. He emphasized this at a meeting with journalists in Lviv.',
      'Ukraine will receive 40 more armored vehicles from Denmark this month', null],
    // `he` is the person the statement opens with, not a person named inside it.
    ['Adviser to the Minister Pavlo Hrytsenko is confident that the bankers who serve Vladimir Putin are complicit in the war. He stated this in an interview with the Observer.',
      'the bankers who serve Vladimir Putin are complicit in the war', 'Pavlo Hrytsenko'],
  ] as [string, string, string | null][])('%s', (text, said, name) => {
    const quotes = quotesOf(text);
    const q = quotes.find((x) => x.text.includes(said));
    expect(q, listQuotes(quotes)).toBeDefined();
    if (name) expect(q!.speaker?.name).toBe(name);
    // `this during a briefing` is no quotation.
    expect(quotes.filter((x) => /^this\b/.test(x.text)), listQuotes(quotes)).toEqual([]);
  });

  it('the formula ends at its comma: what follows it is said again', () => {
    const text = 'Colleagues, the grain market has been disrupted most severely. Oleksandr Kubrak said this at the forum in June, and he stressed that the prices were driven up by careless money printing in rich countries.';
    const quotes = quotesOf(text);
    expect(quotes.some((q) => q.text.includes('the prices were driven up by careless money printing')), listQuotes(quotes)).toBe(true);
  });

  it.each([
    // `this` opens a clause of its own: no formula.
    'The talks went on for six hours. Oleksandr Kubrak said this war will end with a treaty signed in Kyiv.',
  ])('no formula: %s', (text) => {
    const quotes = quotesOf(text);
    expect(quotes.filter((q) => q.rule.includes('said-this')), listQuotes(quotes)).toEqual([]);
  });
});

describe('a passive verb of telling names who heard the words, and no quotation is built on it', () => {
  it.each([
    ['The Head of State was informed about the delivery of 12 air defense systems to the southern regions.', 'the delivery of 12 air defense systems'],
    ['Foreign partners are duly informed about the restrictions introduced under martial law.', 'the restrictions introduced under martial law'],
    ['The governors were told that 300 generators would arrive by Friday.', '300 generators would arrive by Friday'],
  ])('%s', (text, content) => {
    const quotes = quotesOf(text);
    expect(quotes.filter((q) => q.text.includes(content)), listQuotes(quotes)).toEqual([]);
  });

  it.each([
    // Progressive, active: the subject tells.
    ['They are telling foreign students to turn to their own embassies for help with the evacuation.', 'to turn to their own embassies'],
    ['Defense Minister Ivan Koval informed the Prime Minister about the delivery of 12 air defense systems.', 'the delivery of 12 air defense systems'],
  ])('still a quotation: %s', (text, content) => {
    const quotes = quotesOf(text);
    expect(quotes.some((q) => q.text.includes(content)), listQuotes(quotes)).toBe(true);
  });
});

describe('a readout\'s parties: `the leaders`, `the two presidents`, and agentless reports', () => {
  const call = 'Olena Marchuk had a telephone conversation with Prime Minister of Portugal Tiago Ferreira.\n\n';
  it.each([
    [call + 'The leaders agreed to maintain contacts at various levels.', 'to maintain contacts at various levels', 'Olena Marchuk and Tiago Ferreira', 'The leaders'],
    [call + 'The two presidents reaffirmed their commitment to the free passage of grain ships through the Black Sea.', 'their commitment to the free passage', 'Olena Marchuk and Tiago Ferreira', 'The two presidents'],
    // Agentless: the readout's parties report it; the mention is the subject as written.
    [call + 'During the conversation, it was noted with satisfaction that grain exports through Odesa have doubled since May.', 'grain exports through Odesa have doubled since May', 'Olena Marchuk and Tiago Ferreira', 'it'],
    // The subject of `met with` is the person named last before it; everyone named after `with` is a party.
    ['Pursuant to the instructions of Andriy Yermak, Deputy Head of the Office Kyrylo Tymoshenko met with Mayor of Porto Rui Moreira and Secretary General of the Congress Anna Lindqvist.\n\nThe parties agreed to open a joint office in Kyiv before the winter.',
      'to open a joint office in Kyiv', 'Kyrylo Tymoshenko, Rui Moreira and Anna Lindqvist', 'The parties'],
  ])('%s', (text, content, name, mention) => {
    const quotes = quotesOf(text);
    const q = quotes.find((x) => x.text.includes(content));
    expect(q, listQuotes(quotes)).toBeDefined();
    expect(q!.speaker?.name).toBe(name);
    expect(q!.speaker?.mention.text).toBe(mention);
    expect(q!.speaker?.kind).toBe('group');
  });

  it.each([
    // No meeting named: `the leaders` stay a group with no one behind it, `it` stays unresolved.
    ['The summit opened in Porto on Friday. The leaders agreed to maintain contacts at various levels.', 'to maintain contacts at various levels'],
    ['The summit opened in Porto on Friday. It was noted that grain exports through Odesa have doubled since May.', 'grain exports through Odesa have doubled'],
  ])('no parties: %s', (text, content) => {
    const quotes = quotesOf(text);
    const q = quotes.find((x) => x.text.includes(content));
    expect(q?.speaker?.name ?? '', listQuotes(quotes)).not.toMatch(/ and /);
  });
});

describe('cue words that report nothing here, and where a reported clause ends', () => {
  it.each([
    // `States` of `the United States’ continued support` is a name, `continued` an adjective.
    ['Olena Marchuk spoke with Tiago Ferreira on Monday. He reaffirmed the United States’ continued support for Ukraine.', 'the United States’ continued support for Ukraine', 'Olena Marchuk'],
  ])('%s', (text, content, notSpeaker) => {
    const quotes = quotesOf(text);
    expect(quotes.filter((q) => q.cue?.text === 'States' || q.cue?.text === 'continued'), listQuotes(quotes)).toEqual([]);
    const q = quotes.find((x) => x.text.includes(content));
    if (q) expect(q.speaker?.name).not.toBe(notSpeaker);
  });

  it.each([
    'The leaders continued their detailed exchange of views on the situation in the Black Sea.',
    'The United States has provided 40 armored vehicles to Ukraine since May.',
  ])('no quotation: %s', (text) => {
    const quotes = quotesOf(text);
    expect(quotes, listQuotes(quotes)).toEqual([]);
  });

  it('`he continued, ...` still attributes', () => {
    const text = 'Olena Kravets spoke on Monday. "The bridge is gone," she continued. "We will build another one."';
    expect(quotesOf(text).find((q) => q.text.includes('The bridge is gone'))?.cue?.text).toBe('continued');
  });

  it('a reported clause ends before `and` with a second verb of reporting by the same subject', () => {
    const text = 'Olena Marchuk emphasised that it is unacceptable to politicise grain exports and outlined Ukraine\'s approaches to the Black Sea corridor.';
    const quotes = quotesOf(text);
    expect(quotes.map((q) => q.text), listQuotes(quotes)).toContain('it is unacceptable to politicise grain exports');
  });

  it('a clause with two deeds joined by `and` stays whole', () => {
    const text = 'Olena Marchuk said that the drones attacked and destroyed two fuel depots near Kherson.';
    const quotes = quotesOf(text);
    expect(quotes.map((q) => q.text), listQuotes(quotes)).toContain('the drones attacked and destroyed two fuel depots near Kherson');
  });

  it('`Joseph R. Biden, Jr. spoke ...`: the subject a later `he` stands for, not the person he spoke with', () => {
    const text = 'President Joseph R. Biden, Jr. spoke today with President Tiago Ferreira of Portugal. He reaffirmed that the United States will deliver 12 more air defense systems this year.';
    const q = quotesOf(text).find((x) => x.text.includes('12 more air defense systems'));
    expect(q?.speaker?.name, listQuotes(quotesOf(text))).toContain('Biden');
  });
});

describe('topic attributions: `spoke about`, `inquired about` (ANNOTATION.md)', () => {
  it.each([
    ['The President spoke about the situation on the frontline and stressed the importance of new sanctions.', 'the situation on the frontline'],
    ['Tiago Ferreira inquired about the history of the cathedral and its frescoes.', 'the history of the cathedral and its frescoes'],
  ])('%s', (text, topic) => {
    const quotes = quotesOf(text);
    expect(quotes.map((q) => q.text), listQuotes(quotes)).toContain(topic);
  });

  it.each([
    // The topic points back, or went before the cue.
    'Olena Marchuk spoke about this with the Prime Minister of Portugal on Monday.',
    'I would like to return to something I spoke about at the beginning of the war.',
  ])('no topic item: %s', (text) => {
    const quotes = quotesOf(text);
    expect(quotes.filter((q) => q.rule.includes('quotes/topic')), listQuotes(quotes)).toEqual([]);
  });
});
