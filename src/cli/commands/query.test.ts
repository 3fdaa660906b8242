import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpus } from '../../../test/store/corpus.ts';
import { makeDocument } from '../../model/document.ts';
import { contentHash } from '../../store/hash.ts';
import { openSqliteStore } from '../../store/index.ts';
import type { CommandIo } from '../io.ts';
import { describeError } from '../report.ts';
import { exportCommand } from './export.ts';
import { query } from './query.ts';
import { search } from './search.ts';
import { identityRules } from '../../link/identity-rules.ts';

const dir = mkdtempSync(join(tmpdir(), 'claimgraph-query-'));
const db = join(dir, 'ledger.db');
beforeAll(async () => {
  const store = openSqliteStore(db, { identities: identityRules });
  const hostile = makeDocument({ id: 'hostile', text: 'The \x1b[2J bridge\x07 report\u202e ends here.', date: '2025-01-01' });
  const empty = { quotes: [], entities: [], figures: [], places: [], equipment: [], dates: [], claims: [], rebuttals: [] };
  await store.put([...corpus(), { document: hostile, hash: contentHash(hostile), extraction: empty }]);
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
type Row = Record<string, unknown>;
const contradiction = (r: Row) => (r.kind === 'proposition'
  ? [r.kind, r.proposition, (r.asserted as Row[]).map((a) => a.claimant), (r.denied as Row[]).map((d) => d.rebutter)]
  : [r.kind, r.category, ...[r.a, r.b].map((p) => ((p as Row).appearances as Row[])[0]!.document)]);
const lines = (s: string) => (s.trimEnd() ? s.trimEnd().split('\n') : []).map((l) => JSON.parse(l) as Record<string, unknown>);
async function failure(command: Command, args: string[]) {
  const error = await command(args, { stdin: Readable.from([]), stdout: new Writable({ write: (_c, _e, d) => d() }), report: () => {} }).then(() => null, (e: unknown) => e);
  return describeError(error);
}

describe('claimgraph search', () => {
  it('prints each hit with its article, offsets and highlighted words; no control character gets through', async () => {
    const { status, stdout } = await run(search, ['bridge', '--db', db]);
    expect(status).toBe(0);
    expect(stdout).toBe(
      'hostile  2025-01-01  [0-35]\n  …The [2J **bridge** report ends here.…\n\n'
      + 'bridge-strike  2025-03-04  [0-154]\n  …Ukrainian drones struck a railway **bridge** near Tokmak overnight, the Southern Defense Forces said on Tuesday. ¶ "The **bridge** carried fuel trains to the front…\n\n',
    );
  });

  it('prints JSON lines with --json, and searches quotations with --in quotes', async () => {
    const { stdout } = await run(search, ['arithmetic', '--db', db, '--in', 'quotes', '--json']);
    expect(lines(stdout)).toEqual([{
      scope: 'quotes', article: 'artillery-delivery', item: 'q2', speaker: 'Oksana Lysenko', title: null, date: '2025-04-02', start: 319, end: 381,
      text: 'the deliveries "changed the arithmetic of the southern front."', matches: [{ start: 347, end: 357, text: 'arithmetic' }],
    }]);
  });

  it.each([
    [['bridge'], 'search needs --db FILE; see \'claimgraph search --help\''],
    [['--db', 'x.db'], "search needs a QUERY; see 'claimgraph search --help'"],
    [['bridge', '--db', db, '--in', 'everything'], '--in must be articles, quotes or claims; got "everything"'],
    [['bridge', '--db', join(dir, 'missing.db')], `${join(dir, 'missing.db')}: cannot open the store: unable to open database file`],
  ])('refuses %j in one line', async (args, message) => expect(await failure(search, args)).toBe(message));
});

describe('claimgraph query', () => {
  it.each([
    [['quotes', '--speaker', 'petro marchenko'], (r: Record<string, unknown>) => [r.article, (r.item as { id: string }).id], [['harbor-shelling', 'q1'], ['harbor-shelling', 'q2']]],
    [['speakers', '--limit', '1'], (r: Record<string, unknown>) => [r.name, r.quotes], [['Oksana Lysenko', 4]]],
    [['figures', '--from', '2025-04'], (r: Record<string, unknown>) => [r.article, (r.item as { text: string }).text], [['artillery-delivery', '40 self-propelled howitzers'], ['drone-factory', '300 interceptor drones']]],
    [['figures', '--to', '2025-03'], (r: Record<string, unknown>) => r.article, ['bridge-strike', 'harbor-shelling', 'harbor-shelling']],
    [['claims', '--contested'], (r: Record<string, unknown>) => [r.article, (r.rebuttals as unknown[]).length], [['bridge-strike', 1]]],
    // Across stored articles (src/link): who asserts and who denies, by identity. The April figures
    // of two articles (40 howitzers, 300 drones) share a category but count different things.
    [['contradictions'], contradiction, [['proposition', 'bridge | undamaged', ['russia-defense-ministry'], ['oksana-lysenko']]]],
    [['mentions', '--equipment', 'krab'], (r: Record<string, unknown>) => [r.article, r.name, r.spans], [['artillery-delivery', 'AHS Krab', [{ start: 238, end: 242, text: 'Krab' }]]]],
    [['speakers', '--limit', '1', '--offset', '9007199254740991'], (r: Record<string, unknown>) => r.name, []],
    [['speakers', '--limit', '9007199254740991', '--offset', '1000'], (r: Record<string, unknown>) => r.name, []],
  ])('%j', async (args, pick, expected) => {
    const { status, stdout } = await run(query, [...args, '--db', db]);
    expect(status).toBe(0);
    expect(lines(stdout).map(pick)).toEqual(expected);
  });

  it.each([
    [['quotes'], 'query quotes needs --speaker NAME or --article ID'],
    [['figures', '--category', 'tanks'], '--category must be one of military-casualties, civilian-casualties, troops, equipment, munitions, territory, displaced-people, money, historical, bodies-found, age, duration, objects, other; got "tanks"'],
    [['mentions', '--place', 'Kyiv', '--equipment', 'F-16'], 'query mentions needs one of --place NAME or --equipment NAME'],
    [['everything'], "unknown query 'everything' (quotes, speakers, figures, claims, contradictions, mentions)"],
    [['figures', '--from', 'last week'], '--from must be a date YYYY-MM-DD (or YYYY-MM, YYYY), got "last week"'],
    // Issue 16, item 8: these were accepted, or ended in "internal error: SqliteError: datatype mismatch".
    [['figures', '--from', '2025-99-99'], '--from must be a date YYYY-MM-DD (or YYYY-MM, YYYY), got "2025-99-99"'],
    [['figures', '--to', '2025-02-30'], '--to must be a date YYYY-MM-DD (or YYYY-MM, YYYY), got "2025-02-30"'],
    [['figures', '--from', '2025-13'], '--from must be a date YYYY-MM-DD (or YYYY-MM, YYYY), got "2025-13"'],
    [['speakers', '--limit', '9007199254740993'], '--limit must be a whole number from 0 to 9007199254740991, got "9007199254740993"'],
    [['speakers', '--offset', '1e300'], '--offset must be a whole number from 0 to 9007199254740991, got "1e300"'],
  ])('refuses %j in one line', async (args, message) => expect(await failure(query, [...args, '--db', db])).toBe(message));
});

describe('claimgraph export', () => {
  it('writes csv and jsonl to standard output', async () => {
    expect((await run(exportCommand, ['--db', db, '--format', 'csv', '--table', 'claims'])).stdout.split('\r\n')).toHaveLength(4);
    expect(lines((await run(exportCommand, ['--db', db, '--format', 'jsonl'])).stdout).map((l) => l.id)).toEqual([
      'artillery-delivery', 'bridge-strike', 'drone-factory', 'harbor-shelling', 'hostile',
    ]);
  });

  it.each([
    [['--db', db], 'export needs --format jsonl, csv or claimreview'],
    [['--db', db, '--format', 'csv'], 'export --format csv needs --table quotes, figures or claims'],
    [['--db', db, '--format', 'jsonl', '--table', 'quotes'], '--table goes with --format csv only'],
  ])('refuses %j in one line', async (args, message) => expect(await failure(exportCommand, args)).toBe(message));
});
