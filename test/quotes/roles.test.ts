/**
 * Roles and addressees.
 *
 * Role: an apposition after the name (`Olena Kravets, commander of the 93rd Brigade,`) or a title
 * before it (`Defense Minister Oksana Vdovychenko`), as written, without the commas. When a person
 * has both, the apposition is the role (`Maj. Gen. Olena Kravets, commander of ...` -> the
 * apposition). The role belongs to the person: a later `she` or `Kravets` carries the role given
 * where the name was introduced. Titles are never part of the name.
 *
 * Addressee: the object of `told`/`tells` (or of `said to`) as written (`Newsmax`, `reporters`, `the Northern Ledger`,
 * `Newsmax foreign correspondent Shelby Wilder`), without what follows it (`in an interview`,
 * `on Thursday`, `in Kyiv`). Null for a bare `said`.
 */
import { describe } from 'vitest';
import { gapAwareIt } from './known-gaps.ts';

const it = gapAwareIt(import.meta.url);
import { expectQuote, type QuoteExpectation } from './helpers.ts';

interface Row {
  text: string;
  quote: string;
  speaker: string | null;
  role?: string | null;
  cue?: string | null;
  addressee?: string | null;
  mention?: string;
}

function check(row: Row): void {
  const exp: QuoteExpectation = { speaker: row.speaker };
  if (row.role !== undefined) exp.role = row.role;
  if (row.cue !== undefined) exp.cue = row.cue;
  if (row.addressee !== undefined) exp.addressee = row.addressee;
  if (row.mention !== undefined) exp.mention = row.mention;
  expectQuote(row.text, row.quote, exp);
}

describe('apposition after the name', () => {
  it.each<Row>([
    { text: '"The line holds," said Olena Kravets, commander of the 93rd Brigade.', quote: '"The line holds,"', speaker: 'Olena Kravets', role: 'commander of the 93rd Brigade' },
    { text: 'Olena Kravets, commander of the 93rd Brigade, said the line held.', quote: 'the line held', speaker: 'Olena Kravets', role: 'commander of the 93rd Brigade' },
    { text: 'Andrii Sokil, chief of the General Staff of the Armed Forces of Ukraine, said the city would hold.', quote: 'the city would hold', speaker: 'Andrii Sokil', role: 'chief of the General Staff of the Armed Forces of Ukraine' },
    { text: 'Serhii Bondar, a volunteer who evacuates elderly residents, said the pharmacy had closed.', quote: 'the pharmacy had closed', speaker: 'Serhii Bondar', role: 'a volunteer who evacuates elderly residents' },
    { text: '"Russia still has more men," said Yevhen Rudenko, a senior analyst at the Center for Defense Strategies.', quote: '"Russia still has more men,"', speaker: 'Yevhen Rudenko', role: 'a senior analyst at the Center for Defense Strategies' },
    { text: 'Dmytro Yaremchuk, a spokesman for the Unmanned Systems Forces, told reporters that the depot was burning.', quote: 'the depot was burning', speaker: 'Dmytro Yaremchuk', role: 'a spokesman for the Unmanned Systems Forces', addressee: 'reporters' },
    { text: '"Nobody in Kyiv is impressed," said Iryna Demchuk, deputy head of the presidential office.', quote: '"Nobody in Kyiv is impressed,"', speaker: 'Iryna Demchuk', role: 'deputy head of the presidential office' },
    { text: 'Olena Kravets, commander of the "Stepovyi" operational group, told Tymchuk the town would hold.', quote: 'the town would hold', speaker: 'Olena Kravets', role: 'commander of the "Stepovyi" operational group', addressee: 'Tymchuk' },
  ])('$role', check);
});

describe('title before the name', () => {
  it.each<Row>([
    { text: 'Defense Minister Oksana Vdovychenko said Ukraine had recruited 27,000 soldiers.', quote: 'Ukraine had recruited 27,000 soldiers', speaker: 'Oksana Vdovychenko', role: 'Defense Minister', mention: 'Oksana Vdovychenko' },
    { text: '"A pause is not peace," President Mykola Savchuk said.', quote: '"A pause is not peace,"', speaker: 'Mykola Savchuk', role: 'President', mention: 'Mykola Savchuk' },
    { text: '"The talks are off," Kremlin spokesman Arkady Voronin said.', quote: '"The talks are off,"', speaker: 'Arkady Voronin', role: 'Kremlin spokesman' },
    { text: '„We will deliver the shells,“ said Polish Defense Minister Tomasz Wilk.', quote: '„We will deliver the shells,“', speaker: 'Tomasz Wilk', role: 'Polish Defense Minister' },
    { text: 'Governor Igor Shestakov wrote that a woman had been hurt.', quote: 'a woman had been hurt', speaker: 'Igor Shestakov', role: 'Governor', cue: 'wrote' },
    { text: 'Polish government spokesperson Anna Zielinska said Warsaw would not be intimidated.', quote: 'Warsaw would not be intimidated', speaker: 'Anna Zielinska', role: 'Polish government spokesperson' },
    { text: '"We hold the station," Col. Vitalii Hrebeniuk said.', quote: '"We hold the station,"', speaker: 'Vitalii Hrebeniuk', role: 'Col.' },
    { text: 'Foreign Minister Taras Oliinyk told reporters that the talks had stalled.', quote: 'the talks had stalled', speaker: 'Taras Oliinyk', role: 'Foreign Minister', addressee: 'reporters' },
    { text: 'Ukrainian President Mykola Savchuk said the ceasefire was a trap.', quote: 'the ceasefire was a trap', speaker: 'Mykola Savchuk', role: 'Ukrainian President' },
  ])('$role', check);
});

describe('title and apposition: the apposition is the role', () => {
  it.each<Row>([
    { text: 'Maj. Gen. Olena Kravets, commander of the "Stepovyi" operational group, said the town would hold.', quote: 'the town would hold', speaker: 'Olena Kravets', role: 'commander of the "Stepovyi" operational group' },
    { text: '"We count every shell," said Col. Vitalii Hrebeniuk, a battalion commander near Kupiansk.', quote: '"We count every shell,"', speaker: 'Vitalii Hrebeniuk', role: 'a battalion commander near Kupiansk' },
  ])('$role', check);
});

describe('the role travels with the person', () => {
  it.each<Row>([
    { text: 'Olena Kravets, commander of the 93rd Brigade, arrived at noon. "We are still here," she said.', quote: '"We are still here,"', speaker: 'Olena Kravets', role: 'commander of the 93rd Brigade', mention: 'she' },
    { text: 'Olena Kravets, commander of the 93rd Brigade, arrived at noon. "We are still here," Kravets said.', quote: '"We are still here,"', speaker: 'Olena Kravets', role: 'commander of the 93rd Brigade', mention: 'Kravets' },
    { text: 'Defense Minister Oksana Vdovychenko spoke in Kyiv. "They lose a battalion a kilometer," Vdovychenko said.', quote: '"They lose a battalion a kilometer,"', speaker: 'Oksana Vdovychenko', role: 'Defense Minister', mention: 'Vdovychenko' },
  ])('$mention: $role', check);
});

describe('no role', () => {
  it.each<Row>([
    { text: '"The road is open," Bondar said.', quote: '"The road is open,"', speaker: 'Bondar', role: null },
    { text: 'The attack was repelled, the Kremlin said.', quote: 'The attack was repelled', speaker: 'Kremlin', role: null },
    { text: 'Two people were wounded, officials said.', quote: 'Two people were wounded', speaker: 'officials', role: null },
    { text: '"The road is open," Bondar said on Monday, standing by his van.', quote: '"The road is open,"', speaker: 'Bondar', role: null },
  ])('$text', check);
});

describe('addressee', () => {
  it.each<Row>([
    { text: 'Russia is losing thousands near the town, Olena Kravets tells Newsmax.', quote: 'Russia is losing thousands near the town', speaker: 'Olena Kravets', cue: 'tells', addressee: 'Newsmax' },
    { text: '"We could stop if we were the aggressors," Kravets told Newsmax foreign correspondent Shelby Wilder in an exclusive interview on Wednesday.', quote: '"We could stop if we were the aggressors,"', speaker: 'Kravets', cue: 'told', addressee: 'Newsmax foreign correspondent Shelby Wilder' },
    { text: 'Kravets spoke to Newsmax correspondent Shelby Wilder. "His role is important," Kravets told Wilder.', quote: '"His role is important,"', speaker: 'Kravets', cue: 'told', addressee: 'Wilder' },
    { text: 'Russia sent 100,000 troops to the area, Kravets told Wilder.', quote: 'Russia sent 100,000 troops to the area', speaker: 'Kravets', cue: 'told', addressee: 'Wilder' },
    { text: '"The strike was precise," Yaremchuk told reporters in Kyiv.', quote: '"The strike was precise,"', speaker: 'Yaremchuk', cue: 'told', addressee: 'reporters' },
    { text: '"We will answer," Voronin told the state news agency TASS.', quote: '"We will answer,"', speaker: 'Voronin', cue: 'told', addressee: 'the state news agency TASS' },
    { text: '„The border runs along the Dnipro,“ Wilk told the Polish daily Gazeta Poranna in March.', quote: '„The border runs along the Dnipro,“', speaker: 'Wilk', cue: 'told', addressee: 'the Polish daily Gazeta Poranna' },
    { text: '"It is not the army of 2022," Kravets told Northern Ledger reporter Marko Tymchuk on Thursday.', quote: '"It is not the army of 2022,"', speaker: 'Kravets', cue: 'told', addressee: 'Northern Ledger reporter Marko Tymchuk' },
    { text: 'Kravets told the Northern Ledger that the station was still held.', quote: 'the station was still held', speaker: 'Kravets', cue: 'told', addressee: 'the Northern Ledger' },
    { text: '"The station is ours," Kravets told him.', quote: '"The station is ours,"', speaker: 'Kravets', cue: 'told', addressee: 'him' },
    { text: '"The station is ours," Kravets said.', quote: '"The station is ours,"', speaker: 'Kravets', cue: 'said', addressee: null },
    { text: '"The station is ours," Kravets said to reporters.', quote: '"The station is ours,"', speaker: 'Kravets', cue: 'said', addressee: 'reporters' },
  ])('$addressee', check);
});
