import type { Document } from '../model/document.ts';
import type { Extraction } from '../model/items.ts';
import { contentHash } from './hash.ts';
import type { StoredArticle, PutResult, Store } from './store.ts';

export interface CommitProgress extends PutResult {
  /** Articles read so far (each is added, replaced, unchanged or failed). */
  read: number;
  /** Articles whose extraction failed (a bug, reported through onFailure). */
  failed: number;
  chars: number;
}

export interface CommitOptions {
  /** May load the extractors on first use: an ingest that changes nothing never pays for them. */
  readonly extract: (document: Document) => Extraction | Promise<Extraction>;
  /** Articles per transaction: a kill loses at most the batch in progress. */
  readonly batchSize?: number;
  /** Longest time an extracted article waits to be committed. */
  readonly maxBatchMs?: number;
  readonly onProgress?: (progress: Readonly<CommitProgress>) => void;
  readonly onFailure?: (error: unknown, document: Document) => void;
}

/**
 * Documents -> the store, streamed: an article whose content hash is already stored is skipped
 * without being extracted; the others are extracted and committed in batches, each batch one
 * transaction. Memory holds one batch at most, however long the input.
 */
export async function commitDocuments(store: Store, documents: AsyncIterable<Document>, options: CommitOptions): Promise<CommitProgress> {
  const batchSize = options.batchSize ?? 50;
  const maxBatchMs = options.maxBatchMs ?? 2000;
  const progress: CommitProgress = { read: 0, added: 0, replaced: 0, unchanged: 0, failed: 0, chars: 0 };
  let batch: StoredArticle[] = [];
  let batchStarted = 0;
  const flush = async () => {
    if (!batch.length) return;
    const result = await store.put(batch);
    progress.added += result.added;
    progress.replaced += result.replaced;
    progress.unchanged += result.unchanged;
    batch = [];
  };
  try {
    await readAll();
  } catch (e) {
    // The input failed (a reader's error that nothing caught): what was read and extracted before
    // it is still good, so it is committed before the error goes on (unless the store is what failed).
    await flush().catch(() => undefined);
    throw e;
  }
  await flush();
  options.onProgress?.(progress);
  return progress;

  async function readAll() {
    for await (const document of documents) {
      progress.read++;
      progress.chars += document.text.length;
      const hash = contentHash(document);
      const stored = (await store.hashes([document.id])).get(document.id);
      if (stored === hash && !batch.some((l) => l.document.id === document.id)) {
        progress.unchanged++;
      } else {
        let extraction: Extraction | null = null;
        try {
          extraction = await options.extract(document);
        } catch (e) {
          progress.failed++;
          options.onFailure?.(e, document);
        }
        if (extraction) {
          if (!batch.length) batchStarted = Date.now();
          batch.push({ document, hash, extraction });
          if (batch.length >= batchSize || Date.now() - batchStarted >= maxBatchMs) await flush();
        }
      }
      options.onProgress?.(progress);
    }
  }
}
