import { describe, it, expect } from 'vitest';
import { figuresOf } from '../../../test/helpers/figures.ts';

// Numbers that are not figures: years, dates, clock times, ordinals, identifiers, labels, phone numbers.
describe('figures: traps', () => {
  it.each([
    ['year', 'The invasion began in 2022.'],
    ['year after a month', 'It began in February 2022.'],
    ['year range', 'The 2022-23 winter was hard.'],
    ['decade', 'It was built in the 1990s.'],
    ['date', 'The attack came on Feb. 24, 2022.'],
    ['date, day first', 'Talks resume on 24 February.'],
    ['date with slashes', 'It was signed on 12/03/2022.'],
    ['clock time', 'The sirens sounded at 10:30.'],
    ['clock time with a.m.', 'The strike hit at 4 a.m. local time.'],
    ['clock time with GMT', 'Trading closed at 0401 GMT.'],
    ["clock time in words", "He tweeted at three o'clock in the morning."],
    ['a split vote', 'A 5-5 ruling would stand.'],
    ['a score', 'They won 2-0 at home.'],
    ['ordinal in digits', 'The 5th brigade moved north.'],
    ['ordinal in words', 'The second day of talks ended.'],
    ['ordinal, the third', 'The third battalion held.'],
    ['equipment model', 'Ukraine wants more F-16 fighters.'],
    ['equipment model, plural', 'Pilots trained on MiG-29s.'],
    ['identifier', 'Flight MH17 was shot down.'],
    ['No. 10', 'He spoke at No. 10 on Monday.'],
    ['page', 'See page 12 of the report.'],
    ['section', 'Under Section 427 of the act.'],
    ['resolution', 'Resolution 2231 was cited.'],
    ['phone number', 'Call 555-123-4567 for help.'],
    ['phone number, spaced', 'Call +380 44 123 4567 now.'],
    ['phone number, parenthesized area code', 'Call (044) 555-1234 now.'],
    ['product name', 'He used an iPhone 11 to film it.'],
    ['tournament', 'Ukraine played in the Euro 2024 group stage.'],
    ['index name', 'Markets watched the S&P 500 slide.'],
    ['age in apposition', 'Syrskyi, 58, now commands the army.'],
    ['twenty-four seven', 'They work 24/7 on it.'],
    ['a capitalized number word in a name', 'He told BBC One on Sunday.'],
    ['an address', 'The office is at 12 Khreshchatyk Street.'],
    ['figure numbers, listed', 'As shown in Figs. 7 and 8 of the report.'],
    ['article numbers, listed', 'Articles 5, 6 and 7 of the treaty apply.'],
    ['"one of the": membership, not a count', 'He is one of the most powerful levers of influence.'],
    ['"one of" a possessive', "Avdiivka was one of Russia's costliest battles."],
    ['citation marks', 'Shelling intensified [12] and again later [21, 22] and [76–80].'],
    ['coordinates', 'The battery sat at 48°35’12.4”N, 38°00’03.2”E near the river.'],
    ['the rest of an identifier', 'Imagery from galaxy cluster MACS J1149.5+6663 was sharper.'],
    ['a chemical formula', 'The residue held Mg(ClO4)2 salts.'],
    ['a calibre', 'Gunners fired 155mm shells all night.'],
    ['a calibre with a hyphen', 'The 152-mm howitzers fell silent.'],
    ['a bomb weight class', 'Jets dropped 2,000-pound bombs on the bridge.'],
    ['a citation year with a letter', 'The method follows Pagani et al. (2006b).'],
    ['a code with a leading zero', 'Drugs were coded 040301 in the registry.'],
  ])('%s: %s', (_name, text) => {
    expect(figuresOf(text).map((f) => f.text)).toEqual([]);
  });

  it.each([
    ['a count next to a year', 'In 2022, Russia lost 2,000 tanks.', ['2,000 tanks']],
    ['a count that looks like a year', 'More than 2000 people fled.', ['More than 2000 people']],
    ['a count after a place name', 'In Kharkiv 3 people were killed.', ['3 people']],
    ['equipment with a model count', 'Ukraine received 31 Abrams tanks.', ['31 Abrams tanks']],
    ['a count after a sentence ending in "no."', 'He said no. 12 soldiers left.', ['12 soldiers']],
    ['a change right after an index name', 'In Europe, the Stoxx 50 -1.3% on Monday.', ['-1.3%']],
  ])('keeps %s', (_name, text, expected) => {
    expect(figuresOf(text).map((f) => f.text)).toEqual(expected);
  });
});
