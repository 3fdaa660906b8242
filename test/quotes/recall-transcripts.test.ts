/**
 * Issue 12, transcripts: labels after a hard line break, the stage directions that close a turn,
 * and which sentences of a long turn make a checkable claim. Sentences we wrote, in the shapes of
 * White House and Kremlin transcripts (../shared/ANNOTATION.md).
 */
import { describe, expect, it } from 'vitest';
import { listQuotes, quotesOf } from './helpers.ts';

const TURN_RULE = 'quotes/07-transcripts-readouts';
const turnsOf = (text: string) => quotesOf(text).filter((q) => q.rule === TURN_RULE);

describe('a label in capitals at the start of a hard-wrapped line, after a sentence, opens a turn', () => {
  it.each([
    // A Markdown line break (two spaces) and no blank line between the turns.
    ['Oval Office\n\nPRESIDENT MORROW:  Welcome back to the White House, Chancellor.  We have a lot\nto talk about today.  \nCHANCELLOR BRANDT:  Thank you.  Germany will send 40 more tanks\nthis spring.', 'Germany will send 40 more tanks\nthis spring.', 'Brandt'],
    ['MS. HALVORSEN:  We expect the package on Friday.\nSECRETARY OKAFOR:  The Pentagon has 12 systems ready to ship.\n\nQ  When?', 'The Pentagon has 12 systems ready to ship.', 'Okafor'],
  ] as [string, string, string][])('%s', (text, said, name) => {
    const quotes = quotesOf(text);
    const q = quotes.find((x) => x.text.includes(said));
    expect(q, listQuotes(quotes)).toBeDefined();
    expect(q!.rule).toBe(TURN_RULE);
    expect(q!.speaker?.name).toContain(name);
  });

  it.each([
    // A line of a hard-wrapped paragraph that starts with capitals but follows no sentence end.
    'Vilnius\n\nThe alliance met in Vilnius, where the members of\nNATO: agreed on a new plan for the eastern flank and 300,000 troops.',
    // One word in capitals after a sentence: a heading or an acronym, not a speaker.
    'Vilnius\n\nThe ministers met in Vilnius on Tuesday.\nNATO:  a new plan for the eastern flank and 300,000 troops.',
  ])('no turn: %s', (text) => {
    expect(turnsOf(text), listQuotes(quotesOf(text))).toEqual([]);
  });
});

describe('stage directions and time stamps that close a turn are nobody\'s words', () => {
  it('a short last turn ends before (Cross-talk.) and the time stamp', () => {
    const text = 'PRESIDENT MORROW:  We will decide on the missiles this week.\n\nQ    How close are you to a decision?\n\n(Cross-talk.)\n\nPRESIDENT MORROW:  We are going to discuss that now.\n\n(Applause.)  \n\n(The President waves.)\n\n4:41 P.M. EDT';
    const quotes = turnsOf(text);
    expect(quotes.map((q) => q.text), listQuotes(quotesOf(text))).toEqual([
      'We will decide on the missiles this week.',
      'How close are you to a decision?',
      'We are going to discuss that now.',
    ]);
  });
});

describe('a long turn gives its checkable sentences, not thanks, greetings past a vocative, or verbless list items', () => {
  const turn = 'PRESIDENT MORROW:  Mr. Prime Minister, welcome.  And I want to thank you, Anna, for your steady leadership on this front.  '
    + 'So, Prime Minister, thank you again for being here.  Second, the Black Sea.  '
    + 'Together, we sent 300 armored vehicles to Ukraine last year.  And Russia has lost more than half of its fleet since the spring.  '
    + 'And I really appreciate the very good cooperation between our two governments over these long months.  '
    + 'Olaf, the Alliance is stronger today than it has been in thirty years, and everyone in Moscow knows it.\n\n'
    + 'PRIME MINISTER LUND:  Thank you.';
  const said = () => turnsOf(turn).filter((q) => q.speaker?.mention.text === 'PRESIDENT MORROW').map((q) => q.text);

  it.each([
    'Together, we sent 300 armored vehicles to Ukraine last year.',
    'And Russia has lost more than half of its fleet since the spring.',
    'Olaf, the Alliance is stronger today than it has been in thirty years, and everyone in Moscow knows it.',
  ])('kept: %s', (sentence) => {
    expect(said(), listQuotes(quotesOf(turn))).toContain(sentence);
  });

  it.each([
    'Mr. Prime Minister, welcome.',
    'And I want to thank you, Anna, for your steady leadership on this front.',
    'So, Prime Minister, thank you again for being here.',
    'Second, the Black Sea.',
    'And I really appreciate the very good cooperation between our two governments over these long months.',
  ])('not an item: %s', (sentence) => {
    expect(said(), listQuotes(quotesOf(turn))).not.toContain(sentence);
  });
});
