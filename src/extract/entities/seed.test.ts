/**
 * The seed article (../shared/seed/seed-article.txt, read at test time, never copied here): its
 * people with their roles, its organizations, and its dates resolved against 2025-11-13 (issue 4).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextFile } from '../../ingest/text-file.ts';
import { extractDocument } from '../pipeline.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const seed = resolve(root, process.env.CLAIMGRAPH_SHARED ?? '../shared', 'seed/seed-article.txt');

describe.runIf(existsSync(seed))('the seed article: who and when', async () => {
  const document = existsSync(seed) ? await readTextFile(seed) : null;
  const { extraction } = extractDocument(document!);
  const entity = (name: string) => extraction.entities.find((e) => e.name === name);

  it('finds the people with their roles, every mention of Hnatov linked', () => {
    const hnatov = entity('Andrii Hnatov');
    expect(hnatov?.kind).toBe('person');
    expect(hnatov?.role?.text).toBe('chief of the General Staff of the Armed Forces of Ukraine');
    const kinds = new Set(hnatov?.mentions.map((m) => m.kind));
    expect([...kinds].sort()).toEqual(['name', 'pronoun', 'short-name']);
    // Every `Hnatov` in the text is a mention of him.
    const text = document!.text;
    for (let i = text.indexOf('Hnatov'); i >= 0; i = text.indexOf('Hnatov', i + 1)) {
      expect(hnatov!.mentions.some((m) => m.start <= i && m.end >= i + 6), `Hnatov at ${i}`).toBe(true);
    }
    expect(entity('Shelby Wilder')?.role?.text).toBe('Newsmax foreign correspondent');
    expect(entity('Shelby Wilder')?.mentions.map((m) => m.text)).toContain('Wilder');
    expect(entity('Donald Trump')?.role?.text).toBe('President');
    expect(entity('Vladimir Putin')?.mentions.filter((m) => m.text === 'Putin').length).toBeGreaterThanOrEqual(2);
    expect(extraction.entities.filter((e) => e.kind === 'person').map((e) => e.name).sort()).toEqual(['Andrii Hnatov', 'Donald Trump', 'Shelby Wilder', 'Vladimir Putin']);
  });

  it('finds Newsmax, the General Staff and the Armed Forces of Ukraine as organizations', () => {
    for (const name of ['Newsmax', 'General Staff', 'Armed Forces of Ukraine']) expect(entity(name)?.kind, name).toBe('organization');
    expect(entity('Newsmax')?.mentions.length).toBeGreaterThanOrEqual(2);
  });

  it('every quotation speaker points to an entity with that name', () => {
    for (const q of extraction.quotes) expect(extraction.entities.find((e) => e.id === q.speaker?.entity)?.name).toBe('Andrii Hnatov');
  });

  it('resolves "the end of October" to late October 2025 and "on Wednesday" to 2025-11-12, and attaches them', () => {
    const end = extraction.dates.find((d) => d.text === 'the end of October');
    expect([end?.value, end?.granularity, end?.mod, end?.begin, end?.finish]).toEqual(['2025-10', 'month', 'END', '2025-10-21', '2025-10-31']);
    const inQuote = extraction.quotes.find((q) => q.start <= end!.start && q.end >= end!.end);
    expect(end?.qualifies).toContain(inQuote?.id);
    const wednesday = extraction.dates.find((d) => d.text === 'Wednesday');
    expect([wednesday?.value, wednesday?.granularity]).toEqual(['2025-11-12', 'day']);
    const told = extraction.quotes.find((q) => q.text.startsWith('"We could stop hostilities'));
    expect(wednesday?.qualifies).toContain(told?.id);
  });

  it('reads the seed\'s other time expressions: since 2022, in three days, a day', () => {
    const since = extraction.dates.find((d) => d.text === '2022');
    expect([since?.granularity, since?.begin, since?.finish]).toEqual(['range', '2022-01-01', '2025-11-13']);
    expect(extraction.dates.find((d) => d.text === 'three days')?.value).toBe('P3D');
    const rate = extraction.dates.find((d) => d.text === 'a day');
    expect(rate?.type).toBe('SET');
    const thousand = extraction.figures.find((f) => f.text.includes('a thousand'));
    expect(rate?.qualifies).toContain(thousand?.id);
  });
});
