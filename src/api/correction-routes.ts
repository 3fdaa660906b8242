import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { ClaimgraphError } from '../model/errors.ts';
import type { NewCorrection } from '../model/corrections.ts';
import type { Extraction } from '../model/items.ts';
import { itemKey, type CorrectionLog } from '../store/corrections.ts';
import type { StoredArticle, Store } from '../store/store.ts';
import { body, errors, json, noItem, writeErrors } from './responses.ts';
import * as S from './schemas.ts';

/**
 * GET and POST /api/corrections, POST /api/verdicts (`auth` checks the token). Items are looked up
 * in `base`, the store as extracted: a correction names the item the extractor made.
 */
export function correctionRoutes(app: OpenAPIHono, base: Store, log: CorrectionLog | null, auth: MiddlewareHandler): void {
  app.openapi(createRoute({
    method: 'get', path: '/api/corrections', summary: "Corrections and verdicts, newest first (one article's with article=)",
    request: { query: S.CorrectionQuery }, responses: { 200: json(S.CorrectionList, 'a page of corrections'), ...errors },
  }), async (c) => {
    const q = c.req.valid('query');
    const page = log ? await log.list({ article: q.article, limit: q.limit, offset: q.offset }) : { total: 0, items: [] };
    return c.json({ total: page.total, limit: q.limit, offset: q.offset, items: page.items } as never, 200);
  });

  /** The stored item a request names, with its key (article id, layer, span, characters, hash). */
  async function target(article: string, layer: keyof Extraction, item: string): Promise<{ ledger: StoredArticle; key: ReturnType<typeof itemKey> } | null> {
    const ledger = await base.get(article);
    const found = ledger && (ledger.extraction[layer] as readonly { id: string }[]).find((i) => i.id === item);
    return ledger && found ? { ledger, key: itemKey(ledger, layer, found) } : null;
  }

  const addCorrection = async (c: NewCorrection) => {
    if (!log) throw new ClaimgraphError('E_STORE', 'this store keeps no corrections');
    return log.add(c);
  };

  app.openapi(createRoute({
    method: 'post', path: '/api/corrections', summary: "Correct the ledger: reject an item, correct a quotation's speaker, merge two identities or split a spelling off one. Needs the token",
    middleware: [auth] as const,
    request: body(S.CorrectionBody),
    responses: { 200: json(S.Correction, 'the correction as stored'), ...errors, ...writeErrors, ...noItem },
  }), async (c) => {
    const b = c.req.valid('json');
    const who = { note: b.note ?? null, author: b.author };
    if (b.kind === 'merge') return c.json(await addCorrection({ kind: 'merge', name: b.name, into: b.into, target: null, ...who }) as never, 200);
    if (b.kind === 'split') return c.json(await addCorrection({ kind: 'split', name: b.name, from: b.from, target: null, ...who }) as never, 200);
    const layer = b.kind === 'speaker' ? 'quotes' : b.layer;
    const t = await target(b.article, layer, b.item);
    if (!t) return c.json({ error: `article ${JSON.stringify(b.article)} has no ${layer} item ${JSON.stringify(b.item)}` }, 404);
    const stored = b.kind === 'reject'
      ? await addCorrection({ kind: 'reject', target: t.key, ...who })
      : await addCorrection({ kind: 'speaker', name: b.name, speakerKind: b.speakerKind, target: t.key, ...who });
    return c.json({ ...stored, item: b.item } as never, 200);
  });

  app.openapi(createRoute({
    method: 'post', path: '/api/verdicts', summary: 'Rate a claim true, false, misleading or unproven, with a note (exported as ClaimReview). Needs the token',
    middleware: [auth] as const,
    request: body(S.VerdictBody),
    responses: { 200: json(S.Correction, 'the verdict as stored'), ...errors, ...writeErrors, ...noItem },
  }), async (c) => {
    const b = c.req.valid('json');
    const t = await target(b.article, 'claims', b.item);
    if (!t) return c.json({ error: `article ${JSON.stringify(b.article)} has no claim ${JSON.stringify(b.item)}` }, 404);
    const stored = await addCorrection({ kind: 'rating', rating: b.rating, target: t.key, note: b.note ?? null, author: b.author });
    return c.json({ ...stored, item: b.item } as never, 200);
  });
}
