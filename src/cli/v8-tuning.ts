import { setFlagsFromString } from 'node:v8';

/**
 * V8 optimizes a function after a fixed amount of work in the interpreter (the interrupt
 * budget). A run of the CLI is short and meets new code paths for its first hundred documents;
 * with the default budget V8 optimizes the large extractor functions early, on partial type
 * feedback, then throws the code away at each path it had not seen ("insufficient type feedback")
 * and compiles them again: `--trace-opt` counted 1,200 optimizing compiles over the PolNeAR train
 * texts, with corefer, link, classify, the date scan and findNumbers compiled 5-11 times each, on
 * V8's background threads, whose CPU counts against one core. Waiting about nine times longer
 * before optimizing cut the CLI's CPU time over that corpus by 10-15 % (interleaved runs,
 * src/cli/README.md), and it changes no result.
 *
 * Imported first by main.ts, so the flag is set before the extractors' code is loaded. A budget
 * the user gave node (`--interrupt-budget`, directly or in NODE_OPTIONS) is left alone.
 */
const INTERRUPT_BUDGET = 600_000;

const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some((a) => a.startsWith('--interrupt-budget'));
if (!given) setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
