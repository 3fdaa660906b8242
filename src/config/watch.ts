import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { ClaimgraphError } from '../model/errors.ts';
import { DEFAULT_MAX_BYTES } from '../ingest/bytes.ts';
import { checkConfig, readConfigFile } from './load.ts';

/** One source as the watcher uses it: every default applied, every duration in ms. */
export interface FeedSource {
  readonly kind: 'feed';
  readonly name: string;
  /** Where its state is kept: the URL itself, so that renaming a source keeps its history. */
  readonly key: string;
  readonly url: string;
  readonly everyMs: number;
  readonly timeoutMs: number;
  readonly maxBackoffMs: number;
  readonly maxBytes: number;
  /** Fetch each item's link (only on the feed's own host or `allowHosts`); else the feed's text is the article. */
  readonly fetchItems: boolean;
  /** Hosts besides the feed's own that redirects and item links may lead to: `host` (any port) or `host:port`. */
  readonly allowHosts: readonly string[];
  readonly userAgent: string;
}

export interface FolderSource {
  readonly kind: 'folder';
  readonly name: string;
  readonly key: string;
  /** Absolute. */
  readonly path: string;
  readonly everyMs: number;
  readonly maxBackoffMs: number;
  readonly maxBytes: number;
}

export type Source = FeedSource | FolderSource;

export interface WatchConfig {
  readonly file: string;
  readonly sources: readonly Source[];
}

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `90` (seconds), `"90s"`, `"15m"`, `"1h"`, `"250ms"` -> ms, from 1 ms to a year. */
const duration = z.unknown().transform((v, ctx) => {
  const m = typeof v === 'string' ? /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/.exec(v) : null;
  const ms = typeof v === 'number' ? v * 1000 : m ? Number(m[1]) * UNITS[m[2]!]! : NaN;
  if (!(ms >= 1 && ms <= 366 * UNITS.d!)) {
    ctx.addIssue({ code: 'custom', message: `a duration such as "30s", "15m", "1h" or a number of seconds, from 1 ms to a year; got ${JSON.stringify(v)}` });
    return z.NEVER;
  }
  return ms;
});

const host = z.string().regex(/^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i,
  'a host name, optionally with a port ("example.org", "example.org:8443"), without scheme or path').transform((h) => h.toLowerCase());

const common = {
  name: z.string().min(1).max(200).optional(),
  every: duration.optional(),
  maxBackoff: duration.optional(),
  maxBytes: z.number().int().positive().optional(),
};

const feedSchema = z.strictObject({
  ...common,
  feed: z.string().refine((u) => {
    try {
      return ['http:', 'https:'].includes(new URL(u).protocol);
    } catch {
      return false;
    }
  }, 'an http:// or https:// URL'),
  timeout: duration.optional(),
  fetchItems: z.boolean().optional(),
  allowHosts: z.array(host).optional(),
});

const folderSchema = z.strictObject({ ...common, folder: z.string().min(1) });

const configSchema = z.strictObject({
  defaults: z.strictObject({
    every: duration.optional(),
    timeout: duration.optional(),
    maxBackoff: duration.optional(),
    maxBytes: z.number().int().positive().optional(),
    userAgent: z.string().min(1).max(200).optional(),
  }).optional(),
  // Told apart by their key, so that a mistake in one is named as that kind's (a union would only say "invalid").
  sources: z.array(z.unknown().pipe(z.custom<object>((v) => typeof v === 'object' && v !== null && ('feed' in v || 'folder' in v), 'a source needs "feed" (a URL) or "folder" (a path)'))
    .transform((v, ctx) => {
      const r = 'feed' in v ? feedSchema.safeParse(v) : folderSchema.safeParse(v);
      if (r.success) return r.data;
      for (const issue of r.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
      return z.NEVER;
    })).min(1, 'at least one source'),
});

export const DEFAULTS = {
  everyMs: 15 * UNITS.m!,
  timeoutMs: 30 * UNITS.s!,
  maxBackoffMs: 6 * UNITS.h!,
  userAgent: 'claimgraph-watch/0.1',
};

/** Reads and checks a config file (JSON or YAML, ./load.ts); every problem is one line naming the file and the field. */
export async function loadConfig(file: string): Promise<WatchConfig> {
  return parseConfig(await readConfigFile(file, 'watch config'), file);
}

export function parseConfig(json: unknown, file: string): WatchConfig {
  const config = checkConfig(configSchema, json, file, 'watch config');
  const d = config.defaults ?? {};
  const base = dirname(resolve(file));
  const sources: Source[] = config.sources.map((s) => {
    const every = s.every ?? d.every ?? DEFAULTS.everyMs;
    const shared = { everyMs: every, maxBackoffMs: Math.max(s.maxBackoff ?? d.maxBackoff ?? DEFAULTS.maxBackoffMs, every), maxBytes: s.maxBytes ?? d.maxBytes ?? DEFAULT_MAX_BYTES };
    if ('feed' in s) {
      const url = new URL(s.feed).href;
      return {
        kind: 'feed', name: s.name ?? url, key: `feed ${url}`, url, ...shared,
        timeoutMs: s.timeout ?? d.timeout ?? DEFAULTS.timeoutMs,
        fetchItems: s.fetchItems ?? false, allowHosts: s.allowHosts ?? [], userAgent: d.userAgent ?? DEFAULTS.userAgent,
      };
    }
    const path = resolve(base, s.folder);
    return { kind: 'folder', name: s.name ?? s.folder, key: `folder ${path}`, path, ...shared };
  });
  const names = new Set<string>();
  const keys = new Set<string>();
  for (const s of sources) {
    const where = s.kind === 'feed' ? s.url : s.path;
    if (names.has(s.name)) throw new ClaimgraphError('E_INPUT_FIELD', `bad watch config: two sources are named "${s.name}"`, { file });
    if (keys.has(s.key)) throw new ClaimgraphError('E_INPUT_FIELD', `bad watch config: two sources watch ${where}`, { file });
    names.add(s.name);
    keys.add(s.key);
  }
  return { file, sources };
}
