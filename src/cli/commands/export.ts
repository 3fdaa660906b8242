import { exportClaimReview } from '../../export/claimreview.ts';
import { CSV_TABLES, exportCsv, type CsvTable } from '../../export/csv.ts';
import { exportJsonl } from '../../export/jsonl.ts';
import { ClaimgraphError } from '../../model/errors.ts';
import { BufferedWriter } from '../output.ts';
import type { CommandIo } from '../io.ts';
import { command } from '../command.ts';
import { openForReading } from './query.ts';

export const exportCommand = command({
  name: 'export',
  synopsis: ['export --db FILE --format jsonl|csv|claimreview [--table quotes|figures|claims] [--org NAME]'],
  description: `Writes the ledger to standard output, article by article (memory stays flat):
  jsonl         one line per article: document, content hash, text and every extracted layer
  csv           one table (--table quotes, figures or claims), RFC 4180 quoting, offsets in columns
  claimreview   schema.org ClaimReview JSON-LD: each claim a person rated, signed by the organization
                (--org NAME, else CLAIMGRAPH_ORG, else "claimgraph"), and each contested claim
                (a claim a rebuttal answers)

People's corrections are applied: a corrected speaker is the new one, and a corrected or rejected
item is marked (JSON Lines: "correction" on the item, "verdict" on a rated claim; CSV: the
"correction" and "verdict" columns); ClaimReview leaves rejected claims and rebuttals out.`,
  args: {
    rest: { type: 'positional', required: false, valueHint: 'none', description: 'refused: the command takes options only' },
    db: { type: 'string', valueHint: 'FILE', description: 'the store (required; or CLAIMGRAPH_DB)' },
    format: { type: 'string', valueHint: 'F', description: 'jsonl, csv or claimreview (required)' },
    table: { type: 'string', valueHint: 'T', description: 'with --format csv: quotes, figures or claims' },
    org: { type: 'string', valueHint: 'NAME', description: 'with --format claimreview: the organization that signs (also CLAIMGRAPH_ORG)' },
  },
  run: exportRun,
});

async function exportRun(values: { db?: string | undefined; format?: string | undefined; table?: string | undefined; org?: string | undefined; _: string[] }, io: CommandIo): Promise<number> {
  const positionals = values._;
  if (positionals.length) throw new ClaimgraphError('E_USAGE', `export takes no arguments besides options, got ${JSON.stringify(positionals.join(' '))}`);
  const format = values.format;
  if (format !== 'jsonl' && format !== 'csv' && format !== 'claimreview') {
    throw new ClaimgraphError('E_USAGE', `export needs --format jsonl, csv or claimreview${format === undefined ? '' : `; got ${JSON.stringify(format)}`}`);
  }
  if (format === 'csv' && !CSV_TABLES.includes(values.table as CsvTable)) {
    throw new ClaimgraphError('E_USAGE', `export --format csv needs --table quotes, figures or claims${values.table === undefined ? '' : `; got ${JSON.stringify(values.table)}`}`);
  }
  if (format !== 'csv' && values.table !== undefined) throw new ClaimgraphError('E_USAGE', '--table goes with --format csv only');

  const store = await openForReading(values.db, 'export');
  try {
    const out = new BufferedWriter(io.stdout);
    const chunks = format === 'jsonl' ? exportJsonl(store) : format === 'csv' ? exportCsv(store, values.table as CsvTable) : exportClaimReview(store, { org: values.org ?? process.env.CLAIMGRAPH_ORG ?? null });
    for await (const chunk of chunks) await out.write(chunk);
    await out.end();
  } finally {
    await store.close();
  }
  return 0;
}
