import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractDocument } from '../../src/extract/pipeline.ts';
import { readInputs } from '../../src/ingest/index.ts';
import { makeDocument, type Document } from '../../src/model/document.ts';
import { commitDocuments } from '../../src/store/commit.ts';
import { openSqliteStore, type SqliteStore } from '../../src/store/index.ts';
import { startServer, type Server } from '../../src/api/server.ts';
import { identityRules } from '../../src/link/identity-rules.ts';

/** The articles the web tests read: our samples, the eleven-article corpus, and test/fixtures/web (a wire story with URL and outlet, and hostile markup). */
export const INPUTS = ['samples/articles', 'test/fixtures/corpus', 'test/fixtures/web/articles.jsonl'];

export const TOKEN = 'test-token-0123456789';

/** A 1 MB line: quotations, markup and entities over and over, with no line break. */
export function megabyteLine(): Document {
  const unit = '"We hold," said Taras Bondar. <script>window.__pwned="long"</script> &amp; \u202e<img src=x onerror=window.__pwned=1> ';
  const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
  return makeDocument({ id: 'hostile-long-line', text, date: '2025-11-20', title: 'A 1 MB line', source: 'Long Line Press', url: 'https://example.org/long' });
}

export interface Ledger {
  readonly store: SqliteStore;
  readonly dir: string;
  readonly path: string;
  dispose(): Promise<void>;
}

async function* documents(extra: readonly Document[]): AsyncGenerator<Document> {
  yield* readInputs(INPUTS, { onError: (e) => { throw e; } });
  yield* extra;
}

/** A fresh ledger in a temp folder with INPUTS (and `extra`) ingested by the real pipeline. */
export async function buildLedger(extra: readonly Document[] = []): Promise<Ledger> {
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-web-'));
  const path = join(dir, 'ledger.db');
  const store = openSqliteStore(path, { identities: identityRules });
  await commitDocuments(store, documents(extra), { extract: (d) => extractDocument(d).extraction });
  return {
    store, dir, path,
    async dispose() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function serveLedger(ledger: Ledger, options: { token?: string | null; maxBody?: number; webRoot?: string | null; org?: string } = {}): Promise<Server> {
  return startServer({ store: ledger.store, token: options.token === undefined ? TOKEN : options.token, maxBody: options.maxBody, webRoot: options.webRoot ?? null, port: 0, org: options.org ?? null });
}
