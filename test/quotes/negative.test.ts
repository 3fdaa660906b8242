/**
 * Quotation marks that are not quotations: scare quotes, titles of books, films and operations,
 * names of units, ships and channels, nicknames and call signs, words mentioned as words, and
 * apostrophes that look like single quotes. None of these rows holds any speech, so the pipeline
 * must find no quotation at all.
 */
import { describe, expect } from 'vitest';
import { gapAwareIt } from './known-gaps.ts';

const it = gapAwareIt(import.meta.url);
import { expectNoQuotes, expectQuoteIn, listQuotes, quotesOf } from './helpers.ts';

describe('scare quotes and so-called', () => {
  it.each<string>([
    'Moscow launched its so-called "special military operation" in February 2022.',
    'Moscow’s so-called “special military operation” has now lasted more than three and a half years.',
    'The so-called "operation" was supposed to take three days.',
    'The so-called "referendum" in the occupied districts was held at gunpoint.',
    'Russia keeps moving its "red lines" every time a new weapon arrives.',
    'The Kremlin’s “red lines” have shifted many times since 2022.',
    'Thousands of people were moved to "filtration" camps in the east.',
    'The occupation authorities opened a "humanitarian corridor" that was shelled within an hour.',
    'After the "liberation" of the village, not a single house had a roof.',
    'The "ceasefire" lasted less than a day.',
    'Russian forces staged another "goodwill gesture" by retreating from the island.',
    'The Russian side organized "elections" in the occupied territories last September.',
  ])('%s', expectNoQuotes);
});

describe('titles of books, films, channels and operations', () => {
  it.each<string>([
    'His memoir, "Forty Days in Dovhivka," was published in March.',
    'The documentary "The Last Road" follows three volunteer drivers.',
    'The ministry’s nightly tallies are collected by a popular Telegram channel called “Shot Down Again.”',
    'The counteroffensive, known as Operation "Autumn Shield," has not been officially announced.',
    'Operation «Northern Wind» began in the first week of August.',
    'The newspaper ran the story under the headline "The City That Would Not Fall."',
    'The song "Oi u luzi chervona kalyna" became an anthem of the war.',
    'Her column in the weekly "Front Line Notes" ran until the spring.',
    'The report, titled „Winter on the Front“, was released on Monday.',
  ])('%s', expectNoQuotes);
});

describe('names of units, ships, systems; nicknames and call signs', () => {
  it.each<string>([
    'The "Stepovyi" operational group took over the sector in October.',
    'Drone pilots from the "Sokil" unit flew more than 200 missions last month.',
    'The cruiser "Admiral Volkov" was hit by two sea drones.',
    'The landing ship “Kaliningrad Star” has not left port since the strike.',
    'Oleksandr "Tank" Hrytsenko has commanded the company since 2023.',
    'A drone operator known as "Moth" has flown more than 900 sorties.',
    'The commander, whose call sign is "Grey," lost his leg near the river.',
    'The only road into town is known locally as the "corridor of life."',
    'The volunteers have their own name for the road: the «road of life».',
    'The "Shahed" drones arrive in waves of forty or fifty.',
  ])('%s', expectNoQuotes);
});

describe('words mentioned as words', () => {
  it.each<string>([
    'The word "ceasefire" has lost its meaning in Dovhivka.',
    'In the trenches, "zero" means the front line itself.',
    'Soldiers use the term "meat assaults" for waves of poorly trained infantry.',
    'The letter "Z" is painted on every Russian vehicle in the area.',
  ])('%s', expectNoQuotes);
});

describe('apostrophes are not single quotes', () => {
  it.each<string>([
    "The soldiers' families and the volunteers' cars waited at the checkpoint.",
    'The soldiers’ families and the volunteers’ cars waited at the checkpoint.',
    "Ukraine's air defenses and Russia's drones have both multiplied since '22.",
    'It’s the brigade’s third rotation since the ’23 offensive.',
    "The drivers' route runs past the 'old' bridge and the new one.",
  ])('%s', expectNoQuotes);
});

describe('stray and unbalanced marks', () => {
  it.each<string>([
    'The crater was 12" deep and twice as wide.',
    'The map marked the trench at 48°30\'15" north.',
    '"',
    '« »',
    '""',
  ])('%s', (text) => {
    // No speech here; and certainly nothing that throws.
    expectNoQuotes(text);
  });
});

describe('a real quotation next to a scare quote or a title', () => {
  it.each<{ text: string; real: string; speaker: string; not: string }>([
    { text: '"We are still here," Kravets said after the so-called "referendum" in the occupied districts.', real: '"We are still here,"', speaker: 'Kravets', not: '"referendum"' },
    { text: '"The depot burned for six hours," Yaremchuk said, a day after Operation "Autumn Shield" began.', real: '"The depot burned for six hours,"', speaker: 'Yaremchuk', not: '"Autumn Shield"' },
    { text: 'Drone pilots from the "Sokil" unit flew all night. "We lost two drones," said Hrebeniuk.', real: '"We lost two drones,"', speaker: 'Hrebeniuk', not: '"Sokil"' },
    { text: '“The road is open,” Bondar said, pointing at the road known locally as the “corridor of life.”', real: '“The road is open,”', speaker: 'Bondar', not: '“corridor of life.”' },
  ])('$not', ({ text, real, speaker, not }) => {
    const quotes = quotesOf(text);
    expectQuoteIn(text, quotes, real, { kind: 'direct', speaker });
    const at = text.indexOf(not);
    const bad = quotes.filter((q) => q.start === at || q.text === not);
    expect(bad.length, `${JSON.stringify(not)} is not a quotation; found:\n${listQuotes(quotes)}`).toBe(0);
  });
});

describe('titles inside reported speech keep it indirect (not mixed)', () => {
  it.each<{ text: string; content: string; speaker: string }>([
    { text: 'Kravets said Operation "Autumn Shield" was going to plan.', content: 'Operation "Autumn Shield" was going to plan', speaker: 'Kravets' },
    { text: 'Yaremchuk said the "Sokil" unit had hit the depot.', content: 'the "Sokil" unit had hit the depot', speaker: 'Yaremchuk' },
    { text: 'Bondar said the cruiser "Admiral Volkov" had not left port.', content: 'the cruiser "Admiral Volkov" had not left port', speaker: 'Bondar' },
  ])('$content', ({ text, content, speaker }) => {
    const quotes = quotesOf(text);
    expectQuoteIn(text, quotes, content, { kind: 'indirect', speaker });
    const inner = quotes.filter((q) => q.kind !== 'indirect');
    expect(inner.length, `no quotation for a title; found:\n${listQuotes(quotes)}`).toBe(0);
  });
});
