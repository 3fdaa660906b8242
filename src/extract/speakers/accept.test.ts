import { describe, expect, it } from 'vitest';
import { notASpeaker, isBareTitle, officeTitle } from './accept.ts';

describe('what is no speaker, and why', () => {
  it.each([
    ['which', 'relative-word'], ['There', 'relative-word'], ['you', 'relative-word'], ['This', 'relative-word'],
    ['statement', 'document'], ['the report', 'document'], ['all public opinion polls', 'document'], ['recent opinion surveys', 'document'], ['The decree', 'document'], ['a joint statement', 'document'],
    ['president', 'bare-title'], ['Head of State', 'bare-title'], ['the prime minister', 'bare-title'], ['Polish President', 'bare-title'],
    ["Head of the President's Office", 'bare-title'],
    ['of State Antony Blinken', 'fragment'], ['of Ukraine', 'fragment'],
    ['BIDEN WARNS RUSSIA', 'headline'],
    ['state', 'common-word'], ['Western', 'common-word'], ['American', 'common-word'],
    ['I’m', 'relative-word'], ['you guys', 'relative-word'], ['President Zelenskyy and I', 'relative-word'], ['whose residents', 'relative-word'],
    ['Q Karine', 'question-label'], ['Q So', 'question-label'],
    ['sanctions', 'thing'], ['its defense industrial base', 'thing'], ['Our policy approaches', 'thing'], ['Non-oil and gas revenue', 'thing'],
    ['Discover Russia', 'thing'], ['the Constitution', 'document'], ['budget request', 'document'],
    ['Head of the Kharkiv RMA', 'bare-title'], ['IMF Managing Director', 'bare-title'], ['Sverdlovsk Region Governor', 'bare-title'],
    ["Russia's invasion of Ukraine", 'thing'], ['The war against Ukraine', 'thing'], ['the authors', 'bare-title'], ['authors', 'bare-title'],
    ['The wife of the President of Ukraine', 'bare-title'], ['President of the United States', 'bare-title'], ['the Prime Minister of the United Kingdom', 'bare-title'],
  ])('%s: %s', (name, why) => expect(notASpeaker(name)).toBe(why));

  it.each(['Our people', 'many companies', 'Experts', 'Pelosi', 'Xi of China', 'United States', 'G7 leaders', 'World Food Programme', 'the administration', 'Volodymyr Zelenskyy', 'Russia’s defence ministry', 'officials', 'independent monitors', 'Kremlin', 'NATO', 'Ukraine', 'the parties', 'Maciej Wąsik', 'heads of local authorities', 'members of the team', 'the government of Ukraine', 'one of the soldiers', 'Angus King', 'Tom Major', 'Departments of Defense', 'Department of Defense'])(
    '%s is a speaker', (name) => expect(notASpeaker(name)).toBeNull());
});

describe('titles without a name', () => {
  it('reads a bare title, with a country or not', () => {
    expect(isBareTitle(['the', 'president'])).toBe(true);
    expect(isBareTitle(['ukrainian', 'president'])).toBe(true);
    expect(isBareTitle(['president', 'mykola', 'savchuk'])).toBe(false);
  });
  it('reads an office title as the words its holder’s role must hold', () => {
    expect(officeTitle(['deputy', 'head', 'of', 'the', 'office', 'of', 'the', 'president'])).toEqual(['deputy', 'head', 'office', 'president']);
    expect(officeTitle(['head', 'of', 'state'])).toBeNull();
    expect(officeTitle(['ministry', 'of', 'defence'])).toBeNull();
  });
});
