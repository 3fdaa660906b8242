import { FIGURE_CATEGORIES } from '../../extract/lexicon/figure-categories.ts';
import { ClaimgraphError } from '../../model/errors.ts';
import { buildLedger, figureSeries } from '../../link/index.ts';
import { BufferedWriter } from '../output.ts';
import type { CommandIo } from '../io.ts';
import { command } from '../command.ts';
import { clean, ledgerArgs, needInputs, readArticles } from './claims.ts';

export const figures = command({
  name: 'figures',
  synopsis: ['figures --category CATEGORY [--claimant X] [--whose SIDE] [--by-side] [--json] FILE|DIR...'],
  description: `Figures of one category across a set of articles, as a series per claimant over time: for
example "Russian military casualties, as claimed by each side":

  claimgraph figures --category military-casualties --whose Russia articles/`,
  args: {
    inputs: ledgerArgs.inputs,
    category: { type: 'string', valueHint: 'C', description: FIGURE_CATEGORIES.join(', ') },
    claimant: { type: 'string', valueHint: 'X', description: 'only this claimant (identity id or name)' },
    whose: { type: 'string', valueHint: 'SIDE', description: 'only figures counting this side (Russia, Ukraine, ...)' },
    'by-side': { type: 'boolean', default: false, description: 'one series per side the claimants are on, not per claimant' },
    json: ledgerArgs.json,
  },
  run: figuresRun,
});

async function figuresRun(values: { category?: string | undefined; claimant?: string | undefined; whose?: string | undefined; 'by-side': boolean; json: boolean; _: string[] }, io: CommandIo): Promise<number> {
  const positionals = values._;
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
