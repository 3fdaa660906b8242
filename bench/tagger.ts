/**
 * CPU cost of the tagger per character (process.cpuUsage, so other processes on the machine do
 * not count) over the texts of PolNeAR train, analysis excluded: the first round cold, then the
 * median of REPS warm rounds.
 *
 *   npx tsx bench/tagger.ts [--limit DOCS] [--reps N] [--ab-span]
 *
 * --ab-span: the span stage's cost, measured in one process: the token labels are computed once
 * (the stage does not change them), then rounds of attributionsFromLabels alternate between the
 * models with and without it, medians of each. Timing only that step keeps the noise of this
 * shared machine (±0.02 µs/char on whole-tagger rounds) out of a difference of a few hundredths.
 */
import { resolve } from 'node:path';
import { analyze } from '../src/analyze/index.ts';
import { makeDocument } from '../src/model/document.ts';
import { tagAttributions, tagTokens, attributionsFromLabels } from '../src/learn/attributions.ts';
import { loadTaggerModels as loadModels } from '../src/resources/index.ts';
import { readJsonl, sharedDir, type GoldDoc } from '../train/data.ts';

const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(name); return i < 0 ? undefined : args[i + 1]; };
const gold = readJsonl<GoldDoc>(resolve(sharedDir(), 'data/polnear/train.jsonl')).slice(0, Number(opt('--limit') ?? Infinity));
const reps = Number(opt('--reps') ?? 5);
loadModels();
const docs = gold.map((g) => analyze(makeDocument({ id: g.id, text: g.text, date: g.date })));
let chars = 0;
for (const g of gold) chars += g.text.length;
let tokens = 0;
for (const d of docs) tokens += d.tokens.length;
if (args.includes('--ab-span')) {
  const m = loadModels();
  if (!m.span) throw new Error('--ab-span: no span model in models/');
  const off = { ...m, span: null };
  const times: Record<string, number[]> = { with: [], without: [] };
  const tags = docs.map((d) => tagTokens(d, m));
  for (let r = 0; r < 2 * reps + 2; r++) {
    const mm = r % 2 === 0 ? off : m;
    const t0 = process.cpuUsage();
    docs.forEach((d, k) => attributionsFromLabels(d, tags[k]!, mm));
    const u = process.cpuUsage(t0);
    if (r >= 2) times[mm.span ? 'with' : 'without']!.push((u.user + u.system) / chars);
  }
  const med = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
  console.log(`span stage A/B on ${chars.toLocaleString('en')} chars (warm, median of ${reps} each): linking etc. without ${med(times.without!).toFixed(3)} µs/char, with ${med(times.with!).toFixed(3)}, cost ${(med(times.with!) - med(times.without!)).toFixed(3)} µs/char CPU`);
  process.exit(0);
}
// Round 0 is cold (JIT warm-up included: what one CLI run pays); the median is over warm rounds.
const perChar: number[] = [];
let cold = 0;
for (let r = 0; r <= reps; r++) {
  const t0 = process.cpuUsage();
  for (const d of docs) tagAttributions(d);
  const u = process.cpuUsage(t0);
  if (r === 0) cold = (u.user + u.system) / chars;
  else perChar.push((u.user + u.system) / chars);
}
perChar.sort((a, b) => a - b);
const warm = perChar.length ? `, warm ${perChar[perChar.length >> 1]!.toFixed(3)} (median of ${reps}; min ${perChar[0]!.toFixed(3)}, max ${perChar[perChar.length - 1]!.toFixed(3)})` : '';
console.log(`tagAttributions on ${docs.length} train docs (${chars.toLocaleString('en')} chars): cold ${cold.toFixed(3)} µs/char CPU${warm}`);
// The same per 1,000 tokens (µs/char × chars / tokens = ms per 1,000 tokens).
const perTok = (x: number) => (x * chars / tokens).toFixed(2);
console.log(`  per 1,000 tokens (${tokens.toLocaleString('en')} tokens): cold ${perTok(cold)} CPU ms${perChar.length ? `, warm ${perTok(perChar[perChar.length >> 1]!)} (min ${perTok(perChar[0]!)}, max ${perTok(perChar[perChar.length - 1]!)})` : ''}`);
