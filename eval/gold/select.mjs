// Picks the real-text gold documents from ../shared/data/realtext/dev.jsonl, reproducibly:
// per source, documents within an annotatable length, ordered by SHA-256 of "gold:" + id; the first
// TUNE of each source are the tuning half, the next REPORT the reported half; a second tuning batch
// (issue 12) takes the next MORE of each source, skipping the rebuttal set's documents (annotated for
// rebuttals only), and is appended to `tune` so the first batch keeps its place and `report` is unchanged;
// a third batch (issue 12, session 9) takes the next MORE of each source after the second in the same
// way (whitehouse.gov has only 2 left within its length), appended after it; a fourth batch (session 9)
// takes the next FOURTH of each source not chosen yet, whitehouse.gov's up to LONGER characters, a quarter over its first limit (none
// is left within its first length), appended after the third.
// Usage: node eval/gold/select.mjs [path/to/realtext/dev.jsonl]  -> prints JSON {tune:[ids], report:[ids]}
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const file = process.argv[2] ?? new URL('../../../shared/data/realtext/dev.jsonl', import.meta.url).pathname;
const rows = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const MAX = { 'president.gov.ua': 4500, 'kremlin.ru': 7000, 'whitehouse.gov': 10000 };
const TUNE = 7, REPORT = 15, MORE = 7, THIRD = 7;
const FOURTH = { 'president.gov.ua': 7, 'kremlin.ru': 7, 'whitehouse.gov': 3 };
const LONGER = { 'president.gov.ua': 4500, 'kremlin.ru': 7000, 'whitehouse.gov': 12500 };
const rebuttalSplit = JSON.parse(readFileSync(new URL('./rebuttal-split.json', import.meta.url), 'utf8'));
const rebuttalIds = new Set(Object.values(rebuttalSplit).flat());
const h = (id) => createHash('sha256').update('gold:' + id).digest('hex');
const out = { tune: [], report: [] };
const more = [];
const third = [];
for (const source of Object.keys(MAX)) {
  const pool = rows.filter((r) => r.source === source && !r.truncated && r.text.length <= MAX[source])
    .sort((a, b) => (h(a.id) < h(b.id) ? -1 : 1));
  out.tune.push(...pool.slice(0, TUNE).map((r) => r.id));
  out.report.push(...pool.slice(TUNE, TUNE + REPORT).map((r) => r.id));
  more.push(...pool.slice(TUNE + REPORT).filter((r) => !rebuttalIds.has(r.id)).slice(0, MORE).map((r) => r.id));
  third.push(...pool.slice(TUNE + REPORT).filter((r) => !rebuttalIds.has(r.id)).slice(MORE, MORE + THIRD).map((r) => r.id));
}
const chosen = new Set([...out.tune, ...out.report, ...more, ...third]);
const fourth = [];
for (const source of Object.keys(MAX)) {
  const pool = rows.filter((r) => r.source === source && !r.truncated && r.text.length <= LONGER[source] && !chosen.has(r.id) && !rebuttalIds.has(r.id))
    .sort((a, b) => (h(a.id) < h(b.id) ? -1 : 1));
  fourth.push(...pool.slice(0, FOURTH[source]).map((r) => r.id));
}
out.tune.push(...more, ...third, ...fourth);
console.log(JSON.stringify(out));
