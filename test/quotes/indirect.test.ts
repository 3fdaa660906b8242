/**
 * Reported speech. The item is the reported clause: after `that` when there is one, without the cue
 * and without the sentence's final period (`Kravets said that the bridge was destroyed.` ->
 * `the bridge was destroyed`). A clause before its attribution ends before the comma
 * (`The bridge was destroyed, Kravets said.` -> `The bridge was destroyed`).
 *
 * Mixed: a reported clause holding quoted words is ONE item of kind `mixed`, spanning the clause;
 * when the clause ends inside the closing mark, the item ends with that mark. No separate item is
 * made for the quoted words inside it.
 */
import { describe, expect } from 'vitest';
import { gapAwareIt } from './known-gaps.ts';

const it = gapAwareIt(import.meta.url);
import { overlaps } from '../../src/model/index.ts';
import { expectQuote, expectQuoteIn, listQuotes, quotesOf } from './helpers.ts';

interface Row {
  text: string;
  content: string;
  speaker: string | null;
  mention?: string;
  cue?: string;
  addressee?: string | null;
}

function checkKind(kind: 'indirect' | 'mixed') {
  return (row: Row): void => {
    const quotes = quotesOf(row.text);
    const q = expectQuoteIn(row.text, quotes, row.content, {
      kind,
      speaker: row.speaker,
      ...(row.mention !== undefined ? { mention: row.mention } : {}),
      ...(row.cue !== undefined ? { cue: row.cue } : {}),
      ...(row.addressee !== undefined ? { addressee: row.addressee } : {}),
    });
    const others = quotes.filter((x) => x !== q && overlaps(x, q));
    expect(others.length, `one item only over ${JSON.stringify(row.content)}; found:\n${listQuotes(quotes)}`).toBe(0);
  };
}

const KRAVETS = 'Maj. Gen. Olena Kravets visited the front on Monday. ';

describe('X said (that) CLAUSE', () => {
  it.each<Row>([
    { text: 'Kravets said that the bridge was destroyed.', content: 'the bridge was destroyed', speaker: 'Kravets', cue: 'said' },
    { text: 'Kravets said the Russian command had moved two brigades toward the station.', content: 'the Russian command had moved two brigades toward the station', speaker: 'Kravets', cue: 'said' },
    { text: 'Kravets said on Thursday that her troops had destroyed 41 armored vehicles.', content: 'her troops had destroyed 41 armored vehicles', speaker: 'Kravets', cue: 'said' },
    { text: 'Bondar said the last pharmacy closed in October, leaving the town without insulin.', content: 'the last pharmacy closed in October, leaving the town without insulin', speaker: 'Bondar', cue: 'said' },
    { text: 'Hrebeniuk says his unit needs twice as many drones.', content: 'his unit needs twice as many drones', speaker: 'Hrebeniuk', cue: 'says' },
    { text: 'Olena Kravets insisted that a withdrawal was not being discussed.', content: 'a withdrawal was not being discussed', speaker: 'Olena Kravets', cue: 'insisted' },
    { text: 'Yaremchuk claimed that Ukrainian drones had hit a fuel depot near Valuyki.', content: 'Ukrainian drones had hit a fuel depot near Valuyki', speaker: 'Yaremchuk', cue: 'claimed' },
    { text: 'Savchuk announced that Ukraine had asked for 25 more air defense systems.', content: 'Ukraine had asked for 25 more air defense systems', speaker: 'Savchuk', cue: 'announced' },
    { text: 'Hrebeniuk stressed that the fighting remains intense and unpredictable.', content: 'the fighting remains intense and unpredictable', speaker: 'Hrebeniuk', cue: 'stressed' },
    { text: KRAVETS + 'She said the town would not be surrendered.', content: 'the town would not be surrendered', speaker: 'Olena Kravets', mention: 'She', cue: 'said' },
    { text: KRAVETS + 'She also said that Russian infantry now moves in groups of three.', content: 'Russian infantry now moves in groups of three', speaker: 'Olena Kravets', mention: 'She', cue: 'said' },
    { text: 'Igor Shestakov wrote on Telegram that a woman had been taken to hospital.', content: 'a woman had been taken to hospital', speaker: 'Igor Shestakov', cue: 'wrote' },
    { text: 'Governor Serhii Lysak wrote on Facebook that the shelter in Nikopol was full by midnight.', content: 'the shelter in Nikopol was full by midnight', speaker: 'Serhii Lysak', cue: 'wrote' },
    { text: 'Col. Vitalii Hrebeniuk told reporters that the brigade had pulled back two kilometers.', content: 'the brigade had pulled back two kilometers', speaker: 'Vitalii Hrebeniuk', cue: 'told' },
    { text: 'Britain\'s defense intelligence estimated that Russia had suffered more than 1 million casualties.', content: 'Russia had suffered more than 1 million casualties', speaker: 'Britain\'s defense intelligence', cue: 'estimated' },
  ])('$content', checkKind('indirect'));
});

describe('X warned / added / noted that CLAUSE', () => {
  it.each<Row>([
    { text: 'Kravets warned that Russia would try again before the talks.', content: 'Russia would try again before the talks', speaker: 'Kravets', cue: 'warned' },
    { text: 'Voronin warned that any foreign troops in Ukraine would be legitimate targets.', content: 'any foreign troops in Ukraine would be legitimate targets', speaker: 'Voronin', cue: 'warned' },
    { text: 'Bondar added that about 200 people still live in the town.', content: 'about 200 people still live in the town', speaker: 'Bondar', cue: 'added' },
    { text: 'Hrebeniuk noted that the drones arrive from volunteers, not from the state.', content: 'the drones arrive from volunteers, not from the state', speaker: 'Hrebeniuk', cue: 'noted' },
    { text: 'Wilk confirmed that the ammunition would arrive within weeks.', content: 'the ammunition would arrive within weeks', speaker: 'Wilk', cue: 'confirmed' },
  ])('$content', checkKind('indirect'));
});

describe('X told Y (that) CLAUSE', () => {
  it.each<Row>([
    { text: 'Kravets told reporters that the station was still in Ukrainian hands.', content: 'the station was still in Ukrainian hands', speaker: 'Kravets', cue: 'told', addressee: 'reporters' },
    { text: 'Voronin told journalists that questions about the strike should go to the Defense Ministry.', content: 'questions about the strike should go to the Defense Ministry', speaker: 'Voronin', cue: 'told', addressee: 'journalists' },
    { text: 'Bondar told the Northern Ledger the evacuation buses had stopped running.', content: 'the evacuation buses had stopped running', speaker: 'Bondar', cue: 'told', addressee: 'the Northern Ledger' },
    { text: 'Dmytro Yaremchuk told reporters in Kyiv that three storage tanks were on fire.', content: 'three storage tanks were on fire', speaker: 'Dmytro Yaremchuk', cue: 'told', addressee: 'reporters' },
  ])('$content', checkKind('indirect'));
});

describe('CLAUSE, X said / said X', () => {
  it.each<Row>([
    { text: 'The bridge was destroyed overnight, Kravets said.', content: 'The bridge was destroyed overnight', speaker: 'Kravets', cue: 'said' },
    { text: 'The bridge was destroyed overnight, Kravets said on Thursday.', content: 'The bridge was destroyed overnight', speaker: 'Kravets', cue: 'said' },
    { text: 'Ukraine urgently needs stronger air defenses, said Savchuk.', content: 'Ukraine urgently needs stronger air defenses', speaker: 'Savchuk', cue: 'said' },
    { text: 'Two people were wounded in Shebekino, regional officials said.', content: 'Two people were wounded in Shebekino', speaker: 'regional officials', mention: 'regional officials', cue: 'said' },
    { text: 'Russia lost about 1,040 soldiers in the past day, the General Staff said.', content: 'Russia lost about 1,040 soldiers in the past day', speaker: 'General Staff', mention: 'the General Staff', cue: 'said' },
    { text: 'Ukrainian forces remain in control of Dovhivka and will not yield, Olena Kravets told Newsmax.', content: 'Ukrainian forces remain in control of Dovhivka and will not yield', speaker: 'Olena Kravets', cue: 'told', addressee: 'Newsmax' },
    { text: 'Russia is suffering staggering losses near the town, Kravets tells Newsmax.', content: 'Russia is suffering staggering losses near the town', speaker: 'Kravets', cue: 'tells', addressee: 'Newsmax' },
    { text: 'Despite those losses, Russia has sent more than 100,000 troops to the area, Kravets told Wilder.', content: 'Despite those losses, Russia has sent more than 100,000 troops to the area', speaker: 'Kravets', cue: 'told', addressee: 'Wilder' },
    { text: 'The attack was repelled, the Kremlin said.', content: 'The attack was repelled', speaker: 'Kremlin', mention: 'the Kremlin', cue: 'said' },
  ])('$content', checkKind('indirect'));
});

describe('according to X', () => {
  it.each<Row>([
    { text: 'According to Kravets, Russian infantry now advances in groups of three or four.', content: 'Russian infantry now advances in groups of three or four', speaker: 'Kravets', cue: 'According to' },
    { text: 'Russian infantry now advances in groups of three or four, according to Kravets.', content: 'Russian infantry now advances in groups of three or four', speaker: 'Kravets', cue: 'according to' },
    { text: 'According to Ukraine’s General Staff, Russia launched 112 drones overnight.', content: 'Russia launched 112 drones overnight', speaker: 'Ukraine’s General Staff', mention: 'Ukraine’s General Staff', cue: 'According to' },
    { text: 'About 14,000 civilians remain in the district, according to regional officials.', content: 'About 14,000 civilians remain in the district', speaker: 'regional officials', mention: 'regional officials', cue: 'according to' },
    { text: KRAVETS + 'According to her, the brigade has not received shells for a week.', content: 'the brigade has not received shells for a week', speaker: 'Olena Kravets', mention: 'her', cue: 'According to' },
    { text: 'According to the Kremlin, the talks will take place in Istanbul.', content: 'the talks will take place in Istanbul', speaker: 'Kremlin', mention: 'the Kremlin', cue: 'According to' },
  ])('$content', checkKind('indirect'));
});

describe('mixed: quoted words inside a reported clause are one item', () => {
  it.each<Row>([
    { text: 'Kravets said the Russian claims were "pure fantasy."', content: 'the Russian claims were "pure fantasy."', speaker: 'Kravets', cue: 'said' },
    { text: 'Kravets said the Russian claims were "pure fantasy" from start to finish.', content: 'the Russian claims were "pure fantasy" from start to finish', speaker: 'Kravets', cue: 'said' },
    { text: 'Kravets said that Moscow\'s claims were "fabricated."', content: 'Moscow\'s claims were "fabricated."', speaker: 'Kravets', cue: 'said' },
    { text: 'The Russian Defense Ministry said its forces had "completed the encirclement" of Dovhivka.', content: 'its forces had "completed the encirclement" of Dovhivka', speaker: 'Russian Defense Ministry', mention: 'The Russian Defense Ministry', cue: 'said' },
    { text: 'Russian state television claimed that the town had been "fully liberated."', content: 'the town had been "fully liberated."', speaker: 'Russian state television', cue: 'claimed' },
    { text: 'Hrebeniuk added that he wants his message "to reach every soldier\'s family."', content: 'he wants his message "to reach every soldier\'s family."', speaker: 'Hrebeniuk', cue: 'added' },
    { text: 'Yaremchuk said the strike was part of a campaign against the “fuel logistics of the occupation army.”', content: 'the strike was part of a campaign against the “fuel logistics of the occupation army.”', speaker: 'Yaremchuk', cue: 'said' },
    { text: 'Savchuk warned that Russia "is stockpiling missiles for the cold months."', content: 'Russia "is stockpiling missiles for the cold months."', speaker: 'Savchuk', cue: 'warned' },
    { text: 'Polish government spokesperson Anna Zielinska said Warsaw "does not take instructions from Moscow."', content: 'Warsaw "does not take instructions from Moscow."', speaker: 'Anna Zielinska', cue: 'said' },
    { text: 'Voronin told journalists that Moscow "will regard such forces as legitimate targets."', content: 'Moscow "will regard such forces as legitimate targets."', speaker: 'Voronin', cue: 'told', addressee: 'journalists' },
    { text: 'Russia\'s Defense Ministry said its troops had "liberated" the village and killed up to 230 servicemen.', content: 'its troops had "liberated" the village and killed up to 230 servicemen', speaker: 'Russia\'s Defense Ministry', cue: 'said' },
    { text: 'Bondar said the shelling was «worse than in spring» and that the water had run out.', content: 'the shelling was «worse than in spring» and that the water had run out', speaker: 'Bondar', cue: 'said' },
    { text: 'Kravets said she had received "no such order" from Kyiv, adding nothing more.', content: 'she had received "no such order" from Kyiv', speaker: 'Kravets', cue: 'said' },
  ])('$content', checkKind('mixed'));
});

describe('mixed vs partial: the same quoted words, framed differently', () => {
  it.each<{ text: string; item: string; kind: 'mixed' | 'partial' }>([
    { text: 'Kravets said the attack was "desperate."', item: 'the attack was "desperate."', kind: 'mixed' },
    { text: 'Kravets called the attack "desperate."', item: '"desperate."', kind: 'partial' },
    { text: 'Kravets said that the claims were "a fairy tale."', item: 'the claims were "a fairy tale."', kind: 'mixed' },
    { text: 'Kravets described the claims as "a fairy tale."', item: '"a fairy tale."', kind: 'partial' },
  ])('$kind: $item', ({ text, item, kind }) => {
    expectQuote(text, item, { kind, speaker: 'Kravets' });
  });
});
