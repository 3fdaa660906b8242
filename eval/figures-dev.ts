/**
 * Dev harness: runs figures (no quotes) over the quantity gold sets and scores them with the
 * shared scorer. `npx tsx eval/figures-dev.ts [newsquant|quantulum3|measeval] [split] [--errors N]`
 * Prints the scorer's lines and figures chars/s (figures alone, analysis excluded).
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { analyze } from '../src/analyze/index.ts';
import { makeDocument } from '../src/model/index.ts';
import { extractFigures } from '../src/extract/figures/index.ts';

const shared = process.env.CLAIMGRAPH_SHARED ?? resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared');

const args = process.argv.slice(2);
const errIdx = args.indexOf('--errors');
const showErrors = errIdx >= 0 ? Number(args[errIdx + 1]) : 40;
const positional = args.filter((a, i) => !a.startsWith('--') && (errIdx < 0 || i !== errIdx + 1));
const sets = positional.length && !['train', 'dev'].includes(positional[0]!) ? [positional[0]!] : ['newsquant', 'quantulum3', 'measeval'];
const split = positional.find((a) => a === 'train' || a === 'dev') ?? 'dev';
const dir = mkdtempSync(join(tmpdir(), 'figures-eval-'));

for (const set of sets) {
  const gold = join(shared, 'data', set, `${split}.jsonl`);
  const docs = readFileSync(gold, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; text: string });
  const analyzed = docs.map((d) => ({ id: d.id, doc: analyze(makeDocument({ id: d.id, text: d.text })) }));
  let chars = 0;
  const t0 = process.hrtime.bigint();
  const preds = analyzed.map(({ id, doc }) => {
    chars += doc.text.length;
    const figures = extractFigures(doc, []);
    return { id, quantities: figures.map((f) => ({ start: f.start, end: f.end, value: f.value, low: f.low, high: f.high, text: f.text })) };
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const pred = join(dir, `${set}-${split}.jsonl`);
  writeFileSync(pred, preds.map((p) => JSON.stringify(p)).join('\n') + '\n');
  const run = spawnSync('node', [join(shared, 'eval', 'score.mjs'), '--gold', gold, '--pred', pred, '--show-errors', String(showErrors)], { encoding: 'utf8' });
  console.log(`== ${set} ${split} (figures only: ${Math.round(chars / seconds).toLocaleString('en')} chars/s on ${chars} chars)`);
  console.log(run.stdout.trim());
  if (args.includes('--fp')) {
    // Predictions that overlap no gold quantity by 30% (the scorer counts them but does not list them).
    const golds = new Map(readFileSync(gold, 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
      const d = JSON.parse(l) as { id: string; text: string; quantities: { start: number; end: number }[] | null };
      return [d.id, d] as const;
    }));
    for (const p of preds) {
      const g = golds.get(p.id)!;
      for (const q of p.quantities) {
        const hit = (g.quantities ?? []).some((x) => {
          const inter = Math.max(0, Math.min(x.end, q.end) - Math.max(x.start, q.start));
          return inter / (Math.max(x.end, q.end) - Math.min(x.start, q.start)) >= 0.3;
        });
        if (!hit) console.log(`FP ${p.id} [${q.text}] ${q.value ?? `${q.low}-${q.high}`} || ${g.text.slice(Math.max(0, q.start - 50), q.end + 30)}`);
      }
    }
  }
}
