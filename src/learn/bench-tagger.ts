/**
 * CPU cost of the tagger per character (process.cpuUsage, so other processes on the machine do
 * not count) over the texts of PolNeAR train, analysis excluded: the first round cold, then the
 * median of REPS warm rounds.
 *
 *   npx tsx src/learn/bench-tagger.ts [--limit DOCS] [--reps N]
 */
import { resolve } from 'node:path';
import { analyze } from '../analyze/index.ts';
import { makeDocument } from '../model/document.ts';
import { tagAttributions, loadModels } from './attributions.ts';
import { readJsonl, sharedDir, type GoldDoc } from './data.ts';

const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(name); return i < 0 ? undefined : args[i + 1]; };
const gold = readJsonl<GoldDoc>(resolve(sharedDir(), 'data/polnear/train.jsonl')).slice(0, Number(opt('--limit') ?? Infinity));
const reps = Number(opt('--reps') ?? 5);
loadModels();
const docs = gold.map((g) => analyze(makeDocument({ id: g.id, text: g.text, date: g.date })));
let chars = 0;
for (const g of gold) chars += g.text.length;
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
