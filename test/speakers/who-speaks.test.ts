/**
 * Issue 12: the speaker list holds only real speakers. Each row is a text we wrote in the shape of
 * releases and transcripts, for one defect found in the speaker list of the real dev texts:
 * transcript labels resolved to a namesake or an administration, the inner entity of a noun phrase
 * taken for the speaker, forms of address taken for roles, words that name no one.
 */
import { describe, it } from 'vitest';
import { expectQuote } from '../quotes/helpers.ts';

interface Row { text: string; quote: string; speaker: string | null; mention?: string; role?: string | null }
const check = (r: Row) => { expectQuote(r.text, r.quote, { speaker: r.speaker, ...(r.mention !== undefined ? { mention: r.mention } : {}), ...(r.role !== undefined ? { role: r.role } : {}) }); };

describe('a transcript label is the person it names, not a namesake or an administration', () => {
  it.each<Row>([
    { text: 'Remarks at the forum\n\nVICE PRESIDENT MORROW:  Good afternoon. The Hale-Morrow administration has led the response.\n',
      quote: 'Good afternoon. The Hale-Morrow administration has led the response.', speaker: 'Morrow', role: 'VICE PRESIDENT' },
    { text: 'Remarks\n\nI thank my wife, Dr. Anne Calder, for coming.\n\nPRESIDENT CALDER:  Thank you all. The alliance is stronger than ever.\n',
      quote: 'Thank you all. The alliance is stronger than ever.', speaker: 'Calder', role: 'PRESIDENT' },
    { text: 'Press call\n\nSENIOR ADMINISTRATION OFFICIAL:  Good morning. The new sanctions start today.\n',
      quote: 'Good morning. The new sanctions start today.', speaker: 'Administration Official', role: null },
    { text: 'Briefing\n\nPresident Tom Calder opened the briefing.\n\nPRESIDENT CALDER:  The package is ready.\n',
      quote: 'The package is ready.', speaker: 'Tom Calder' },
    // Named without a title: the label's title is no conflict.
    { text: 'Press statements\n\nSauli Varo welcomed the guests.\n\nPRESIDENT VARO:  The border is calm.\n', quote: 'The border is calm.', speaker: 'Sauli Varo' },
  ])('$quote', check);
});

describe('a form of address is no role', () => {
  it.each<Row>([
    { text: 'Mr. Dmitry Lenkov said the plant would close in March.', quote: 'the plant would close in March', speaker: 'Dmitry Lenkov', role: null },
    { text: 'Briefing\n\nJohn Harker joined the call.\n\nMR. HARKER:  Thanks. The strikes went on all night.\n', quote: 'Thanks. The strikes went on all night.', speaker: 'John Harker', role: null },
  ])('$text', check);
});

describe('the head of the noun phrase speaks, not a name inside it', () => {
  it.each<Row>([
    // A thing is no speaker, and the country inside it is none either.
    { text: 'In his opinion, Russia\'s invasion of Ukraine has shown that the architecture must be revised.', quote: 'the architecture must be revised', speaker: null, mention: 'Russia\'s invasion of Ukraine' },
    { text: 'The war against Ukraine showed that sanctions work.', quote: 'sanctions work', speaker: null },
    // A title: its holder, or no name.
    { text: 'The Prime Minister of the United Kingdom spoke in favor of providing Ukraine with comprehensive support.', quote: 'providing Ukraine with comprehensive support', speaker: null, mention: 'The Prime Minister of the United Kingdom' },
    // A group of people speaks.
    { text: 'The heads of local authorities informed the President about the damage.', quote: 'the damage', speaker: 'heads of local authorities' },
    // One person described, not named.
    { text: 'The wife of the mayor said that the shelter was full.', quote: 'the shelter was full', speaker: null },
  ])('$text', check);
});

describe('a title is its holder, not the holder of a title near it', () => {
  it.each<Row>([
    { text: 'Deputy Head of the Office of the President Ihor Lenko met the envoys. The President said that the experts would come.', quote: 'the experts would come', speaker: null, mention: 'The President' },
    { text: 'President of Ukraine Mykola Savchuk met Deputy Prime Minister Ihor Lenko. The President said that the experts would come.', quote: 'the experts would come', speaker: 'Mykola Savchuk' },
    { text: 'President of Ukraine Mykola Savchuk met Deputy Prime Minister Ihor Lenko. The Deputy Prime Minister said the roads were open.', quote: 'the roads were open', speaker: 'Ihor Lenko' },
  ])('$text', check);
});

describe('words that name no one', () => {
  it.each<Row>([
    { text: 'The joint article was written by Oleh Marchuk and Simon Harlow. The authors note that the price cap works.', quote: 'the price cap works', speaker: null, mention: 'The authors' },
  ])('$text', check);
});
