/**
 * `npx tsx bench/dates-entities-cpu.ts [FILE.jsonl]`: CPU time of the dates and entities stages alone
 * (process.cpuUsage, user + system) per character over a fixed corpus, by default the texts of
 * ../shared/data/polnear/train.jsonl. Analysis, quotes and figures run first, untimed; each stage
 * then runs five times and the best run counts (the machine is shared, the minimum is the cost).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../src/analyze/index.ts';
import { makeDocument } from '../src/model/document.ts';
import { extractQuotes } from '../src/extract/quotes/index.ts';
import { extractFigures } from '../src/extract/figures/index.ts';
import { extractDates } from '../src/extract/dates/index.ts';
import { extractEntities, findPeople } from '../src/extract/entities/index.ts';

const file = process.argv[2] ?? resolve(process.env.CLAIMGRAPH_SHARED ?? '../shared', 'data/polnear/train.jsonl');
const rows = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; text: string; date?: string });
const prepared = rows.map((r) => {
  const doc = analyze(makeDocument({ id: r.id, text: r.text, date: r.date ?? null }));
  const people = findPeople(doc);
  const quotes = extractQuotes(doc, people);
  return { doc, people, quotes, figures: extractFigures(doc, quotes) };
});
const chars = rows.reduce((n, r) => n + r.text.length, 0);

function measure(name: string, run: (p: (typeof prepared)[number]) => unknown): void {
  let best = Infinity;
  let count = 0;
  for (let rep = 0; rep < 5; rep++) {
    const t0 = process.cpuUsage();
    count = 0;
    for (const p of prepared) count += (run(p) as unknown[]).length;
    const t = process.cpuUsage(t0);
    best = Math.min(best, t.user + t.system);
  }
  console.log(`${name}: ${(best / chars).toFixed(4)} µs/char CPU (${(best / 1e3).toFixed(0)} ms over ${chars} chars, ${rows.length} documents, ${count} items)`);
}

measure('dates', (p) => extractDates(p.doc, p.quotes, p.figures));
// The whole entities stage: the people (names outside quotations), then every name linked.
measure('entities', (p) => extractEntities(p.doc, findPeople(p.doc), [], p.quotes));
