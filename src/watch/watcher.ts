import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import type { Document } from '../model/document.ts';
import { ClaimgraphError } from '../model/errors.ts';
import { listInputFiles, readInputs } from '../ingest/index.ts';
import { wellFormedDocument } from '../ingest/well-formed.ts';
import { contentHash } from '../store/hash.ts';
import { systemClock, type Clock } from './clock.ts';
import type { FeedSource, FolderSource, Source } from '../config/watch.ts';
import type { Deliver, Delivered } from './deliver.ts';
import type { FeedItem } from '../ingest/feed.ts';
import { FetchError, allowedUrl, fetchUrl, type FetchPolicy } from './fetch.ts';
import type { SourceState, WatchState } from './state.ts';

export interface LogLine {
  readonly at: number;
  /** info: what happened; warn: one item or file could not be read, the rest went on; error: the poll failed. */
  readonly level: 'info' | 'warn' | 'error';
  readonly source: string;
  readonly message: string;
}

/** What one poll did. */
export interface PollResult {
  readonly ok: boolean;
  /** Nothing fetched or read: a 304, the same body again, no file changed. */
  readonly unchanged: boolean;
  readonly counts: Readonly<Record<Delivered | 'skipped', number>>;
  /** When the source is due next (ms since the epoch). */
  readonly nextAt: number;
}

export interface WatcherOptions {
  readonly sources: readonly Source[];
  readonly state: WatchState;
  readonly deliver: Deliver;
  readonly log: (line: LogLine) => void;
  readonly clock?: Clock;
}

const sha = (s: string | Uint8Array) => createHash('sha256').update(s).digest('hex').slice(0, 32);

/**
 * Follows the configured sources: each is polled when due, one at a time; a good poll makes it due
 * again after its interval, a failed one after a back-off that doubles with each failure in a row
 * (never less than the interval, never more than `maxBackoff`, longer when the server's Retry-After
 * asks). The schedule, the validators and the items seen are kept in the state, so a restart goes
 * on where the last run stopped.
 */
export class Watcher {
  private readonly clock: Clock;

  constructor(private readonly options: WatcherOptions) {
    this.clock = options.clock ?? systemClock;
  }

  /** When the next source is due (ms since the epoch): now for one never polled. */
  nextDue(): number {
    const now = this.clock.now();
    return Math.min(...this.options.sources.map((s) => this.options.state.source(s.key).nextAt ?? now));
  }

  /** Polls every source due now, the longest waiting first (stopping between two when `signal` aborts). */
  async pollDue(signal?: AbortSignal): Promise<PollResult[]> {
    const now = this.clock.now();
    const due = this.options.sources
      .map((s) => ({ s, at: this.options.state.source(s.key).nextAt ?? now }))
      .filter((d) => d.at <= now)
      .sort((a, b) => a.at - b.at);
    const out: PollResult[] = [];
    for (const { s } of due) {
      if (signal?.aborted) break;
      out.push(await this.poll(s));
    }
    return out;
  }

  /** Polls until `signal` aborts (the poll in progress finishes first). */
  async run(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      const wait = this.nextDue() - this.clock.now();
      if (wait > 0) await this.clock.sleep(wait, signal);
      if (signal.aborted) break;
      await this.pollDue(signal);
    }
  }

  /** One poll of one source, whatever its schedule. Never throws: a failure is logged and backed off. */
  async poll(source: Source): Promise<PollResult> {
    const { state } = this.options;
    const before = state.source(source.key);
    const counts: Record<Delivered | 'skipped', number> = { added: 0, replaced: 0, unchanged: 0, queued: 0, failed: 0, skipped: 0 };
    try {
      const { next, unchanged } = source.kind === 'feed' ? await this.pollFeed(source, before, counts) : await this.pollFolder(source, before, counts);
      const nextAt = this.clock.now() + source.everyMs;
      state.setSource(source.key, { ...next, failures: 0, nextAt });
      if (before.failures) this.log('info', source, `recovered after ${before.failures} failed poll${before.failures > 1 ? 's' : ''}`);
      return { ok: true, unchanged, counts, nextAt };
    } catch (e) {
      const failures = before.failures + 1;
      const retryAfter = e instanceof FetchError ? e.retryAfterMs : null;
      const delay = backoffMs(source, failures, retryAfter);
      const nextAt = this.clock.now() + delay;
      state.setSource(source.key, { ...before, failures, nextAt });
      const why = e instanceof ClaimgraphError ? e.describe() : e instanceof Error ? e.message : String(e);
      this.log('error', source, `${why}; failure ${failures} in a row, next try in ${human(delay)}`);
      return { ok: false, unchanged: false, counts, nextAt };
    }
  }

  private log(level: LogLine['level'], source: Source, message: string): void {
    this.options.log({ at: this.clock.now(), level, source: source.name, message });
  }

  private async pollFeed(source: FeedSource, before: SourceState, counts: Record<Delivered | 'skipped', number>) {
    const policy = feedPolicy(source);
    const res = await fetchUrl(source.url, policy, before);
    const retrieved = new Date(this.clock.now()).toISOString();
    if (res.status === 'not-modified') {
      this.log('info', source, 'not modified (304)');
      return { next: before, unchanged: true };
    }
    const bodyHash = sha(res.body);
    const next = { ...before, etag: res.etag, lastModified: res.lastModified, bodyHash };
    if (bodyHash === before.bodyHash) {
      this.log('info', source, `unchanged (the same ${res.body.length} bytes as last time)`);
      return { next, unchanged: true };
    }
    const { parseFeed, feedItemDocument } = await import('../ingest/feed.ts');
    const items = parseFeed(res.body, res.url, res.charset);
    if (items instanceof ClaimgraphError) throw new ClaimgraphError(items.code, `not a feed claimgraph can read: ${items.message}`, { file: res.url, line: items.context.line });
    for (const [i, item] of items.entries()) {
      const fingerprint = sha(JSON.stringify([item.id, item.url, item.title, item.date, item.byline, item.html]));
      if (this.options.state.item(source.key, item.id) === fingerprint) {
        counts.unchanged++;
        continue;
      }
      let document: Document | null = null;
      if (source.fetchItems && item.url) document = await this.fetchItem(source, policy, item);
      if (!document) {
        const entry = feedItemDocument(item, res.url, i);
        if (entry instanceof ClaimgraphError) {
          this.log('warn', source, `${entry.describe()}; skipped`);
          this.options.state.setItem(source.key, item.id, fingerprint);
          counts.skipped++;
          continue;
        }
        document = { ...entry, retrieved };
      }
      const outcome = await this.hand(source, document);
      counts[outcome]++;
      if (outcome !== 'failed') this.options.state.setItem(source.key, item.id, fingerprint);
    }
    this.log('info', source, `${items.length} items: ${summary(counts)}`);
    return { next, unchanged: false };
  }

  /** An item's own page, when the config allows it; null (and a warning) when it cannot be had, so the feed's text stands in. */
  private async fetchItem(source: FeedSource, policy: FetchPolicy, item: FeedItem): Promise<Document | null> {
    const { id, title, date } = item;
    const link = item.url!;
    let url: URL;
    try {
      url = new URL(link);
    } catch {
      this.log('warn', source, `item ${JSON.stringify(id)}: its link ${JSON.stringify(link.slice(0, 200))} is not a URL; the feed's text is used`);
      return null;
    }
    if (!allowedUrl(url, policy)) {
      this.log('warn', source, `item ${JSON.stringify(id)}: not fetched: ${url.href} is not on this source's host nor in its allowHosts; the feed's text is used`);
      return null;
    }
    try {
      const page = await fetchUrl(url.href, policy);
      if (page.status !== 'ok') return null;
      const retrieved = new Date(this.clock.now()).toISOString();
      const { htmlDocument, isoDate } = await import('../ingest/html.ts');
      const d = htmlDocument(page.body, page.url, id, page.charset, (w) => this.log('warn', source, w.describe()));
      return { ...d, title: d.title ?? title, date: d.date ?? isoDate(date), url: d.url ?? page.url, source: d.source ?? item.source, retrieved };
    } catch (e) {
      const why = e instanceof ClaimgraphError ? e.message : (e as Error).message;
      this.log('warn', source, `item ${JSON.stringify(id)}: page not read: ${why}; the feed's text is used`);
      return null;
    }
  }

  private async pollFolder(source: FolderSource, before: SourceState, counts: Record<Delivered | 'skipped', number>) {
    const { state } = this.options;
    const files = await listInputFiles(source.path, (e) => this.log('warn', source, e.describe()));
    const known = state.files(source.key);
    const changed = new Map<string, { size: number; mtime: number }>();
    for (const file of files) {
      const info = await stat(file).catch(() => null);
      if (!info) continue;
      const was = known.get(file);
      if (!was || was.size !== info.size || was.mtime !== info.mtimeMs) changed.set(file, { size: info.size, mtime: info.mtimeMs });
      known.delete(file);
    }
    for (const gone of known.keys()) state.dropFile(source.key, gone);
    if (!changed.size) {
      this.log('info', source, `no file changed (${files.length} files)`);
      return { next: before, unchanged: true };
    }
    const documents = readInputs([source.path], {
      maxBytes: source.maxBytes,
      only: (f) => changed.has(f),
      onError: (e) => this.log('warn', source, `${e.describe()}; skipped`),
      onFailure: (e, file) => this.log('warn', source, `${file}: internal error: ${(e as Error).message}; skipped`),
      onWarning: (w) => this.log('warn', source, w.describe()),
    });
    for await (const document of documents) {
      const hash = contentHash(document);
      if (state.item(source.key, document.id) === hash) {
        counts.unchanged++;
        continue;
      }
      const outcome = await this.hand(source, document);
      counts[outcome]++;
      if (outcome !== 'failed') state.setItem(source.key, document.id, hash);
    }
    // Recorded last: a watcher stopped before this reads the files again, and the store skips what it holds.
    for (const [file, f] of changed) state.setFile(source.key, file, f.size, f.mtime);
    this.log('info', source, `${changed.size} file${changed.size > 1 ? 's' : ''} new or changed: ${summary(counts)}`);
    return { next: before, unchanged: false };
  }

  /**
   * Hands one article on, its text made well-formed as `readInputs` makes it (the store refuses a
   * lone surrogate). A failed one is not recorded as seen: it is tried again when it changes.
   */
  private async hand(source: Source, document: Document): Promise<Delivered> {
    const fixed = wellFormedDocument(document);
    if (fixed) this.log('warn', source, `document ${JSON.stringify(document.id)}: lone UTF-16 surrogates replaced by U+FFFD (${fixed.repaired.join('; ')})`);
    const outcome = await this.options.deliver(fixed ? fixed.document : document);
    if (outcome === 'failed') this.log('warn', source, `document ${JSON.stringify(document.id)}: not stored, its extraction failed; tried again when it changes`);
    return outcome;
  }
}

export function feedPolicy(source: FeedSource): FetchPolicy {
  return { origin: new URL(source.url), allowHosts: source.allowHosts, timeoutMs: source.timeoutMs, maxBytes: source.maxBytes, userAgent: source.userAgent };
}

/** The wait after the `failures`-th failure in a row: the interval doubled that many times, within [every, maxBackoff]. */
export function backoffMs(source: Pick<Source, 'everyMs' | 'maxBackoffMs'>, failures: number, retryAfterMs: number | null = null): number {
  const doubled = source.everyMs * 2 ** Math.min(failures, 40);
  const delay = Math.min(Math.max(doubled, source.everyMs), source.maxBackoffMs);
  return retryAfterMs === null ? delay : Math.max(delay, Math.min(retryAfterMs, source.maxBackoffMs));
}

function summary(c: Record<Delivered | 'skipped', number>): string {
  const parts = [`${c.added} new`, `${c.replaced} changed`, `${c.unchanged} unchanged`];
  if (c.queued) parts.push(`${c.queued} queued`);
  if (c.skipped) parts.push(`${c.skipped} unreadable`);
  if (c.failed) parts.push(`${c.failed} failed`);
  return parts.join(', ');
}

/** 90000 -> "1.5 min". */
export function human(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${+(ms / 1000).toFixed(1)} s`;
  if (ms < 3_600_000) return `${+(ms / 60_000).toFixed(1)} min`;
  return `${+(ms / 3_600_000).toFixed(1)} h`;
}
