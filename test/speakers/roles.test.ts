/**
 * Issue 12: the role a speaker carries is the whole title the article gives, never its tail. Each row
 * is a sentence we wrote in the shape of official releases; the speaker's role and the entity's
 * role are both checked, since both stages read a title chain through `speakers/title-chain.ts`.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/pipeline.ts';
import { makeDocument } from '../../src/model/index.ts';
import { expectQuote, DATE } from '../quotes/helpers.ts';

interface Row { text: string; quote: string; speaker: string; role: string }

const entityRole = (text: string, name: string) =>
  extractDocument(makeDocument({ id: 't', text, date: DATE })).extraction.entities.find((e) => e.name === name)?.role?.text ?? null;

describe('a title cut off at a tie word is the whole title', () => {
  it.each<Row>([
    { text: 'Minister for Veterans Affairs of the Coastal Region Halyna Moroz said the new clinics would open in May.', quote: 'the new clinics would open in May', speaker: 'Halyna Moroz', role: 'Minister for Veterans Affairs of the Coastal Region' },
    { text: 'On Tuesday, Head of the President\'s Office Taras Kovalchuk met the envoys. Taras Kovalchuk noted that the talks were useful.', quote: 'the talks were useful', speaker: 'Taras Kovalchuk', role: 'Head of the President\'s Office' },
    { text: 'The briefing was held by Deputy Head of the President\'s Office Petro Savchenko. Petro Savchenko said the tribunal would sit in The Hague.', quote: 'the tribunal would sit in The Hague', speaker: 'Petro Savchenko', role: 'Deputy Head of the President\'s Office' },
    { text: 'Economic Adviser to the President Oleh Marchuk said the embargo came too late.', quote: 'the embargo came too late', speaker: 'Oleh Marchuk', role: 'Economic Adviser to the President' },
    { text: 'Secretary of State for Coastal Affairs Jonathan Price said the harbour would reopen.', quote: 'the harbour would reopen', speaker: 'Jonathan Price', role: 'Secretary of State for Coastal Affairs' },
  ])('$text', (r) => {
    expectQuote(r.text, r.quote, { speaker: r.speaker, role: r.role });
    expect(entityRole(r.text, r.speaker)).toBe(r.role);
  });
});

describe('what stands before a title is no part of it', () => {
  it.each<Row>([
    // A possessive country before the title: the title starts after it, as before.
    { text: 'Arland\'s Defence Minister Pavel Dorn said the drills had ended.', quote: 'the drills had ended', speaker: 'Pavel Dorn', role: 'Defence Minister' },
    // Another person before `and`: the second title starts at `Defence`.
    { text: 'Prime Minister of Arland Mario Conti and Defence Minister Luca Ferri met the press. Luca Ferri said the talks went well.', quote: 'the talks went well', speaker: 'Luca Ferri', role: 'Defence Minister' },
    { text: 'Prime Minister Mario Conti and Minister of Transport Luca Ferri met the press. Luca Ferri said the rail line would reopen.', quote: 'the rail line would reopen', speaker: 'Luca Ferri', role: 'Minister of Transport' },
    // A title before the surname later is the role of the person named in full before; `the President` is then that person.
    { text: 'Pavel Dorn met the governor. Pursuant to President Dorn\'s instructions, a school was built. The President stressed that the school would open in May.', quote: 'the school would open in May', speaker: 'Pavel Dorn', role: 'President' },
    // A lowercase title tied by `of` to the run: the role starts at the title, not at the place.
    { text: 'The mayor of Dubrava Ivan Sokol said that the bridge had been repaired.', quote: 'the bridge had been repaired', speaker: 'Ivan Sokol', role: 'mayor of Dubrava' },
  ])('$text', (r) => { expectQuote(r.text, r.quote, { speaker: r.speaker, role: r.role }); });
});

interface NameRow { text: string; quote: string; speaker: string | null; role?: string | null }

describe('the name is no longer than the person\'s name', () => {
  it.each<NameRow>([
    // The run starts inside the chain and holds the chain's tail: the name starts at the first name.
    { text: 'Deputy Prime Minister for European and Euro-Atlantic Integration Olga Kovalenko noted that the questionnaire was ready.', quote: 'the questionnaire was ready', speaker: 'Olga Kovalenko', role: 'Deputy Prime Minister for European and Euro-Atlantic Integration' },
    // No first name we know: the name starts after the chain's last topic word.
    { text: 'Special Coordinator for the Refugee and Migrant Response Afshan Qadir said that the agency supports the schools.', quote: 'the agency supports the schools', speaker: 'Afshan Qadir', role: 'Special Coordinator for the Refugee and Migrant Response' },
    // An organization glued to a name with no comma: no part of the name, and no role either.
    { text: 'In an interview with The Guardian Oleg Marchuk said that the atrocities should convince the West.', quote: 'the atrocities should convince the West', speaker: 'Oleg Marchuk', role: null },
    { text: 'The article was written by a professor at the Eastern School of Management Simon Harlow. Simon Harlow said the embargo would work.', quote: 'the embargo would work', speaker: 'Simon Harlow' },
    // A chain that ends in a place or an acronym names no one: the quotation keeps the title as its mention.
    { text: 'Pavel Dorn, Governor of the Northern Territory, met the President. Head of the Northern Territory said the bridge was ready.', quote: 'the bridge was ready', speaker: null },
    // A pronoun then finds the person of its gender, now that the name tells it.
    { text: 'Deputy Prime Minister Iryna Koval said that the mayor of Dubrava Ivan Sokol remains in captivity. "We hope he will be freed soon," she said.', quote: '"We hope he will be freed soon,"', speaker: 'Iryna Koval' },
  ])('$text', (r) => { expectQuote(r.text, r.quote, { speaker: r.speaker, ...(r.role !== undefined ? { role: r.role } : {}) }); });
});
