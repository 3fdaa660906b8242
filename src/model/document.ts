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
  /** The outlet or file the article came from. */
  readonly source: string | null;
}

export function makeDocument(fields: Partial<Document> & Pick<Document, 'id' | 'text'>): Document {
  return {
    id: fields.id,
    text: fields.text,
    date: fields.date ?? null,
    title: fields.title ?? null,
    ...(fields.byline ? { byline: fields.byline } : {}),
    url: fields.url ?? null,
    source: fields.source ?? null,
  };
}
