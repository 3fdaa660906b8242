// Migrations for both backends come from one list (schema.ts `schemaVersions`): each backend gives
// the DDL of exactly those versions, under the same names, in the same order.
import { describe, expect, it } from 'vitest';
import { schemaVersions } from '../../src/store/schema.ts';
import { migrations as sqliteMigrations } from '../../src/store/sqlite/migrations.ts';
import { pgMigrations } from '../../src/store/postgres/migrations.ts';

describe('migrations', () => {
  it.each([['sqlite', sqliteMigrations], ['postgres', pgMigrations]] as const)('%s follows the one list of schema versions', (_name, list) => {
    expect(list.map((m) => [m.version, m.name])).toEqual(schemaVersions.map((v) => [v.version, v.name]));
    for (const m of list) expect(m.sql.trim().length).toBeGreaterThan(0);
  });
});
