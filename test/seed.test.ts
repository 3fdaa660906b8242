/**
 * The article that started the project (../shared/seed/seed-article.txt, read at test time, never
 * copied here): every quotation found, each attributed to Andrii Hnatov with his role (issue 2).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextFile } from '../src/ingest/text-file.ts';
import { extractDocument } from '../src/extract/pipeline.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const seed = resolve(root, process.env.CLAIMGRAPH_SHARED ?? '../shared', 'seed/seed-article.txt');

describe.runIf(existsSync(seed))('the seed article', () => {
  it('finds every quoted passage and attributes each quotation to Andrii Hnatov with his role', async () => {
    const document = await readTextFile(seed);
    const { extraction } = extractDocument(document);
    const text = document.text;
    // Every pair of straight double quotes in the seed is a quotation of Hnatov's.
    const passages: [number, number][] = [];
    for (let i = text.indexOf('"'); i >= 0; ) {
      const j = text.indexOf('"', i + 1);
      if (j < 0) break;
      passages.push([i, j + 1]);
      i = text.indexOf('"', j + 1);
    }
    expect(passages.length).toBeGreaterThanOrEqual(15);
    for (const [s, e] of passages) {
      const q = extraction.quotes.find((x) => x.start <= s && x.end >= e);
      expect(q, `quoted passage ${text.slice(s, e).slice(0, 60)}`).toBeDefined();
    }
    for (const q of extraction.quotes) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      expect(q.speaker?.name, q.text.slice(0, 60)).toBe('Andrii Hnatov');
      expect(q.speaker?.role?.text).toBe('chief of the General Staff of the Armed Forces of Ukraine');
    }
    const told = extraction.quotes.find((q) => q.text.startsWith('"We could stop hostilities'));
    expect(told?.cue?.text).toBe('told');
    expect(told?.addressee?.text).toContain('Shelby Wilder');
    expect(extraction.quotes.some((q) => q.speaker?.pronoun && q.speaker.mention.text === 'he')).toBe(true);
  });
});
