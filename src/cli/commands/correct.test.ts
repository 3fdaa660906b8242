import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpus } from '../../../test/store/corpus.ts';
import { ClaimgraphError } from '../../model/errors.ts';
import { openSqliteStore } from '../../store/index.ts';
import type { CommandIo } from '../io.ts';
import { correctCommand, rateCommand } from './correct.ts';
import { exportCommand } from './export.ts';
import { query } from './query.ts';
import { identityRules } from '../../link/identity-rules.ts';

const dir = mkdtempSync(join(tmpdir(), 'claimgraph-correct-'));
const db = join(dir, 'ledger.db');
beforeAll(async () => {
  const store = openSqliteStore(db, { identities: identityRules });
  await store.put(corpus());
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Command = (argv: readonly string[], io: CommandIo) => Promise<number>;
async function run(command: Command, args: string[]) {
  let stdout = '';
  const out = new Writable({ write(chunk, _enc, done) { stdout += String(chunk); done(); } });
  const status = await command(args, { stdin: Readable.from([]), stdout: out, report: () => {} });
  return { status, stdout };
}
const lines = (s: string) => s.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('claimgraph correct / rate', () => {
  it('rejects an item, corrects a speaker and rates a claim; query and export show them', async () => {
    const r = await run(correctCommand, ['--db', db, '--article', 'bridge-strike', '--item', 'q2', '--reject', '--note', 'scare quotes', '--author', 'Maria']);
    expect(r.status).toBe(0);
    expect(lines(r.stdout)[0]).toMatchObject({ kind: 'reject', author: 'Maria', note: 'scare quotes', target: { article: 'bridge-strike', layer: 'quotes' } });
    await run(correctCommand, ['--db', db, '--article', 'harbor-shelling', '--item', 'q1', '--speaker', 'Ivan Fedorov', '--author', 'Maria']);
    await run(rateCommand, ['--db', db, '--article', 'bridge-strike', '--item', 'c1', '--rating', 'false', '--author', 'Ivan']);
    const quotes = lines((await run(query, ['quotes', '--article', 'bridge-strike', '--db', db])).stdout);
    expect(quotes.map((q) => (q.item as { id: string }).id)).toEqual(['q1']);
    const fedorov = lines((await run(query, ['quotes', '--speaker', 'Ivan Fedorov', '--db', db])).stdout);
    expect(fedorov.map((q) => `${q.article}/${(q.item as { id: string }).id}`)).toEqual(['harbor-shelling/q1']);
    const reviews = JSON.parse((await run(exportCommand, ['--db', db, '--format', 'claimreview', '--org', 'Kyiv Fact Desk'])).stdout) as { author: { name: string }; reviewRating: { alternateName: string } }[];
    expect(reviews[0]).toMatchObject({ author: { name: 'Kyiv Fact Desk' }, reviewRating: { alternateName: 'false' } });
  });

  it('refuses misuse in one line', async () => {
    const fail = (args: string[], command: Command = correctCommand) => run(command, args).then(() => null, (e: unknown) => e);
    for (const [args, message] of [
      [['--db', db, '--article', 'bridge-strike', '--item', 'q9', '--reject'], /has no item "q9"/],
      [['--db', db, '--article', 'nope', '--item', 'q1', '--reject'], /no article "nope"/],
      [['--db', db, '--merge', 'A'], /--into/],
      [['--db', db, '--article', 'bridge-strike', '--item', 'q1'], /exactly one of/],
    ] as const) {
      const e = await fail([...args]);
      expect(e).toBeInstanceOf(ClaimgraphError);
      expect((e as Error).message).toMatch(message);
    }
    expect(((await fail(['--db', db, '--article', 'bridge-strike', '--item', 'c1', '--rating', 'pants'], rateCommand)) as Error).message).toMatch(/--rating must be one of true, false, misleading, unproven/);
  });
});
