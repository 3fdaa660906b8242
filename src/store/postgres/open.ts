import pg from 'pg';
import { ClaimgraphError } from '../../model/errors.ts';
import { PG_LATEST_VERSION, pgMigrations } from './migrations.ts';

/** Anything that runs a query: the pool, or one client inside a transaction. */
export type Sql = pg.Pool | pg.PoolClient;

/** A random 31-bit number, the advisory lock every migrating process takes: one migrates, the others wait. */
const MIGRATION_LOCK = 0x636c6772; // 'clgr'

/** `postgres://` or `postgresql://`: what chooses this backend (see ../index.ts). */
export function isPostgresUrl(s: string): boolean {
  return /^postgres(ql)?:\/\//i.test(s);
}

/** The URL without its password, to name the store in a message. */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@');
  }
}

/**
 * Connects a pool to the database at `url` and brings its schema to the latest version: all
 * migrations newer than the stored version in one transaction, under an advisory lock (a second
 * process waits, then finds the schema current); a crash in the middle leaves the version it had.
 */
export async function openPool(url: string, options: { readonly?: boolean; max?: number } = {}): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 4, application_name: 'claimgraph' });
  // An idle client's error (the server went away) must not crash the process; the next query reports it.
  pool.on('error', () => {});
  try {
    await migrate(pool, url, options.readonly ?? false);
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw pgError(url, e);
  }
  return pool;
}

export async function schemaVersion(sql: Sql): Promise<number> {
  const table = await sql.query<{ t: string | null }>("SELECT to_regclass('claimgraph_schema')::text AS t");
  if (table.rows[0]!.t === null) return 0;
  return (await sql.query<{ version: number }>('SELECT version FROM claimgraph_schema')).rows[0]?.version ?? 0;
}

async function migrate(pool: pg.Pool, url: string, readonly: boolean, upTo = PG_LATEST_VERSION): Promise<void> {
  const version = await schemaVersion(pool);
  await check(pool, url, version);
  if (version >= upTo) return;
  if (readonly) throw new ClaimgraphError('E_STORE', `store schema version ${version} needs upgrading to ${PG_LATEST_VERSION}; open it once for writing`, { file: displayUrl(url) });
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    const now = await schemaVersion(client);
    if (now !== version) await check(client, url, now);
    for (const m of pgMigrations) {
      if (m.version <= now || m.version > upTo) continue;
      await client.query(m.sql);
      await m.fill?.(client);
      await client.query('UPDATE claimgraph_schema SET version = $1', [m.version]);
    }
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

async function check(sql: Sql, url: string, version: number): Promise<void> {
  if (version > PG_LATEST_VERSION) {
    throw new ClaimgraphError('E_STORE', `store schema version ${version} is newer than this claimgraph knows (${PG_LATEST_VERSION}); upgrade claimgraph`, { file: displayUrl(url) });
  }
  if (version === 0) {
    const r = await sql.query<{ n: string }>("SELECT count(*) AS n FROM pg_tables WHERE schemaname = current_schema() AND tablename IN ('articles', 'quotes', 'speakers')");
    if (Number(r.rows[0]!.n) > 0) throw new ClaimgraphError('E_STORE', 'a PostgreSQL database with tables of its own, but not a claimgraph store', { file: displayUrl(url) });
  }
}

/** A database that cannot be used, as one line naming it (password hidden); bugs pass through unchanged. */
export function pgError(url: string, e: unknown): unknown {
  if (e instanceof ClaimgraphError) return e;
  const code = (e as { code?: string }).code ?? '';
  const message = (e as Error).message ?? String(e);
  const file = displayUrl(url);
  if (['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH'].includes(code) || code === '3D000' || code === '28P01' || code === '28000' || code.startsWith('08')) {
    return new ClaimgraphError('E_STORE', `cannot open the store: ${message}`, { file });
  }
  if (code === '53100') return new ClaimgraphError('E_STORE', 'the database server\'s disk is full', { file });
  if (code === '42501') return new ClaimgraphError('E_STORE', `cannot write the store: ${message}`, { file });
  return e;
}
