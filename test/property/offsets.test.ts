import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/pipeline.ts';
import { makeDocument } from '../../src/model/document.ts';

/**
 * The offsets invariant over random and hostile text: extractDocument never throws, gives the
 * same answer twice, and every object in its result that has integer start/end and a string
 * text satisfies 0 <= start <= end <= text.length and text.slice(start, end) === text.
 */
function run(text: string) {
  return extractDocument(makeDocument({ id: 'p', text, date: '2025-01-02' })).extraction;
}

function badSpans(text: string, value: unknown): string[] {
  const bad: string[] = [];
  const seen = new Set<object>();
  (function walk(o: unknown, path: string): void {
    if (!o || typeof o !== 'object' || seen.has(o)) return;
    seen.add(o);
    if (Array.isArray(o)) return o.forEach((x, i) => walk(x, `${path}[${i}]`));
    const r = o as Record<string, unknown>;
    if (Number.isInteger(r.start) && Number.isInteger(r.end) && typeof r.text === 'string') {
      const s = r.start as number;
      const e = r.end as number;
      if (!(s >= 0 && s <= e && e <= text.length) || text.slice(s, e) !== r.text) bad.push(`${path} [${s}, ${e}) ${JSON.stringify(r.text).slice(0, 40)}`);
    }
    for (const [k, v] of Object.entries(r)) walk(v, `${path}.${k}`);
  })(value, 'extraction');
  return bad;
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

function check(text: string): void {
  const first = run(text);
  expect(badSpans(text, first)).toEqual([]);
  expect(badReferences(first)).toEqual([]);
  expect(run(text)).toEqual(first);
}

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const anyUnicode = fc.string({ unit: fc.oneof({ arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 9 }, loneSurrogate), maxLength: 400 });

const pieces = [
  '"', '"', '“', '”', '‘', '’', '«', '»', '„', "'", ' said ', ' says ', ' told reporters', ', he added. ', ', she said, ',
  'according to ', ' said that ', '\n\n', '\n', '. ', ', ', ' ', ' ', ' ', 'Hnatov', 'Lidia Marsh', 'the ministry', 'He', 'she',
  'officials', 'President Teodor Brandt', 'almost 1,200', ' 300 to 400 ', 'more than 40 drones', '12%', '$3.5 billion',
  'troops', 'We will hold', 'not yield', '(', ')', '—', '…', '😀', '\u00a0', '\t', '\u0000', '\u202e', '\ufeff', 'Київ',
  ' on Wednesday', 'at the end of October', ' since 2022', ' in three days', ' last week', ' a day', 'every day', 'February 24, 2022',
  ' mid-2023', "the '90s", ' last summer', ' two weeks ago', ' he ', 'the general', 'NATO', 'the Kremlin', 'Ursula von der Leyen',
  "Beto O'Rourke", 'Bashar al-Assad', 'Armed Forces of Ukraine', ', chief of the General Staff,', 'Newsmax foreign correspondent ',
];
const articleText = fc.string({
  unit: fc.oneof({ arbitrary: fc.constantFrom(...pieces), weight: 8 }, { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }), weight: 2 }),
  maxLength: 300,
});

describe('extractDocument offsets', () => {
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
  ])('holds on hostile text: %s', (_name, text) => check(text));
});
