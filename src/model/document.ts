/** What ingest makes and the store keeps: one article, its text exactly as published. */
export interface Document {
  readonly id: string;
  /** The article text. Every offset in claimgraph is a UTF-16 index into this string. */
  readonly text: string;
  /** Publication date, ISO `YYYY-MM-DD`, or null when unknown. Relative dates resolve against it. */
  readonly date: string | null;
  readonly title: string | null;
  /** Who wrote it, as the page says (HTML and feeds); absent when the input has no such field. */
  readonly byline?: string | null;
  readonly url: string | null;
  /**
   * When claimgraph fetched it from `url` (ISO time), for an article read over the network
   * (`claimgraph watch`); absent for one read from a file. Not part of the content hash: the same
   * article fetched again is unchanged.
   */
  readonly retrieved?: string | null;
  /** The outlet or file the article came from. */
  readonly source: string | null;
  /**
   * The encoding its bytes were decoded from (WHATWG name: `windows-1251`, `koi8-r`), for a page or
   * feed that was not UTF-8; absent for UTF-8 and for every other input. The store keeps it beside
   * the URL and retrieval time (provenance) and the decoded text, which is what every offset counts
   * in; not part of the content hash (the same text read from another encoding is unchanged).
   */
  readonly encoding?: string | null;
}

export function makeDocument(fields: Partial<Document> & Pick<Document, 'id' | 'text'>): Document {
  return {
    id: fields.id,
    text: fields.text,
    date: fields.date ?? null,
    title: fields.title ?? null,
    ...(fields.byline ? { byline: fields.byline } : {}),
    url: fields.url ?? null,
    ...(fields.retrieved ? { retrieved: fields.retrieved } : {}),
    source: fields.source ?? null,
    ...(fields.encoding ? { encoding: fields.encoding } : {}),
  };
}
