/**
 * Quotations interrupted by their own attribution: `"...," he said, "..."` is two items (each from
 * its opening to its closing mark) and one utterance, both with the speaker and cue of the
 * attribution between them. A quotation that goes on in a new sentence right after the attribution
 * (`"...," she said. "..."`) is the same utterance too.
 */
import { describe, expect } from 'vitest';
import { gapAwareIt } from './known-gaps.ts';

const it = gapAwareIt(import.meta.url);
import { expectUtterance, expectQuoteIn, listQuotes, quotesOf } from './helpers.ts';

interface Row {
  text: string;
  pieces: string[];
  speaker: string;
  mention?: string;
  cue?: string;
  addressee?: string | null;
}

function check(row: Row): void {
  expectUtterance(row.text, row.pieces, {
    kind: 'direct',
    speaker: row.speaker,
    ...(row.mention !== undefined ? { mention: row.mention } : {}),
    ...(row.cue !== undefined ? { cue: row.cue } : {}),
    ...(row.addressee !== undefined ? { addressee: row.addressee } : {}),
  });
}

const KRAVETS = 'Olena Kravets inspected the positions on Monday. ';
const BONDAR = 'Serhii Bondar drives the evacuation van. ';

describe('"...," X said, "..."', () => {
  it.each<Row>([
    { text: '"If I receive an order to leave, I will carry it out," Kravets said, "but nobody has given me one."', pieces: ['"If I receive an order to leave, I will carry it out,"', '"but nobody has given me one."'], speaker: 'Kravets', mention: 'Kravets', cue: 'said' },
    { text: '"The bridge is gone," said Kravets, "so we cross at night by boat."', pieces: ['"The bridge is gone,"', '"so we cross at night by boat."'], speaker: 'Kravets', mention: 'Kravets', cue: 'said' },
    { text: KRAVETS + '"We rotate every few days," she said, "and nobody stays longer than a week."', pieces: ['"We rotate every few days,"', '"and nobody stays longer than a week."'], speaker: 'Olena Kravets', mention: 'she', cue: 'said' },
    { text: BONDAR + '"There is no water," he added, "and no gas."', pieces: ['"There is no water,"', '"and no gas."'], speaker: 'Serhii Bondar', mention: 'he', cue: 'added' },
    { text: '“Every shell you send us,” Savchuk said, “is a shell that will not be fired at your borders.”', pieces: ['“Every shell you send us,”', '“is a shell that will not be fired at your borders.”'], speaker: 'Savchuk', mention: 'Savchuk', cue: 'said' },
    { text: '«We are still here,» Bondar said, «and we are not leaving.»', pieces: ['«We are still here,»', '«and we are not leaving.»'], speaker: 'Bondar', mention: 'Bondar', cue: 'said' },
    { text: '„The ammunition will come,“ Wilk said, „but not before December.“', pieces: ['„The ammunition will come,“', '„but not before December.“'], speaker: 'Wilk', mention: 'Wilk', cue: 'said' },
    { text: '"Russia still has more men," said Yevhen Rudenko, a senior analyst at the center, "and more glide bombs."', pieces: ['"Russia still has more men,"', '"and more glide bombs."'], speaker: 'Yevhen Rudenko', mention: 'Yevhen Rudenko', cue: 'said' },
    { text: '"They have liberated it four times already," Kravets told Tymchuk, "and every time on television."', pieces: ['"They have liberated it four times already,"', '"and every time on television."'], speaker: 'Kravets', mention: 'Kravets', cue: 'told', addressee: 'Tymchuk' },
    { text: '"We will answer," Voronin told journalists on Friday, "at a time of our choosing."', pieces: ['"We will answer,"', '"at a time of our choosing."'], speaker: 'Voronin', mention: 'Voronin', cue: 'told', addressee: 'journalists' },
    { text: '"The depot," Yaremchuk said, "burned for six hours."', pieces: ['"The depot,"', '"burned for six hours."'], speaker: 'Yaremchuk', mention: 'Yaremchuk', cue: 'said' },
    { text: KRAVETS + '"They come on foot," Kravets said quietly, "sometimes on bicycles."', pieces: ['"They come on foot,"', '"sometimes on bicycles."'], speaker: 'Olena Kravets', mention: 'Kravets', cue: 'said' },
    { text: '"Where are the shells?" Hrebeniuk asked, "and where are the men to fire them?"', pieces: ['"Where are the shells?"', '"and where are the men to fire them?"'], speaker: 'Hrebeniuk', mention: 'Hrebeniuk', cue: 'asked' },
    { text: '"We could stop if we were the aggressors," Olena Kravets told Newsmax correspondent Shelby Wilder, "but the aggressor is Russia."', pieces: ['"We could stop if we were the aggressors,"', '"but the aggressor is Russia."'], speaker: 'Olena Kravets', mention: 'Olena Kravets', cue: 'told', addressee: 'Newsmax correspondent Shelby Wilder' },
    { text: KRAVETS + '"His role is important," she told Wilder, "because he can talk to Moscow."', pieces: ['"His role is important,"', '"because he can talk to Moscow."'], speaker: 'Olena Kravets', mention: 'she', cue: 'told', addressee: 'Wilder' },
    { text: '"The station is ours," said Olena Kravets, commander of the 93rd Brigade, "and it will stay ours."', pieces: ['"The station is ours,"', '"and it will stay ours."'], speaker: 'Olena Kravets', mention: 'Olena Kravets', cue: 'said' },
    { text: '"We counted 41 vehicles," Kravets said in an interview on Thursday, "and more than 300 drones."', pieces: ['"We counted 41 vehicles,"', '"and more than 300 drones."'], speaker: 'Kravets', mention: 'Kravets', cue: 'said' },
    { text: KRAVETS + '“The town is damaged,” she added, “but it is not lost.”', pieces: ['“The town is damaged,”', '“but it is not lost.”'], speaker: 'Olena Kravets', mention: 'she', cue: 'added' },
    { text: '"Any foreign troops," the Kremlin said, "will be legitimate targets."', pieces: ['"Any foreign troops,"', '"will be legitimate targets."'], speaker: 'Kremlin', mention: 'the Kremlin', cue: 'said' },
    { text: '"Ukraine will not give up its freedom," Kravets added, "and this is my sincere conviction."', pieces: ['"Ukraine will not give up its freedom,"', '"and this is my sincere conviction."'], speaker: 'Kravets', mention: 'Kravets', cue: 'added' },
  ])('$pieces.0', check);
});

describe('"...," X said. "..." (the quotation goes on in the next sentence)', () => {
  it.each<Row>([
    { text: KRAVETS + '"We rotate the units every few days," she added. "The people in the basements know we are here."', pieces: ['"We rotate the units every few days,"', '"The people in the basements know we are here."'], speaker: 'Olena Kravets', mention: 'she', cue: 'added' },
    { text: '"They need a victory before the talks," Kravets said. "So they write one."', pieces: ['"They need a victory before the talks,"', '"So they write one."'], speaker: 'Kravets', mention: 'Kravets', cue: 'said' },
    { text: '“Satellite images will show what burned,” Yaremchuk said. “We have no need to invent anything.”', pieces: ['“Satellite images will show what burned,”', '“We have no need to invent anything.”'], speaker: 'Yaremchuk', mention: 'Yaremchuk', cue: 'said' },
    { text: '«There is no water,» Bondar said. «We take out five people a day.»', pieces: ['«There is no water,»', '«We take out five people a day.»'], speaker: 'Bondar', mention: 'Bondar', cue: 'said' },
    { text: BONDAR + '"The road is mined," he told the Northern Ledger. "We use the fields."', pieces: ['"The road is mined,"', '"We use the fields."'], speaker: 'Serhii Bondar', mention: 'he', cue: 'told', addressee: 'the Northern Ledger' },
    { text: '"A pause that lets Russia rearm is not peace," Savchuk told reporters. "It is an intermission. It is a trap."', pieces: ['"A pause that lets Russia rearm is not peace,"', '"It is an intermission. It is a trap."'], speaker: 'Savchuk', mention: 'Savchuk', cue: 'told', addressee: 'reporters' },
    { text: '"Where would we go?" Bondar asked. "Who would feed the dogs?"', pieces: ['"Where would we go?"', '"Who would feed the dogs?"'], speaker: 'Bondar', mention: 'Bondar', cue: 'asked' },
    { text: '«Мы держимся,» Kravets said. «We hold on.»', pieces: ['«Мы держимся,»', '«We hold on.»'], speaker: 'Kravets', mention: 'Kravets', cue: 'said' },
    // A participle of manner after the attribution (`, laughing.`) does not end the utterance.
    { text: '"They took the station twice," Kravets told Tymchuk, smiling. "We took it back twice."', pieces: ['"They took the station twice,"', '"We took it back twice."'], speaker: 'Kravets', mention: 'Kravets', cue: 'told', addressee: 'Tymchuk' },
  ])('$pieces.0', check);
});

describe('three pieces', () => {
  it.each<Row>([
    { text: '"We lost the school," Kravets said, "and took it back." "Then we lost it again."', pieces: ['"We lost the school,"', '"and took it back."', '"Then we lost it again."'], speaker: 'Kravets', mention: 'Kravets', cue: 'said' },
    { text: '"First the drones," Bondar said, "then the artillery." "Then the silence, which is worse."', pieces: ['"First the drones,"', '"then the artillery."', '"Then the silence, which is worse."'], speaker: 'Bondar', mention: 'Bondar', cue: 'said' },
  ])('$pieces.0', check);
});

describe('separate attributions are separate utterances', () => {
  it.each<{ text: string; a: string; b: string; speakers: [string, string] }>([
    { text: '"The north is ours," Kravets said. "The south is not," Bondar said.', a: '"The north is ours,"', b: '"The south is not,"', speakers: ['Kravets', 'Bondar'] },
    { text: '"We will hold," Kravets said. Later, Bondar said, "We will leave tonight."', a: '"We will hold,"', b: '"We will leave tonight."', speakers: ['Kravets', 'Bondar'] },
    { text: KRAVETS + '"The station is ours," she said. "The depot is not," she added.', a: '"The station is ours,"', b: '"The depot is not,"', speakers: ['Olena Kravets', 'Olena Kravets'] },
    { text: '“They lie,” Yaremchuk said. “We do not,” Voronin replied.', a: '“They lie,”', b: '“We do not,”', speakers: ['Yaremchuk', 'Voronin'] },
  ])('$a / $b', ({ text, a, b, speakers }) => {
    const quotes = quotesOf(text);
    const qa = expectQuoteIn(text, quotes, a, { kind: 'direct', speaker: speakers[0] });
    const qb = expectQuoteIn(text, quotes, b, { kind: 'direct', speaker: speakers[1] }, qa.end);
    expect(qa.utterance, `different utterances; found:\n${listQuotes(quotes)}`).not.toBe(qb.utterance);
  });
});
