import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../extract/pipeline.ts';
import { makeDocument } from '../model/document.ts';
import { contentHash } from '../store/hash.ts';
import { openSqliteStore } from '../store/index.ts';
import { storedContradictions } from './stored.ts';
import { identityRules } from './identity-rules.ts';

const dir = mkdtempSync(join(tmpdir(), 'claimgraph-contradictions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('contradictions across stored articles (src/link reading the store through its interface)', () => {
  it('pairs a claim in one article with its denial in another, by identity', async () => {
    const store = openSqliteStore(join(dir, 'ledger.db'), { identities: identityRules });
    const articles = [
      ['claim', '2025-11-01', "Russia's Defense Ministry claimed that its forces had captured Kupiansk."],
      ['denial', '2025-11-03', 'Col. Ivan Kovalenko, a spokesman for the army, denied that Kupiansk had been captured.'],
    ].map(([id, date, text]) => {
      const document = makeDocument({ id: id!, date: date!, text: text! });
      return { document, hash: contentHash(document), extraction: extractDocument(document).extraction };
    });
    await store.put(articles);
    const found = await storedContradictions(store);
    await store.close();
    expect(found.map((c) => (c.kind === 'proposition'
      ? [c.proposition, c.asserted.map((a) => [a.claimant, a.appearances.map((p) => p.document)]), c.denied.map((d) => [d.rebutter, d.appearances.map((p) => p.document)])]
      : c.kind))).toEqual([
      ['kupiansk | capture', [['russia-defense-ministry', ['claim']]], [['ivan-kovalenko', ['denial']]]],
    ]);
  });

  it('the store knows no linker: nothing under src/store imports from src/link (rules are handed to it)', () => {
    const storeDir = fileURLToPath(new URL('../store/', import.meta.url));
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, e.name);
        if (e.isDirectory()) walk(path);
        else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) {
          // Not even the name rules: the identity rules are handed to the store when it is opened (link/identity-rules.ts).
          for (const m of readFileSync(path, 'utf8').matchAll(/from '((?:\.\.\/)+link\/[^']*)'/g)) offenders.push(`${relative(storeDir, path)}: ${m[1]}`);
          if (/\bbuildLedger\b/.test(readFileSync(path, 'utf8'))) offenders.push(`${relative(storeDir, path)}: buildLedger`);
        }
      }
    };
    walk(storeDir);
    expect(offenders).toEqual([]);
  });
});
