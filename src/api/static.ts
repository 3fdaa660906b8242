import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { MiddlewareHandler } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * The built UI, read into memory once: only files the build wrote can be served (no path from a
 * request ever reaches the file system). Any other GET outside /api gets index.html, so that a
 * view's URL (`/article/ID`, `/search?q=...`) can be opened, bookmarked and shared.
 */
export function staticFiles(root: string): MiddlewareHandler {
  const files = new Map<string, { body: Uint8Array; type: string; immutable: boolean }>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const url = '/' + relative(root, path).split(sep).join('/');
        files.set(url, { body: readFileSync(path), type: TYPES[extname(name)] ?? 'application/octet-stream', immutable: url.startsWith('/assets/') });
      }
    }
  };
  walk(root);
  const index = files.get('/index.html');
  if (!index) throw new Error(`no index.html in ${root}: run npm run build`);
  return async (c, next) => {
    if (c.req.path.startsWith('/api/')) return next();
    const file = files.get(c.req.path) ?? (extname(c.req.path) ? undefined : index);
    if (!file) return next();
    // Hashed asset names change with their content; the page itself must always be fresh.
    c.header('Cache-Control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    return c.body(file.body as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': file.type });
  };
}
