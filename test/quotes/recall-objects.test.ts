/**
 * Issue 12, second tune batch: readouts and joint statements whose content is an object, not a
 * clause (readout-topics.ts, stance-objects.ts, appeals.ts, commitments.ts). Sentences we wrote
 * in the shapes of official readouts (../shared/ANNOTATION.md); each row names the content and,
 * where the text names one, the speaker.
 */
import { describe, expect, it } from 'vitest';
import { listQuotes, quotesOf } from './helpers.ts';

type Row = [text: string, content: string, speaker: string | null | undefined];

function expectItem(text: string, content: string, speaker: string | null | undefined): void {
  const quotes = quotesOf(text);
  // The learned tagger may read the object first (its bounds stand when they go as far): its item starts at the addressee.
  const q = quotes.find((x) => x.text === content || (x.text.endsWith(content) && x.text.length - content.length < 20));
  expect(q, listQuotes(quotes)).toBeDefined();
  expect(q!.kind).toBe('indirect');
  expect(text.slice(q!.start, q!.end)).toBe(q!.text);
  if (speaker !== undefined) expect(q!.speaker?.name ?? null).toBe(speaker);
}

/** None of these rules reads `words` (the learned tagger's reading, if any, is its own table's). */
const OURS = /quotes\/(?:readout-topic|stance-object|appeal|commitment)/;
function expectNone(text: string, words: string): void {
  const quotes = quotesOf(text);
  expect(quotes.filter((q) => q.text.includes(words) && (OURS.test(q.rule) || OURS.test(q.speaker?.rule ?? ''))), listQuotes(quotes)).toEqual([]);
}

describe('readout topics: the topic is the content (readout-topics.ts)', () => {
  it.each([
    ['Defense Minister Ivan Koval updated his Polish counterpart on the situation near Kupiansk.', 'the situation near Kupiansk', 'Ivan Koval'],
    // After `and` the sentence's subject speaks; the first topic ends before the second cue.
    ['Defense Minister Ivan Koval updated his Polish counterpart on the situation near Kupiansk and assessed the prospects of the talks in Istanbul.', 'the prospects of the talks in Istanbul', 'Ivan Koval'],
    ['Defense Minister Ivan Koval updated his Polish counterpart on the situation near Kupiansk and assessed the prospects of the talks in Istanbul.', 'the situation near Kupiansk', 'Ivan Koval'],
    ['Olena Kravets briefed the ambassadors on the restoration of the power grid in Kharkiv.', 'the restoration of the power grid in Kharkiv', 'Olena Kravets'],
    ['Minister Ivan Koval shared the details on the new program of support for veterans.', 'the new program of support for veterans', 'Ivan Koval'],
    ['Minister Ivan Koval gave a detailed assessment of the state of the railways after the shelling.', 'the state of the railways after the shelling', 'Ivan Koval'],
    ['Minister Ivan Koval gave a detailed account of the talks held by the two delegations in Istanbul.', 'the talks held by the two delegations in Istanbul', 'Ivan Koval'],
    ['In particular, Ivan Koval cited numerous cases of shelling of the grain terminals in Izmail.', 'numerous cases of shelling of the grain terminals in Izmail', 'Ivan Koval'],
    // A relative clause stays in the topic.
    ['Ivan Koval also reminded of the grave situation in Kherson, which is shelled daily by the Russian army.', 'the grave situation in Kherson, which is shelled daily by the Russian army', 'Ivan Koval'],
    ['Olena Kravets and Ivan Koval agreed on further contacts between their teams.', 'further contacts between their teams', undefined],
  ] as Row[])('%s', expectItem);

  it.each([
    // Passive: the subject heard the update.
    ['The Prime Minister was briefed on the restoration of the power grid in Kharkiv.', 'the restoration of the power grid'],
    // A time, not a topic.
    ['The two ministers agreed on Monday to meet again in Vilnius.', 'Monday'],
    // A topic that points back.
    ['Olena Kravets updated the ambassadors on this at the meeting.', 'this at the meeting'],
    // The subject is the conversation, not the last name in it.
    ['The telephone conversation between Olena Kravets and Ivan Koval focused on the grain corridor in the Black Sea.', 'the grain corridor'],
    // `reminded that` is a clause, read by the cue-verb rules.
    ['Ivan Koval reminded that the bridge in Zatoka had been struck three times since March.', 'the bridge in Zatoka'],
  ])('no topic: %s', expectNone);
});

describe('stated positions whose content is a noun phrase (stance-objects.ts)', () => {
  it.each([
    ['The ministers reaffirmed their commitment to the free passage of grain ships in the Black Sea.', 'their commitment to the free passage of grain ships in the Black Sea', undefined],
    ['President Olena Kravets underscored the strong support in the parliament for the reform of the courts.', 'the strong support in the parliament for the reform of the courts', 'Olena Kravets'],
    ['Ivan Koval expressed his support for the new customs rules on the western border.', 'his support for the new customs rules on the western border', 'Ivan Koval'],
    // The noun belongs to the cue: the clause is the content.
    ['Ivan Koval expressed regret that the new customs rules had been delayed again.', 'the new customs rules had been delayed again', 'Ivan Koval'],
    ['Minister Olena Kravets commended Moldova\'s swift work on the new border crossing.', 'Moldova\'s swift work on the new border crossing', 'Olena Kravets'],
    // Coordinated with an act: the sentence's subject speaks.
    ['Olena Kravets thanked the donors and emphasized how important it is to keep the schools open.', 'how important it is to keep the schools open', 'Olena Kravets'],
  ] as Row[])('%s', expectItem);

  it.each([
    // Thanks and condolences are formulaic; welcoming people is a greeting.
    ['Ivan Koval expressed condolences to the families of the miners killed in the blast.', 'the families of the miners'],
    ['Olena Kravets expressed gratitude for the generators sent to Kharkiv.', 'the generators sent to Kharkiv'],
    ['Olena Kravets welcomed the participants of the forum in Lviv.', 'the participants of the forum'],
    // A noun, not a verb.
    ['The diplomatic notes the ministry sent last week remain unanswered.', 'the ministry sent'],
    ['It should be noted the convoy arrived in Kherson on time.', 'the convoy arrived'],
  ])('no item: %s', expectNone);
});

describe('appeals and directives: the requested action, from `to` (appeals.ts)', () => {
  it.each([
    ['Prime Minister Olena Kravets urged the donors to speed up the delivery of generators before the winter.', 'to speed up the delivery of generators before the winter', 'Olena Kravets'],
    ['President Ivan Koval commissioned the government to draft a program for the reconstruction of the bridges.', 'to draft a program for the reconstruction of the bridges', 'Ivan Koval'],
    ['Minister Ivan Koval called on the partners to provide more air defense systems to the southern regions.', 'to provide more air defense systems to the southern regions', 'Ivan Koval'],
    ['Oleksandr Kubrak invited the German minister to visit Odesa at a convenient time.', 'to visit Odesa at a convenient time', 'Oleksandr Kubrak'],
    ['We also call on Belarus to release the detained journalists without delay.', 'to release the detained journalists without delay', undefined],
    ['We encourage the peaceful settlement of the border dispute between the two countries.', 'the peaceful settlement of the border dispute between the two countries', undefined],
  ] as Row[])('%s', expectItem);

  it.each([
    // Passive: the subject was asked.
    ['The students were asked to leave the dormitory before the curfew.', 'to leave the dormitory'],
    // No action after `to`.
    ['Ivan Koval invited the German minister to the summit in Odesa.', 'the summit in Odesa'],
    // `encourage` + a noun phrase only in a statement's first person.
    ['The new tax rules encourage the growth of small farms in the south.', 'the growth of small farms'],
    // A document says nothing.
    ['The Plan also offers to include the bank in the blacklist of the regulator.', 'to include the bank'],
  ])('no appeal: %s', expectNone);
});

describe('commitments: what is promised, from `to` (commitments.ts)', () => {
  it.each([
    ['The two ministers recommit to building a common energy market by 2030.', 'to building a common energy market by 2030', undefined],
    ['We commit to strengthening cooperation among our coast guards in the Black Sea.', 'to strengthening cooperation among our coast guards in the Black Sea', undefined],
    ['The donors committed to continue funding the repair of schools in Kharkiv.', 'to continue funding the repair of schools in Kharkiv', undefined],
    ['Ivan Koval offered to develop a solution for the students from the occupied districts.', 'to develop a solution for the students from the occupied districts', 'Ivan Koval'],
  ] as Row[])('%s', expectItem);

  it.each([
    // A state, with `be`.
    ['The ministers are committed to building a common energy market by 2030.', 'to building a common energy market'],
    // A participle after a comma describes its noun.
    ['The alliance stays a force for good, committed to bringing tangible benefits to the region.', 'to bringing tangible benefits'],
    // No `to`.
    ['The unit committed war crimes in the village, the prosecutor said.', 'war crimes in the village'],
  ])('no commitment: %s', expectNone);
});

describe('where an object content ends', () => {
  it.each([
    // `..., said ...` after a topic is the clause's own verb.
    ['Mykola Savchuk, who focused on the legal side of sanctions, said the list was ready.', 'the list was ready', 'Mykola Savchuk'],
    // A negation belongs to the action.
    ['Olena Kravets called on the partners not to delay the delivery of generators.', 'not to delay the delivery of generators', 'Olena Kravets'],
    // Inside an action a bare verb goes on with it.
    ['Ivan Koval called on the journalists to focus attention and explain the need to protect the power plants.', 'to focus attention and explain the need to protect the power plants', 'Ivan Koval'],
    // A statement's second position in the present tense is an item of its own.
    ['We welcome the efforts of the ministers and reiterate our continued support for restoring the grid.', 'the efforts of the ministers', undefined],
    ['We welcome the efforts of the ministers and reiterate our continued support for restoring the grid.', 'our continued support for restoring the grid', undefined],
    // A dash ends it.
    ['Ivan Koval urged the donors to repair the bridge in Zatoka -- a bridge the army shelled twice in March.', 'to repair the bridge in Zatoka', 'Ivan Koval'],
  ] as Row[])('%s', (text, content, speaker) => {
    expectItem(text, content, speaker);
  });

  it('a reading cut short gives way to the whole object', () => {
    const text = 'Ivan Koval also reminded of the grave situation in Kherson, which is shelled daily by the Russian army.';
    const quotes = quotesOf(text);
    expect(quotes.map((q) => q.text), listQuotes(quotes)).toEqual(['the grave situation in Kherson, which is shelled daily by the Russian army']);
  });
});

describe('only the outermost attribution is an item', () => {
  it('an appeal reported inside another speaker\'s words stays theirs', () => {
    const text = 'Olena Kravets said that the ministry had asked the donors to speed up the delivery of generators.';
    const quotes = quotesOf(text);
    expect(quotes.filter((q) => q.text.startsWith('to speed up')), listQuotes(quotes)).toEqual([]);
    expect(quotes.some((q) => q.text.includes('the ministry had asked the donors') && q.speaker?.name === 'Olena Kravets'), listQuotes(quotes)).toBe(true);
  });
});
