import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { loadConfigFile } from './load.ts';

/**
 * `claimgraph serve --config FILE`: what a file may set. Not the write token: a secret stays in
 * `--token` or CLAIMGRAPH_TOKEN, not in a file that is copied around (a `token` key is refused).
 */
export const serveConfigSchema = z.strictObject({
  /** The organization that signs verdicts (ClaimReview `author`). */
  org: z.string().trim().min(1).max(500).optional(),
  host: z.string().min(1).max(255).regex(/^[^\s/]+$/, 'an address or host name such as 127.0.0.1, ::1 or localhost, without scheme or path').optional(),
  port: z.number().int().min(0).max(65535).optional(),
  /** The store: an SQLite file (relative to the config file's folder) or a postgres:// URL. */
  db: z.string().min(1).optional(),
});

export type ServeConfig = z.output<typeof serveConfigSchema>;

/** The settings `serve` runs with, after flags, the file and the environment are weighed. */
export interface ServeSettings {
  readonly db: string | undefined;
  readonly host: string;
  readonly port: number;
  readonly org: string | null;
}

export const SERVE_DEFAULTS = { host: '127.0.0.1', port: 8080 } as const;

export async function loadServeConfig(file: string): Promise<ServeConfig> {
  const config = await loadConfigFile(serveConfigSchema, file, 'serve config');
  // An SQLite path in the file is the file's own neighbour wherever serve is started from.
  return config.db !== undefined && !/^postgres(ql)?:\/\//i.test(config.db) ? { ...config, db: resolve(dirname(resolve(file)), config.db) } : config;
}

/**
 * Flags win over the file, the file over the environment (CLAIMGRAPH_DB, CLAIMGRAPH_ORG), the
 * environment over the built-in defaults. `flags.port` is already a checked number.
 */
export function serveSettings(flags: { db?: string; host?: string; port?: number; org?: string }, file: ServeConfig = {}, env: NodeJS.ProcessEnv = process.env): ServeSettings {
  return {
    db: flags.db ?? file.db ?? (env.CLAIMGRAPH_DB || undefined),
    host: flags.host ?? file.host ?? SERVE_DEFAULTS.host,
    port: flags.port ?? file.port ?? SERVE_DEFAULTS.port,
    org: flags.org ?? file.org ?? (env.CLAIMGRAPH_ORG || null),
  };
}
