/**
 * `claimgraph contradictions` on articles we wrote (test/fixtures/disputes/): one side's assertion
 * and the other's denial in other words, across articles (issue 14), with what matched and how sure;
 * an energy war and a hedged food crisis, whose frames are there but do not match, are not listed.
 */
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const bin = join(root, 'bin/claimgraph');
const dir = join(root, 'test/fixtures/disputes');

function claimgraph(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(bin, args, { cwd: root, maxBuffer: 1 << 26 }, (error, stdout, stderr) => done({ status: error ? Number(error.code) : 0, stdout, stderr }));
  });
}

describe('claimgraph contradictions: disputes by structured proposition', () => {
  it('lists the two disputes, each with what matched, and nothing else', async () => {
    const run = await claimgraph(['contradictions', dir]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe([
      '2 contradictions in 3 articles (figure tolerance 0.2)',
      '',
      'russia | perpetrate | in irpin',
      '  matched: predicate perpetrate; agent Russia; places irpin (confidence 0.75)',
      '  asserted by Dmytro Kuleba: 2025-11-10 01-kyiv [53, 132)',
      '  denied by Dmitry Peskov: 2025-11-12 02-moscow [9, 104)',
      '',
      'russia | start war',
      '  matched: predicate start; agent Russia; theme war (confidence 0.6)',
      '  asserted by Dmytro Kuleba: 2025-11-10 01-kyiv [152, 232)',
      '  denied by Dmitry Peskov: 2025-11-12 02-moscow [167, 235)',
      '',
    ].join('\n'));
  });

  it('--json keeps the matched arguments, the confidence and the exact words of each appearance', async () => {
    const run = await claimgraph(['contradictions', '--json', dir]);
    expect(run.status).toBe(0);
    const { contradictions } = JSON.parse(run.stdout);
    expect(contradictions.map((c: { proposition: string; matched: unknown; confidence: number }) => [c.proposition, c.matched, c.confidence])).toEqual([
      ['russia | perpetrate | in irpin', { predicate: 'perpetrate', agent: 'Russia', theme: null, places: ['irpin'] }, 0.75],
      ['russia | start war', { predicate: 'start', agent: 'Russia', theme: 'war', places: [] }, 0.6],
    ]);
    expect(contradictions[0].denied[0].appearances[0].text).toBe('"We saw a staged incident in the town of Irpin, which the Russian army had nothing to do with,"');
  });
});
