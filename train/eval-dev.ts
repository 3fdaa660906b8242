/**
 * Runs tagAttributions on PolNeAR dev, writes predictions in the scorer's format and scores them
 * with ../shared/eval/score.mjs; reports throughput of analyze + tagAttributions.
 *
 *   npx tsx train/eval-dev.ts [--out FILE] [--show-errors N] [--limit N]
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { analyze } from '../src/analyze/index.ts';
import { makeDocument } from '../src/model/document.ts';
import type { Doc } from '../src/model/doc.ts';
import { tagAttributions } from '../src/learn/attributions.ts';
import { loadTaggerModels as loadModels } from '../src/resources/index.ts';
import type { Attribution } from '../src/learn/attributions.ts';
import { readJsonl, sharedDir } from './data.ts';
import type { GoldDoc } from './data.ts';
import { toPrediction, score } from './evaluate.ts';

const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(name); return i < 0 ? undefined : args[i + 1]; };
const devPath = resolve(sharedDir(), 'data/polnear/dev.jsonl');
const out = opt('--out') ?? resolve(tmpdir(), 'claimgraph-dev-pred.jsonl');
const gold = readJsonl<GoldDoc>(devPath).slice(0, Number(opt('--limit') ?? Infinity));
let chars = 0;
for (const g of gold) chars += g.text.length;

let t = performance.now();
loadModels();
const loadMs = performance.now() - t;
// Warm-up (JIT, model load, word cache) then timed runs.
for (const g of gold.slice(0, 5)) tagAttributions(analyze(makeDocument({ id: g.id, text: g.text, date: g.date })));

const REPS = 3;
let tAnalyze = Infinity, tTag = Infinity;
let docs: Doc[] = [];
let atts: Attribution[][] = [];
for (let r = 0; r < REPS; r++) {
  t = performance.now();
  docs = gold.map((g) => analyze(makeDocument({ id: g.id, text: g.text, date: g.date })));
  tAnalyze = Math.min(tAnalyze, performance.now() - t);
  t = performance.now();
  atts = docs.map((d) => tagAttributions(d));
  tTag = Math.min(tTag, performance.now() - t);
}
writeFileSync(out, gold.map((g, k) => JSON.stringify(toPrediction(g.id, g.text, atts[k]!))).join('\n') + '\n');
const r = score(devPath, out, true, Number(opt('--show-errors') ?? 0));
// Speaker accuracy on gold speakers that are not pronouns (the scorer reports all together):
// same greedy Jaccard >= 0.5 matching and same "mention overlaps" rule as score.mjs, names aside.
const TRIM = /[\s"'“”‘’«»„‹›,.;:!?—–-]/;
const core = (t: string, a: number, b: number): [number, number] => {
  while (a < b && TRIM.test(t[a]!)) a++;
  while (b > a && TRIM.test(t[b - 1]!)) b--;
  return [a, b];
};
let npMatched = 0, npRight = 0;
gold.forEach((g, k) => {
  const gq = g.quotes ?? [];
  const ps = atts[k]!.map((a) => core(g.text, a.content[0], a.content[1]));
  const pairs: [number, number, number][] = [];
  gq.forEach((q, gi) => {
    const gs = core(g.text, q.start, q.end);
    ps.forEach((p, pi) => {
      const inter = Math.max(0, Math.min(gs[1], p[1]) - Math.max(gs[0], p[0]));
      const union = Math.max(gs[1], p[1]) - Math.min(gs[0], p[0]);
      if (union > 0 && inter / union >= 0.5) pairs.push([inter / union, gi, pi]);
    });
  });
  pairs.sort((x, y) => y[0] - x[0]);
  const ug = new Set<number>(), up = new Set<number>();
  for (const [, gi, pi] of pairs) {
    if (ug.has(gi) || up.has(pi)) continue;
    ug.add(gi); up.add(pi);
    const q = gq[gi]!;
    if (!q.speaker || q.speaker_is_pronoun || q.speaker_start == null) continue;
    npMatched++;
    const s = atts[k]![pi]!.source;
    if (s && Math.min(q.speaker_end!, s[1]) > Math.max(q.speaker_start, s[0])) npRight++;
  }
});
const total = tAnalyze + tTag;
console.log(`\npredictions: ${out}`);
console.log(`quote overlap P ${r.quote_overlap_p} R ${r.quote_overlap_r} F1 ${r.quote_overlap_f1} | recall direct ${r.recall_direct} mixed ${r.recall_mixed} indirect ${r.recall_indirect} | speaker accuracy ${r.speaker_accuracy}`);
console.log(`speaker accuracy, non-pronoun gold speakers, mention overlap only: ${(npRight / Math.max(1, npMatched)).toFixed(3)} (${npRight}/${npMatched})`);
console.log(`models loaded in ${loadMs.toFixed(0)} ms`);
console.log(`throughput on ${chars} chars (best of ${REPS}): analyze ${(tAnalyze * 1000 / chars).toFixed(3)} µs/char, tagAttributions ${(tTag * 1000 / chars).toFixed(3)} µs/char, together ${Math.round(chars / (total / 1000)).toLocaleString('en')} chars/s`);
