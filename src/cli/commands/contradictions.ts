import type { Contradiction } from '../../model/claims.ts';
import { buildLedger } from '../../link/index.ts';
import { BufferedWriter } from '../output.ts';
import type { CommandIo } from '../io.ts';
import { clean, needInputs, parseLedgerArgs, parseTolerance, readArticles, where } from './claims.ts';

export const usage = `usage: claimgraph contradictions [--tolerance 0.2] [--json] FILE|DIR...

Contradictions across a set of articles: a proposition one claimant asserts and another denies,
and figures on the same category, side, rate and month from different claimants that differ by
more than the tolerance.

Options:
  --tolerance X   relative difference above which two figures disagree (default 0.2 = 20%)
  --json          JSON (default: readable text)
  -h, --help      show this help
`;

export async function contradictions(argv: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseLedgerArgs(argv, 'contradictions', { tolerance: { type: 'string' } });
  if (values.help) { io.stdout.write(usage); return 0; }
  const options = parseTolerance(values.tolerance as string | undefined);
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
}

function describe(c: Contradiction): string {
  if (c.kind === 'proposition') {
    const lines = [`${clean(c.proposition)}`];
    for (const a of c.asserted) lines.push(`  asserted by ${clean(a.name)}: ${a.appearances.map(where).join('; ')}`);
    for (const d of c.denied) lines.push(`  denied by ${clean(d.name)}: ${d.appearances.map(where).join('; ')}`);
    return lines.join('\n') + '\n';
  }
  const side = (p: typeof c.a) => `${clean(p.claimantName ?? '?')} says ${p.value ?? `${p.low}-${p.high}`} (${p.date}, ${p.appearances[0]!.document})`;
  return `${c.category}${c.whose ? ` of ${c.whose}` : ''}${c.per ? ` per ${c.per}` : ''} in ${c.period}: differ by ${Math.round(c.difference * 100)}%\n  ${side(c.a)}\n  ${side(c.b)}\n`;
}
