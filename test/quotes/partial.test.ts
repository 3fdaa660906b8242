/**
 * Partial quotations: a speaker's words quoted inside the reporter's own sentence
 * (`Kravets called the assault "a meat grinder."`). The item is only the quoted words with their
 * marks (kind `partial`), attributed to the speaker the sentence names.
 *
 * Not partial: the quoted words sitting inside a clause reported with a cue and `that`/zero-`that`
 * (`Kravets said the claims were "fantasy."`), which is one `mixed` item (see indirect.test.ts);
 * and quotation marks with no speaker (scare quotes, titles: see negative.test.ts).
 */
import { describe } from 'vitest';
import { gapAwareIt } from './known-gaps.ts';

const it = gapAwareIt(import.meta.url);
import { expectQuote, quotesOf, expectQuoteIn } from './helpers.ts';

interface Row {
  text: string;
  quote: string;
  speaker: string | null;
  mention?: string;
  cue?: string | null;
}

function check(row: Row): void {
  expectQuote(row.text, row.quote, {
    kind: 'partial',
    speaker: row.speaker,
    ...(row.mention !== undefined ? { mention: row.mention } : {}),
    ...(row.cue !== undefined ? { cue: row.cue } : {}),
  });
}

describe('called / described as / referred to as', () => {
  it.each<Row>([
    { text: 'Kravets called the assault "a meat grinder."', quote: '"a meat grinder."', speaker: 'Kravets', cue: 'called' },
    { text: 'Kravets called the Russian report "a fairy tale for television" and went back to her maps.', quote: '"a fairy tale for television"', speaker: 'Kravets', cue: 'called' },
    { text: 'Bondar described the road as "a shooting gallery" after dark.', quote: '"a shooting gallery"', speaker: 'Bondar', cue: 'described' },
    { text: 'Yaremchuk described the strike as “precise and necessary.”', quote: '“precise and necessary.”', speaker: 'Yaremchuk', cue: 'described' },
    { text: 'Hrebeniuk referred to the new recruits as "boys with two weeks of training."', quote: '"boys with two weeks of training."', speaker: 'Hrebeniuk', cue: 'referred' },
    { text: 'The Kremlin called the strike "an act of terrorism" within an hour.', quote: '"an act of terrorism"', speaker: 'Kremlin', mention: 'The Kremlin', cue: 'called' },
    { text: 'Ukrainian officials called the figure “invented from start to finish.”', quote: '“invented from start to finish.”', speaker: 'Ukrainian officials', mention: 'Ukrainian officials', cue: 'called' },
    { text: 'Olena Kravets described the situation as "difficult but controlled," adding nothing more.', quote: '"difficult but controlled,"', speaker: 'Olena Kravets', cue: 'described' },
    { text: 'Wilk described the aid package as «the largest so far».', quote: '«the largest so far»', speaker: 'Wilk', cue: 'described' },
  ])('$quote', check);
});

describe('warned of / spoke of / promised', () => {
  it.each<Row>([
    { text: 'Kravets warned of "a long and ugly winter" on the front.', quote: '"a long and ugly winter"', speaker: 'Kravets', cue: 'warned' },
    { text: 'Savchuk spoke of "a just peace, not a pause" in his address.', quote: '"a just peace, not a pause"', speaker: 'Savchuk', cue: 'spoke' },
    { text: 'The minister, Oksana Vdovychenko, promised "every shell we can find" to the brigades in the east.', quote: '"every shell we can find"', speaker: 'Oksana Vdovychenko' },
    { text: 'Voronin dismissed the report as "another provocation."', quote: '"another provocation."', speaker: 'Voronin', cue: 'dismissed' },
    { text: 'Bondar thanked the drivers for their "quiet courage."', quote: '"quiet courage."', speaker: 'Bondar' },
    { text: 'Voronin branded the strike "an act of terrorism."', quote: '"an act of terrorism."', speaker: 'Voronin', cue: 'branded' },
    { text: 'Savchuk thanked the American people for their "steadfast support."', quote: '"steadfast support."', speaker: 'Savchuk' },
    { text: 'Bondar compared the town to "a city of basements."', quote: '"a city of basements."', speaker: 'Bondar', cue: 'compared' },
    { text: 'Kravets promised a "proportionate response" to the next assault.', quote: '"proportionate response"', speaker: 'Kravets', cue: 'promised' },
    { text: 'Regional officials described the damage as "significant but not critical."', quote: '"significant but not critical."', speaker: 'Regional officials', mention: 'Regional officials', cue: 'described' },
    { text: 'Russia’s Defense Ministry reported the attack at dawn. The ministry labeled the Ukrainian account “fake.”', quote: '“fake.”', speaker: 'Russia’s Defense Ministry', mention: 'The ministry', cue: 'labeled' },
    { text: 'Kravets, who called the assault "suicidal," said reinforcements were coming.', quote: '"suicidal,"', speaker: 'Kravets', cue: 'called' },
  ])('$quote', check);
});

describe('quoted predicate with a parenthetical cue', () => {
  it.each<Row>([
    { text: 'Russia, Kravets said, is "running out of trained infantry."', quote: '"running out of trained infantry."', speaker: 'Kravets', cue: 'said' },
    { text: 'Olena Kravets spoke on Monday. The enemy, she continued, is "losing almost a battalion a day."', quote: '"losing almost a battalion a day."', speaker: 'Olena Kravets', mention: 'she', cue: 'continued' },
    { text: 'Olena Kravets arrived at noon. The town, she said, is "not a ruin yet."', quote: '"not a ruin yet."', speaker: 'Olena Kravets', mention: 'she', cue: 'said' },
    { text: 'The depot, Yaremchuk added, was "burning for six hours."', quote: '"burning for six hours."', speaker: 'Yaremchuk', cue: 'added' },
  ])('$quote', check);
});

describe('participial and infinitive frames', () => {
  it.each<Row>([
    { text: 'Kravets spoke for an hour, describing the strikes as an effort to "create the illusion of strength."', quote: '"create the illusion of strength."', speaker: 'Kravets', cue: 'describing' },
    { text: 'Hrebeniuk praised the drone crews, calling them "the only reason we are still here."', quote: '"the only reason we are still here."', speaker: 'Hrebeniuk', cue: 'calling' },
  ])('$quote', check);
});

describe('two partial quotations in one sentence: two items, same speaker', () => {
  it.each<{ text: string; quotes: [string, string]; speaker: string }>([
    { text: 'Kravets called the attack "desperate" and the Russian claims "pure fantasy."', quotes: ['"desperate"', '"pure fantasy."'], speaker: 'Kravets' },
    { text: 'Yaremchuk described the depot as “destroyed” and the Russian response as “slow.”', quotes: ['“destroyed”', '“slow.”'], speaker: 'Yaremchuk' },
    { text: 'Bondar called the evacuation "late" and the shelling "relentless."', quotes: ['"late"', '"relentless."'], speaker: 'Bondar' },
  ])('$quotes', ({ text, quotes, speaker }) => {
    const found = quotesOf(text);
    const first = expectQuoteIn(text, found, quotes[0], { kind: 'partial', speaker });
    expectQuoteIn(text, found, quotes[1], { kind: 'partial', speaker }, first.end);
  });
});
