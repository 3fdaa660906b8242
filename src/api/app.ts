import { createHash } from 'node:crypto';
import { OpenAPIHono, createRoute, type z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { ClaimgraphError } from '../model/errors.ts';
import { makeDocument, type Document } from '../model/document.ts';
import type { Extraction, FigureCategory } from '../model/items.ts';
import { findFurniture } from '../analyze/furniture.ts';
import { sideOf } from '../link/names.ts';
import type { NewCorrection } from '../model/corrections.ts';
import { CorrectedStore, withCorrections } from '../store/corrected.ts';
import { itemKey } from '../store/corrections.ts';
import { contentHash } from '../store/hash.ts';
import type { Ledger, Store } from '../store/store.ts';
import * as S from './schemas.ts';
import { loopbackHostCheck, securityHeaders, tokenCheck } from './security.ts';
import { staticFiles } from './static.ts';

export interface AppOptions {
  readonly store: Store;
  /** Writes need `Authorization: Bearer TOKEN`; without a token every write is refused. */
  readonly token?: string | null;
  /** Largest request body in bytes (413 beyond it). */
  readonly maxBody?: number;
  /** The built web UI (dist/web); null serves the API alone. */
  readonly webRoot?: string | null;
  /** The extractor; loaded on first use by default (it takes a second and 100 MB). */
  readonly extract?: (document: Document) => Extraction | Promise<Extraction>;
  /** Answer only requests addressed to a loopback name (the server is bound to loopback). */
  readonly loopbackOnly?: boolean;
  /** The organization that signs verdicts (ClaimReview `author`): `--org`, CLAIMGRAPH_ORG. */
  readonly org?: string | null;
}

/** 10 MB is the largest article ingest takes; JSON escapes can double a text's bytes. */
export const DEFAULT_MAX_BODY = 24 * 1024 * 1024;

const json = <T extends z.ZodType>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });
const errors = {
  400: json(S.ErrorBody, 'a parameter or the body is not valid'),
};
const notFound = { 404: json(S.ErrorBody, 'no such article') };
const noItem = { 404: json(S.ErrorBody, 'no such article or item') };
const writeErrors = {
  401: json(S.ErrorBody, 'no token, or the wrong one, or the server takes no writes'),
  413: json(S.ErrorBody, 'the body is over the limit'),
};

function lazyExtractor(): (d: Document) => Promise<Extraction> {
  let extract: ((d: Document) => { extraction: Extraction }) | null = null;
  return async (d) => {
    extract ??= (await import('../extract/pipeline.ts')).extractDocument;
    return extract(d).extraction;
  };
}

const issues = (error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }) =>
  error.issues.map((i) => `${i.path.map(String).join('.') || 'body'}: ${i.message}`).join('; ');

const AROUND = 300;

/** The text of the sentence around [start, end): back to the last sentence end or line break, forward to the next; at most AROUND characters each way. */
export function sentenceAround(text: string, start: number, end: number): { before: string; after: string } {
  const from = Math.max(0, start - AROUND);
  const head = text.slice(from, start);
  let cut = -1;
  for (const m of head.matchAll(/[.!?]["'”’)]?\s+|\n/g)) cut = m.index + m[0].length;
  const tail = text.slice(end, Math.min(text.length, end + AROUND));
  const stop = /[.!?]["'”’)]?(?=\s|$)|\n/.exec(tail);
  return { before: head.slice(cut < 0 ? 0 : cut), after: stop ? tail.slice(0, stop.index + stop[0].length).replace(/\n$/, '') : tail };
}

/** The article-date bound `to=2025-10` means through the end of October. */
const upTo = (to: string | undefined) => (to && to.length < 10 ? `${to}\uffff` : to);

/** A document from a request body: the id defaults to a hash of the text, so the same text is the same article. */
function documentOf(body: z.infer<typeof S.DocumentBody>): Document {
  const id = body.id ?? `sha256-${createHash('sha256').update(body.text).digest('hex').slice(0, 16)}`;
  return makeDocument({ id, text: body.text, date: body.date ?? null, title: body.title ?? null, url: body.url ?? null, source: body.source ?? null });
}

/**
 * The HTTP API and the web UI on one Hono app. Reads go through the Store interface; every list is
 * paginated (at most MAX_PAGE items); writes need the token; errors are `{ "error": message }`.
 */
export function createApp(options: AppOptions): OpenAPIHono {
  // Every read sees the ledger as people corrected it (../store/corrected.ts).
  const store = withCorrections(options.store);
  const log = store.corrections ?? null;
  const extract = options.extract ?? lazyExtractor();
  const maxBody = options.maxBody ?? DEFAULT_MAX_BODY;
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) return c.json({ error: issues(result.error) }, 400);
    },
  });

  app.use('*', securityHeaders());
  if (options.loopbackOnly) app.use('*', loopbackHostCheck());
  app.use('/api/*', bodyLimit({
    maxSize: maxBody,
    onError: (c) => c.json({ error: `the request body is over the limit of ${maxBody} bytes` }, 413),
  }));

  app.onError((e, c) => {
    if (e instanceof HTTPException) return c.json({ error: e.message || 'bad request' }, e.status);
    if (e instanceof ClaimgraphError) return c.json({ error: e.message }, e.code === 'E_STORE' ? 500 : 400);
    // A bug: one line on the server's standard error, nothing of it to the client.
    process.stderr.write(`claimgraph serve: ${c.req.method} ${c.req.path}: ${e instanceof Error ? e.message : String(e)}\n`);
    return c.json({ error: 'internal error' }, 500);
  });
  app.notFound((c) => c.json({ error: `not found: ${c.req.path}` }, 404));

  app.openapi(createRoute({ method: 'get', path: '/api/stats', summary: 'What the store holds', responses: { 200: json(S.Stats, 'counts') } }),
    async (c) => c.json({ ...(await store.stats()), writable: !!options.token, org: options.org ?? null }, 200));

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
    const [found, info] = await Promise.all([
      store instanceof CorrectedStore ? store.corrected(id) : store.get(id).then((ledger) => (ledger ? { ledger, applied: [] } : null)),
      store.article(id),
    ]);
    if (!found || !info) return c.json({ error: `no article ${JSON.stringify(id)}` }, 404);
    const { ledger, applied } = found;
    const article = { ...info, text: ledger.document.text, byline: ledger.document.byline ?? null };
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
    if (q.context !== 'true') return c.json({ limit: q.limit, offset: q.offset, items } as never, 200);
    // One read per distinct article on the page (at most MAX_PAGE).
    const articles = new Map<string, Promise<[string, { title: string | null; source: string | null } | null]>>();
    for (const { article } of items) {
      if (!articles.has(article)) articles.set(article, Promise.all([store.get(article).then((l) => l?.document.text ?? ''), store.article(article)]));
    }
    const withContext = await Promise.all(items.map(async (l) => {
      const [text, info] = await articles.get(l.article)!;
      return { ...l, title: info?.title ?? null, source: info?.source ?? null, ...sentenceAround(text, l.item.start, l.item.end) };
    }));
    return c.json({ limit: q.limit, offset: q.offset, items: withContext } as never, 200);
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

  const auth = tokenCheck(options.token ?? null);

  app.openapi(createRoute({
    method: 'post', path: '/api/extract', summary: 'Extract an article without storing it (not a write: no token needed)',
    request: { body: { content: { 'application/json': { schema: S.DocumentBody } }, required: true } },
    responses: { 200: json(S.Extraction, 'everything extracted'), ...errors, 413: writeErrors[413] },
  }), async (c) => {
    const extraction = await extract(documentOf(c.req.valid('json')));
    return c.json(extraction as never, 200);
  });

  app.openapi(createRoute({
    method: 'post', path: '/api/articles', summary: 'Extract and store an article (same id and content: unchanged; new content replaces)',
    middleware: [auth] as const,
    request: { body: { content: { 'application/json': { schema: S.DocumentBody } }, required: true } },
    responses: { 200: json(S.PutResult, 'what the store did'), ...errors, ...writeErrors },
  }), async (c) => {
    const document = documentOf(c.req.valid('json'));
    const hash = contentHash(document);
    if ((await store.hashes([document.id])).get(document.id) === hash) return c.json({ id: document.id, hash, added: 0, replaced: 0, unchanged: 1 }, 200);
    const extraction = await extract(document);
    const result = await store.put([{ document, hash, extraction }]);
    return c.json({ id: document.id, hash, ...result }, 200);
  });

  app.openapi(createRoute({
    method: 'get', path: '/api/corrections', summary: "Corrections and verdicts, newest first (one article's with article=)",
    request: { query: S.CorrectionQuery }, responses: { 200: json(S.CorrectionList, 'a page of corrections'), ...errors },
  }), async (c) => {
    const q = c.req.valid('query');
    const page = log ? await log.list({ article: q.article, limit: q.limit, offset: q.offset }) : { total: 0, items: [] };
    return c.json({ total: page.total, limit: q.limit, offset: q.offset, items: page.items } as never, 200);
  });

  /** The stored item a request names, with its key (article id, layer, span, characters, hash). */
  async function target(article: string, layer: keyof Extraction, item: string): Promise<{ ledger: Ledger; key: ReturnType<typeof itemKey> } | null> {
    const ledger = await options.store.get(article);
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
    request: { body: { content: { 'application/json': { schema: S.CorrectionBody } }, required: true } },
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
    request: { body: { content: { 'application/json': { schema: S.VerdictBody } }, required: true } },
    responses: { 200: json(S.Correction, 'the verdict as stored'), ...errors, ...writeErrors, ...noItem },
  }), async (c) => {
    const b = c.req.valid('json');
    const t = await target(b.article, 'claims', b.item);
    if (!t) return c.json({ error: `article ${JSON.stringify(b.article)} has no claim ${JSON.stringify(b.item)}` }, 404);
    const stored = await addCorrection({ kind: 'rating', rating: b.rating, target: t.key, note: b.note ?? null, author: b.author });
    return c.json({ ...stored, item: b.item } as never, 200);
  });

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'claimgraph', version: '1', description: 'The ledger of quotations, figures and claims, each with offsets into its stored article.' },
  });

  if (options.webRoot) app.get('*', staticFiles(options.webRoot));
  return app;
}

export type { Context };
