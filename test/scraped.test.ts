/**
 * Articles in the shape of scraped news pages (test/fixtures/scraped/, written by us): plain
 * text and HTML pages with ads, app and newsletter prompts, photo credits, bylines, teasers and
 * other stories' headlines between paragraphs, and wire datelines. Each `NAME.expected.json` lists
 * - `quotes`: quotations that must be found (the extracted item overlaps the expected words by
 *   at least half) with their speaker's resolved name; a row with `knownGap` (and its reason) is
 *   one we do not get right yet and must keep failing, so that a fix shows;
 * - `furniture`: page furniture as the page shows it; each one that reaches the stored text must
 *   lie inside a marked region and no item of any layer may touch it; for HTML pages, the ones
 *   Readability already drops are listed in `removedByReadability` and must not reach the text;
 * - `datelines`: marked as datelines, and no quotation or speaker comes out of them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../src/ingest/index.ts';
import { extractDocument } from '../src/extract/pipeline.ts';
import type { Document, Extraction } from '../src/model/index.ts';

interface Expected {
  /** `knownGap`: why the extractor does not get this one right yet; the row must still fail. */
  quotes: { text: string; speaker: string | null; knownGap?: string }[];
  furniture: string[];
  removedByReadability?: string[];
  datelines: string[];
}

const DIR = fileURLToPath(new URL('./fixtures/scraped/', import.meta.url));
const ARTICLES = readdirSync(DIR).filter((f) => /\.(txt|html)$/.test(f)).sort();

async function load(file: string): Promise<Document> {
  for await (const d of readInputs([join(DIR, file)])) return d;
  throw new Error(`no document in ${file}`);
}

/** Every span an extraction holds, with the layer it belongs to. */
function spansOf(x: Extraction): { layer: string; start: number; end: number; text: string }[] {
  const out: { layer: string; start: number; end: number; text: string }[] = [];
  const add = (layer: string, s: { start: number; end: number; text: string } | null | undefined) => { if (s) out.push({ layer, start: s.start, end: s.end, text: s.text }); };
  for (const q of x.quotes) { add('quote', q); add('speaker', q.speaker?.mention); add('cue', q.cue); }
  for (const e of x.entities) for (const m of e.mentions) add(`entity ${e.name}`, m);
  for (const f of x.figures) add('figure', f);
  for (const p of x.places) add('place', p);
  for (const e of x.equipment) add('equipment', e);
  for (const d of x.dates) add('date', d);
  for (const c of x.claims) { add('claim', c); add('claimant', c.claimant.mention); }
  for (const r of x.rebuttals) add('rebuttal', r);
  return out;
}

const NOT_A_SPEAKER = /advertisement|click here|telegram|newsletter|\bphoto\b|reuters|\bAP\b|getty|share|copyright|related|read more|topics of interest|\bapp\b/i;

it('has at least ten scraped-page articles, some plain text and some HTML', () => {
  expect(ARTICLES.length).toBeGreaterThanOrEqual(10);
  expect(ARTICLES.filter((f) => f.endsWith('.html')).length).toBeGreaterThanOrEqual(3);
  expect(ARTICLES.filter((f) => f.endsWith('.txt')).length).toBeGreaterThanOrEqual(3);
});

describe.each(ARTICLES)('%s', (file) => {
  const expected = JSON.parse(readFileSync(join(DIR, file.replace(/\.(txt|html)$/, '.expected.json')), 'utf8')) as Expected;
  const run = (async () => {
    const document = await load(file);
    return { document, ...extractDocument(document) };
  })();

  it('finds every expected quotation with its speaker', async () => {
    const { document, extraction } = await run;
    for (const q of expected.quotes) {
      const at = document.text.indexOf(q.text);
      expect(at, `expected words not in the text: ${q.text}`).toBeGreaterThanOrEqual(0);
      const end = at + q.text.length;
      const found = extraction.quotes.find((x) => Math.min(x.end, end) - Math.max(x.start, at) >= q.text.length / 2);
      const right = found !== undefined && (found.speaker?.name ?? null) === q.speaker;
      if (q.knownGap) { expect(right, `known gap now passes, remove knownGap: ${q.text}`).toBe(false); continue; }
      expect(found, `no quotation found for: ${q.text}`).toBeDefined();
      expect(found!.speaker?.name ?? null, q.text).toBe(q.speaker);
    }
  });

  it('marks the furniture that reaches the text, and no item touches it', async () => {
    const { document, doc, extraction } = await run;
    const removed = new Set(expected.removedByReadability ?? []);
    const spans = spansOf(extraction);
    for (const f of expected.furniture) {
      const at = document.text.indexOf(f);
      if (removed.has(f)) { expect(at, `Readability was expected to drop: ${f}`).toBe(-1); continue; }
      expect(at, `furniture not in the stored text: ${f}`).toBeGreaterThanOrEqual(0);
      const end = at + f.length;
      expect(doc.furniture.some((r) => r.kind !== 'dateline' && r.start <= at && r.end >= end), `not marked: ${f}`).toBe(true);
      const touching = spans.filter((s) => s.start < end && s.end > at);
      expect(touching, `items from furniture: ${f}`).toEqual([]);
    }
  });

  it('keeps quotations and speakers out of datelines', async () => {
    const { document, doc, extraction } = await run;
    for (const d of expected.datelines) {
      const at = document.text.indexOf(d);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(doc.furniture.filter((r) => r.kind === 'dateline').map((r) => r.text)).toContain(d);
      const end = at + d.length;
      const touching = spansOf(extraction).filter((s) => ['quote', 'speaker', 'cue', 'claimant'].includes(s.layer) && s.start < end && s.end > at);
      expect(touching).toEqual([]);
    }
  });

  it('stores no speaker made of furniture, and every offset slices its text', async () => {
    const { document, extraction } = await run;
    for (const q of extraction.quotes) {
      expect(document.text.slice(q.start, q.end)).toBe(q.text);
      if (q.speaker) expect(q.speaker.name ?? q.speaker.mention.text).not.toMatch(NOT_A_SPEAKER);
    }
    for (const e of extraction.entities) expect(e.name).not.toMatch(NOT_A_SPEAKER);
  });
});

describe('furniture between the pieces of an article', () => {
  const run = (text: string) => extractDocument({ id: 't', text, date: '2023-02-19', title: null, url: null, source: null });

  it('a quotation continued over an ad keeps its pieces, its utterance and its speaker', () => {
    const { extraction } = run('"We are holding the line near the river.\n\nAdvertisement\n\n"But we need more shells, and we need them now," said Col. Petro Marchenko, a spokesman for the southern command.');
    const pieces = extraction.quotes.filter((q) => q.kind === 'direct');
    expect(pieces.map((q) => q.text)).toEqual(['"We are holding the line near the river.', '"But we need more shells, and we need them now,"']);
    expect(new Set(pieces.map((q) => q.utterance)).size).toBe(1);
    expect(pieces.map((q) => q.speaker?.name)).toEqual(['Petro Marchenko', 'Petro Marchenko']);
  });

  it('quotation marks inside a teaser pair with nothing', () => {
    const { extraction } = run('The talks ended on Friday, officials said.\n\nRelated: Kremlin says "talks are over" as shelling resumes\n\n"We will return to the table," the foreign minister told reporters.');
    expect(extraction.quotes.map((q) => q.text)).toEqual(['The talks ended on Friday', '"We will return to the table,"']);
  });

  it('a dateline is no speaker: the wire reports, the military says', () => {
    const { doc, extraction } = run('KYIV, Feb 19 (Reuters) - Ukraine\'s military said on Sunday it had repelled 14 Russian attacks near Avdiivka.');
    expect(doc.furniture.map((f) => [f.kind, f.text])).toEqual([['dateline', 'KYIV, Feb 19 (Reuters) -']]);
    const q = extraction.quotes.find((x) => x.text.includes('repelled 14 Russian attacks'));
    expect(q?.speaker?.mention.text).toBe('Ukraine\'s military');
    expect(extraction.entities.map((e) => e.name)).not.toContain('Reuters');
  });
});
