/**
 * `npx tsx bench/cpu-compare.ts ROOT [PASSES]`: CPU ms of the extraction of the checkout at ROOT
 * (its src/, through tsx) over ../shared/data/polnear/train.jsonl: a warm-up pass, then PASSES
 * passes (default 3) of extractDocument, of the quotes stage alone and of the claims stage alone.
 * Prints one JSON line. To compare two checkouts on a shared machine, run them in turn several
 * times (A, B, A, B, ...) and compare the medians: the load moves more than a refactor does.
 * CLAIMGRAPH_SHARED moves ../shared.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(process.argv[2] ?? here);
const passes = Number(process.argv[3] ?? 3);
const shared = resolve(here, process.env.CLAIMGRAPH_SHARED ?? '../shared');
const { analyze } = await import(join(root, 'src/analyze/index.ts'));
const { extractDocument } = await import(join(root, 'src/extract/pipeline.ts'));
const { extractQuotes } = await import(join(root, 'src/extract/quotes/index.ts'));
const { extractClaims } = await import(join(root, 'src/extract/claims/index.ts'));
const { findPeople } = await import(join(root, 'src/extract/entities/index.ts'));
const { defaultResources } = await import(join(root, 'src/resources/index.ts'));
const { makeDocument } = await import(join(root, 'src/model/document.ts'));

const docs = readFileSync(join(shared, 'data', 'polnear', 'train.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => {
  const d = JSON.parse(l) as { id: string; text: string; date?: string | null };
  return makeDocument({ id: d.id, text: d.text, date: d.date ?? null });
});
const resources = defaultResources();
const cpu = (f: () => void): number => {
  const before = process.cpuUsage();
  f();
  const used = process.cpuUsage(before);
  return Math.round((used.user + used.system) / 1000);
};
const outs = docs.map((d: unknown) => extractDocument(d)); // the warm-up pass
const analyzed = docs.map((d: unknown) => analyze(d));
const rows: Record<'extractDocument' | 'quotes' | 'claims', number[]> = { extractDocument: [], quotes: [], claims: [] };
for (let p = 0; p < passes; p++) {
  rows.extractDocument.push(cpu(() => { for (const d of docs) extractDocument(d); }));
  rows.quotes.push(cpu(() => { for (const doc of analyzed) extractQuotes(doc, findPeople(doc), { learned: true, tagger: resources.tagger }); }));
  rows.claims.push(cpu(() => {
    analyzed.forEach((doc: unknown, i: number) => {
      const e = outs[i].extraction;
      extractClaims(doc, { quotes: e.quotes, entities: e.entities, dates: e.dates, lemmatizer: resources.lemmatizer });
    });
  }));
}
console.log(JSON.stringify({ root, documents: docs.length, rows }));
