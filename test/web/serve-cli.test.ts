import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/index.ts';
import { identityRules } from '../../src/link/identity-rules.ts';

const dir = mkdtempSync(join(tmpdir(), 'claimgraph-serve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], until?: RegExp): Promise<{ code: number | null; stdout: string; stderr: string; url?: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/claimgraph', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let url: string | undefined;
    child.stdout.on('data', async (d: Buffer) => {
      stdout += d;
      const m = until && !url ? until.exec(stdout) : null;
      if (m) {
        url = m[0];
        const res = await fetch(new URL('/api/stats', url));
        stdout += `\nstats ${res.status} ${await res.text()}\n`;
        child.kill('SIGTERM');
      }
    });
    child.stderr.on('data', (d: Buffer) => { stderr += d; });
    child.on('close', (code) => resolve({ code, stdout, stderr, url }));
  });
}

describe('claimgraph serve', () => {
  it('prints its URL on a line of its own, on 127.0.0.1, answers, and stops cleanly on SIGTERM', async () => {
    const db = join(dir, 'a.db');
    const store = openSqliteStore(db, { identities: identityRules });
    await store.close();
    const r = await run(['serve', '--db', db, '--port', '0'], /^http:\/\/127\.0\.0\.1:\d+\/$/m);
    expect(r.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(r.stdout).toMatch(/stats 200 \{"articles":0,/);
    expect(r.stdout).toMatch(/"writable":false/);
    expect(r.code).toBe(0);
  });

  it('reads --config (YAML): the store beside the file, the port and the organization; a flag wins over the file', async () => {
    const store = openSqliteStore(join(dir, 'c.db'), { identities: identityRules });
    await store.close();
    const config = join(dir, 'serve.yaml');
    writeFileSync(config, 'db: c.db\nport: 0\nhost: 127.0.0.1\norg: Kyiv Fact Desk\n');
    const fromFile = await run(['serve', '--config', config], /^http:\/\/127\.0\.0\.1:\d+\/$/m);
    expect(fromFile.code).toBe(0);
    expect(fromFile.stdout).toMatch(/"org":"Kyiv Fact Desk"/);
    const flagged = await run(['serve', '--config', config, '--org', 'Other Desk'], /^http:\/\/127\.0\.0\.1:\d+\/$/m);
    expect(flagged.stdout).toMatch(/"org":"Other Desk"/);
  });

  it('refuses a bad config file in one line naming the file and the field', async () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'db: c.db\nport: 70000\n');
    const r = await run(['serve', '--config', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`${bad}: bad serve config: port: `);
    const unknown = join(dir, 'unknown.json');
    writeFileSync(unknown, JSON.stringify({ db: 'c.db', token: 'secret-token-123' }));
    expect(await run(['serve', '--config', unknown])).toMatchObject({ code: 1, stderr: expect.stringMatching(/unknown\.json: bad serve config: .*token/) });
  });

  it('refuses misuse in one line naming the problem', async () => {
    expect(await run(['serve'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/needs --db FILE/) });
    expect(await run(['serve', '--db', join(dir, 'b.db'), '--port', 'x'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/--port must be a whole number/) });
    expect(await run(['serve', '--db', join(dir, 'b.db'), '--token', 'short'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/at least 8/) });
    const missing = await run(['serve', '--db', join(dir, 'missing.db')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect((await run(['serve', '--help'])).stdout).toMatch(/usage: claimgraph serve/);
  });
});
