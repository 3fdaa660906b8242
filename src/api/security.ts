import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';

/**
 * Article text is untrusted and the UI shows it: the page may run only the server's own script
 * files and load nothing from any other origin. No inline script or style element can run even if
 * some text got into the page as markup (the UI builds DOM with textContent, never innerHTML).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    c.header('Cross-Origin-Resource-Policy', 'same-origin');
  };
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True for an address only this machine can reach. */
export const isLoopback = (host: string) => host === 'localhost' || host === '::1' || /^127\./.test(host);

/**
 * On a loopback server, refuses a request whose Host header is not a loopback name: a web page on
 * another site could otherwise point its own domain at 127.0.0.1 (DNS rebinding) and read the
 * ledger as same-origin.
 */
export function loopbackHostCheck(): MiddlewareHandler {
  return async (c, next) => {
    const host = (c.req.header('host') ?? '').toLowerCase().replace(/:\d+$/, '');
    if (!LOOPBACK_NAMES.has(host) && !/^127\.\d+\.\d+\.\d+$/.test(host)) return c.json({ error: `this server answers only to localhost, not to host ${JSON.stringify(host)}` }, 403);
    await next();
  };
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * Writes need `Authorization: Bearer TOKEN` with the token the server was started with; a server
 * started without one refuses every write. Compared in constant time. A browser cannot send the
 * header cross-site without a CORS preflight we never answer, so the check is also the CSRF guard.
 */
export function tokenCheck(token: string | null): MiddlewareHandler {
  const expected = token ? digest(token) : null;
  return async (c, next) => {
    if (!expected) return c.json({ error: 'this server takes no writes: start it with --token' }, 401);
    const header = c.req.header('authorization') ?? '';
    const given = /^Bearer (.+)$/i.exec(header)?.[1];
    if (!given || !timingSafeEqual(digest(given), expected)) return c.json({ error: 'a write needs the header Authorization: Bearer TOKEN with the server\'s token' }, 401);
    await next();
  };
}
