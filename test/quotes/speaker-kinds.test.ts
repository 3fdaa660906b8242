/**
 * Issue 12's speaker rules, one table each, on sentences we wrote in the shape of official
 * releases and wire copy: a speaker is a person, an organization or a group; a title chain ends
 * in the person who speaks; a title alone resolves to the person the article gave it, else the
 * speaker has no name and the title stays as the mention; names keep every letter of every script.
 */
import { describe } from 'vitest';
import { gapAwareIt } from './known-gaps.ts';
import { expectQuote } from './helpers.ts';

const it = gapAwareIt(import.meta.url);

interface Row { text: string; quote: string; speaker: string | null; mention?: string; role?: string | null }
const check = (r: Row) => expectQuote(r.text, r.quote, { speaker: r.speaker, ...(r.mention !== undefined ? { mention: r.mention } : {}), ...(r.role !== undefined ? { role: r.role } : {}) });

describe('a title chain ends in the person who speaks', () => {
  it.each<Row>([
    { text: 'President of Ukraine Mykola Savchuk said the front was stable.', quote: 'the front was stable', speaker: 'Mykola Savchuk', mention: 'Mykola Savchuk', role: 'President of Ukraine' },
    { text: 'Head of the Office of the President of Ukraine Andrii Kovalchuk said the talks would resume.', quote: 'the talks would resume', speaker: 'Andrii Kovalchuk', mention: 'Andrii Kovalchuk', role: 'Head of the Office of the President of Ukraine' },
    { text: 'President of the Arab Republic of Egypt Abdel Fattah el-Sisi said the talks would go on.', quote: 'the talks would go on', speaker: 'Abdel Fattah el-Sisi' },
    { text: 'Prime Minister of Bulgaria Petar Ivanov said Bulgaria would send fuel.', quote: 'Bulgaria would send fuel', speaker: 'Petar Ivanov', mention: 'Petar Ivanov', role: 'Prime Minister of Bulgaria' },
    { text: 'The talks ended late. President of the European Commission Ursula von der Leyen said the package was ready.', quote: 'the package was ready', speaker: 'Ursula von der Leyen' },
    // `Kingdom` is in the first-name list and `United` an organization word: the country still ends the chain.
    { text: 'Prime Minister of the United Kingdom Oliver Hartley said Britain would send more shells.', quote: 'Britain would send more shells', speaker: 'Oliver Hartley', mention: 'Oliver Hartley', role: 'Prime Minister of the United Kingdom' },
    { text: 'President of the United States Daniel Brooks said the aid would continue.', quote: 'the aid would continue', speaker: 'Daniel Brooks', mention: 'Daniel Brooks', role: 'President of the United States' },
  ])('$text', check);
});

describe('a title alone is the person the article gave it, else no name', () => {
  it.each<Row>([
    { text: 'President of Ukraine Mykola Savchuk met the students. "We will rebuild every school," the President stressed.', quote: '"We will rebuild every school,"', speaker: 'Mykola Savchuk', mention: 'the President' },
    { text: 'President of Ukraine Mykola Savchuk visited Lviv. The Head of State noted that 40 schools had reopened.', quote: '40 schools had reopened', speaker: 'Mykola Savchuk', mention: 'The Head of State' },
    { text: 'President of Ukraine Mykola Savchuk met President of Poland Jan Nowak. The President said the border would stay open.', quote: 'the border would stay open', speaker: 'Mykola Savchuk' },
    { text: 'Polish President Jan Nowak met Mykola Savchuk in Kyiv. "Poland stands with you," the Polish President said.', quote: '"Poland stands with you,"', speaker: 'Jan Nowak' },
    { text: 'Head of the Office of the President of Ukraine Andrii Kovalchuk arrived in Kyiv. The Head of the President\'s Office said the talks would resume.', quote: 'the talks would resume', speaker: 'Andrii Kovalchuk' },
    { text: 'Deputy Head of the Office of the President Ihor Bondar met Andrii Kovalchuk. The Deputy Head of the Office of the President said the schools would reopen.', quote: 'the schools would reopen', speaker: 'Ihor Bondar' },
    { text: 'The minister said the grain corridor was open.', quote: 'the grain corridor was open', speaker: null, mention: 'The minister' },
    { text: '"The bridge is closed," the spokesman said.', quote: '"The bridge is closed,"', speaker: null, mention: 'the spokesman' },
  ])('$text', check);
});

describe('what is no speaker keeps its mention and loses its name', () => {
  it.each<Row>([
    { text: 'The statement said the strikes had hit fuel depots.', quote: 'the strikes had hit fuel depots', speaker: null },
    { text: 'The report said 300 buildings were damaged.', quote: '300 buildings were damaged', speaker: null },
    { text: 'The ministry issued a note, which said the consulate would close.', quote: 'the consulate would close', speaker: null },
    { text: 'The Polish-Lithuanian talks went on. Polish-Lithuanian negotiators said the next round would be held in Vilnius.', quote: 'the next round would be held in Vilnius', speaker: null },
  ])('$text', check);
});

describe('names keep every letter of every script', () => {
  it.each<Row>([
    { text: 'Polish lawmaker Maciej Wąsik said the arrest was illegal.', quote: 'the arrest was illegal', speaker: 'Maciej Wąsik', mention: 'Maciej Wąsik' },
    { text: 'Serbian President Aleksandar Vučić told reporters that Serbia would not impose sanctions.', quote: 'Serbia would not impose sanctions', speaker: 'Aleksandar Vučić' },
    { text: '"Nothing happened," said Łukasz Şahin, a witness.', quote: '"Nothing happened,"', speaker: 'Łukasz Şahin' },
    { text: '"The port is open," said Zoltán Ődor, a Hungarian diplomat.', quote: '"The port is open,"', speaker: 'Zoltán Ődor' },
    { text: '"We will stay," said José Muñoz, an aid worker.', quote: '"We will stay,"', speaker: 'José Muñoz' },
    { text: '"Die Lage ist ernst," said Jürgen Großmann, a German analyst.', quote: '"Die Lage ist ernst,"', speaker: 'Jürgen Großmann' },
  ])('$text', check);
});

describe('relative pronouns and modifiers', () => {
  it.each<Row>([
    { text: 'The experts met online. Mykola Savchuk, who focused on the legal side of sanctions, said the list was ready.', quote: 'the list was ready', speaker: 'Mykola Savchuk' },
  ])('$text', check);
});
