/**
 * CPU cost of the claims stage alone, in µs per character, over the texts of PolNeAR train
 * (../shared/data/polnear/train.jsonl; never copied here). Analysis and quotations are computed
 * first and not counted. Run: npx tsx bench/claims-cpu.ts [repeats]
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../src/analyze/index.ts';
import { makeDocument } from '../src/model/document.ts';
import { extractQuotes } from '../src/extract/quotes/index.ts';
import { findPeople, peopleOf } from '../src/extract/entities/index.ts';
import { extractClaims } from '../src/extract/claims/index.ts';

const file = new URL('../../shared/data/polnear/train.jsonl', import.meta.url);
const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
const inputs = lines.map((line, i) => {
  const r = JSON.parse(line) as { id?: string; text: string; date?: string };
  const doc = analyze(makeDocument({ id: r.id ?? String(i), text: r.text, date: r.date ?? null }));
  const people = findPeople(doc);
  const entities = peopleOf(people);
  return { doc, entities, quotes: extractQuotes(doc, people) };
});
const chars = inputs.reduce((n, x) => n + x.doc.text.length, 0);
const repeats = Number(process.argv[2] ?? 5);
let claims = 0;
let rebuttals = 0;
const costs: number[] = [];
for (let r = 0; r < repeats; r++) {
  const before = process.cpuUsage();
  for (const x of inputs) {
    const out = extractClaims(x.doc, { quotes: x.quotes, entities: x.entities, dates: [] });
    if (r === 0) { claims += out.claims.length; rebuttals += out.rebuttals.length; }
  }
  const used = process.cpuUsage(before);
  costs.push((used.user + used.system) / chars);
}
costs.sort((a, b) => a - b);
console.log(`${inputs.length} documents, ${chars} chars, ${claims} claims, ${rebuttals} rebuttals`);
console.log(`claims stage CPU: min ${costs[0]!.toFixed(4)} µs/char, median ${costs[costs.length >> 1]!.toFixed(4)} µs/char over ${repeats} runs`);
