import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A real HTTP server on loopback whose answers the test changes between polls, and which records every request. */
export class TestServer {
  readonly routes = new Map<string, Handler>();
  readonly requests: { path: string; headers: IncomingMessage['headers'] }[] = [];
  private readonly server = createServer((req, res) => {
    this.requests.push({ path: req.url ?? '', headers: req.headers });
    const handler = this.routes.get(req.url ?? '');
    if (handler) handler(req, res);
    else {
      res.statusCode = 404;
      res.end('no such page');
    }
  });
  port = 0;

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  get host(): string {
    return `127.0.0.1:${this.port}`;
  }

  url(path: string): string {
    return `http://${this.host}${path}`;
  }

  paths(): string[] {
    return this.requests.map((r) => r.path);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** Serves `body` with an ETag, answering 304 when the client sends it back. */
export function withEtag(body: () => string, type = 'application/rss+xml'): Handler {
  return (req, res) => {
    const text = body();
    const etag = `"${Buffer.from(text).toString('base64url').slice(-16)}-${text.length}"`;
    if (req.headers['if-none-match'] === etag) {
      res.statusCode = 304;
      res.end();
      return;
    }
    res.setHeader('content-type', type);
    res.setHeader('etag', etag);
    res.end(text);
  };
}

/** Serves `body` with a Last-Modified date, answering 304 to If-Modified-Since with that date. */
export function withLastModified(body: () => { text: string; modified: string }): Handler {
  return (req, res) => {
    const { text, modified } = body();
    if (req.headers['if-modified-since'] === modified) {
      res.statusCode = 304;
      res.end();
      return;
    }
    res.setHeader('content-type', 'application/rss+xml');
    res.setHeader('last-modified', modified);
    res.end(text);
  };
}

/** Serves `body` with no validators at all (a server that ignores conditional requests). */
export function plain(body: () => string, type = 'application/rss+xml'): Handler {
  return (_req, res) => {
    res.setHeader('content-type', type);
    res.end(body());
  };
}

export interface Item {
  readonly guid: string;
  readonly title: string;
  readonly text: string;
  readonly link?: string;
  readonly date?: string;
}

/** An RSS 2.0 feed of our own making. */
export function rss(title: string, items: readonly Item[]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${esc(title)}</title>
${items.map((i) => `<item><guid>${esc(i.guid)}</guid><title>${esc(i.title)}</title>${i.link ? `<link>${esc(i.link)}</link>` : ''}<pubDate>${i.date ?? 'Wed, 12 Nov 2025 08:00:00 GMT'}</pubDate><description>${esc(`<p>${i.text}</p>`)}</description></item>`).join('\n')}
</channel></rss>`;
}
