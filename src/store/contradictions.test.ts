import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../extract/pipeline.ts';
import { makeDocument } from '../model/document.ts';
import type { Contradiction } from '../model/claims.ts';
import { acrossArticles, contradictions } from './contradictions.ts';
import { contentHash } from './hash.ts';
import { openSqliteStore } from './index.ts';

const dir = mkdtempSync(join(tmpdir(), 'claimgraph-contradictions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('contradictions across stored articles (src/link over the store)', () => {
  it('pairs a claim in one article with its denial in another, by identity', async () => {
    const store = openSqliteStore(join(dir, 'ledger.db'));
    const articles = [
      ['claim', '2025-11-01', "Russia's Defense Ministry claimed that its forces had captured Kupiansk."],
      ['denial', '2025-11-03', 'Col. Ivan Kovalenko, a spokesman for the army, denied that Kupiansk had been captured.'],
    ].map(([id, date, text]) => {
      const document = makeDocument({ id: id!, date: date!, text: text! });
      return { document, hash: contentHash(document), extraction: extractDocument(document).extraction };
    });
    await store.put(articles);
    const found: Contradiction[] = [];
    for await (const c of contradictions(store, acrossArticles())) found.push(c as Contradiction);
    await store.close();
    expect(found.map((c) => (c.kind === 'proposition'
      ? [c.proposition, c.asserted.map((a) => [a.claimant, a.appearances.map((p) => p.document)]), c.denied.map((d) => [d.rebutter, d.appearances.map((p) => p.document)])]
      : c.kind))).toEqual([
      ['kupiansk | capture', [['russia-defense-ministry', ['claim']]], [['ivan-kovalenko', ['denial']]]],
    ]);
  });
});
