// Every input that ever broke the round trip (found by `npm run fuzz`, or by the probe of issue 16),
// replayed through ingest, the store and the export (check.ts). A case is
// {name, content | base64 | parts: [[text, times], ...], why}; `parts` keeps a large case small.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { roundTrip, type FuzzCase } from './check.ts';

interface Found { name: string; content?: string; base64?: string; parts?: [string, number][]; why: string }

const found = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'found.jsonl'), 'utf8')
  .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Found);

const toCase = (f: Found): FuzzCase => ({
  name: f.name,
  content: f.base64 !== undefined ? Buffer.from(f.base64, 'base64') : f.parts ? f.parts.map(([s, n]) => s.repeat(n)).join('') : f.content!,
});

describe('inputs that once broke ingest, store or export', () => {
  it.each(found.map((f, i) => [i + 1, f.why, f] as const))('case %i: %s', async (_i, _why, f) => {
    expect(await roundTrip(toCase(f))).toEqual([]);
  });
});
