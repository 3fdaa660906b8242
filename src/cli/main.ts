// First: V8's tuning must be set before the extractors' code is loaded.
import './v8-tuning.ts';
import { readFileSync } from 'node:fs';
import { ClaimgraphError } from '../model/errors.ts';
import type { CommandIo } from './io.ts';
import { describeError, exitStatus, type Where } from './report.ts';

/**
 * The command line: the one place that exits the process. Bad input or misuse (ClaimgraphError)
 * prints one line `claimgraph: FILE:LINE: message` and exits 1; anything else is a bug, printed
 * as one line too (the stack with CLAIMGRAPH_DEBUG=1), and exits 2.
 */
const usage = `usage: claimgraph <command> [options]

Commands:
  extract FILE|DIR...    quotations, speakers and figures with exact offsets, as JSON
  extract --jsonl        the same for JSON Lines on standard input, one result line per document
  claims FILE|DIR...     each claim once, with every appearance, its claimant and its rebuttals
  contradictions FILE|DIR... [--tolerance 0.2]
                         propositions asserted and denied; figures that differ beyond the tolerance
  figures FILE|DIR... --category C [--claimant X]
                         a series per claimant over time for one category of figures
  ingest PATH... --db F  extract and store articles (text, JSONL, HTML, RSS/Atom, folders) in a ledger
  search QUERY --db F    full-text search over stored articles, quotations or claims
  query WHAT --db F      quotes, speakers, figures, claims, contradictions, mentions (JSON lines)
  export --db F --format jsonl|csv|claimreview   the ledger, article by article
  serve --db F [--port N] [--host H] [--token T]  the web UI and the JSON API on http://127.0.0.1:8080/
  correct --db F ...     reject an item, correct a speaker, merge or split identities (kept apart from the extraction)
  rate --db F --article A --item c1 --rating R   rate a claim true, false, misleading or unproven

Options:
  -h, --help             show this help ('claimgraph <command> --help' for a command's)
  --version              print the version
`;

type Command = (argv: readonly string[], io: CommandIo) => Promise<number>;

/** Loaded on demand, so that `--help` does not pay for the language model. */
const commands: Record<string, () => Promise<Command>> = {
  extract: async () => (await import('./commands/extract.ts')).extract,
  claims: async () => (await import('./commands/claims.ts')).claims,
  contradictions: async () => (await import('./commands/contradictions.ts')).contradictions,
  figures: async () => (await import('./commands/figures.ts')).figures,
  ingest: async () => (await import('./commands/ingest.ts')).ingestCommand,
  search: async () => (await import('./commands/search.ts')).search,
  query: async () => (await import('./commands/query.ts')).query,
  export: async () => (await import('./commands/export.ts')).exportCommand,
  serve: async () => (await import('./commands/serve.ts')).serveCommand,
  correct: async () => (await import('./commands/correct.ts')).correctCommand,
  rate: async () => (await import('./commands/correct.ts')).rateCommand,
};

const debug = process.env.CLAIMGRAPH_DEBUG === '1';

function report(error: unknown, where?: Where): void {
  process.stderr.write(`claimgraph: ${describeError(error, where, debug)}\n`);
  if (debug && error instanceof Error && error.stack && !(error instanceof ClaimgraphError)) process.stderr.write(error.stack + '\n');
}

async function run(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '-h' || name === '--help' || name === 'help') {
    process.stdout.write(usage);
    return 0;
  }
  if (name === '--version') {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    process.stdout.write(pkg.version + '\n');
    return 0;
  }
  if (name === undefined) throw new ClaimgraphError('E_USAGE', "no command given (see 'claimgraph --help')");
  const load = commands[name];
  if (!load) throw new ClaimgraphError('E_USAGE', `unknown command '${name}' (commands: ${Object.keys(commands).join(', ')})`);
  const command = await load();
  return command(rest, { stdin: process.stdin, stdout: process.stdout, report });
}

async function main(): Promise<never> {
  let status: number;
  try {
    status = await run(process.argv.slice(2));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0);
    report(e);
    status = exitStatus(e);
  }
  // Let standard output drain before leaving.
  await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
  process.exit(status);
}

// A reader that goes away (`claimgraph extract ... | head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  report(e);
  process.exit(2);
});

await main();
