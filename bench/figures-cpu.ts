/**
 * CPU cost of the figures stage alone: `npx tsx bench/figures-cpu.ts [rounds]`.
 * Analyzes the PolNeAR train texts once, then times extractFigures (no quotes) with
 * process.cpuUsage() over several rounds and prints µs of CPU per character for each.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../src/analyze/index.ts';
import { makeDocument } from '../src/model/index.ts';
import { extractFigures } from '../src/extract/figures/index.ts';

const rounds = Number(process.argv[2] ?? 5);
const lines = readFileSync('/work/shared/data/polnear/train.jsonl', 'utf8').split('\n').filter((l) => l.trim());
const docs = lines.map((l, i) => { const d = JSON.parse(l) as { id: string; text: string }; return analyze(makeDocument({ id: d.id ?? String(i), text: d.text })); });
const chars = docs.reduce((s, d) => s + d.text.length, 0);
for (let r = 0; r < rounds; r++) {
  let figures = 0;
  const t0 = process.cpuUsage();
  for (const d of docs) figures += extractFigures(d, []).length;
  const t = process.cpuUsage(t0);
  const us = t.user + t.system;
  console.log(`round ${r + 1}: ${(us / chars).toFixed(4)} us/char (${Math.round(chars / (us / 1e6)).toLocaleString('en')} chars/s), ${figures} figures over ${chars} chars`);
}
