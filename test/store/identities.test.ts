/**
 * One identity per person across stored articles: the articles in test/fixtures/identities/
 * (written for this test) spell Zelensky, Lukashenko and Vucic several ways and name Olena Zelenska,
 * a namesake. They go through the real pipeline and `claimgraph ingest`, then `claimgraph query`.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestCommand } from '../../src/cli/commands/ingest.ts';
import { query } from '../../src/cli/commands/query.ts';
import type { CommandIo } from '../../src/cli/io.ts';
import { makeDocument } from '../../src/model/document.ts';
import type { Quotation } from '../../src/model/items.ts';
import { contentHash } from '../../src/store/hash.ts';
import { openSqliteStore } from '../../src/store/index.ts';
import { identityRules } from '../../src/link/identity-rules.ts';

const fixtures = resolve(fileURLToPath(import.meta.url), '../../fixtures/identities');
const dir = mkdtempSync(join(tmpdir(), 'claimgraph-identities-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = () => join(dir, `store-${++n}.db`);

type Command = (argv: readonly string[], io: CommandIo) => Promise<number>;
async function output(command: Command, args: string[]): Promise<string> {
  let stdout = '';
  const out = new Writable({ write(chunk, _enc, done) { stdout += String(chunk); done(); } });
  expect(await command(args, { stdin: Readable.from([]), stdout: out, report: () => {} })).toBe(0);
  return stdout;
}
const run = async (command: Command, args: string[]) =>
  (await output(command, args)).trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
const ingest = (args: string[]) => output(ingestCommand, args);
const file = (name: string) => join(fixtures, name);
const all = readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort();
const spellings = (r: Record<string, unknown>) => (r.spellings as { name: string }[]).map((s) => s.name).sort();
const quoteIds = (rows: Record<string, unknown>[]) => rows.map((r) => `${r.article as string}/${(r.item as { id: string }).id}`).sort();

/** One article with one quotation by `speaker`, written by hand: the store's answer whatever the extractors do. */
  const ledger = (id: string, text: string, speaker: string) => {
    const document = makeDocument({ id, text, date: '2024-03-01' });
    const at = text.indexOf(speaker);
    const quote: Quotation = {
      id: 'q1', kind: 'direct', start: 0, end: at - 1, text: text.slice(0, at - 1), utterance: 'u1', confidence: 0.9, rule: 'test', cue: null, addressee: null, quoted: [],
      speaker: { mention: { start: at, end: at + speaker.length, text: speaker }, name: speaker, entity: null, kind: 'person', pronoun: false, role: null, antecedent: null, confidence: 0.9, rule: 'test' },
    };
    return { document, hash: contentHash(document), extraction: { quotes: [quote], entities: [], figures: [], places: [], equipment: [], dates: [], claims: [], rebuttals: [] } };
  };

describe('identities in the store', () => {
  it('lists one identity per person with its spellings, and finds every quotation by any spelling or a partial name', async () => {
    const db = fresh();
    await ingest([...all.map(file), '--db', db]);
    const speakers = await run(query, ['speakers', '--db', db]);
    expect(speakers.map((s) => [s.id, s.name, s.quotes, s.articles, spellings(s)])).toEqual([
      ['volodymyr-zelenskyy', 'Volodymyr Zelenskyy', 6, 3, ['President Zelensky', 'Volodymyr Zelenskiy', 'Volodymyr Zelenskyy']],
      ['aleksandr-lukashenko', 'Aleksandr Lukashenko', 3, 2, ['Aleksandr Lukashenko', 'Alexander Lukashenko']],
      ['aleksandar-vucic', 'Aleksandar Vucic', 2, 1, ['Aleksandar Vucic']],
      ['olena-zelenska', 'Olena Zelenska', 2, 1, ['Olena Zelenska']],
    ]);
    const zelensky = ['01-zelenskiy/q1', '01-zelenskiy/q2', '02-zelenskyy/q1', '02-zelenskyy/q2', '02-zelenskyy/q3', '03-president-zelensky/q1'];
    for (const name of ['Zelensky', 'zelenskyy', 'Volodymyr Zelensky', 'President Zelenskiy', 'Volodymyr Zelenskyy']) {
      expect(quoteIds(await run(query, ['quotes', '--speaker', name, '--db', db])), name).toEqual(zelensky);
      expect((await run(query, ['speakers', '--name', name, '--db', db])).map((s) => s.id), name).toEqual(['volodymyr-zelenskyy']);
    }
    // The namesake stays apart and is found by her own names only.
    expect(quoteIds(await run(query, ['quotes', '--speaker', 'Zelenska', '--db', db]))).toEqual(['04-zelenska/q1', '04-zelenska/q2']);
    expect((await run(query, ['speakers', '--name', 'Lukashenko', '--db', db])).map((s) => s.id)).toEqual(['aleksandr-lukashenko']);
    expect(await run(query, ['quotes', '--speaker', 'Petro Poroshenko', '--db', db])).toEqual([]);
  });

  it('joins a surname stored first to the full name an article gives later, and splits it again when that article goes', async () => {
    const db = fresh();
    await ingest([file('03-president-zelensky.txt'), '--db', db]);
    expect((await run(query, ['speakers', '--db', db])).map((s) => [s.name, spellings(s)])).toEqual([['Zelensky', ['President Zelensky']]]);
    await ingest([file('02-zelenskyy.txt'), '--db', db]);
    expect((await run(query, ['speakers', '--db', db])).map((s) => [s.name, s.quotes, spellings(s)])).toEqual([
      ['Volodymyr Zelenskyy', 4, ['President Zelensky', 'Volodymyr Zelenskyy']],
    ]);
    // The same article id with other content replaces it: its speaker's identity is rebuilt.
    const store = openSqliteStore(db, { identities: identityRules });
    const document = makeDocument({ id: '02-zelenskyy', text: 'The grain corridor stays open.', date: '2024-02-03' });
    await store.put([{ document, hash: contentHash(document), extraction: { quotes: [], entities: [], figures: [], places: [], equipment: [], dates: [], claims: [], rebuttals: [] } }]);
    expect((await store.speakers()).map((s) => [s.name, s.quotes, s.spellings.map((x) => x.name)])).toEqual([['Zelensky', 1, ['President Zelensky']]]);
    await store.close();
  });

  it('keeps each spelling as written, letters outside Latin-1 included, and folds them only to match', async () => {
    const store = openSqliteStore(fresh(), { identities: identityRules });
    await store.put([
      ledger('a', '"We will not impose sanctions," Aleksandar Vučić said.', 'Aleksandar Vučić'),
      ledger('b', '"Talks failed," Aleksandar Vucic said.', 'Aleksandar Vucic'),
      ledger('c', '"The border is shut," Aleksandar Vučić said.', 'Aleksandar Vučić'),
    ]);
    expect((await store.speakers()).map((s) => [s.name, s.quotes, s.articles, s.spellings.map((x) => [x.name, x.quotes])])).toEqual([
      ['Aleksandar Vučić', 3, 3, [['Aleksandar Vučić', 2], ['Aleksandar Vucic', 1]]],
    ]);
    expect((await store.quotes({ speaker: 'Vucic' })).map((q) => q.article).sort()).toEqual(['a', 'b', 'c']);
    expect((await store.quotes({ speaker: 'aleksandar vučić' })).map((q) => q.article).sort()).toEqual(['a', 'b', 'c']);
    await store.close();
  });

  it('finds namesakes and the surname that may be either by the surname, and one of them by the full name', async () => {
    const store = openSqliteStore(fresh(), { identities: identityRules });
    await store.put([
      ledger('a', '"The bridge is hit," Ivan Kovalenko said.', 'Ivan Kovalenko'),
      ledger('b', '"Four are hurt," Maria Kovalenko said.', 'Maria Kovalenko'),
      ledger('c', '"The road is shut," Kovalenko said.', 'Kovalenko'),
    ]);
    expect((await store.speakers()).map((s) => [s.id, s.ambiguous])).toEqual([['ivan-kovalenko', []], ['kovalenko', ['ivan-kovalenko', 'maria-kovalenko']], ['maria-kovalenko', []]]);
    expect((await store.quotes({ speaker: 'Kovalenko' })).map((q) => q.article).sort()).toEqual(['a', 'b', 'c']);
    expect((await store.speakers({ name: 'kovalenko' })).map((s) => s.id).sort()).toEqual(['ivan-kovalenko', 'kovalenko', 'maria-kovalenko']);
    expect((await store.quotes({ speaker: 'Ivan Kovalenko' })).map((q) => q.article)).toEqual(['a']);
    expect((await store.quotes({ speaker: 'Maria' })).map((q) => q.article)).toEqual(['b']);
    await store.close();
  });
});

describe('identities kept incrementally', () => {
  it('give the same identities and counts batch by batch, with replacements, as all at once', async () => {
    // Spellings of two people and a namesake, several to an article, spread over 40 articles.
    const pool = ['Volodymyr Zelenskyy', 'President Zelensky', 'Volodymyr Zelenskiy', 'Olena Zelenska', 'Zelenska', 'MR. ZELENSKY', 'Aleksandr Lukashenko', 'Lukashenko', 'Alexander Lukashenko'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const article = (id: string, version: number) => {
      const names = Array.from({ length: 1 + Math.floor(next() * 3) }, () => pool[Math.floor(next() * pool.length)]!);
      const quotes: Quotation[] = [];
      let text = `Version ${version}.`;
      names.forEach((name, i) => {
        const start = text.length + 1;
        text += ` "Words ${i}," ${name} said.`;
        const at = text.lastIndexOf(name);
        quotes.push({
          id: `q${i + 1}`, kind: 'direct', start, end: start + `"Words ${i},"`.length, text: `"Words ${i},"`, utterance: `u${i + 1}`, confidence: 0.9, rule: 'test', cue: null, addressee: null, quoted: [],
          speaker: { mention: { start: at, end: at + name.length, text: name }, name, entity: null, kind: 'person', pronoun: false, role: null, antecedent: null, confidence: 0.9, rule: 'test' },
        });
      });
      const document = makeDocument({ id, text, date: '2024-03-01' });
      return { document, hash: contentHash(document), extraction: { quotes, entities: [], figures: [], places: [], equipment: [], dates: [], claims: [], rebuttals: [] } };
    };
    const first = Array.from({ length: 40 }, (_, i) => article(`a${i}`, 1));
    const replacements = Array.from({ length: 10 }, (_, i) => article(`a${i * 3}`, 2));
    const final = new Map(first.map((l) => [l.document.id, l]));
    for (const r of replacements) final.set(r.document.id, r);

    const stepwise = openSqliteStore(fresh(), { identities: identityRules });
    for (let i = 0; i < first.length; i += 7) await stepwise.put(first.slice(i, i + 7));
    for (let i = 0; i < replacements.length; i += 4) await stepwise.put(replacements.slice(i, i + 4));
    const atOnce = openSqliteStore(fresh(), { identities: identityRules });
    await atOnce.put([...final.values()]);

    const view = async (store: typeof atOnce) => (await store.speakers({ limit: 1000 })).map((s) => [s.name, s.quotes, s.articles, s.spellings.map((x) => x.name).sort(), s.ambiguous]);
    const expected = await view(atOnce);
    expect(expected.length).toBeGreaterThan(1);
    expect(await view(stepwise)).toEqual(expected);
    // Each identity's article count is the number of articles quoting any of its spellings.
    for (const s of await stepwise.speakers({ limit: 1000 })) {
      const articles = new Set((await stepwise.quotes({ speaker: s.spellings[0]!.name, limit: 100_000 })).map((q) => q.article));
      expect(s.articles, s.name).toBe(articles.size);
    }
    await stepwise.close();
    await atOnce.close();
  });
});
