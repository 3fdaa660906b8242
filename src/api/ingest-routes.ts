import { createHash } from 'node:crypto';
import { createRoute, type OpenAPIHono, type z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { makeDocument, type Document } from '../model/document.ts';
import type { Extraction } from '../model/items.ts';
import { contentHash } from '../store/hash.ts';
import type { Store } from '../store/store.ts';
import { body, errors, json, writeErrors } from './responses.ts';
import * as S from './schemas.ts';

export type Extract = (document: Document) => Extraction | Promise<Extraction>;

/** The extractor loaded on first use (it takes a second and 100 MB). */
export function lazyExtractor(): (d: Document) => Promise<Extraction> {
  let extract: ((d: Document) => { extraction: Extraction }) | null = null;
  return async (d) => {
    extract ??= (await import('../extract/pipeline.ts')).extractDocument;
    return extract(d).extraction;
  };
}

/** A document from a request body: the id defaults to a hash of the text, so the same text is the same article. */
function documentOf(b: z.infer<typeof S.DocumentBody>): Document {
  const id = b.id ?? `sha256-${createHash('sha256').update(b.text).digest('hex').slice(0, 16)}`;
  return makeDocument({ id, text: b.text, date: b.date ?? null, title: b.title ?? null, url: b.url ?? null, source: b.source ?? null });
}

/** POST /api/extract (an article's extraction, not stored) and POST /api/articles (extract and store; `auth` checks the token). */
export function ingestRoutes(app: OpenAPIHono, store: Store, extract: Extract, auth: MiddlewareHandler): void {
  app.openapi(createRoute({
    method: 'post', path: '/api/extract', summary: 'Extract an article without storing it (not a write: no token needed)',
    request: body(S.DocumentBody),
    responses: { 200: json(S.Extraction, 'everything extracted'), ...errors, 413: writeErrors[413] },
  }), async (c) => {
    const extraction = await extract(documentOf(c.req.valid('json')));
    return c.json(extraction as never, 200);
  });

  app.openapi(createRoute({
    method: 'post', path: '/api/articles', summary: 'Extract and store an article (same id and content: unchanged; new content replaces)',
    middleware: [auth] as const,
    request: body(S.DocumentBody),
    responses: { 200: json(S.PutResult, 'what the store did'), ...errors, ...writeErrors },
  }), async (c) => {
    const document = documentOf(c.req.valid('json'));
    const hash = contentHash(document);
    if ((await store.hashes([document.id])).get(document.id) === hash) return c.json({ id: document.id, hash, added: 0, replaced: 0, unchanged: 1 }, 200);
    const extraction = await extract(document);
    const result = await store.put([{ document, hash, extraction }]);
    return c.json({ id: document.id, hash, ...result }, 200);
  });
}
