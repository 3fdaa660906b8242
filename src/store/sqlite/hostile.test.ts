// Issue 16: what the store must refuse or survive. Each case failed before its fix.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDocument, type Document } from '../../model/document.ts';
import { ClaimgraphError } from '../../model/errors.ts';
import { contentHash } from '../hash.ts';
import { commitDocuments } from '../commit.ts';
import { openSqliteStore } from './index.ts';
import { ftsQuery, MAX_QUERY_WORDS } from './search.ts';
import { identityRules } from '../../link/identity-rules.ts';

const dir = mkdtempSync(join(tmpdir(), 'claimgraph-store-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = () => join(dir, `store-${++n}.db`);
const empty = { quotes: [], entities: [], figures: [], places: [], equipment: [], dates: [], claims: [], rebuttals: [] };

describe('store and hostile input (issue 16)', () => {
  it('refuses to write a lone surrogate, which UTF-8 cannot hold (it read back as three U+FFFD, every offset after it off by two)', async () => {
    const store = openSqliteStore(fresh(), { identities: identityRules });
    const document = makeDocument({ id: 's', text: 'A \ud800 b.' });
    const error = await store.put([{ document, hash: contentHash(document), extraction: empty }]).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ClaimgraphError);
    expect((error as ClaimgraphError).message).toBe('document "s": text holds a lone UTF-16 surrogate, which UTF-8 cannot store (readInputs replaces them)');
    expect((await store.stats()).articles).toBe(0);
    // What ingest makes of it is stored and read back as the same string.
    const repaired = makeDocument({ id: 's', text: 'A \uFFFD b.' });
    await store.put([{ document: repaired, hash: contentHash(repaired), extraction: empty }]);
    expect((await store.get('s'))!.document.text).toBe('A \uFFFD b.');
    await store.close();
  });

  it('commits what was read before the input failed (the batch was dropped with the error)', async () => {
    const store = openSqliteStore(fresh(), { identities: identityRules });
    async function* documents(): AsyncGenerator<Document> {
      yield makeDocument({ id: 'one', text: 'First.' });
      yield makeDocument({ id: 'two', text: 'Second.' });
      throw new RangeError('Maximum call stack size exceeded');
    }
    await expect(commitDocuments(store, documents(), { extract: () => empty, batchSize: 50 })).rejects.toThrow(RangeError);
    expect((await store.stats()).articles).toBe(2);
    await store.close();
  });

  it('creates a new store under a name of its own and leaves no temporary file behind', async () => {
    const sub = join(dir, 'creation');
    rmSync(sub, { recursive: true, force: true });
    const { mkdirSync } = await import('node:fs');
    mkdirSync(sub);
    const store = openSqliteStore(join(sub, 'ledger.db'), { identities: identityRules });
    await store.close();
    expect(readdirSync(sub)).toEqual(['ledger.db']);
  });
});

describe('search queries are normalized and bounded before FTS5 (issue 16, item 4)', () => {
  it('looks for a repeated word once, in any case or Unicode form (`the` 2,000 times ran past two minutes)', () => {
    expect(ftsQuery(Array(2000).fill('the').join(' '))).toBe('"the"');
    expect(ftsQuery('War war WAR "air defense" "Air Defense" ｗａｒ')).toBe('"War" "air defense"');
    expect(ftsQuery('bridge* bridge')).toBe('"bridge"* "bridge"');
  });

  it('refuses more different words than the limit, and a query of more than 100,000 characters, in one line', () => {
    const words = Array.from({ length: MAX_QUERY_WORDS + 1 }, (_, i) => `w${i}`).join(' ');
    expect(() => ftsQuery(words)).toThrow(`search query has ${MAX_QUERY_WORDS + 1} different words, over the limit of ${MAX_QUERY_WORDS}; search for fewer`);
    expect(() => ftsQuery(`"${words}"`)).toThrow(/different words, over the limit/);
    expect(() => ftsQuery('x'.repeat(100_001))).toThrow('search query is 100001 characters long, over the limit of 100000');
  });

  it('still finds what it did', async () => {
    const store = openSqliteStore(fresh(), { identities: identityRules });
    const document = makeDocument({ id: 'w', text: 'The war reached the bridge at dawn.' });
    await store.put([{ document, hash: contentHash(document), extraction: empty }]);
    const hits = await store.search(Array(500).fill('the').join(' ') + ' war', {});
    expect(hits.map((h) => [h.article, h.matches.map((m) => m.text)])).toEqual([['w', ['The', 'war', 'the']]]);
    await store.close();
  });
});
