import { parseArgs as strictParse, type ParseArgsConfig } from 'node:util';
import { defineCommand, runCommand, type ArgDef, type ArgsDef, type CommandDef, type ParsedArgs } from 'citty';
import { ClaimgraphError } from '../model/errors.ts';
import type { CommandIo } from './io.ts';

/**
 * One command of the CLI, declared once: its options (citty's declarations, with a `valueHint`
 * naming the value in the help), the synopsis lines and prose of its help, and what it does.
 * `--help` is rendered from these declarations (`renderHelp`); the options are parsed by citty.
 */
export interface CommandSpec<A extends ArgsDef, D> {
  /** The command's name, as typed after `claimgraph`. */
  readonly name: string;
  /** The synopsis, one line per form, each after `claimgraph ` (`extract [--compact] FILE|DIR...`). */
  readonly synopsis: readonly string[];
  /** What the command does: the paragraphs between the synopsis and the options. */
  readonly description: string;
  /**
   * The options and positionals. A `positional` declared (not required) lets the command take
   * arguments besides options (all of them in `args._`); without one any argument is refused.
   */
  readonly args: A;
  /** Text after the options (environment variables, exit statuses, examples). */
  readonly notes?: string;
  /** Runs the command with the parsed options and returns the exit status. */
  readonly run: (args: ParsedArgs<A & typeof helpArg>, io: CommandIo, data: D) => Promise<number>;
}

/** What `commands/index.ts` loads: argv and the outside world in, the exit status out. */
export type Command<D = undefined> = ((argv: readonly string[], io: CommandIo, data?: D) => Promise<number>) & {
  /** The citty declaration. */
  readonly def: CommandDef;
  /** The text `--help` prints. */
  readonly usage: string;
};

/** Every command answers `-h` and `--help`. */
const helpArg = { help: { type: 'boolean', alias: 'h', description: 'show this help' } } as const satisfies ArgsDef;

/**
 * Declares a command: a citty `defineCommand`, its help text, and the function that parses argv
 * and runs it. Parsing is citty's, after a strict check derived from the same declarations
 * (citty alone accepts unknown options and options without their value): an unknown option, a
 * missing value or an argument a command takes none of is one usage error (exit 1).
 */
export function command<const A extends ArgsDef, D = undefined>(spec: CommandSpec<A, D>): Command<D> {
  const args = { ...spec.args, ...helpArg } as A & typeof helpArg;
  const usage = renderHelp(spec.name, spec.synopsis, spec.description, args, spec.notes);
  const def = defineCommand({
    meta: { name: spec.name, description: spec.description },
    args,
    run: ({ args: parsed, data }) => {
      const { io, extra } = data as { io: CommandIo; extra: D };
      if (parsed.help) {
        io.stdout.write(usage);
        return Promise.resolve(0);
      }
      return spec.run(parsed as ParsedArgs<A & typeof helpArg>, io, extra);
    },
  });
  const strict = strictConfig(args);
  const run = async (argv: readonly string[], io: CommandIo, extra?: D): Promise<number> => {
    try {
      strictParse({ ...strict, args: [...argv] });
    } catch (e) {
      throw new ClaimgraphError('E_USAGE', `${(e as Error).message.replace(/\s*\n\s*/g, ' ')} (see 'claimgraph --help')`);
    }
    const { result } = await runCommand(def as CommandDef, { rawArgs: [...argv], data: { io, extra } });
    return result as number;
  };
  return Object.assign(run, { def: def as CommandDef, usage });
}

/** node:util's strict parser configured from the declarations: the options exactly as declared, nothing else. */
function strictConfig(args: ArgsDef): ParseArgsConfig {
  const options: NonNullable<ParseArgsConfig['options']> = {};
  let allowPositionals = false;
  for (const [name, arg] of Object.entries(args)) {
    if (arg.type === 'positional') {
      allowPositionals = true;
      continue;
    }
    const short = aliases(arg).find((a) => a.length === 1);
    options[name] = { type: arg.type === 'boolean' ? 'boolean' : 'string', ...(short ? { short } : {}) };
  }
  return { options, allowPositionals, strict: true };
}

const aliases = (arg: ArgDef): string[] => ('alias' in arg && arg.alias !== undefined ? [arg.alias].flat() : []);

/** The label of an option in the help: `-h, --help`, `--db FILE`. */
function label(name: string, arg: ArgDef): string {
  const short = aliases(arg).filter((a) => a.length === 1).map((a) => `-${a}, `).join('');
  const hint = arg.type === 'boolean' ? '' : ` ${arg.valueHint ?? name.toUpperCase()}`;
  return `${short}--${name}${hint}`;
}

/** Labels up to this long share their line with the description; longer ones put it on the next. */
const LABEL_WIDTH = 16;

/**
 * The help of one command: `usage: claimgraph ...` lines, the description, one line per option
 * (its label, its description, continuation lines indented under it) and the notes.
 */
export function renderHelp(name: string, synopsis: readonly string[], description: string, args: ArgsDef, notes?: string): string {
  const lines = synopsis.map((s, i) => `${i === 0 ? 'usage:' : '      '} claimgraph ${s}`);
  const options = Object.entries(args).filter(([, a]) => a.type !== 'positional');
  const labels = options.map(([n, a]) => label(n, a));
  const width = Math.min(LABEL_WIDTH, Math.max(...labels.map((l) => l.length)));
  const column = 2 + width + 3;
  const optionLines: string[] = [];
  options.forEach(([, arg], i) => {
    const text = (arg.description ?? '').split('\n');
    const head = `  ${labels[i]!}`;
    if (head.length + 2 > column) optionLines.push(head, ...text.map((t) => ' '.repeat(column) + t));
    else optionLines.push(head.padEnd(column) + text[0], ...text.slice(1).map((t) => ' '.repeat(column) + t));
  });
  const parts = [lines.join('\n'), description.trim(), `Options:\n${optionLines.join('\n')}`];
  if (notes?.trim()) parts.push(notes.trim());
  return parts.join('\n\n') + '\n';
}
