/**
 * A quotation reports words (issue 12, ANNOTATION.md): accusations, thanks, praise, condemnation,
 * discussion and actions that report no words are not quotations, whatever the learned tagger reads
 * into them. Sentences we wrote in the shape of wire copy and official readouts.
 */
import { describe } from 'vitest';
import { gapAwareIt } from './known-gaps.ts';
import { expectNoQuotes } from './helpers.ts';

const it = gapAwareIt(import.meta.url);

describe('acts that report no words', () => {
  it.each<string>([
    'The Kremlin accused Washington of drawing out the war by sending more weapons.',
    'The foreign minister lashed out at the United States over the new sanctions.',
    'The President thanked the people of Lithuania for their support of Ukraine.',
    'The Prime Minister praised the courage of the defenders of Kharkiv.',
    'The leaders condemned the strike on the railway station in Kramatorsk.',
    'The two presidents discussed the situation around the Zaporizhzhia nuclear power plant.',
    'The sides exchanged views on the prospects of the grain deal.',
    'The heads of the two states placed flowers at the memorial to the fallen defenders.',
    'The leaders of the two states talked to the soldiers who had defended the capital.',
    'The delegation presented a folk painting to the mayor of Kyiv as a gift.',
    'Today we remember the victims of the famine, and we honor the people of Ukraine, who continue to defend their freedom.',
  ])('%s', expectNoQuotes);
});
