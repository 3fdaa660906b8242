/**
 * `npx tsx eval/entities.ts [DIR]`: precision and recall of people, organizations and places
 * against the articles we wrote and annotated in test/fixtures/entities (NAME.txt with a
 * `date` header + NAME.gold.json). Two levels per kind:
 * - entities: a predicted entity is right when its kind matches and its name is the gold name or
 *   one of its aliases (case-insensitive);
 * - mentions: each gold entity lists the texts of its mentions (pronouns and descriptions
 *   included); a matched entity's predicted mention texts count against them as multisets, so a
 *   mention linked to the wrong entity costs precision there and recall here.
 * Places are scored by name or GeoNames id when `extraction.places` is not empty (the places
 * stage); until then their row says so.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTextFile } from '../src/ingest/text-file.ts';
import { extractDocument } from '../src/extract/pipeline.ts';

interface GoldEntity { name: string; aliases?: string[]; mentions: string[] }
interface GoldPlace { name: string; geonameId: number | null }
interface Gold { people: GoldEntity[]; organizations: GoldEntity[]; places: GoldPlace[] }
interface Counts { tp: number; fp: number; fn: number }

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dir = resolve(process.argv[2] ?? join(root, 'test/fixtures/entities'));
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const rows: Record<string, Counts> = { 'people': zero(), 'people mentions': zero(), 'organizations': zero(), 'organization mentions': zero(), 'places': zero() };
let placesScored = false;

function multisetOverlap(a: readonly string[], b: readonly string[]): number {
  const left = new Map<string, number>();
  for (const x of a) left.set(x, (left.get(x) ?? 0) + 1);
  let n = 0;
  for (const x of b) { const k = left.get(x) ?? 0; if (k > 0) { n++; left.set(x, k - 1); } }
  return n;
}

const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
for (const file of files) {
  const gold = JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/, '.gold.json')), 'utf8')) as Gold;
  const { extraction } = extractDocument(await readTextFile(join(dir, file)));
  for (const [kind, goldList, row, mentionRow] of [['person', gold.people, 'people', 'people mentions'], ['organization', gold.organizations, 'organizations', 'organization mentions']] as const) {
    const predicted = extraction.entities.filter((e) => e.kind === kind);
    const matched = new Set<number>();
    for (const g of goldList) {
      const names = [g.name, ...(g.aliases ?? [])].map((x) => x.toLowerCase());
      const k = predicted.findIndex((p, i) => !matched.has(i) && names.includes(p.name.toLowerCase()));
      const m = mentionRow;
      if (k < 0) { rows[row]!.fn++; rows[m]!.fn += g.mentions.length; continue; }
      matched.add(k);
      rows[row]!.tp++;
      const texts = predicted[k]!.mentions.map((x) => x.text);
      const hit = multisetOverlap(g.mentions, texts);
      rows[m]!.tp += hit;
      rows[m]!.fn += g.mentions.length - hit;
      rows[m]!.fp += texts.length - hit;
    }
    predicted.forEach((p, i) => {
      if (matched.has(i)) return;
      rows[row]!.fp++;
      rows[mentionRow]!.fp += p.mentions.length;
      if (process.env.VERBOSE) console.log(`  ${basename(file)}: extra ${kind} ${p.name}`);
    });
    if (process.env.VERBOSE) for (const g of goldList) if (!extraction.entities.some((p) => p.kind === kind && [g.name, ...(g.aliases ?? [])].map((x) => x.toLowerCase()).includes(p.name.toLowerCase()))) console.log(`  ${basename(file)}: missed ${kind} ${g.name}`);
  }
  if (extraction.places.length > 0) {
    placesScored = true;
    const used = new Set<number>();
    for (const g of gold.places) {
      const k = extraction.places.findIndex((p, i) => !used.has(i) && (p.name.toLowerCase() === g.name.toLowerCase() || (g.geonameId !== null && p.geonameId === g.geonameId)));
      if (k < 0) rows.places!.fn++;
      else { used.add(k); rows.places!.tp++; }
    }
    // Places are counted once per place named, not per mention.
    const names = new Set(extraction.places.filter((_, i) => !used.has(i)).map((p) => p.name.toLowerCase()));
    for (const g of gold.places) names.delete(g.name.toLowerCase());
    rows.places!.fp += names.size;
  }
}

const f = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');
console.log(`| kind (${files.length} articles) | gold | predicted | precision | recall | F1 |`);
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [name, c] of Object.entries(rows)) {
  if (name === 'places' && !placesScored) { console.log('| places | | | not scored: the places stage returned nothing | | |'); continue; }
  const p = c.tp / (c.tp + c.fp);
  const r = c.tp / (c.tp + c.fn);
  console.log(`| ${name} | ${c.tp + c.fn} | ${c.tp + c.fp} | ${f(p)} | ${f(r)} | ${f((2 * p * r) / (p + r))} |`);
}
