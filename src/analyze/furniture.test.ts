import { describe, expect, it } from 'vitest';
import { findFurniture } from './furniture.ts';

/** The furniture line between two paragraphs of prose, as a scraped page has it. */
const between = (line: string) => `The shelling went on until dawn, officials said.\n\n${line}\n\nThe convoy left at noon.`;

describe('furniture: a line of each kind, between paragraphs, is marked whole', () => {
  it.each([
    ['advertisement', 'Advertisement'],
    ['advertisement', 'ADVERTISEMENT'],
    ['advertisement', 'Story continues below advertisement'],
    ['advertisement', 'Continue reading the main story'],
    ['prompt', 'CLICK HERE TO GET THE FOX NEWS APP'],
    ['prompt', 'JOIN US ON TELEGRAM'],
    ['prompt', 'Follow us on Twitter and Facebook'],
    ['prompt', 'Sign up for our daily Ukraine war newsletter'],
    ['prompt', 'Subscribe to the Morning Brief newsletter'],
    ['prompt', 'Share this article'],
    ['prompt', 'Download the Northgate News app'],
    ['credit', 'Photo: Serhii Bondar / Reuters'],
    ['credit', 'Rescuers clear rubble from a school in the city centre. (AP Photo/Mykola Tymchuk)'],
    ['credit', 'A soldier walks past a burned tank near the village. REUTERS/Olena Kravets/File Photo'],
    ['credit', 'Firefighters at the depot on Tuesday. (Photo by Ivan Ostapenko/AFP via Getty Images)'],
    ['credit', 'Image caption, Residents queue for water'],
    ['teaser', 'Other Topics of Interest'],
    ['teaser', 'Related: Kremlin says talks are over'],
    ['teaser', 'READ MORE: Drone strike hits grain terminal'],
    ['teaser', 'Read also: How the front line moved in October'],
    ['headline', 'BIDEN WARNS RUSSIA OF SEVERE COST IF TROOPS CROSS BORDER'],
    ['headline', 'Zelensky says Ukraine will not trade land for peace'],
    ['byline', 'By Jane Doe'],
    ['byline', 'By Jane Doe and John Roe | Fox News'],
    ['byline', 'By MARIA LENKO, Associated Press'],
    ['byline', 'Reporting by Pavel Hrytsenko; Editing by Anna Kowal'],
    ['byline', '(Writing by Tom Reyes; editing by Lisa Marsh)'],
    ['byline', 'Updated 10:42 AM EST, Feb 19, 2022'],
    ['byline', 'The Associated Press contributed to this report.'],
    ['copyright', 'Copyright 2022 The Associated Press. All rights reserved.'],
    ['copyright', '© 2024 Northgate Media'],
    ['copyright', 'This material may not be published, broadcast, rewritten or redistributed.'],
    ['copyright', 'Our Standards: The Thomson Reuters Trust Principles.'],
    ['navigation', 'Home > World > Europe'],
    ['navigation', 'News | World | Ukraine'],
    ['navigation', 'Skip to main content'],
  ])('%s: %s', (kind, line) => {
    const text = between(line);
    const found = findFurniture(text);
    expect(found.map((f) => [f.kind, f.text])).toEqual([[kind, line]]);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(line);
  });
});

describe('furniture: real sentences are never marked', () => {
  it.each([
    'The advertisement campaign was paid for by the ministry, Kravets said.',
    'By evening the convoy had reached the bridge.',
    'By Ukraine\'s count, 300 Russian fighters remain in the city.',
    'Click by click, the drones were guided to their targets.',
    'Photographers were not allowed near the site, the governor said.',
    'He said Russia would share intelligence with no one.',
    'Share prices fell by 4% after the strike, traders said.',
    '"Follow us on the road to victory," the commander told his troops.',
    'Related to this, the ministry said 40 drones were downed.',
    'More than 2,000 people were evacuated on Tuesday.',
    'Zelensky says Ukraine will not trade land for peace.',
    'The President of Ukraine thanked the partners for their support.',
    'THE PRESIDENT: Thank you all for being here.',
    'MS. JEAN-PIERRE: Good afternoon, everyone.',
    'Q Thank you, Karine.',
    'Vladimir Putin: Good afternoon, colleagues.',
    'Kyiv, Kharkiv and Odesa came under attack overnight.',
    'Updated figures show 1,200 civilians were killed, the U.N. said.',
    'Home is where the heart is, the soldier wrote in his letter.',
    'Sources close to the talks said the deal was near.',
  ])('%s', (line) => {
    expect(findFurniture(between(line))).toEqual([]);
  });

  it('marks headlines only on a line of their own, not inside a paragraph', () => {
    expect(findFurniture('The shelling went on until dawn.\nBIDEN WARNS RUSSIA OF SEVERE COST\nThe convoy left at noon.\n\nNext paragraph.')).toEqual([]);
  });
});

describe('furniture: teasers after a label', () => {
  it('marks the headlines listed after `Other Topics of Interest` until prose resumes', () => {
    const text = 'The convoy left at noon.\n\nOther Topics of Interest\n\nRussian Navy Loses Another Landing Ship\n\nWhat the New Aid Package Includes\n\nThe governor said the roads were cleared by evening.';
    expect(findFurniture(text).map((f) => f.text)).toEqual(['Other Topics of Interest', 'Russian Navy Loses Another Landing Ship', 'What the New Aid Package Includes']);
  });
});

describe('datelines', () => {
  it.each([
    ['KYIV, Feb 19 (Reuters) - Ukraine said on Sunday it had repelled 14 attacks.', 'KYIV, Feb 19 (Reuters) -'],
    ['MOSCOW (Reuters) - The Kremlin said talks had stalled.', 'MOSCOW (Reuters) -'],
    ['KHARKIV, Ukraine (AP) — Three people were killed overnight.', 'KHARKIV, Ukraine (AP) —'],
    ['WASHINGTON, March 3 — The White House said new aid would follow.', 'WASHINGTON, March 3 —'],
  ])('%s', (text, dateline) => {
    const found = findFurniture(text);
    expect(found.map((f) => [f.kind, f.text])).toEqual([['dateline', dateline]]);
  });

  it.each(['Q — Is that right?', 'I — I think so.', 'NATO — the alliance — met in Brussels.'])('not a dateline: %s', (text) => {
    expect(findFurniture(text)).toEqual([]);
  });
});
