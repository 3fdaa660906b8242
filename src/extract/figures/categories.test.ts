import { describe, expect, it } from 'vitest';
import { figureWith, figuresOf } from '../../../test/helpers/figures.ts';
import { isPartyName } from './07-claimant.ts';

// Categories from the counted thing and its context (issue 14): [sentence, figure text contains, category]
describe('figures: category from the counted thing and its context', () => {
  it.each([
    ['Some 2,000 Russian soldiers were killed near Bakhmut last month.', '2,000', 'military-casualties'],
    ['The strike killed 14 civilians in Kharkiv.', '14', 'civilian-casualties'],
    ['The strike on Dnipro left 45 dead.', '45', 'civilian-casualties'],
    ['The army said 45 dead were counted after the battle.', '45', 'military-casualties'],
    ['During the Second World War, 27 million Soviet citizens died.', '27 million', 'historical'],
    ['The Nazis killed 1.5 million people at the camp, the president said.', '1.5 million', 'historical'],
    ['The Nazis built 580 death camps, Putin said.', '580', 'historical'],
    ['Investigators said 440 bodies were found in a mass grave near Izium.', '440', 'bodies-found'],
    ['Forty victims were exhumed from a grave in the forest.', 'Forty', 'bodies-found'],
    ['The 45-year-old soldier was wounded, his commander said.', '45', 'age'],
    ['A 52-year-old woman was wounded.', '52', 'age'],
    ['The soldier served for 12 years.', '12', 'duration'],
    ['The siege lasted 80 days.', '80', 'duration'],
    ['The region commissioned 16 facilities last year.', '16', 'objects'],
    ['The deputies approved the bill by 300 votes.', '300', 'objects'],
    ['Russia lost 1,200 soldiers in a day, the General Staff said.', '1,200', 'military-casualties'],
    ['The United States announced $1.5 billion in aid.', '1.5', 'money'],
  ])('%s', (sentence, needle, category) => {
    expect(figureWith(sentence, needle)?.category).toBe(category);
  });
});

// `about 70 to 80,000` is seventy to eighty thousand: [sentence, figure text contains, low, high]
describe('figures: thousands written only on the second number of a range', () => {
  it.each([
    ['About 70 to 80,000 Russian soldiers were killed or wounded.', '70 to 80,000', 70_000, 80_000],
    ['Between 20 and 30,000 people fled the city.', '20 and 30,000', 20_000, 30_000],
    ['Prices rose from 5 to 10,000 rubles.', '5 to 10,000', 5_000, 10_000],
    ['The shelter holds 300 to 1,000 people.', '300 to 1,000', 300, 1_000],
    ['The fund grew from 2 to 80,000 members.', '2 to 80,000', 2, 80_000],
    ['Four to five thousand troops crossed.', 'Four to five thousand', 4_000, 5_000],
  ])('%s', (sentence, needle, low, high) => {
    const f = figureWith(sentence, needle);
    expect([f?.value, f?.low, f?.high]).toEqual([null, low, high]);
  });
});

// A claimant is a person, organization or group, never a word like `able`: [name, is a party]
describe('figures: claimants are parties', () => {
  it.each([
    ['able', false], ['which', false], ['humanitarian corridors', false], ['statistics', false], ['decree', false],
    ['results', false], ['Putin', true], ["Russia's Defense Ministry", true], ['officials', true], ['commander', true],
    ['participants of the event', true], ['head of state', true], ['prime minister', true], ['leaders', true],
  ])('%s -> %s', (name, party) => {
    expect(isPartyName(name)).toBe(party);
  });

  it('a quotation whose speaker is no party gives its figures no claimant', () => {
    const text = '"We lost 300 tanks," able said.';
    const quotes = [{
      id: 'q1', kind: 'direct' as const, start: 0, end: 21, text: text.slice(0, 21), utterance: 'u1', confidence: 0.9, rule: 'test',
      speaker: { mention: { start: 22, end: 26, text: 'able' }, name: 'able', entity: null, kind: 'person' as const, pronoun: false, role: null, antecedent: null, confidence: 0.5, rule: 'test' },
      cue: { start: 27, end: 31, text: 'said' }, addressee: null,
    }];
    const figures = figuresOf(text, quotes as never);
    expect(figures.map((f) => [f.text, f.claimant])).toEqual([['300 tanks', null]]);
  });
});
