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
  expect(badLinks(first)).toEqual([]);
  expect(run(text)).toEqual(first);
}

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const anyUnicode = fc.string({ unit: fc.oneof({ arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 9 }, loneSurrogate), maxLength: 400 });

const pieces = [
  '"', '"', '“', '”', '‘', '’', '«', '»', '„', "'", ' said ', ' says ', ' told reporters', ', he added. ', ', she said, ',
  'according to ', ' said that ', '\n\n', '\n', '. ', ', ', ' ', ' ', ' ', 'Hnatov', 'Lidia Marsh', 'the ministry', 'He', 'she',
  'officials', 'President Teodor Brandt', 'almost 1,200', ' 300 to 400 ', 'more than 40 drones', '12%', '$3.5 billion',
  'troops', 'We will hold', 'not yield', ' declared that ', "Moscow's claims that ", 'That was a lie', ' are fabricated',
  ' denied ', ' dismissed claims that ', 'there is no encirclement', ' is not true', 'the city of Pokrovsk', ' the city ',
  ' claims ', ', that ', ' and that ', 'according to the ministry, ', '(', ')', '—', '…', '😀', '\u00a0', '\t', '\u0000', '\u202e', '\ufeff', 'Київ',
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
    ['claims and denials without end', 'Moscow claims that the city of Pokrovsk is encircled, that it fell. That was a lie, he denied it. '.repeat(2_000)],
    ['rebuttals with nothing to answer', 'That is false. There is no encirclement. They denied that. '.repeat(3_000)],
  ])('holds on hostile text: %s', (_name, text) => check(text));
});
