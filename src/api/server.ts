import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { createApp, type AppOptions } from './app.ts';
import { isLoopback } from './security.ts';

export interface Server {
  /** `http://HOST:PORT/`, with the port the system chose when 0 was asked for. */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** dist/web, where `npm run build` puts the UI; from src/api (tsx) or dist/api (compiled) alike. */
export function defaultWebRoot(): string | null {
  const root = fileURLToPath(new URL('../../dist/web/', import.meta.url));
  return existsSync(`${root}/index.html`) ? root : null;
}

export interface ServeOptions extends AppOptions {
  readonly port?: number;
  /** 127.0.0.1 unless told otherwise: the ledger is not for the network by default. */
  readonly host?: string;
}

export function startServer(options: ServeOptions): Promise<Server> {
  const host = options.host ?? '127.0.0.1';
  const app = createApp({ loopbackOnly: isLoopback(host), ...options });
  return new Promise((resolve, reject) => {
    let server: ServerType;
    const onError = (e: Error) => reject(e);
    server = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: host }, (info: AddressInfo) => {
      server.off('error', onError);
      const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shown}:${info.port}/`,
        port: info.port,
        close: () => new Promise<void>((done) => {
          server.close(() => done());
          // Keep-alive connections would hold close() open.
          (server as { closeAllConnections?: () => void }).closeAllConnections?.();
        }),
      });
    });
    server.once('error', onError);
  });
}
