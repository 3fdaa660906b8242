/**
 * The annotated articles of test/fixtures/places/ (ours), end to end: every expected place found
 * at its offsets and resolved to its GeoNames entry, nothing else found. Known gaps are listed with
 * a reason and must still fail, so a fix shows up here and the row comes off the list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readTextFile } from '../../ingest/text-file.ts';
import { extractDocument } from '../pipeline.ts';

const dir = resolve(fileURLToPath(import.meta.url), '../../../../test/fixtures/places');
const names = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => basename(f, '.txt')).sort();

const KNOWN_GAPS: Record<string, string> = {
};

interface Expected { text: string; kind: string; geonameId: number | null; country: string; admin1: string | null }

describe.each(names)('places fixture %s', (name) => {
  it('finds and resolves every annotated place, and nothing else', async () => {
    const document = await readTextFile(join(dir, `${name}.txt`));
    const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as Expected[];
    const places = extractDocument(document).extraction.places;
    const seen = new Map<string, number>();
    let from = 0;
    const matched = new Set<number>();
    for (const e of expected) {
      const nth = (seen.get(e.text) ?? 0) + 1;
      seen.set(e.text, nth);
      const start = document.text.indexOf(e.text, from);
      expect(start, e.text).toBeGreaterThanOrEqual(0);
      from = start + e.text.length;
      const p = places.findIndex((x) => x.start === start && x.text === e.text);
      const ok = p >= 0 && (e.geonameId !== null ? places[p]!.geonameId === e.geonameId
        : places[p]!.kind === e.kind && places[p]!.country === e.country && places[p]!.admin1 === e.admin1);
      if (p >= 0) matched.add(p);
      const gap = KNOWN_GAPS[`${name}:${e.text}`] ?? KNOWN_GAPS[`${name}:${e.text}#${nth}`];
      if (gap) expect(ok, `known gap now passes: ${e.text} (${gap})`).toBe(false);
      else expect(ok, `${e.text}@${start}: ${p >= 0 ? `${places[p]!.name} ${places[p]!.country} ${places[p]!.geonameId}` : 'not found'}`).toBe(true);
    }
    expect(places.filter((_, i) => !matched.has(i)).map((p) => p.text)).toEqual([]);
  });
});
