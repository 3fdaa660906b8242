import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ClaimgraphError } from '../../model/errors.ts';
import type { CommandIo } from '../io.ts';
import { claims } from './claims.ts';
import { contradictions } from './contradictions.ts';
import { figures } from './figures.ts';

const corpus = fileURLToPath(new URL('../../../test/fixtures/corpus/', import.meta.url));

async function run(command: (argv: readonly string[], io: CommandIo) => Promise<number>, argv: string[]) {
  let stdout = '';
  const reported: unknown[] = [];
  const status = await command(argv, {
    stdin: Readable.from([]),
    stdout: new Writable({ write(chunk, _e, done) { stdout += String(chunk); done(); } }),
    report: (error) => reported.push(error),
  });
  return { status, stdout, reported };
}

describe('claimgraph claims | contradictions | figures', () => {
  it('claims: JSON with each repeated claim once and its appearances', async () => {
    const { status, stdout } = await run(claims, ['--json', corpus]);
    expect(status).toBe(0);
    const out = JSON.parse(stdout);
    const c = out.claims.find((x: { claimant: string; proposition: string }) => x.claimant === 'russia-defense-ministry' && x.proposition === 'pokrovsk | encircle');
    expect(c.appearances).toHaveLength(3);
    expect(out.rebuttals.filter((r: { claim: string }) => r.claim === c.id).map((r: { rebutterName: string }) => r.rebutterName)).toEqual(['Ivan Kovalenko']);
  });

  it('claims: readable text', async () => {
    const { stdout } = await run(claims, [corpus]);
    expect(stdout).toMatch(/^\d+ claims in 11 articles; 4 rebuttals; 8 identities\n/);
    expect(stdout).toContain('pokrovsk | encircle  claimed by Russian Defense Ministry');
  });

  it('contradictions: the tolerance decides which figures disagree', async () => {
    const at = async (t: string) => JSON.parse((await run(contradictions, ['--json', '--tolerance', t, corpus])).stdout).contradictions
      .filter((c: { kind: string }) => c.kind === 'figure').length;
    expect([await at('0.3'), await at('0.2'), await at('0.1')]).toEqual([0, 1, 2]);
    const text = (await run(contradictions, [corpus])).stdout;
    expect(text).toContain('military-casualties of Russia per day in 2025-11: differ by 22%');
    expect(text).toContain('denied by Andrii Hnatov');
  });

  it('figures: a series per claimant, filtered by claimant', async () => {
    const { stdout } = await run(figures, ['--json', '--category', 'military-casualties', '--claimant', 'Pavel Sorokin', corpus]);
    const out = JSON.parse(stdout);
    expect(out.series.map((s: { claimant: string; points: { value: number }[] }) => [s.claimant, s.points.map((p) => p.value)])).toEqual([['pavel-sorokin', [1450, 1500, 1400]]]);
  });

  it.each([
    ['figures without --category', figures, [corpus], /needs --category/],
    ['figures with an unknown category', figures, ['--category', 'casualties', corpus], /unknown --category 'casualties'/],
    ['contradictions with a bad tolerance', contradictions, ['--tolerance', 'lots', corpus], /--tolerance must be a number/],
    ['claims without inputs', claims, [], /claims needs a FILE or DIR/],
    ['an unknown option', claims, ['--nope', corpus], /Unknown option '--nope'/],
  ] as const)('misuse is one clear error: %s', async (_name, command, argv, message) => {
    await expect(run(command, [...argv])).rejects.toThrow(message);
    await expect(run(command, [...argv])).rejects.toBeInstanceOf(ClaimgraphError);
  });

  it('a bad file is reported and the others are still read, exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimgraph-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'ok.txt'), 'date 2025-11-01\nMoscow claimed that Kupiansk had fallen. Kyiv denied it.');
    const { status, stdout, reported } = await run(claims, ['--json', dir]);
    expect(status).toBe(1);
    expect(reported).toHaveLength(1);
    expect(String((reported[0] as Error).message)).toMatch(/empty/);
    expect(JSON.parse(stdout).rebuttals.map((r: { text: string }) => r.text)).toEqual(['Kyiv denied it']);
  });
});
