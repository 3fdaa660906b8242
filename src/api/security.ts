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
