// First: V8's tuning must be set before the extractors' code is loaded.
import './v8-tuning.ts';
import { readFileSync } from 'node:fs';
import { ClaimgraphError } from '../model/errors.ts';
import { commands, usage } from './commands/index.ts';
import { describeError, exitStatus, type Where } from './report.ts';

/**
 * The command line: the one place that exits the process. Bad input or misuse (ClaimgraphError)
 * prints one line `claimgraph: FILE:LINE: message` and exits 1; anything else is a bug, printed
 * as one line too (the stack with CLAIMGRAPH_DEBUG=1), and exits 2.
 */

const debug = process.env.CLAIMGRAPH_DEBUG === '1';

function report(error: unknown, where?: Where): void {
  process.stderr.write(`claimgraph: ${describeError(error, where, debug)}\n`);
  if (debug && error instanceof Error && error.stack && !(error instanceof ClaimgraphError)) process.stderr.write(error.stack + '\n');
}

async function run(argv: readonly string[]): Promise<number> {
  let [name, ...rest] = argv;
  // `claimgraph help ingest` is `claimgraph ingest --help`.
  if (name === 'help' && rest[0] !== undefined) [name, rest] = [rest[0], ['--help']];
  else if (name === '-h' || name === '--help' || name === 'help') {
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
