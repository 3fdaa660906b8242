/**
 * Ambiguous place names resolved by the article's context (issue 4). Sentences are ours. Each row:
 * the text, the mention, and what it must resolve to (country, admin1 or a GeoNames id).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze/index.ts';
import { makeDocument } from '../../model/document.ts';
import { findPeople, peopleOf } from '../entities/index.ts';
import { extractPlaces } from './index.ts';

function placesOf(text: string) {
  const doc = analyze(makeDocument({ id: 't', text, date: '2025-11-13' }));
  return extractPlaces(doc, peopleOf(findPeople(doc)));
}

describe('places: the same name, told apart by context', () => {
  it.each([
    ['Paris in Texas, by the comma', 'The rodeo in Paris, Texas, drew crowds from Dallas this week.', 'Paris', { country: 'US', admin1: 'TX' }],
    ['Paris in France, by French ministers', 'Protesters gathered in Paris as French ministers met in Lyon.', 'Paris', { country: 'FR', geonameId: 2988507 }],
    ['Pokrovsk in Donetsk oblast', 'Russian troops shelled Pokrovsk in Donetsk oblast on Monday.', 'Pokrovsk', { country: 'UA', geonameId: 704422 }],
    ['Pokrovsk in Yakutia', 'The ferry from Pokrovsk reached Yakutsk, the capital of Sakha, in Siberia.', 'Pokrovsk', { country: 'RU', geonameId: 2017824 }],
    ['Georgia the country, by Tbilisi', 'Georgia held elections as crowds rallied in Tbilisi.', 'Georgia', { kind: 'country', country: 'GE' }],
    ['Georgia the US state, by Atlanta', 'Voters in Atlanta and across Georgia waited for hours.', 'Georgia', { kind: 'region', country: 'US', admin1: 'GA' }],
    ['Odesa in Ukraine, by Ukrainian officials', 'Shelling hit Odesa and Mykolaiv overnight, Ukrainian officials said.', 'Odesa', { country: 'UA', geonameId: 698740 }],
    ['Odessa in Texas, by the comma', 'Oil workers in Odessa, Texas, went back to work.', 'Odessa', { country: 'US', admin1: 'TX' }],
    ['Alexandria in Egypt, by Cairo', 'Protests spread from Cairo to Alexandria, Egyptian officials said.', 'Alexandria', { country: 'EG' }],
    ['Alexandria in Virginia, by the comma', 'The company moved to Alexandria, Virginia, last year.', 'Alexandria', { country: 'US', admin1: 'VA' }],
    ['Kharkiv, one entry', 'Drones struck Kharkiv and Sumy overnight.', 'Kharkiv', { country: 'UA', geonameId: 706483 }],
    ['Donetsk the city, not the region', 'Separatists in Donetsk said the market was shelled.', 'Donetsk', { kind: 'city', country: 'UA', geonameId: 709717 }],
    ['Donetsk the region, by its suffix', 'Fighting raged across the Donetsk region.', 'Donetsk region', { kind: 'region', country: 'UA', admin1: '05' }],
    ['Moscow, Russia rather than Idaho', 'Talks in Moscow ended without a deal.', 'Moscow', { country: 'RU', geonameId: 524901 }],
    ['Kiev, the older spelling', 'Officials in Kiev said the power was back.', 'Kiev', { country: 'UA', geonameId: 703448 }],
  ])('%s', (_name, text, mention, expected) => {
    const p = placesOf(text).find((x) => x.text === mention);
    expect(p, mention).toBeDefined();
    expect(text.slice(p!.start, p!.end)).toBe(mention);
    expect(p).toMatchObject(expected);
    expect(p!.confidence).toBeGreaterThan(0);
    expect(p!.confidence).toBeLessThanOrEqual(1);
  });

  it('records the alternatives weighed, best first, without the one chosen', () => {
    const p = placesOf('Russian troops shelled Pokrovsk in Donetsk oblast on Monday.').find((x) => x.text === 'Pokrovsk')!;
    expect(p.alternatives.map((a) => a.geonameId)).toContain(2017824);
    expect(p.alternatives.map((a) => a.geonameId)).not.toContain(704422);
    const scores = p.alternatives.map((a) => a.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});

describe('places: countries and regions', () => {
  it.each([
    ['Ukraine', 'Ukraine asked for more air defence.', { kind: 'country', country: 'UA', geonameId: 690791 }],
    ['Russian Federation', 'The Russian Federation rejected the plan.', { kind: 'country', country: 'RU', geonameId: 2017370 }],
    ['U.S.', 'The U.S. sent more aid.', { kind: 'country', country: 'US', geonameId: 6252001 }],
    ['Donetsk oblast', 'Villages in Donetsk oblast were evacuated.', { kind: 'region', country: 'UA', admin1: '05' }],
    ['Crimea', 'Ferries to Crimea were suspended.', { kind: 'region', country: 'UA', admin1: '11' }],
    ['Texas', 'Ranchers in Texas sold more cattle.', { kind: 'region', country: 'US', admin1: 'TX' }],
  ])('%s', (mention, text, expected) => {
    const p = placesOf(text).find((x) => x.text === mention);
    expect(p, mention).toBeDefined();
    expect(p).toMatchObject(expected);
    expect(p!.lat).not.toBeNull();
  });
});

describe('places: words that are places only sometimes', () => {
  it.each([
    ['a month', 'The offensive began in March and stalled by May.', ['March', 'May']],
    ['a person named Victoria', 'Victoria Nuland spoke to reporters.', ['Victoria']],
    ['mobile phones', 'Mobile phones were banned at the front.', ['Mobile']],
    ['a reading', 'Reading the report, officials frowned.', ['Reading']],
    ['Washington the person', 'George Washington crossed the river.', ['Washington']],
    ['first names that are towns', 'Vladimir Putin met Shelby Wilder.', ['Vladimir', 'Shelby', 'Wilder']],
    ['a newspaper', 'The Kyiv Independent reported the strike.', ['Kyiv']],
    ['lowercase us', 'They told us nothing.', ['us']],
    ['a compass adjective', 'Western officials said Central banks were ready.', ['Western', 'Central']],
    ['an acronym', 'TASS reported the strike, citing NATO sources.', ['TASS', 'NATO']],
    ['a surname after a title, and later alone', 'Mr. Obama spoke in Chicago on Monday. Obama left on Tuesday.', ['Obama']],
    ['institutions and abbreviations', 'Congress and the E.U. met in Brussels on Nov. 3.', ['Congress', 'E.U.', 'Nov.']],
    ['a town named like a country', 'China and Poland signed a trade deal in Warsaw.', []],
  ])('%s is not a place', (_name, text, words) => {
    const found = placesOf(text).map((p) => p.text);
    for (const w of words) expect(found).not.toContain(w);
  });

  it('a country, not the town named after it, in an American article', () => {
    const found = placesOf('Senators in Washington said China and Poland must act, the U.S. envoy told reporters in Ohio.');
    expect(found.filter((p) => p.text === 'China' || p.text === 'Poland').map((p) => p.kind)).toEqual(['country', 'country']);
  });

  it.each([
    ['Mobile after a preposition', 'The storm reached Mobile, Alabama, at dawn.', 'Mobile', { country: 'US', admin1: 'AL' }],
    ['Reading after a preposition', 'He grew up in Reading, England.', 'Reading', { country: 'GB' }],
  ])('%s is a place', (_name, text, mention, expected) => {
    expect(placesOf(text).find((p) => p.text === mention)).toMatchObject(expected);
  });
});

describe('places: metonymy', () => {
  it.each([
    ['Moscow said the talks had failed.', 'Moscow', true],
    ['Russia claims the town has fallen.', 'Russia', true],
    ['The Kremlin has denied the report.', 'Kremlin', true],
    ['Kyiv denied any role in the blast.', 'Kyiv', true],
    ["Washington's position has not changed.", 'Washington', true],
    ["Moscow's claims are fabricated, Hnatov said.", 'Moscow', true],
    ['According to Kyiv, the strike killed three people.', 'Kyiv', true],
    ['Kyiv asked Washington for more air defence.', 'Washington', true],
    ['The allies urged Moscow to withdraw.', 'Moscow', true],
    ['Families fled Moscow for the countryside.', 'Moscow', false],
    ['Russia is suffering staggering losses.', 'Russia', false],
    ['Shelling hit Pokrovsk, officials said.', 'Pokrovsk', false],
    ['Pokrovsk said nothing; Pokrovsk is a town.', 'Pokrovsk', false],
  ])('%s', (text, mention, metonymy) => {
    const p = placesOf(text).find((x) => x.text === mention);
    expect(p, mention).toBeDefined();
    expect(p!.metonymy).toBe(metonymy);
  });
});
