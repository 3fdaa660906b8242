// Splits the rebuttal set (drafts with "scope": "rebuttals": real-text dev documents outside
// split.json, chosen because they deny or dispute claims) into a part rules may be tuned on and a part
// whose figures are reported, reproducibly: documents ordered by SHA-256 of "rebuttals:" + id, every
// third one (the 1st, 4th, 7th ...) to rebuttal-tune, the others to rebuttal-report.
// Usage: node eval/gold/select-rebuttals.mjs   -> writes eval/gold/rebuttal-split.json and prints the pair counts
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const split = JSON.parse(readFileSync(join(here, 'split.json'), 'utf8'));
const taken = new Set([...split.tune, ...split.report]);
const drafts = readdirSync(join(here, 'drafts')).filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(here, 'drafts', f), 'utf8')))
  .filter((d) => d.scope === 'rebuttals');
for (const d of drafts) if (taken.has(d.id)) throw new Error(`${d.id} is in split.json; the rebuttal set takes other documents only`);
const h = (id) => createHash('sha256').update('rebuttals:' + id).digest('hex');
drafts.sort((a, b) => (h(a.id) < h(b.id) ? -1 : 1));
const out = { tune: [], report: [] };
drafts.forEach((d, i) => out[i % 3 === 0 ? 'tune' : 'report'].push(d.id));
writeFileSync(join(here, 'rebuttal-split.json'), JSON.stringify(out) + '\n');
const pairs = (ids) => drafts.filter((d) => ids.includes(d.id)).reduce((n, d) => n + d.claims.filter((c) => c.rebuttal).length, 0);
console.log(`rebuttal-tune: ${out.tune.length} documents, ${pairs(out.tune)} pairs; rebuttal-report: ${out.report.length} documents, ${pairs(out.report)} pairs`);
