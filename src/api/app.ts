import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { ClaimgraphError } from '../model/errors.ts';
import { withCorrections } from '../store/corrected.ts';
import type { Store } from '../store/store.ts';
import { correctionRoutes } from './correction-routes.ts';
import { ingestRoutes, lazyExtractor, type Extract } from './ingest-routes.ts';
import { readRoutes } from './read-routes.ts';
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
  readonly extract?: Extract;
  /** Answer only requests addressed to a loopback name (the server is bound to loopback). */
  readonly loopbackOnly?: boolean;
  /** The organization that signs verdicts (ClaimReview `author`): `--org`, CLAIMGRAPH_ORG. */
  readonly org?: string | null;
}

/** 10 MB is the largest article ingest takes; JSON escapes can double a text's bytes. */
export const DEFAULT_MAX_BODY = 24 * 1024 * 1024;

const issues = (error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }) =>
  error.issues.map((i) => `${i.path.map(String).join('.') || 'body'}: ${i.message}`).join('; ');

/**
 * The HTTP API and the web UI on one Hono app: the headers, limits and errors every request gets,
 * then the routes (./read-routes.ts, ./ingest-routes.ts, ./correction-routes.ts). Reads go through
 * the Store interface; every list is paginated (at most MAX_PAGE items); writes need the token;
 * errors are `{ "error": message }`.
 */
export function createApp(options: AppOptions): OpenAPIHono {
  // Every read sees the ledger as people corrected it (../store/corrected.ts).
  const store = withCorrections(options.store);
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

  const auth = tokenCheck(options.token ?? null);
  readRoutes(app, store, { writable: !!options.token, org: options.org ?? null });
  ingestRoutes(app, store, options.extract ?? lazyExtractor(), auth);
  correctionRoutes(app, options.store, store.corrections ?? null, auth);

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'claimgraph', version: '1', description: 'The ledger of quotations, figures and claims, each with offsets into its stored article.' },
  });

  if (options.webRoot) app.get('*', staticFiles(options.webRoot));
  return app;
}

export type { Context };
