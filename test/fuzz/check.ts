/**
 * The round trip the fuzz campaign (`npm run fuzz`, run.ts) and its regression test
 * (found.test.ts) check: one input file -> readInputs -> extractDocument -> a fresh SQLite store ->
 * export as JSON Lines. It must not throw anything but ClaimgraphError (each reported, never the
 * process's end); every stored text must be well-formed and equal to the text extracted; every span
 * in the export must slice the exported text to its own text.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractDocument } from '../../src/extract/pipeline.ts';
import { exportJsonl } from '../../src/export/jsonl.ts';
import { readInputs } from '../../src/ingest/index.ts';
import { isWellFormed } from '../../src/ingest/well-formed.ts';
import { ClaimgraphError } from '../../src/model/errors.ts';
import { commitDocuments } from '../../src/store/commit.ts';
import { openSqliteStore } from '../../src/store/index.ts';
import { identityRules } from '../../src/link/identity-rules.ts';

/** One case: a file's name (its extension picks the reader) and its content. */
export interface FuzzCase {
  readonly name: string;
  readonly content: string | Uint8Array;
}

/** Every span object under `value` whose start/end do not slice `text` to its text. */
export function badSpans(text: string, value: unknown): string[] {
  const bad: string[] = [];
  const seen = new Set<object>();
  (function walk(o: unknown, path: string): void {
    if (!o || typeof o !== 'object' || seen.has(o)) return;
    seen.add(o);
    if (Array.isArray(o)) return o.forEach((x, i) => walk(x, `${path}[${i}]`));
    const r = o as Record<string, unknown>;
    if (Number.isInteger(r.start) && Number.isInteger(r.end) && typeof r.text === 'string') {
      const s = r.start as number;
      const e = r.end as number;
      if (!(s >= 0 && s <= e && e <= text.length) || text.slice(s, e) !== r.text) bad.push(`${path} [${s}, ${e}) ${JSON.stringify(r.text).slice(0, 40)}`);
    }
    for (const [k, v] of Object.entries(r)) walk(v, `${path}.${k}`);
  })(value, '');
  return bad;
}

/** The problems found with one case (empty when it holds); throws only when something else than bad input escaped. */
export async function roundTrip(c: FuzzCase): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-fuzz-'));
  const problems: string[] = [];
  try {
    const file = join(dir, c.name);
    writeFileSync(file, c.content);
    const store = openSqliteStore(join(dir, 'fuzz.db'), { identities: identityRules });
    const extracted = new Map<string, string>();
    const failures: string[] = [];
    try {
      const documents = readInputs([file], {
        onError: () => {},
        onWarning: () => {},
        onFailure: (e) => failures.push(`reading: ${String(e)}`),
      });
      await commitDocuments(store, documents, {
        extract: (d) => {
          extracted.set(d.id, d.text);
          return extractDocument(d).extraction;
        },
        onFailure: (e, d) => failures.push(`extracting ${d.id}: ${String(e)}`),
      });
      problems.push(...failures);
      for await (const line of exportJsonl(store)) {
        const record = JSON.parse(line) as { id: string; text: string } & Record<string, unknown>;
        if (!isWellFormed(record.text)) problems.push(`${record.id}: stored text holds a lone surrogate`);
        if (extracted.get(record.id) !== record.text) problems.push(`${record.id}: stored text differs from the text extracted`);
        const { text, ...layers } = record;
        for (const b of badSpans(text, layers)) problems.push(`${record.id}: ${b}`);
      }
      if (store.integrity() !== 'ok') problems.push(`store integrity: ${store.integrity()}`);
    } catch (e) {
      if (!(e instanceof ClaimgraphError)) problems.push(`threw: ${String(e)}`);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return problems;
}
