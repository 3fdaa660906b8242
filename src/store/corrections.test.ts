import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { correctionsContract } from '../../test/store/corrections-contract.ts';
import { openSqliteStore } from './sqlite/index.ts';
import { identityRules } from '../link/identity-rules.ts';

const dir = mkdtempSync(join(tmpdir(), 'claimgraph-corrections-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

correctionsContract('sqlite', async () => openSqliteStore(join(dir, `c${++n}.db`), { identities: identityRules }));
