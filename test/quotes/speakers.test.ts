/**
 * Speakers: the mention the cue attaches to (as written: `he`, `Kravets`, `the Kremlin`) and the
 * name it stands for, resolved to the fullest form in the text (`Olena Kravets`; titles and roles
 * are not part of the name). Organizations are named without a leading `the`
 * (`the Kremlin` -> `Kremlin`); groups keep their words (`officials`, `regional officials`).
 * Null when the text does not say who speaks: never a guess.
 */
import { describe } from 'vitest';
import { gapAwareIt } from './known-gaps.ts';

const it = gapAwareIt(import.meta.url);
import { expectQuote, type QuoteExpectation } from './helpers.ts';
import type { SpeakerKind } from '../../src/model/index.ts';

interface Row {
  text: string;
  quote: string;
  speaker: string | null;
  mention?: string | null;
  speakerKind?: SpeakerKind;
  pronoun?: boolean;
  cue?: string | null;
}

function check(row: Row): void {
  const exp: QuoteExpectation = { speaker: row.speaker };
  if (row.mention !== undefined) exp.mention = row.mention;
  if (row.speakerKind !== undefined) exp.speakerKind = row.speakerKind;
  if (row.pronoun !== undefined) exp.pronoun = row.pronoun;
  if (row.cue !== undefined) exp.cue = row.cue;
  expectQuote(row.text, row.quote, exp);
}

const KRAVETS = 'Maj. Gen. Olena Kravets met reporters at a command post on Thursday. ';
const HREBENIUK = 'Col. Vitalii Hrebeniuk commands a battalion near Kupiansk. ';

describe('where the speaker stands', () => {
  it.each<Row>([
    { text: '"The line holds," Olena Kravets said.', quote: '"The line holds,"', speaker: 'Olena Kravets', mention: 'Olena Kravets', cue: 'said', speakerKind: 'person', pronoun: false },
    { text: '"The line holds," said Olena Kravets.', quote: '"The line holds,"', speaker: 'Olena Kravets', mention: 'Olena Kravets', cue: 'said' },
    { text: 'Olena Kravets said: "The line holds."', quote: '"The line holds."', speaker: 'Olena Kravets', mention: 'Olena Kravets', cue: 'said' },
    { text: 'Olena Kravets said, "The line holds."', quote: '"The line holds."', speaker: 'Olena Kravets', mention: 'Olena Kravets', cue: 'said' },
    { text: '"The line holds," Olena Kravets told reporters.', quote: '"The line holds,"', speaker: 'Olena Kravets', mention: 'Olena Kravets', cue: 'told' },
    { text: '"The line holds," Olena Kravets added.', quote: '"The line holds,"', speaker: 'Olena Kravets', mention: 'Olena Kravets', cue: 'added' },
    { text: '"The line holds," Olena Kravets said on Thursday.', quote: '"The line holds,"', speaker: 'Olena Kravets', mention: 'Olena Kravets', cue: 'said' },
    { text: '"The line holds," Olena Kravets, who commands the group, said in an interview.', quote: '"The line holds,"', speaker: 'Olena Kravets', mention: 'Olena Kravets', cue: 'said' },
    { text: 'According to Olena Kravets, the line holds.', quote: 'the line holds', speaker: 'Olena Kravets', mention: 'Olena Kravets', cue: 'According to' },
    { text: 'The line holds, according to Olena Kravets.', quote: 'The line holds', speaker: 'Olena Kravets', mention: 'Olena Kravets', cue: 'according to' },
    { text: '"We have 600 drones a month," Hrebeniuk says.', quote: '"We have 600 drones a month,"', speaker: 'Hrebeniuk', mention: 'Hrebeniuk', cue: 'says' },
    { text: '"The road is open," said Serhii Bondar, a volunteer.', quote: '"The road is open,"', speaker: 'Serhii Bondar', mention: 'Serhii Bondar', cue: 'said' },
    { text: '"The road is open," Serhii Bondar, a volunteer from Kramatorsk, told the Northern Ledger.', quote: '"The road is open,"', speaker: 'Serhii Bondar', mention: 'Serhii Bondar', cue: 'told' },
  ])('$text', check);
});

describe('pronouns resolved to the name introduced earlier', () => {
  it.each<Row>([
    { text: KRAVETS + '"The town is not lost," she said.', quote: '"The town is not lost,"', speaker: 'Olena Kravets', mention: 'she', pronoun: true, cue: 'said' },
    { text: KRAVETS + 'She said the town was not lost.', quote: 'the town was not lost', speaker: 'Olena Kravets', mention: 'She', pronoun: true, cue: 'said' },
    { text: KRAVETS + '"The town is not lost," said she.', quote: '"The town is not lost,"', speaker: 'Olena Kravets', mention: 'she', pronoun: true },
    { text: HREBENIUK + '"We counted 1,900 bodies in October," he said.', quote: '"We counted 1,900 bodies in October,"', speaker: 'Vitalii Hrebeniuk', mention: 'he', pronoun: true, cue: 'said' },
    { text: HREBENIUK + 'He said the drones were the only reason they were holding.', quote: 'the drones were the only reason they were holding', speaker: 'Vitalii Hrebeniuk', mention: 'He', pronoun: true },
    { text: HREBENIUK + 'His soldiers are tired. "They have not slept in three days," he told reporters.', quote: '"They have not slept in three days,"', speaker: 'Vitalii Hrebeniuk', mention: 'he', pronoun: true, cue: 'told' },
    { text: HREBENIUK + 'According to him, the enemy attacks at dawn.', quote: 'the enemy attacks at dawn', speaker: 'Vitalii Hrebeniuk', mention: 'him', pronoun: true, cue: 'According to' },
    { text: `${HREBENIUK}\n\nThe battalion has lost a third of its vehicles.\n\n"We repair what we can," he said.`, quote: '"We repair what we can,"', speaker: 'Vitalii Hrebeniuk', mention: 'he', pronoun: true },
    { text: 'The Kremlin reacted within hours. "This is a provocation," it said in a statement.', quote: '"This is a provocation,"', speaker: 'Kremlin', mention: 'it', pronoun: true, speakerKind: 'organization' },
  ])('$text', check);
});

describe('short names resolved to the full name introduced earlier', () => {
  it.each<Row>([
    { text: KRAVETS + '"The town is not lost," Kravets said.', quote: '"The town is not lost,"', speaker: 'Olena Kravets', mention: 'Kravets', pronoun: false },
    { text: HREBENIUK + '"We need twice as many drones," said Hrebeniuk.', quote: '"We need twice as many drones,"', speaker: 'Vitalii Hrebeniuk', mention: 'Hrebeniuk' },
    { text: 'Defense Minister Oksana Vdovychenko spoke in Kyiv. Vdovychenko said Ukraine had recruited 27,000 soldiers in October.', quote: 'Ukraine had recruited 27,000 soldiers in October', speaker: 'Oksana Vdovychenko', mention: 'Vdovychenko' },
    { text: 'President Mykola Savchuk met Polish Defense Minister Tomasz Wilk in Lviv. "Poland stands with you," Wilk said.', quote: '"Poland stands with you,"', speaker: 'Tomasz Wilk', mention: 'Wilk' },
    { text: 'President Mykola Savchuk met Polish Defense Minister Tomasz Wilk in Lviv. "We are grateful," Savchuk said.', quote: '"We are grateful,"', speaker: 'Mykola Savchuk', mention: 'Savchuk' },
    { text: 'Kremlin spokesman Arkady Voronin spoke to reporters. According to Voronin, the talks are off.', quote: 'the talks are off', speaker: 'Arkady Voronin', mention: 'Voronin' },
    { text: '"The road is closed," Bondar said. Serhii Bondar has driven it every day since March.', quote: '"The road is closed,"', speaker: 'Serhii Bondar', mention: 'Bondar' },
  ])('$text', check);
});

describe('choosing between several people', () => {
  it.each<Row>([
    { text: 'Olena Kravets met Serhii Bondar at the checkpoint. "The road is mined," he said.', quote: '"The road is mined,"', speaker: 'Serhii Bondar', mention: 'he', pronoun: true },
    { text: 'Serhii Bondar met Olena Kravets at the checkpoint. "The road is mined," she said.', quote: '"The road is mined,"', speaker: 'Olena Kravets', mention: 'she', pronoun: true },
    { text: 'Olena Kravets spoke first. Then Vitalii Hrebeniuk took the microphone. "We are short of shells," he said.', quote: '"We are short of shells,"', speaker: 'Vitalii Hrebeniuk', mention: 'he' },
    { text: 'Vitalii Hrebeniuk spoke first. Then Dmytro Yaremchuk took the microphone. "We are short of drones," he said.', quote: '"We are short of drones,"', speaker: 'Dmytro Yaremchuk', mention: 'he' },
    { text: '"The bridge is gone," Kravets told Bondar.', quote: '"The bridge is gone,"', speaker: 'Kravets', mention: 'Kravets' },
    { text: 'Bondar asked Kravets about the bridge. "It is gone," Kravets said.', quote: '"It is gone,"', speaker: 'Kravets', mention: 'Kravets' },
    // The last speaker is a man; `she` goes back to the woman who spoke before him.
    { text: '"We hold the bridge," said Tetiana Moroz. "The convoy is late," said Mykola Savchuk. "It will come," she said.', quote: '"It will come,"', speaker: 'Tetiana Moroz', mention: 'she', pronoun: true },
    { text: 'Mykola Savchuk thanked Tetiana Moroz for the report. "The convoy is late," she said.', quote: '"The convoy is late,"', speaker: 'Tetiana Moroz', mention: 'she', pronoun: true },
    // A gendered title settles a name the first-name list does not know.
    { text: 'Vitalii Hrebeniuk met Mrs. Zorana Brandt at the depot. "We need fuel," she said.', quote: '"We need fuel,"', speaker: 'Zorana Brandt', mention: 'she', pronoun: true },
  ])('$text', check);
});

describe('organizations', () => {
  it.each<Row>([
    { text: 'The attack was repelled, the Kremlin said.', quote: 'The attack was repelled', speaker: 'Kremlin', mention: 'the Kremlin', speakerKind: 'organization', pronoun: false },
    { text: 'The Kremlin said it had no information about a fire.', quote: 'it had no information about a fire', speaker: 'Kremlin', mention: 'The Kremlin', speakerKind: 'organization' },
    { text: '"All the targets were destroyed," the Russian Defense Ministry said.', quote: '"All the targets were destroyed,"', speaker: 'Russian Defense Ministry', mention: 'the Russian Defense Ministry', speakerKind: 'organization' },
    { text: 'Russia’s Defense Ministry reported 87 drones overnight. “All of them were intercepted,” the ministry said.', quote: '“All of them were intercepted,”', speaker: 'Russia’s Defense Ministry', mention: 'the ministry', speakerKind: 'organization' },
    { text: 'Russian forces lost 1,040 soldiers in a day, the General Staff of the Armed Forces of Ukraine said.', quote: 'Russian forces lost 1,040 soldiers in a day', speaker: 'General Staff of the Armed Forces of Ukraine', mention: 'the General Staff of the Armed Forces of Ukraine', speakerKind: 'organization' },
    { text: 'According to Ukraine’s General Staff, 112 drones were launched.', quote: '112 drones were launched', speaker: 'Ukraine’s General Staff', mention: 'Ukraine’s General Staff', speakerKind: 'organization' },
    // `it` two sentences after the organization is as likely the report: no guess.
    { text: 'The Kremlin published a report on Monday. The report runs to forty pages. "The front is stable," it said.', quote: '"The front is stable,"', speaker: null, mention: 'it', pronoun: true },
    { text: 'The Pentagon said the shipment had left Germany.', quote: 'the shipment had left Germany', speaker: 'Pentagon', mention: 'The Pentagon', speakerKind: 'organization' },
    { text: 'NATO said its jets had scrambled twice over the Baltic.', quote: 'its jets had scrambled twice over the Baltic', speaker: 'NATO', mention: 'NATO', speakerKind: 'organization' },
    { text: 'Moscow said the talks were "premature."', quote: 'the talks were "premature."', speaker: 'Moscow', mention: 'Moscow', speakerKind: 'organization' },
    { text: 'Kyiv said the strike hit a fuel depot.', quote: 'the strike hit a fuel depot', speaker: 'Kyiv', mention: 'Kyiv', speakerKind: 'organization' },
    { text: 'Russian state television claimed that the town had fallen.', quote: 'the town had fallen', speaker: 'Russian state television', mention: 'Russian state television', speakerKind: 'organization' },
  ])('$text', check);
});

describe('groups', () => {
  it.each<Row>([
    { text: 'Two people were wounded, officials said.', quote: 'Two people were wounded', speaker: 'officials', mention: 'officials', speakerKind: 'group' },
    { text: 'Two people were wounded, regional officials said.', quote: 'Two people were wounded', speaker: 'regional officials', mention: 'regional officials', speakerKind: 'group' },
    { text: 'The evacuation is complete, Ukrainian officials said on Friday.', quote: 'The evacuation is complete', speaker: 'Ukrainian officials', mention: 'Ukrainian officials', speakerKind: 'group' },
    { text: 'The market was hit twice, residents said.', quote: 'The market was hit twice', speaker: 'residents', mention: 'residents', speakerKind: 'group' },
    { text: '"We heard three explosions," witnesses told the Northern Ledger.', quote: '"We heard three explosions,"', speaker: 'witnesses', mention: 'witnesses', speakerKind: 'group', cue: 'told' },
    { text: 'Ukrainian officials called the figure "invented."', quote: '"invented."', speaker: 'Ukrainian officials', mention: 'Ukrainian officials', speakerKind: 'group' },
    { text: 'Russian military bloggers said the assault had stalled.', quote: 'the assault had stalled', speaker: 'Russian military bloggers', mention: 'Russian military bloggers', speakerKind: 'group' },
    { text: 'The two men will meet again next month, officials said.', quote: 'The two men will meet again next month', speaker: 'officials', mention: 'officials', speakerKind: 'group' },
  ])('$text', check);
});

describe('no speaker: never a guess', () => {
  it.each<Row>([
    { text: '"We were told to pack in two hours. We left in twenty minutes."', quote: '"We were told to pack in two hours. We left in twenty minutes."', speaker: null, mention: null, cue: null },
    { text: 'Buses leave twice a day.\n\n"Your house will wait. Your children cannot."', quote: '"Your house will wait. Your children cannot."', speaker: null, mention: null },
    { text: 'The message on the radio was short: "Hold the line."', quote: '"Hold the line."', speaker: null, mention: null },
  ])('$text', check);
});
