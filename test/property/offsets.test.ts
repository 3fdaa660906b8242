import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/pipeline.ts';
import { makeDocument } from '../../src/model/document.ts';
import { badSpans } from '../fuzz/check.ts';

/**
 * The offsets invariant over random and hostile text: extractDocument never throws, gives the
 * same answer twice, and every object in its result that has integer start/end and a string
 * text satisfies 0 <= start <= end <= text.length and text.slice(start, end) === text.
 */
function run(text: string) {
  return extractDocument(makeDocument({ id: 'p', text, date: '2025-01-02' })).extraction;
}


/** Dates and entities refer to items by id: every id they name exists, every entity has a mention. */
function badReferences(x: ReturnType<typeof run>): string[] {
  const bad: string[] = [];
  const ids = new Set([...x.quotes.map((q) => q.id), ...x.figures.map((f) => f.id), ...x.claims.map((c) => c.id)]);
  for (const d of x.dates) for (const id of d.qualifies) if (!ids.has(id)) bad.push(`${d.id} qualifies missing ${id}`);
  const entityIds = new Set(x.entities.map((e) => e.id));
  if (entityIds.size !== x.entities.length) bad.push('duplicate entity ids');
  for (const q of x.quotes) if (q.speaker?.entity && !entityIds.has(q.speaker.entity)) bad.push(`${q.id} speaker entity ${q.speaker.entity} missing`);
  for (const e of x.entities) {
    if (e.mentions.length === 0) bad.push(`${e.id} has no mention`);
    for (let i = 1; i < e.mentions.length; i++) if (e.mentions[i]!.start <= e.mentions[i - 1]!.start) bad.push(`${e.id} mentions out of order`);
  }
  return bad;
}

/** Claims and rebuttals: unique ids, and every rebuttal answers claims that exist. */
function badLinks(value: ReturnType<typeof run>): string[] {
  const bad: string[] = [];
  const ids = new Set(value.claims.map((c) => c.id));
  if (ids.size !== value.claims.length) bad.push('duplicate claim ids');
  for (const r of value.rebuttals) {
    if (!ids.has(r.claim) || r.answers[0] !== r.claim) bad.push(`${r.id} answers missing ${r.claim}`);
    for (const a of r.answers) if (!ids.has(a)) bad.push(`${r.id} answers missing ${a}`);
    if (!r.evidence.length) bad.push(`${r.id} has no evidence`);
  }
  return bad;
}

function check(text: string): void {
  const first = run(text);
  expect(badSpans(text, first)).toEqual([]);
  expect(badReferences(first)).toEqual([]);
  expect(badLinks(first)).toEqual([]);
  expect(run(text)).toEqual(first);
}

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const anyUnicode = fc.string({ unit: fc.oneof({ arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 9 }, loneSurrogate), maxLength: 400 });

const pieces = [
  '"', '"', '“', '”', '‘', '’', '«', '»', '„', "'", ' said ', ' says ', ' told reporters', ', he added. ', ', she said, ',
  'according to ', ' said that ', '\n\n', '\n', '. ', ', ', ' ', ' ', ' ', 'Hnatov', 'Lidia Marsh', 'the ministry', 'He', 'she',
  'officials', 'President Teodor Brandt', 'almost 1,200', ' 300 to 400 ', 'more than 40 drones', '12%', '$3.5 billion',
  'troops', '2,000.45±0.01 pounds', '5.5x10-3 kg/cm³', '[12]', '111 MPa', 'a gallon', 'We will hold', 'not yield', '(', ')', '—', '…', '😀', '\u00a0', '\t', '\u0000', '\u202e', '\ufeff', 'Київ',
  // Places and equipment (issue 4): names, suffixes, qualifiers, possessives, hyphenated and dotted names.
  'Pokrovsk', 'Donetsk oblast', 'Paris, Texas', 'U.S.', 'Moscow', "'s", ' said', 'the Kremlin', 'Rostov-on-Don', 'St. Petersburg',
  'Kramators’k', 'Ukraine', 'Georgia', 'Patriot', ' systems', 'F-16', 'Su-34 jets', 'T-90', ' tanks', 'Storm Shadow', 'COVID-19', 'G7',
  ' on Wednesday', 'at the end of October', ' since 2022', ' in three days', ' last week', ' a day', 'every day', 'February 24, 2022',
  ' mid-2023', "the '90s", ' last summer', ' two weeks ago', ' he ', 'the general', 'NATO', 'the Kremlin', 'Ursula von der Leyen',
  "Beto O'Rourke", 'Bashar al-Assad', 'Armed Forces of Ukraine', ', chief of the General Staff,', 'Newsmax foreign correspondent ',
  // Structured propositions (issue 14): agents, predicates of the table, relatives, clefts, places.
  ' committed by ', 'the Russian army', ' had nothing to do with', ', which ', ' unleashed the war', 'It was not us who attacked ', 'the town of ', ' it provoked',
  ' declared that ', "Moscow's claims that ", 'That was a lie', ' are fabricated',
  ' denied ', ' dismissed claims that ', 'there is no encirclement', ' is not true', 'the city of Pokrovsk', ' the city ',
  ' claims ', ', that ', ' and that ', 'according to the ministry, ',
];
const articleText = fc.string({
  unit: fc.oneof({ arbitrary: fc.constantFrom(...pieces), weight: 8 }, { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }), weight: 2 }),
  maxLength: 300,
});

/** Page furniture and datelines between random article text: no item may overlap furniture. */
const furnitureLines = [
  'Advertisement', 'CLICK HERE TO GET THE FOX NEWS APP', 'JOIN US ON TELEGRAM', 'Photo: Lidia Marsh / Reuters',
  'Rescuers at the site. (AP Photo/Teodor Brandt)', 'Related: Kremlin says "talks are over"', 'BIDEN WARNS RUSSIA OF SEVERE COST',
  'By Lidia Marsh', 'Reporting by Lidia Marsh; Editing by Teodor Brandt', 'Copyright 2022 The Associated Press. All rights reserved.',
  'Other Topics of Interest', 'Home > World > Europe', 'Share this article', 'KYIV, Feb 19 (Reuters) - Hnatov said', '"We will hold," Hnatov said.',
];
const furnishedText = fc.array(fc.oneof({ arbitrary: fc.constantFrom(...furnitureLines), weight: 1 }, { arbitrary: articleText, weight: 2 }), { maxLength: 8 })
  .map((parts) => parts.join('\n\n'));

function furnitureOverlaps(text: string): string[] {
  const { doc, extraction } = extractDocument(makeDocument({ id: 'p', text, date: '2025-01-02' }));
  const regions = doc.furniture.filter((f) => f.kind !== 'dateline');
  const bad: string[] = [];
  const spans: { start: number; end: number; text: string }[] = [];
  for (const q of extraction.quotes) { spans.push(q); if (q.speaker) spans.push(q.speaker.mention); }
  for (const e of extraction.entities) spans.push(...e.mentions);
  spans.push(...extraction.figures, ...extraction.places, ...extraction.equipment, ...extraction.dates, ...extraction.claims, ...extraction.rebuttals);
  for (const s of spans) for (const r of regions) if (s.start < r.end && s.end > r.start) bad.push(`${JSON.stringify(s.text)} overlaps ${r.kind} ${JSON.stringify(r.text)}`);
  return bad;
}

describe('extractDocument offsets', () => {
  it('holds, and no item overlaps page furniture, on article text with furniture lines between paragraphs', () => {
    fc.assert(fc.property(furnishedText, (text) => {
      check(text);
      expect(furnitureOverlaps(text)).toEqual([]);
    }), { numRuns: 150 });
  });

  it('holds for places and equipment in an article that has both', () => {
    const text = 'Russia claims Pokrovsk in Donetsk oblast is encircled; Kyiv denied it.\n\nThe U.S. sent Patriot systems, F-16 jets and Storm Shadow missiles, while Su-34 jets struck Rostov-on-Don and Kramators’k.';
    const extraction = run(text);
    expect(extraction.places.map((p) => p.text)).toEqual(expect.arrayContaining(['Russia', 'Pokrovsk', 'Donetsk oblast', 'Kyiv', 'U.S.', 'Kramators’k']));
    expect(extraction.equipment.map((e) => e.text)).toEqual(['Patriot', 'F-16', 'Storm Shadow', 'Su-34']);
    for (const item of [...extraction.places, ...extraction.equipment]) expect(text.slice(item.start, item.end)).toBe(item.text);
    check(text);
  });

  it('holds on random Unicode strings, lone surrogates included', () => {
    fc.assert(fc.property(anyUnicode, check), { numRuns: 300 });
  });

  it('holds on random article-shaped text', () => {
    fc.assert(fc.property(articleText, check), { numRuns: 300 });
  });

  it('holds on a real-looking article with a date header removed', () => {
    check('Engineers finished a crossing on Sunday, the governor said.\n\n"We moved almost 1,200 people across," Governor Lidia Marsh told reporters.\n\n'
      + 'Marsh said the crossing would stay open "for as long as the engineers can hold it."\n\n"Every convoy is a risk," she added. "We ask for patience."');
  });

  it.each([
    ['empty', ''],
    ['100k spaces', ' '.repeat(100_000)],
    ['quotes and spaces', '" '.repeat(50_000)],
    ['curly quotes only', '“'.repeat(20_000)],
    ['newlines', '\n'.repeat(50_000)],
    ['one long unbalanced quotation', '“' + 'We hold the line, '.repeat(5_000)],
    ['said without anything', ' said'.repeat(10_000)],
    ['one town named 20,000 times', 'Pokrovsk, '.repeat(20_000)],
    ['a long run of capitalized words', 'Kyiv Paris Moscow Donetsk Oblast Patriot F-16 Washington '.repeat(3_000)],
    ['model names without end', 'Su-34 T-90 Kh-101 M777 '.repeat(5_000) + 'jets'],
    ['claims and denials without end', 'Moscow claims that the city of Pokrovsk is encircled, that it fell. That was a lie, he denied it. '.repeat(2_000)],
    ['rebuttals with nothing to answer', 'That is false. There is no encirclement. They denied that. '.repeat(3_000)],
    // 52,000 chars without a space: wink's splitter was quadratic in a piece's length (11 s in analyze).
    ['one long glued identifier', 'J1149.5+6663+'.repeat(4_000)],
  ])('holds on hostile text: %s', (_name, text) => check(text));
});
