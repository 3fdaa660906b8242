import type { Document } from '../model/document.ts';
import type { Extraction } from '../model/items.ts';
import { contentHash } from '../store/hash.ts';
import { commitDocuments } from '../store/commit.ts';
import type { Store } from '../store/store.ts';

/**
 * What became of one article handed on: stored (added, replaced, unchanged: the store already held
 * this content), queued for workers, or failed (its extraction threw; told through `onFailure`).
 */
export type Delivered = 'added' | 'replaced' | 'unchanged' | 'queued' | 'failed';

/**
 * The seam between watching and storing: the watcher hands every new or changed article to one
 * `deliver(article)`. With SQLite it is `storeDelivery` (extract and store at once); a queue for
 * workers (PostgreSQL) is another Deliver that enqueues and answers 'queued'. It throws only when
 * the article could not be taken at all (the store failed): the watcher then retries the source.
 */
export type Deliver = (article: Document) => Promise<Delivered>;

/** Extracts and stores each article through the same path as `claimgraph ingest`, one transaction each. */
export function storeDelivery(store: Store, extract: (d: Document) => Extraction | Promise<Extraction>, onFailure: (error: unknown, d: Document) => void): Deliver {
  return async (article) => {
    let failed = false;
    const result = await commitDocuments(store, one(article), { extract, batchSize: 1, onFailure: (e, d) => { failed = true; onFailure(e, d); } });
    if (failed) return 'failed';
    return result.added ? 'added' : result.replaced ? 'replaced' : 'unchanged';
  };
}

/** An article for the workers' queue: the document as read and its content hash (`ArticleJob`). */
export interface QueuedArticle {
  readonly document: Document;
  readonly hash: string;
}

/**
 * Puts each article whose id and content are not stored yet on the workers' queue (PostgreSQL:
 * `claimgraph worker` extracts and stores it), as `claimgraph ingest --queue` does; nothing is
 * extracted here. `put` is the queue's insert, handed in so that this module loads no queue client.
 */
export function queueDelivery(store: Store, put: (jobs: readonly QueuedArticle[]) => Promise<void>): Deliver {
  return async (article) => {
    const hash = contentHash(article);
    if ((await store.hashes([article.id])).get(article.id) === hash) return 'unchanged';
    await put([{ document: article, hash }]);
    return 'queued';
  };
}

async function* one(d: Document): AsyncGenerator<Document> {
  yield d;
}
