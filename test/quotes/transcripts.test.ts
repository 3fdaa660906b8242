/**
 * Transcripts and readouts (src/extract/quotes/07-transcripts-readouts.ts), sentences we wrote in
 * the shapes of official transcripts and readouts, under ../shared/ANNOTATION.md.
 */
import { describe, expect, it } from 'vitest';
import { listQuotes, quotesOf } from './helpers.ts';

const TURN_RULE = 'quotes/07-transcripts-readouts';
const turnsOf = (text: string) => quotesOf(text).filter((q) => q.rule === TURN_RULE);

describe('speaker labels open direct speech by that speaker; the cue is the colon', () => {
  it.each([
    ['Vladimir Putin: Good afternoon, colleagues. Let us begin with the harvest.\n\nAlexei Vorontsov: Thank you, Mr President. The harvest is ahead of last year.', 'Vladimir Putin', 'Good afternoon, colleagues. Let us begin with the harvest.', 'Vladimir Putin'],
    ['President of Russia Vladimir Putin: Colleagues, the situation in Donbass is difficult. Vladimir Putin: We will discuss it today.', 'President of Russia Vladimir Putin', 'Colleagues, the situation in Donbass is difficult.', 'Vladimir Putin'],
    ['MS. JEAN-PIERRE: Good afternoon. The President will travel to Warsaw on Monday.\n\nQ Thank you, Karine. Will he meet the Polish president?', 'MS. JEAN-PIERRE', 'Good afternoon. The President will travel to Warsaw on Monday.', 'Jean-Pierre'],
    // A title alone names the person the text gave it, else no one (the label stays the mention).
    ['THE PRESIDENT: We will not let Ukraine fall.\n\nPRESIDENT ZELENSKYY: Thank you for your support.', 'THE PRESIDENT', 'We will not let Ukraine fall.', null],
    ['Remarks by President Biden\n\nTHE PRESIDENT: We will not let Ukraine fall.', 'THE PRESIDENT', 'We will not let Ukraine fall.', 'Biden'],
    ['President Volodymyr Zelenskyy arrived in Washington.\n\nPRESIDENT ZELENSKYY: Thank you for your support.', 'PRESIDENT ZELENSKYY', 'Thank you for your support.', 'Volodymyr Zelenskyy'],
    ['PRESIDENT ZELENSKYY: Thank you for your support.\n\nTHE PRESIDENT: We will not let Ukraine fall.', 'PRESIDENT ZELENSKYY', 'Thank you for your support.', 'Zelenskyy'],
    ['Marat Khusnullin: The bridge will reopen in July. Vladimir Putin: Good.', 'Marat Khusnullin', 'The bridge will reopen in July.', 'Marat Khusnullin'],
    // A scraped label that repeats the name after it: the mention ends before the repetition.
    ['Vladimir Putin: Mr Shoigu, please. Defence Minister Sergei Shoigu Shoigu SergeiDefence Minister: Mr President, our units have taken 14 settlements since Monday.',
      'Defence Minister Sergei Shoigu', 'Mr President, our units have taken 14 settlements since Monday.', 'Sergei Shoigu'],
  ] as [string, string, string, string | null][])('%s', (text, label, said, name) => {
    const quotes = turnsOf(text);
    const q = quotes.find((x) => x.text === said);
    expect(q, listQuotes(quotesOf(text))).toBeDefined();
    expect(q!.kind).toBe('direct');
    expect(q!.cue?.text).toBe(':');
    // The mention is the label (the speaker stage may trim a title off it).
    expect(label).toContain(q!.speaker!.mention.text);
    if (name === null) expect(q!.speaker!.name).toBeNull();
    else expect(q!.speaker!.name).toContain(name);
  });

  it('a reporter\'s Q has no speaker, and no neighbour lends it one', () => {
    const text = 'MS. JEAN-PIERRE: The President spoke with President Zelenskyy this morning.\n\nQ Thank you, Karine. Is the package the last one this year?\n\nMS. JEAN-PIERRE: I will not get ahead of the Pentagon.';
    const q = turnsOf(text).find((x) => x.text.startsWith('Thank you, Karine.'));
    expect(q, listQuotes(quotesOf(text))).toBeDefined();
    expect(q!.speaker?.name ?? null).toBeNull();
    expect(q!.speaker?.mention.text).toBe('Q');
    expect(q!.text).toBe('Thank you, Karine. Is the package the last one this year?');
  });

  it('a turn runs over paragraphs to the next label, and a quotation inside it is no second item', () => {
    const text = 'MR. KIRBY: Thanks, everybody.\n\nOvernight the Russians launched 40 missiles at Kyiv. As the minister put it, "this was a massive attack."\n\nQ John, how many were shot down?\n\nMR. KIRBY: Most of them.';
    const quotes = quotesOf(text);
    const kirby = quotes.filter((q) => q.speaker?.mention.text === 'MR. KIRBY');
    expect(kirby.map((q) => q.text), listQuotes(quotes)).toEqual([
      'Thanks, everybody.\n\nOvernight the Russians launched 40 missiles at Kyiv. As the minister put it, "this was a massive attack."',
      'Most of them.',
    ]);
    expect(quotes.filter((q) => q.text.includes('this was a massive attack') && q.text.length < 40)).toEqual([]);
  });

  it('a turn of 400 characters or more gives one item per sentence that makes a checkable claim', () => {
    const text = 'Vladimir Putin: Good afternoon, colleagues. Thank you all for coming today. '
      + 'Our forces have taken control of 14 settlements since Monday. '
      + 'The Kiev regime has received more than 200 tanks from NATO countries. '
      + 'I think that is quite clear to everyone here. '
      + 'Is there anything else that we should discuss? '
      + 'We will continue to work calmly and methodically, as we have always done in the past, and we will reach every goal that was set at the very beginning. '
      + 'Sergei Shoigu informed me about the situation near Kharkov this morning.\n\nAnton Siluanov: Mr President, the budget is balanced.';
    const quotes = quotesOf(text);
    const putin = quotes.filter((q) => q.speaker?.name === 'Vladimir Putin' && q.rule === TURN_RULE);
    expect(putin.map((q) => q.text), listQuotes(quotes)).toEqual([
      'Our forces have taken control of 14 settlements since Monday.',
      'The Kiev regime has received more than 200 tanks from NATO countries.',
      'Sergei Shoigu informed me about the situation near Kharkov this morning.',
    ]);
    // The pieces of one turn are one utterance.
    expect(new Set(putin.map((q) => q.utterance)).size).toBe(1);
  });

  it.each([
    'Note: the figures below are preliminary and may change.',
    'On Sudan: we continue to call for a ceasefire between the parties.',
    'Update: the meeting has been moved to Thursday afternoon.',
    'Imagine: a city of 400,000 people without water for a week.',
    'The reasons are simple: the enemy is running out of shells.',
    'He said the following: the talks will resume next week.',
    'Inflation: prices rose by 2 percent in March compared with February.',
    'The Latest: Kyiv says 30 drones were shot down overnight.\n\nThe Latest: Moscow says the talks are over.',
    'Failing Peace Efforts: The council has not stopped the war in Sudan.\n\nLimited Tools: The council can impose sanctions.',
    'CLARIFICATION: An earlier version of this story misstated the date of the meeting.',
  ])('no label: %s', (text) => {
    expect(turnsOf(text)).toEqual([]);
  });
});

describe('readouts', () => {
  it.each([
    ['Ukraine will receive 40 new armoured vehicles by the end of the month. This was stated by Defence Minister Oleksii Reznikov during a briefing in Kyiv.',
      'Ukraine will receive 40 new armoured vehicles by the end of the month', 'Defence Minister Oleksii Reznikov', 'stated by'],
    ['The enemy has lost more than 300 tanks in the Donetsk region. This was announced by the General Staff of the Armed Forces of Ukraine.',
      'The enemy has lost more than 300 tanks in the Donetsk region', 'the General Staff of the Armed Forces of Ukraine', 'announced by'],
    ['Andriy Yermak informed the ambassadors about the evacuation of civilians from Mariupol.',
      'the evacuation of civilians from Mariupol', 'Andriy Yermak', 'informed'],
    ['Denys Shmyhal raised the issue of frozen Russian assets.', 'frozen Russian assets', 'Denys Shmyhal', 'raised the issue of'],
    ['Olena Zelenska dwelt on the rehabilitation of wounded soldiers.', 'the rehabilitation of wounded soldiers', 'Olena Zelenska', 'dwelt on'],
  ])('%s', (text, content, mention, cue) => {
    const quotes = quotesOf(text);
    const q = quotes.find((x) => x.text === content);
    expect(q, listQuotes(quotes)).toBeDefined();
    expect(q!.kind).toBe('indirect');
    expect(q!.cue?.text).toBe(cue);
    expect(mention).toContain(q!.speaker!.mention.text);
    // The formula is no item of its own.
    expect(quotes).toHaveLength(1);
  });

  it('a quotation before `This was stated by X.` is X\'s', () => {
    const text = 'The First Lady visited a children\'s hospital in Lviv. "Every child here needs help, and help is coming," she told the doctors. "We will rebuild every ward." This was stated by Olena Zelenska.';
    const quotes = quotesOf(text);
    const q = quotes.find((x) => x.text === '"We will rebuild every ward."');
    expect(q, listQuotes(quotes)).toBeDefined();
    expect(q!.speaker?.mention.text).toBe('Olena Zelenska');
    expect(q!.cue?.text).toBe('stated by');
  });

  it.each([
    ['Volodymyr Zelenskyy noted that 1,200 civilians had been evacuated from the city.', '1,200 civilians had been evacuated from the city', 'Volodymyr Zelenskyy'],
    ['Olena Zelenska emphasized that the program would cover 24 regions.', 'the program would cover 24 regions', 'Olena Zelenska'],
    ['Denys Shmyhal stressed that the grid had been restored in Kharkiv.', 'the grid had been restored in Kharkiv', 'Denys Shmyhal'],
  ])('%s', (text, content, speaker) => {
    const quotes = quotesOf(text);
    const q = quotes.find((x) => x.text === content);
    expect(q, listQuotes(quotes)).toBeDefined();
    expect(q!.speaker?.name).toBe(speaker);
  });

  it.each([
    'The President of Ukraine discussed the course of the negotiations with the Prime Minister of Italy.',
    'The parties also discussed the supply of fuel to the liberated regions.',
    'Volodymyr Zelenskyy thanked the partners for their support of Ukraine.',
    'Andriy Yermak congratulated the team on the successful exchange of prisoners.',
  ])('discussion and thanks report no words: %s', (text) => {
    expect(quotesOf(text)).toEqual([]);
  });

  it.each([
    'This was a difficult week for the whole country.',
    'This was stated clearly in the decree of the President.',
    'The minister was informed by the governor on Monday.',
  ])('no readout item: %s', (text) => {
    expect(quotesOf(text).filter((q) => /stated-by|informed-about/.test(q.rule))).toEqual([]);
  });
});
