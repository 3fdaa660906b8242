import type { StoredArticle, Store } from '../store/store.ts';

/** One JSON line per article: the document, its content hash and its whole extraction. */
export function ledgerRecord({ document, hash, extraction }: StoredArticle) {
  const { id, date, title, url, source, text } = document;
  return { id, date, title, byline: document.byline ?? null, url, retrieved: document.retrieved ?? null, encoding: document.encoding ?? null, source, hash, text, ...extraction };
}

export async function* exportJsonl(store: Store): AsyncGenerator<string> {
  for await (const ledger of store.ledgers()) yield JSON.stringify(ledgerRecord(ledger)) + '\n';
}
