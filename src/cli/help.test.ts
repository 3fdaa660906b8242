/**
 * Every command answers `--help` with its own usage and exit 0; the general help lists every
 * command of the table; `claimgraph help <command>` is `<command> --help`. The commands run in
 * process (one CLI start-up per command costs seconds on a busy machine); one run through the
 * launcher checks main.ts's routing of `help`.
 */
import { spawnSync } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commands, usage, type Command } from './commands/index.ts';
import type { CommandIo } from './io.ts';

async function help(name: string): Promise<{ status: number; out: string; reported: unknown[] }> {
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (c: Buffer) => { out += c.toString('utf8'); });
  const reported: unknown[] = [];
  const io: CommandIo = { stdin: new PassThrough(), stdout, report: (e) => reported.push(e) };
  const status = await (await commands[name]!())(['--help'], io);
  return { status, out, reported };
}

describe('claimgraph --help and each command', () => {
  const names = Object.keys(commands);

  it('the general help lists every command', () => {
    expect(names.length).toBeGreaterThanOrEqual(9);
    const listed = [...usage.split('Commands:')[1]!.split('Options:')[0]!.matchAll(/^ {2}([a-z][a-z-]*)\b/gm)].map((m) => m[1]!);
    expect(new Set(listed)).toEqual(new Set(names));
  });

  it.each(Object.keys(commands))('%s --help prints its own usage and exits 0', async (name) => {
    const r = await help(name);
    expect(r.reported).toEqual([]);
    expect(r.status).toBe(0);
    expect(r.out).toMatch(new RegExp(`^usage: claimgraph ${name}\\b`));
  });

  it.each(Object.keys(commands))('%s --help lists every option the command declares, and refuses an undeclared one', async (name) => {
    const command = (await commands[name]!()) as Command & { def?: { args?: Record<string, { type?: string }> } };
    const declared = Object.entries(command.def?.args ?? {}).filter(([, a]) => a.type !== 'positional').map(([n]) => n);
    expect(declared).toContain('help');
    const { out } = await help(name);
    for (const option of declared) expect(out).toMatch(new RegExp(`^ {2}(-[a-z], )?--${option}\\b`, 'm'));
    const io: CommandIo = { stdin: new PassThrough(), stdout: new PassThrough(), report: () => {} };
    await expect(command(['--no-such-option'], io)).rejects.toThrow(/^Unknown option '--no-such-option'.*\(see 'claimgraph --help'\)$/);
  });

  it('help <command> through the launcher is <command> --help', async () => {
    const bin = fileURLToPath(new URL('../../bin/claimgraph', import.meta.url));
    const r = spawnSync(process.execPath, [bin, 'help', 'ingest'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe((await help('ingest')).out);
  });
});
