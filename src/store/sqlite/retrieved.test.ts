import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureLedger, FIXTURE_IDS } from '../../../test/store/corpus.ts';
import { contentHash } from '../hash.ts';
import { openSqliteStore } from './index.ts';
import { identityRules } from '../../link/identity-rules.ts';

const dir = mkdtempSync(join(tmpdir(), 'claimgraph-retrieved-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('retrieval time (an article fetched from its URL)', () => {
  it('is kept apart from the time it was stored, comes back with the article, and is not part of its content', async () => {
    const store = openSqliteStore(join(dir, 'r.db'), { identities: identityRules });
    const [fetchedId, fileId] = FIXTURE_IDS as [string, string];
    const base = fixtureLedger(fetchedId);
    const fetched = { ...base, document: { ...base.document, url: 'https://news.example/a', retrieved: '2026-01-02T03:04:05.000Z' } };
    const hash = contentHash(fetched.document);
    expect(await store.put([{ ...fetched, hash }, fixtureLedger(fileId)])).toEqual({ added: 2, replaced: 0, unchanged: 0 });

    const info = await store.article(fetchedId);
    expect(info).toMatchObject({ url: 'https://news.example/a', retrieved: '2026-01-02T03:04:05.000Z' });
    expect(Date.parse(info!.ingested)).not.toBeNaN();
    expect(info!.ingested).not.toBe(info!.retrieved);
    expect((await store.get(fetchedId))!.document.retrieved).toBe('2026-01-02T03:04:05.000Z');
    // Read from a file: no retrieval time, and the document comes back without the field.
    expect((await store.article(fileId))!.retrieved).toBeNull();
    expect('retrieved' in (await store.get(fileId))!.document).toBe(false);

    // Fetched again later with the same content: unchanged, the first retrieval stays.
    const again = { ...fetched.document, retrieved: '2026-01-03T00:00:00.000Z' };
    expect(contentHash(again)).toBe(hash);
    expect(await store.put([{ ...fetched, document: again, hash }])).toEqual({ added: 0, replaced: 0, unchanged: 1 });
    expect((await store.article(fetchedId))!.retrieved).toBe('2026-01-02T03:04:05.000Z');
    await store.close();
  });
});
