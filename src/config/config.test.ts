import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeError } from '../cli/report.ts';
import { loadServeConfig, serveSettings } from './serve.ts';
import { loadConfig } from './watch.ts';

const dir = mkdtempSync(join(tmpdir(), 'claimgraph-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** The one line the CLI would print for a failed load. */
async function problem(load: Promise<unknown>): Promise<string> {
  try {
    await load;
  } catch (e) {
    return describeError(e);
  }
  throw new Error('loaded');
}

describe('serve --config', () => {
  it('reads JSON and YAML alike; an SQLite path is relative to the file, a postgres:// URL is kept', async () => {
    const json = await loadServeConfig(write('s.json', JSON.stringify({ org: 'Kyiv Fact Desk', host: '::1', port: 9000, db: 'ledger.db' })));
    const yaml = await loadServeConfig(write('s.yaml', '# the desk\norg: Kyiv Fact Desk\nhost: "::1"\nport: 9000\ndb: ledger.db\n'));
    expect(json).toEqual({ org: 'Kyiv Fact Desk', host: '::1', port: 9000, db: join(dir, 'ledger.db') });
    expect(yaml).toEqual(json);
    expect(await loadServeConfig(write('pg.yml', 'db: postgres://u@db.example/claimgraph\n'))).toEqual({ db: 'postgres://u@db.example/claimgraph' });
    expect(await loadServeConfig(write('empty.json', '{}'))).toEqual({});
  });

  it('flags win over the file, the file over the environment, the environment over the defaults', () => {
    const env = { CLAIMGRAPH_DB: 'env.db', CLAIMGRAPH_ORG: 'Env Org' };
    expect(serveSettings({}, {}, {})).toEqual({ db: undefined, host: '127.0.0.1', port: 8080, org: null });
    expect(serveSettings({}, {}, env)).toEqual({ db: 'env.db', host: '127.0.0.1', port: 8080, org: 'Env Org' });
    const file = { db: '/f/file.db', host: '0.0.0.0', port: 9000, org: 'File Org' };
    expect(serveSettings({}, file, env)).toEqual({ db: '/f/file.db', host: '0.0.0.0', port: 9000, org: 'File Org' });
    expect(serveSettings({ db: 'flag.db', host: '::1', port: 0, org: 'Flag Org' }, file, env)).toEqual({ db: 'flag.db', host: '::1', port: 0, org: 'Flag Org' });
    // Port 0 from a flag is a port (the system picks), not "not given".
    expect(serveSettings({ port: 0 }, file, env).port).toBe(0);
  });

  it('a bad file is one line naming the file and each bad field', async () => {
    expect(await problem(loadServeConfig(write('port.yaml', 'port: 70000\n')))).toMatch(/port\.yaml: bad serve config: port: .*65535/);
    expect(await problem(loadServeConfig(write('types.json', JSON.stringify({ port: '8080', org: '' }))))).toMatch(/types\.json: bad serve config: org: .*; port: .*number/);
    expect(await problem(loadServeConfig(write('token.yaml', 'token: hunter22hunter22\n')))).toMatch(/token\.yaml: bad serve config: .*"token"/);
    expect(await problem(loadServeConfig(write('host.yaml', 'host: http://example.org/\n')))).toMatch(/host\.yaml: bad serve config: host: an address or host name/);
    expect(await problem(loadServeConfig(write('list.yaml', '- 1\n- 2\n')))).toMatch(/list\.yaml: bad serve config: \(top\): /);
    expect(await problem(loadServeConfig(write('broken.yaml', 'port: [1, 2\n')))).toMatch(/broken\.yaml: the serve config is not YAML \(or JSON\): /);
    expect(await problem(loadServeConfig(write('broken.json', '{"port": 1,}')))).toMatch(/broken\.json: the serve config is not JSON: /);
    expect(await problem(loadServeConfig(join(dir, 'none.yaml')))).toMatch(/none\.yaml: cannot read the serve config: no such file/);
    expect(await problem(loadServeConfig(dir))).toMatch(/cannot read the serve config: a directory/);
  });

  it('refuses YAML whose aliases would expand without bound', async () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    expect(await problem(loadServeConfig(write('bomb.yaml', `${bomb.join('\n')}\n`)))).toMatch(/bomb\.yaml: the serve config is not YAML/);
  });
});

describe('watch --config in YAML', () => {
  it('reads the same sources from YAML as from JSON; a bad field is named', async () => {
    const json = await loadConfig(write('w.json', JSON.stringify({ defaults: { every: '10m' }, sources: [{ name: 'wire', feed: 'https://example.org/rss' }, { folder: 'inbox' }] })));
    const yaml = await loadConfig(write('w.yaml', 'defaults:\n  every: 10m\nsources:\n  - name: wire\n    feed: https://example.org/rss\n  - folder: inbox\n'));
    expect(yaml.sources).toEqual(json.sources);
    expect(yaml.sources[1]).toMatchObject({ kind: 'folder', path: join(dir, 'inbox'), everyMs: 600_000 });
    expect(await problem(loadConfig(write('wbad.yml', 'sources:\n  - feed: https://example.org/rss\n    every: soon\n')))).toMatch(/wbad\.yml: bad watch config: sources\.0\.every: a duration/);
  });
});
