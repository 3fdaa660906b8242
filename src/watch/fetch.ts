/**
 * One HTTP GET the way the watcher may make it: conditional (ETag, Last-Modified), with a time
 * limit on the whole exchange, a size cap on the body, and redirects followed by hand so that each
 * hop is checked against the hosts the user configured. Node's own fetch (undici) does the rest.
 */

export interface FetchPolicy {
  /** The URL the user configured: its host is always allowed. */
  readonly origin: URL;
  /** Further hosts: `host` (any port) or `host:port`, lower case. */
  readonly allowHosts: readonly string[];
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly userAgent: string;
}

export interface Validators {
  readonly etag?: string | null;
  readonly lastModified?: string | null;
}

export interface Fetched {
  readonly status: 'ok';
  readonly code: number;
  /** Where the body came from, after redirects. */
  readonly url: string;
  readonly body: Uint8Array;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly contentType: string | null;
  /** The Content-Type's charset parameter as sent (`windows-1251`), or null: how the body's bytes are to be read. */
  readonly charset: string | null;
}

export interface NotModified {
  readonly status: 'not-modified';
  readonly url: string;
}

/** A fetch that failed, in one line; `retryAfterMs` when the server said when to come back. */
export class FetchError extends Error {
  constructor(message: string, readonly retryAfterMs: number | null = null, readonly refused = false) {
    super(message);
    this.name = 'FetchError';
  }
}

const MAX_REDIRECTS = 5;

/** Whether the policy lets the watcher ask `url` for anything: http(s), on the origin's host or an allowed one. */
export function allowedUrl(url: URL, policy: Pick<FetchPolicy, 'origin' | 'allowHosts'>): boolean {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (url.username || url.password) return false;
  if (url.host === policy.origin.host) return true;
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  const hostname = url.hostname.toLowerCase();
  return policy.allowHosts.some((entry) => {
    const m = /^(.*?)(?::(\d+))?$/.exec(entry)!;
    return m[1] === hostname && (m[2] === undefined || m[2] === port);
  });
}

export async function fetchUrl(target: string, policy: FetchPolicy, validators: Validators = {}): Promise<Fetched | NotModified> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), policy.timeoutMs);
  let url = new URL(target);
  try {
    for (let hop = 0; ; hop++) {
      if (!allowedUrl(url, policy)) {
        throw new FetchError(`refused ${safe(url.href)}: ${url.protocol === 'http:' || url.protocol === 'https:' ? `host ${url.host} is not this source's nor in its allowHosts` : `only http and https are fetched`}`, null, true);
      }
      const headers: Record<string, string> = { 'user-agent': policy.userAgent, accept: 'application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.9, */*;q=0.5' };
      if (validators.etag) headers['if-none-match'] = validators.etag;
      if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
      let res: Response;
      try {
        res = await fetch(url, { headers, redirect: 'manual', signal: controller.signal });
      } catch (e) {
        throw networkError(e, controller.signal, policy, url);
      }
      if (res.status >= 300 && res.status < 400 && res.status !== 304) {
        await res.body?.cancel().catch(() => undefined);
        const location = res.headers.get('location');
        if (!location) throw new FetchError(`HTTP ${res.status} from ${safe(url.href)} without a Location to go to`);
        if (hop >= MAX_REDIRECTS) throw new FetchError(`more than ${MAX_REDIRECTS} redirects from ${safe(target)}`);
        let next: URL;
        try {
          next = new URL(location, url);
        } catch {
          throw new FetchError(`HTTP ${res.status} from ${safe(url.href)} to a malformed Location ${JSON.stringify(location.slice(0, 200))}`);
        }
        url = next;
        continue;
      }
      if (res.status === 304) {
        await res.body?.cancel().catch(() => undefined);
        return { status: 'not-modified', url: url.href };
      }
      if (res.status < 200 || res.status >= 300) {
        await res.body?.cancel().catch(() => undefined);
        throw new FetchError(`HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''} from ${safe(url.href)}`, retryAfter(res.headers.get('retry-after')));
      }
      const body = await readBody(res, policy, controller, url);
      return {
        status: 'ok', code: res.status, url: url.href, body,
        etag: res.headers.get('etag'), lastModified: res.headers.get('last-modified'), contentType: res.headers.get('content-type'), charset: charsetParameter(res.headers.get('content-type')),
      };
    }
  } finally {
    clearTimeout(timer);
  }
}

/** The charset parameter of a Content-Type header value (`text/html; charset="windows-1251"`), or null. */
export function charsetParameter(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  for (const part of contentType.split(';').slice(1)) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim().toLowerCase() !== 'charset') continue;
    const value = part.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1').trim();
    return value || null;
  }
  return null;
}

async function readBody(res: Response, policy: FetchPolicy, controller: AbortController, url: URL): Promise<Uint8Array> {
  const tooLarge = (n: string) => new FetchError(`${safe(url.href)} sent ${n} bytes, over the limit of ${policy.maxBytes}; not read`);
  const declared = Number(res.headers.get('content-length'));
  if (declared > policy.maxBytes) {
    controller.abort();
    throw tooLarge(String(declared));
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of res.body ?? []) {
      total += chunk.length;
      if (total > policy.maxBytes) {
        controller.abort();
        throw tooLarge(`more than ${policy.maxBytes}`);
      }
      chunks.push(chunk);
    }
  } catch (e) {
    if (e instanceof FetchError) throw e;
    throw networkError(e, controller.signal, policy, url);
  }
  return Buffer.concat(chunks, total);
}

function networkError(e: unknown, signal: AbortSignal, policy: FetchPolicy, url: URL): FetchError {
  if (signal.aborted) return new FetchError(`no complete answer from ${safe(url.href)} within ${policy.timeoutMs / 1000} s`);
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  const why = cause?.code ?? cause?.message ?? (e as Error).message;
  return new FetchError(`cannot fetch ${safe(url.href)}: ${why}`);
}

/** Retry-After as seconds or an HTTP date -> ms from now; null when absent or unreadable. */
function retryAfter(value: string | null): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

/** A URL as it goes into a log line: no credentials, not endless. */
function safe(href: string): string {
  return href.length > 300 ? href.slice(0, 300) + '...' : href;
}
