/**
 * Where the merge of rules and tagger (src/extract/quotes) wins and loses against the tagger
 * alone, on PolNeAR dev: gold items found by one and not the other, by the rule that produced
 * the end-to-end item, and false alarms by rule.
 *
 *   npx tsx eval/quotes-merge.ts [--examples N]
 */
import { resolve } from 'node:path';
import { analyze } from '../src/analyze/index.ts';
import { makeDocument } from '../src/model/document.ts';
import { extractQuotes } from '../src/extract/quotes/index.ts';
import { tagAttributions } from '../src/learn/attributions.ts';
import { readJsonl, sharedDir, type GoldDoc } from '../train/data.ts';

const args = process.argv.slice(2);
const examples = Number(args[args.indexOf('--examples') + 1] || 0);
const gold = readJsonl<GoldDoc>(resolve(sharedDir(), 'data/polnear/dev.jsonl'));
const TRIM = /[\s"'“”‘’«»„‹›,.;:!?—–-]/;
const core = (t: string, a: number, b: number): [number, number] => {
  while (a < b && TRIM.test(t[a]!)) a++;
  while (b > a && TRIM.test(t[b - 1]!)) b--;
  return [a, b];
};
const jac = (x: [number, number], y: [number, number]) => {
  const i = Math.max(0, Math.min(x[1], y[1]) - Math.max(x[0], y[0]));
  const u = Math.max(x[1], y[1]) - Math.min(x[0], y[0]);
  return u > 0 ? i / u : 0;
};
function match(g: [number, number][], p: [number, number][]): Map<number, number> {
  const pairs: [number, number, number][] = [];
  g.forEach((a, gi) => p.forEach((b, pi) => { const j = jac(a, b); if (j >= 0.5) pairs.push([j, gi, pi]); }));
  pairs.sort((a, b) => b[0] - a[0]);
  const ug = new Set<number>(), up = new Set<number>(), out = new Map<number, number>();
  for (const [, gi, pi] of pairs) if (!ug.has(gi) && !up.has(pi)) { ug.add(gi); up.add(pi); out.set(gi, pi); }
  return out;
}
const count = new Map<string, number>();
const inc = (k: string) => count.set(k, (count.get(k) ?? 0) + 1);
const shown = new Map<string, number>();
const show = (k: string, s: string) => { const n = shown.get(k) ?? 0; if (n < examples) { console.log(`[${k}] ${s}`); shown.set(k, n + 1); } };
for (const g of gold) {
  const doc = analyze(makeDocument({ id: g.id, text: g.text, date: g.date }));
  const t = g.text;
  const gs = (g.quotes ?? []).map((q) => core(t, q.start, q.end));
  const tag = tagAttributions(doc).map((a) => core(t, a.content[0], a.content[1]));
  const qs = extractQuotes(doc);
  const e2e = qs.map((q) => core(t, q.start, q.end));
  const mt = match(gs, tag), me = match(gs, e2e);
  gs.forEach((gsp, gi) => {
    const kind = g.quotes![gi]!.kind ?? '?';
    const inT = mt.has(gi), inE = me.has(gi);
    if (inT && inE) inc(`both ${kind}`);
    else if (inT) {
      // What did end to end put there?
      let best = -1, bj = 0;
      e2e.forEach((p, pi) => { const j = jac(gsp, p); if (j > bj) { bj = j; best = pi; } });
      const why = best < 0 ? 'nothing' : `${qs[best]!.rule} j<.5`;
      inc(`tagger-only ${kind} (e2e: ${why})`);
      show(`tagger-only ${why}`, `GOLD ${JSON.stringify(t.slice(...gsp).slice(0, 160))}${best >= 0 ? ` E2E ${JSON.stringify(t.slice(...e2e[best]!).slice(0, 160))}` : ''}`);
    } else if (inE) inc(`e2e-only ${kind} (${qs[me.get(gi)!]!.rule})`);
    else inc(`neither ${kind}`);
  });
  const hit = new Set(me.values());
  qs.forEach((q, pi) => { inc(`pred ${q.rule}`); if (!hit.has(pi)) inc(`false ${q.rule}`); });
}
for (const [k, v] of [...count].sort()) console.log(`${String(v).padStart(5)}  ${k}`);
