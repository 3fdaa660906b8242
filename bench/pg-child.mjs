// Runs a command and prints, after its output, one JSON line with its CPU time (user + system,
// itself and its children): how bench/pg.ts measures each worker's CPU.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const [command, ...args] = process.argv.slice(2);
const r = spawnSync(process.execPath, [command, ...args], { stdio: ['ignore', 'inherit', 'inherit'] });
// A waited-for child's CPU time is in the children's totals, which Node does not expose;
// /proc/self/stat's cutime and cstime fields (clock ticks, 100 a second on Linux) are.
const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
const ticks = 100;
const cpu = (Number(fields[13]) + Number(fields[14])) / ticks;
process.stdout.write(JSON.stringify({ cpu }) + '\n');
process.exit(r.status ?? 1);
