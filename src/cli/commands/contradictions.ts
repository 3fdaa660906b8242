import type { Contradiction } from '../../model/claims.ts';
import { buildLedger } from '../../link/index.ts';
import { BufferedWriter } from '../output.ts';
import { command } from '../command.ts';
import { clean, ledgerArgs, needInputs, parseTolerance, readArticles, where } from './claims.ts';

export const contradictions = command({
  name: 'contradictions',
  synopsis: ['contradictions [--tolerance 0.2] [--json] FILE|DIR...'],
  description: `Contradictions across a set of articles: a proposition one claimant asserts and another denies,
and figures on the same category, side, rate and month from different claimants that differ by
more than the tolerance.`,
  args: {
    inputs: ledgerArgs.inputs,
    tolerance: { type: 'string', valueHint: 'X', description: 'relative difference above which two figures disagree (default 0.2 = 20%)' },
    json: ledgerArgs.json,
  },
  run: async (values, io) => {
    const options = parseTolerance(values.tolerance);
    const positionals = values._;
    needInputs(positionals, 'contradictions');
    const { articles, status } = await readArticles(positionals, io);
    const ledger = buildLedger(articles, options);
    const out = new BufferedWriter(io.stdout);
    if (values.json) await out.write(JSON.stringify({ tolerance: options.tolerance, contradictions: ledger.contradictions }, null, 2) + '\n');
    else {
      await out.write(`${ledger.contradictions.length} contradictions in ${articles.length} articles (figure tolerance ${options.tolerance})\n`);
      for (const c of ledger.contradictions) await out.write('\n' + describe(c));
    }
    await out.end();
    return status;
  },
});

function describe(c: Contradiction): string {
  if (c.kind === 'proposition') {
    const lines = [`${clean(c.proposition)}`];
    // Found by structured propositions: say what matched and how sure.
    if (c.matched) lines.push(`  matched: ${[`predicate ${c.matched.predicate}`, `agent ${c.matched.agent}`, c.matched.theme && `theme ${c.matched.theme}`, c.matched.places.length && `places ${c.matched.places.join(', ')}`].filter(Boolean).map((x) => clean(String(x))).join('; ')} (confidence ${c.confidence})`);
    for (const a of c.asserted) lines.push(`  asserted by ${clean(a.name)}: ${a.appearances.map(where).join('; ')}`);
    for (const d of c.denied) lines.push(`  denied by ${clean(d.name)}: ${d.appearances.map(where).join('; ')}`);
    return lines.join('\n') + '\n';
  }
  const side = (p: typeof c.a) => `${clean(p.claimantName ?? '?')} says ${p.value ?? `${p.low}-${p.high}`} (${p.date}, ${p.appearances[0]!.document})`;
  return `${c.category}${c.whose ? ` of ${c.whose}` : ''}${c.per ? ` per ${c.per}` : ''} in ${c.period}: differ by ${Math.round(c.difference * 100)}%\n  ${side(c.a)}\n  ${side(c.b)}\n`;
}
