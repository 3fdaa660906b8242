/**
 * Issue 4 on the seed article (../shared/seed/seed-article.txt, read at test time, never copied):
 * Pokrovsk is the town in Donetsk oblast, Moscow is Russia's capital, both within 0.1 degree.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readTextFile } from '../../ingest/text-file.ts';
import { extractDocument } from '../pipeline.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const seed = resolve(root, process.env.CLAIMGRAPH_SHARED ?? '../shared', 'seed/seed-article.txt');

describe.runIf(existsSync(seed))('places and equipment: the seed article', async () => {
  const document = existsSync(seed) ? await readTextFile(seed) : null;
  const extraction = document ? extractDocument(document).extraction : null;

  it.each([
    ['Pokrovsk', 48.28, 37.18, 'UA', 704422],
    ['Moscow', 55.75, 37.62, 'RU', 524901],
  ])('%s is within 0.1 degree of the real town, every time it is named', (name, lat, lon, country, geonameId) => {
    const mentions = extraction!.places.filter((p) => p.text === name);
    expect(mentions.length).toBeGreaterThanOrEqual(2);
    for (const p of mentions) {
      expect(document!.text.slice(p.start, p.end)).toBe(name);
      expect(Math.abs(p.lat! - lat)).toBeLessThan(0.1);
      expect(Math.abs(p.lon! - lon)).toBeLessThan(0.1);
      expect(p).toMatchObject({ kind: 'city', country, geonameId });
      expect(p.alternatives.length).toBeGreaterThan(0);
    }
  });

  it('names the countries, the Russian Federation and the U.S. included, and reads "Moscow\'s claims" as the government', () => {
    const countries = new Set(extraction!.places.filter((p) => p.kind === 'country').map((p) => `${p.text}=${p.country}`));
    expect([...countries].sort()).toEqual(['Russia=RU', 'Russian Federation=RU', 'U.S.=US', 'Ukraine=UA']);
    const moscow = extraction!.places.filter((p) => p.text === 'Moscow');
    expect(moscow.map((p) => p.metonymy)).toEqual([true, false]);
  });

  it('finds Patriot and F-16 as equipment, and nothing else', () => {
    expect(extraction!.equipment.map((e) => [e.text, e.name, e.type])).toEqual([['Patriot', 'Patriot', 'air-defence'], ['F-16', 'F-16', 'aircraft']]);
    for (const e of extraction!.equipment) expect(document!.text.slice(e.start, e.end)).toBe(e.text);
  });

  it('finds no place in the people\'s names (Shelby Wilder, Vladimir Putin, Donald Trump)', () => {
    const names = extraction!.places.map((p) => p.text);
    for (const word of ['Shelby', 'Wilder', 'Vladimir', 'Putin', 'Donald', 'Trump', 'Hnatov', 'Andrii']) expect(names).not.toContain(word);
  });
});
