/**
 * Issue 12, precision: which sentences of a long transcript turn make no checkable claim
 * (src/extract/quotes/turn-claims.ts). Sentences we wrote, in the shapes of White House and
 * Kremlin transcripts; each refused row names the reason, each kept row a near neighbour that
 * must stay (../shared/ANNOTATION.md: a long turn gives one item per sentence with a checkable claim).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/index.ts';
import { makeDocument } from '../../src/model/index.ts';
import { noClaimIn, type NoClaim } from '../../src/extract/quotes/turn-claims.ts';
import { DATE, listQuotes, quotesOf } from './helpers.ts';

const TURN_RULE = 'quotes/07-transcripts-readouts';

/** The reason `noClaimIn` gives for the one sentence of `text`. */
function reasonOf(text: string): NoClaim | null {
  const doc = analyze(makeDocument({ id: 't', text, date: DATE }));
  expect(doc.sentStartTok.length, text).toBe(1);
  return noClaimIn(doc, 0, doc.sentEndTok[0]!);
}

const refused: [string, NoClaim][] = [
  // Appeals: an imperative, `it's time to`, `we cannot allow`.
  ['Get the bill to my desk before the end of the month.', 'appeal'],
  ['Stop holding the farmers of this country hostage.', 'appeal'],
  ["Don't let the pipeline freeze this winter.", 'appeal'],
  ['It’s time to fund the border agents we promised.', 'appeal'],
  ['We cannot under any circumstance allow the grain corridor to close.', 'appeal'],
  // The speaker's stance, or a belief ascribed to someone: the first verb is one of mind or appeal.
  ['I fully expect the Senate to pass the package by Friday.', 'stance'],
  ['Despite that, I did not believe we could leave the workers without pay.', 'stance'],
  ['The commander believed his tanks would reach the river in three days.', 'stance'],
  ['Moscow hopes to wear down the defenders before the spring.', 'stance'],
  ['Consequently, I strongly urge the committee to vote this week.', 'stance'],
  ['You know, I would argue that the sanctions have been a success.', 'stance'],
  // An ordinal, a model name or a year is no figure that keeps a hedge.
  ['And I think the message of this 75th summit is one of resolve.', 'stance'],
  ['I wanted to ask you about the decision to train pilots on F-16s.', 'stance'],
  ['I think the sanctions we imposed in 2014 changed their minds.', 'stance'],
  ["I'm sick and tired of the delays in the Senate.", 'stance'],
  ["But let's be clear: I hope the Speaker keeps his word.", 'stance'],
  // Pledges of continued support or solidarity.
  ['We will continue to provide air defense interceptors to our partners.', 'pledge'],
  ['And the Alliance is going to continue to stand with Moldova.', 'pledge'],
  ['We are absolutely committed to helping the farmers rebuild.', 'pledge'],
  ['Three years later, we stand with the people of Kharkiv.', 'pledge'],
  ['Our people will never waver in this commitment.', 'pledge'],
  // The speaker's side promising in the future tense.
  ['And together with our allies, we will keep up the pressure on the regime.', 'pledge'],
  ['We’re going to stay the course with our partners.', 'pledge'],
  ['The American people will be steadfast in their support of the farmers.', 'pledge'],
  ["And we'll rebuild every school in the valley.", 'pledge'],
  ["I'm going to keep fighting for the farmers of this state.", 'pledge'],
  ['And the world is united in its support for the farmers.', 'pledge'],
  // What was or will be discussed.
  ['We also focused on the reconstruction of the Odesa port.', 'agenda'],
  ["And secondly, we're going to be talking about the Arctic.", 'agenda'],
  // A judgement of importance.
  ['It is very important that we send the message to Moscow.', 'importance'],
  ['Very, very important that we keep the Alliance together.', 'importance'],
  ['What’s at stake here is the freedom of the sea lanes.', 'importance'],
  ['That’s our goal: keep the grain moving through the winter.', 'importance'],
  // Formulas and stage directions.
  ['Once again, my congratulations to the sailors and their families.', 'formula'],
  ['And may God protect the sailors at sea.', 'formula'],
  ['God bless you all and your families.', 'formula'],
  ['(Laughter.)', 'aside'],
];

const kept: string[] = [
  'Last night, the Senate passed the bill that keeps 900 clinics open.',
  'Today, I approved a package of 40 armored vehicles for Ukraine.',
  'They said they were going to vote on the aid package separately.',
  'And next week, the first patrol boats will be delivered to the navy.',
  // Pledge-like, but they count something or continue no support.
  'And together with 31 other nations, we are committed to training 5,000 pilots.',
  'And that means the troops will continue to get paid on time.',
  'What we have done, and the President spoke this morning, is our commitment to continue to support the farmers.',
  // A promise that counts something; what is said now, announced in the future tense; a blessing inside a claim.
  'And together with 31 other nations, we will train 5,000 pilots.',
  'I will say this: the tanks reached the river on Tuesday.',
  'I’ll point out that the convoy was shelled twice.',
  'The first woman in space was a Soviet pilot, God bless her.',
  // Performative openers: what follows is what is said.
  "So, let's be very clear: their invasion has been a strategic failure for Moscow.",
  'I want to specially address the crews of the units that cleared the mines in Kherson.',
  // A figure under a hedge is checkable; a named party's alignment is a claim; a priority stated is no agenda.
  'I think the exports reached 4.5 million tonnes in May.',
  'Belarus stands with Russia on this question.',
  'NATO is united in its decision to send 40 tanks.',
  'The Secretary is laser-focused on the release of the two sailors.',
  // A judgement about a past fact states the fact.
  "And it's really important that we acted together and delivered the tanks in March.",
  "And I'm so proud that over the last three years we've doubled the exports of grain.",
  // `critical` as an attribute, not a judgement.
  'You stepped up to provide critical military support in the first week of the war.',
];

describe('turn-claims: sentences of a long turn that make no checkable claim', () => {
  it.each(refused)('refused: %s (%s)', (sentence, reason) => {
    expect(reasonOf(sentence)).toBe(reason);
  });
  it.each(kept)('kept: %s', (sentence) => {
    expect(reasonOf(sentence)).toBeNull();
  });
});

/** The items step 7 gives for the turns of `text`. */
const turnItems = (text: string) => {
  const quotes = quotesOf(text);
  return { texts: quotes.filter((q) => q.rule === TURN_RULE).map((q) => q.text), all: listQuotes(quotes) };
};

describe('a long turn gives items for its checkable sentences only', () => {
  it.each<[string, string, string[]]>([
    ['keeps the facts and drops the rest',
      'PRESIDENT MORROW:  Thank you, Chancellor.  Last night, the Senate passed the bill that keeps 900 clinics open.  '
      + 'I fully expect the Senate to pass the package by Friday.  We will continue to provide air defense interceptors to our partners.  '
      + 'Today, I approved a package of 40 armored vehicles for Ukraine.  Stop holding the farmers of this country hostage.  '
      + 'We also focused on the reconstruction of the Odesa port.  It is very important that we send the message to Moscow.\n\n'
      + 'CHANCELLOR BRANDT:  Thank you.\n\nPRESIDENT MORROW:  (Inaudible.)  (Laughter.)\n\nCHANCELLOR BRANDT:  Germany sent 12 tanks.',
      [
        'Last night, the Senate passed the bill that keeps 900 clinics open.',
        'Today, I approved a package of 40 armored vehicles for Ukraine.',
        'Thank you.',
        'Germany sent 12 tanks.',
      ]],
    ["keeps a past deed of the sentence's own subject (we / you / they did), not I, it, a subordinate clause or the present",
      'PRESIDENT MORROW:  Thank you all for coming this afternoon to the East Room.  And we made it clear that they would pay a price.  '
      + 'But we reached an agreement with the unions.  You’ve stepped up to provide critical support for the farmers.  '
      + 'I listened to the speech at home in the evening.  What they’ve done to the children is criminal.  '
      + 'It’s made a world of difference for the farmers.  We need funding now for the farmers of the valley.\n\n'
      + 'CHANCELLOR BRANDT:  Thank you.',
      [
        'And we made it clear that they would pay a price.',
        'But we reached an agreement with the unions.',
        'You’ve stepped up to provide critical support for the farmers.',
        'Thank you.',
      ]],
    ['reads past `Ladies and gentlemen,`: the statement after the vocative, not the thanks',
      'PRESIDENT MORROW:  Thank you all for coming this afternoon to the East Room of the house.  '
      + 'Ladies and gentlemen, last week I announced the appointment of Anna Marsh as our new envoy.  '
      + 'Ladies and gentlemen, thank you very much for your patience and your kind attention today.  '
      + 'We are here today to talk about the farmers and the energy of the valley and the winter.  '
      + 'It is a long road, and the work of many hands and many seasons lies ahead of all of us here.\n\n'
      + 'CHANCELLOR BRANDT:  Thank you.',
      [
        'Ladies and gentlemen, last week I announced the appointment of Anna Marsh as our new envoy.',
        'Thank you.',
      ]],
  ])('%s', (_name, text, expected) => {
    const { texts, all } = turnItems(text);
    expect(texts, all).toEqual(expected);
  });
});
