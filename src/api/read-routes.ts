import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { findFurniture } from '../analyze/furniture.ts';
import { sideOf } from '../link/names.ts';
import type { FigureCategory } from '../model/items.ts';
import { CorrectedStore } from '../store/corrected.ts';
import type { Store } from '../store/store.ts';
import { inContext } from './context.ts';
import { errors, json, notFound } from './responses.ts';
import * as S from './schemas.ts';

/** The article-date bound `to=2025-10` means through the end of October. */
const upTo = (to: string | undefined) => (to && to.length < 10 ? `${to}\uffff` : to);

/** The GET routes that read the ledger (as corrected: `store` is read through its corrections). */
export function readRoutes(app: OpenAPIHono, store: Store, info: { writable: boolean; org: string | null }): void {
  app.openapi(createRoute({ method: 'get', path: '/api/stats', summary: 'What the store holds', responses: { 200: json(S.Stats, 'counts') } }),
    async (c) => c.json({ ...(await store.stats()), writable: info.writable, org: info.org }, 200));

  app.openapi(createRoute({
    method: 'get', path: '/api/articles', summary: 'Articles in id order', request: { query: S.PageQuery },
    responses: { 200: json(S.ArticleList, 'a page of articles'), ...errors },
  }), async (c) => {
    const { limit, offset } = c.req.valid('query');
    const [items, stats] = await Promise.all([store.articles({ limit, offset }), store.stats()]);
    return c.json({ total: stats.articles, limit, offset, items }, 200);
  });

  app.openapi(createRoute({
    method: 'get', path: '/api/articles/{id}', summary: 'One article: its text, provenance and every extracted item',
    request: { params: S.IdParam }, responses: { 200: json(S.Article, 'the article'), ...notFound },
  }), async (c) => {
    const { id } = c.req.valid('param');
    const [found, facts] = await Promise.all([
      store instanceof CorrectedStore ? store.corrected(id) : store.get(id).then((ledger) => (ledger ? { ledger, applied: [] } : null)),
      store.article(id),
    ]);
    if (!found || !facts) return c.json({ error: `no article ${JSON.stringify(id)}` }, 404);
    const { ledger, applied } = found;
    const article = { ...facts, text: ledger.document.text, byline: ledger.document.byline ?? null };
    const corrections = applied.map((a) => ({ ...a.correction, item: a.item }));
    // Furniture is found again from the stored text: one linear scan, the same function analyze uses.
    return c.json({ article, extraction: ledger.extraction, corrections, furniture: findFurniture(ledger.document.text) } as never, 200);
  });

  app.openapi(createRoute({
    method: 'get', path: '/api/quotes', summary: 'Quotations by speaker (newest first) or in one article', request: { query: S.QuoteQuery },
    responses: { 200: json(S.QuoteList, 'a page of quotations'), ...errors },
  }), async (c) => {
    const q = c.req.valid('query');
    const items = await store.quotes({ speaker: q.speaker, article: q.article, limit: q.limit, offset: q.offset });
    return c.json({ limit: q.limit, offset: q.offset, items: q.context === 'true' ? await inContext(store, items) : items } as never, 200);
  });

  app.openapi(createRoute({
    method: 'get', path: '/api/speakers', summary: 'Speakers with their quotation and article counts and roles, most quoted first',
    request: { query: S.SpeakerQuery }, responses: { 200: json(S.SpeakerList, 'a page of speakers'), ...errors },
  }), async (c) => {
    const q = c.req.valid('query');
    const items = await store.speakers({ name: q.name, limit: q.limit, offset: q.offset });
    return c.json({ limit: q.limit, offset: q.offset, items } as never, 200);
  });

  app.openapi(createRoute({
    method: 'get', path: '/api/figures', summary: 'Figures by category, claimant and period', request: { query: S.FigureQuery },
    responses: { 200: json(S.FigureList, 'a page of figures, oldest period first'), ...errors },
  }), async (c) => {
    const q = c.req.valid('query');
    const figures = await store.figures({ category: q.category as FigureCategory | undefined, claimant: q.claimant, from: q.from, to: upTo(q.to), limit: q.limit, offset: q.offset });
    // The side each claimant is on (for one series per side): from the name, else the roles the ledger gives the speaker.
    const sides = new Map<string, Promise<string | null>>();
    const sideOfClaimant = (name: string) => sideOf(name) ?? store.speakers({ name, limit: 1 }).then((r) => (r[0] ? sideOf(r[0].name, ...r[0].roles) : null));
    for (const f of figures) if (f.item.claimant && !sides.has(f.item.claimant)) sides.set(f.item.claimant, Promise.resolve(sideOfClaimant(f.item.claimant)));
    const items = await Promise.all(figures.map(async (f) => ({ ...f, side: f.item.claimant ? await sides.get(f.item.claimant)! : null })));
    return c.json({ limit: q.limit, offset: q.offset, items } as never, 200);
  });

  app.openapi(createRoute({
    method: 'get', path: '/api/claims', summary: 'Claims with the rebuttals that answer them; contested=true for contested claims only',
    request: { query: S.ClaimQuery }, responses: { 200: json(S.ClaimList, 'a page of claims'), ...errors },
  }), async (c) => {
    const q = c.req.valid('query');
    const items = await store.claims({ claimant: q.claimant, proposition: q.proposition, contested: q.contested === 'true' ? true : undefined, limit: q.limit, offset: q.offset });
    return c.json({ limit: q.limit, offset: q.offset, items } as never, 200);
  });

  app.openapi(createRoute({
    method: 'get', path: '/api/mentions', summary: 'Articles naming a place or a piece of equipment, newest first', request: { query: S.MentionQuery },
    responses: { 200: json(S.MentionList, 'a page of articles with the spans'), ...errors },
  }), async (c) => {
    const q = c.req.valid('query');
    const items = await store.mentioning(q.kind, q.name, { limit: q.limit, offset: q.offset });
    return c.json({ limit: q.limit, offset: q.offset, items } as never, 200);
  });

  app.openapi(createRoute({
    method: 'get', path: '/api/places', summary: 'Places with a position, most mentioned first, by period and outlet (for the map)',
    request: { query: S.PlaceQuery }, responses: { 200: json(S.PlaceList, 'a page of places with counts'), ...errors },
  }), async (c) => {
    const q = c.req.valid('query');
    const items = await store.places({ from: q.from, to: upTo(q.to), source: q.source, limit: q.limit, offset: q.offset });
    return c.json({ limit: q.limit, offset: q.offset, items }, 200);
  });

  app.openapi(createRoute({
    method: 'get', path: '/api/search', summary: 'Full-text search over articles, quotations or claims, with filters and the count of all hits',
    request: { query: S.SearchQuery }, responses: { 200: json(S.SearchResult, 'a page of hits, best first'), ...errors },
  }), async (c) => {
    const q = c.req.valid('query');
    const page = await store.searchPage(q.q, { scope: q.scope, speaker: q.speaker, source: q.source, from: q.from, to: upTo(q.to), limit: q.limit, offset: q.offset });
    return c.json({ total: page.total, capped: page.capped, limit: q.limit, offset: q.offset, items: page.hits } as never, 200);
  });
}
