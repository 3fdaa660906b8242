import { FIGURE_CATEGORIES } from '../../extract/lexicon/figure-categories.ts';
import { ClaimgraphError } from '../../model/errors.ts';
import { buildLedger, figureSeries } from '../../link/index.ts';
import { BufferedWriter } from '../output.ts';
import type { CommandIo } from '../io.ts';
import { clean, needInputs, parseLedgerArgs, readArticles } from './claims.ts';

export const usage = `usage: claimgraph figures --category CATEGORY [--claimant X] [--whose SIDE] [--by-side] [--json] FILE|DIR...

Figures of one category across a set of articles, as a series per claimant over time: for
example "Russian military casualties, as claimed by each side":

  claimgraph figures --category military-casualties --whose Russia articles/

Options:
  --category C    ${FIGURE_CATEGORIES.join(', ')}
  --claimant X    only this claimant (identity id or name)
  --whose SIDE    only figures counting this side (Russia, Ukraine, ...)
  --by-side       one series per side the claimants are on, not per claimant
  --json          JSON (default: readable text)
  -h, --help      show this help
`;

export async function figures(argv: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseLedgerArgs(argv, 'figures', { category: { type: 'string' }, claimant: { type: 'string' }, whose: { type: 'string' }, 'by-side': { type: 'boolean', default: false } });
  if (values.help) { io.stdout.write(usage); return 0; }
  const category = values.category as string | undefined;
  if (!category) throw new ClaimgraphError('E_USAGE', `figures needs --category (one of ${FIGURE_CATEGORIES.join(', ')})`);
  if (!(FIGURE_CATEGORIES as readonly string[]).includes(category)) {
    throw new ClaimgraphError('E_USAGE', `unknown --category '${category}' (one of ${FIGURE_CATEGORIES.join(', ')})`);
  }
  needInputs(positionals, 'figures');
  const { articles, status } = await readArticles(positionals, io);
  const ledger = buildLedger(articles);
  const series = figureSeries(ledger.figures, ledger.ids, { category, claimant: (values.claimant as string | undefined) ?? null, whose: (values.whose as string | undefined) ?? null, by: values['by-side'] ? 'side' : 'claimant' });
  const out = new BufferedWriter(io.stdout);
  if (values.json) await out.write(JSON.stringify({ category, series }, null, 2) + '\n');
  else {
    await out.write(`${category}: ${series.length} ${values['by-side'] ? 'sides' : 'claimants'} in ${articles.length} articles\n`);
    for (const s of series) {
      const title = values['by-side'] ? `claimed by ${s.side ?? 'no known side'}` : `${clean(s.claimantName ?? 'nobody named')}${s.side ? ` (${s.side})` : ''}`;
      await out.write(`\n${title}\n`);
      for (const p of s.points) {
        const value = p.value ?? `${p.low ?? '?'}-${p.high ?? '?'}`;
        const who = values['by-side'] ? `  ${clean(p.claimantName ?? 'nobody named')}` : '';
        await out.write(`  ${p.date ?? 'undated'}  ${value}${p.per ? ' per ' + p.per : ''}${p.whose ? `  ${clean(p.whose)}` : ''}${who}  "${clean(p.appearances[0]!.text)}" (${p.appearances.map((a) => a.document).join(', ')})\n`);
      }
    }
  }
  await out.end();
  return status;
}
