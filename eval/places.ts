/**
 * `npm run eval:places` (`tsx eval/places.ts`): places on our own annotated articles (test/fixtures/places/NAME.txt with
 * NAME.expected.json, every place mention in text order). Prints, per article and in total:
 * - precision and recall of mention spans (same start and end);
 * - resolution accuracy: of the mentions found, the share resolved to the right entry (same GeoNames
 *   id; for regions and landmarks, which have none, the same kind, country and admin1);
 * - coordinate accuracy: of the towns found, the share within 0.1 degree of the expected point.
 * Exits 1 if a fixture is missing its expected file or is not valid JSON.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDocument } from '../src/extract/pipeline.ts';
import { readTextFile } from '../src/ingest/text-file.ts';
import type { Place } from '../src/model/context.ts';
import { table } from './report.ts';

interface Expected { text: string; kind: string; geonameId: number | null; country: string; admin1: string | null; lat: number; lon: number }
interface Counts { predicted: number; expected: number; matched: number; resolved: number; towns: number; townsNear: number; errors: string[] }

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'test', 'fixtures', 'places');
const TOLERANCE_DEGREES = 0.1;

/** Expected mentions get offsets by finding each text after the previous one. */
function locate(text: string, expected: readonly Expected[], file: string): (Expected & { start: number })[] {
  let from = 0;
  return expected.map((e) => {
    const start = text.indexOf(e.text, from);
    if (start < 0) throw new Error(`${file}: "${e.text}" not found after offset ${from}`);
    from = start + e.text.length;
    return { ...e, start };
  });
}

function right(p: Place, e: Expected): boolean {
  if (e.geonameId !== null) return p.geonameId === e.geonameId;
  return p.kind === e.kind && p.country === e.country && p.admin1 === e.admin1;
}

async function score(name: string): Promise<Counts> {
  const file = join(dir, `${name}.expected.json`);
  if (!existsSync(file)) throw new Error(`${file}: missing`);
  let raw: Expected[];
  try { raw = JSON.parse(readFileSync(file, 'utf8')) as Expected[]; } catch (e) { throw new Error(`${file}: not JSON (${(e as Error).message})`); }
  const document = await readTextFile(join(dir, `${name}.txt`));
  const expected = locate(document.text, raw, file);
  const places = extractDocument(document).extraction.places;
  const c: Counts = { predicted: places.length, expected: expected.length, matched: 0, resolved: 0, towns: 0, townsNear: 0, errors: [] };
  for (const e of expected) {
    const p = places.find((x) => x.start === e.start && x.end === e.start + e.text.length);
    if (!p) { c.errors.push(`missed ${e.text}@${e.start}`); continue; }
    c.matched++;
    if (right(p, e)) c.resolved++;
    else c.errors.push(`${e.text}@${e.start}: ${p.name} ${p.country}.${p.admin1 ?? ''} (${p.geonameId}), expected ${e.country}.${e.admin1 ?? ''} (${e.geonameId})`);
    if (e.kind === 'city') {
      c.towns++;
      if (p.lat !== null && p.lon !== null && Math.abs(p.lat - e.lat) <= TOLERANCE_DEGREES && Math.abs(p.lon - e.lon) <= TOLERANCE_DEGREES) c.townsNear++;
    }
  }
  for (const p of places) if (!expected.some((e) => e.start === p.start && e.start + e.text.length === p.end)) c.errors.push(`spurious ${p.text}@${p.start} (${p.name} ${p.country})`);
  return c;
}

const pct = (a: number, b: number) => (b ? (a / b).toFixed(3) : '-');

async function main(): Promise<number> {
  const names = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => basename(f, '.txt')).sort();
  const rows: string[][] = [];
  const total: Counts = { predicted: 0, expected: 0, matched: 0, resolved: 0, towns: 0, townsNear: 0, errors: [] };
  for (const name of names) {
    let c: Counts;
    try { c = await score(name); } catch (e) { console.error(`eval/places: ${(e as Error).message}`); return 1; }
    rows.push([name, String(c.expected), pct(c.matched, c.predicted), pct(c.matched, c.expected), pct(c.resolved, c.matched), pct(c.townsNear, c.towns)]);
    for (const k of ['predicted', 'expected', 'matched', 'resolved', 'towns', 'townsNear'] as const) total[k] += c[k];
    total.errors.push(...c.errors.map((x) => `${name}: ${x}`));
  }
  rows.push(['all', String(total.expected), pct(total.matched, total.predicted), pct(total.matched, total.expected), pct(total.resolved, total.matched), pct(total.townsNear, total.towns)]);
  console.log(table(['article', 'places', 'precision', 'recall', 'resolution accuracy', 'towns within 0.1°'], rows));
  if (total.errors.length) console.log('\n' + total.errors.join('\n'));
  return 0;
}

process.exitCode = await main();
