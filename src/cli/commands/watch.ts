import { ClaimgraphError } from '../../model/errors.ts';
import { openSqliteStore, openStore } from '../../store/index.ts';
import { loadConfig } from '../../config/watch.ts';
import { queueDelivery, storeDelivery, type Deliver } from '../../watch/deliver.ts';
import { WatchState } from '../../watch/state.ts';
import { Watcher, type LogLine } from '../../watch/watcher.ts';
import type { Clock } from '../../watch/clock.ts';
import type { CommandIo } from '../io.ts';
import { command } from '../command.ts';
import { oneLine } from '../report.ts';
import { lazyExtractor } from './ingest.ts';
import { identityRules } from '../../link/identity-rules.ts';

const watchArgs = {
  config: { type: 'string', valueHint: 'FILE', description: 'the sources (required)' },
  db: { type: 'string', valueHint: 'FILE|URL', description: "the store (required): an SQLite file, or postgres://... to feed the workers' queue" },
  state: { type: 'string', valueHint: 'FILE', description: 'where the watcher keeps what it has seen (default: DB.watch)' },
  once: { type: 'boolean', default: false, description: 'poll each source that is due once, then exit (exit status 1 if a poll failed)' },
} as const;

export interface WatchHooks {
  /** A clock other than the system's (tests). */
  readonly clock?: Clock;
  /** Stops `watch` without --once (tests; the CLI stops on SIGINT/SIGTERM). */
  readonly signal?: AbortSignal;
}

export const watchCommand = command<typeof watchArgs, WatchHooks | undefined>({
  name: 'watch',
  synopsis: ['watch --config FILE --db FILE [--state FILE] [--once]'],
  description: `Follows the feeds (RSS/Atom, by URL) and folders the config FILE lists, each on its own interval,
and stores every new or changed article in the ledger --db FILE as 'claimgraph ingest' would.
Asks a feed only for what changed (ETag, Last-Modified), backs off on errors (the interval
doubled per failure in a row, up to maxBackoff), and fetches nothing the config does not name: a
feed's redirects and, with "fetchItems": true, its items' pages only on the feed's own host or
its "allowHosts"; links inside articles are never followed. What it has seen is kept in --state
(default: the store's path with .watch added), so a restart goes on where it stopped.
With --db postgres://... new and changed articles go
on the workers' queue in that database instead ('claimgraph worker' extracts and stores them),
and --state FILE is required.

Config (JSON):
  { "defaults": { "every": "15m", "timeout": "30s", "maxBackoff": "6h" },
    "sources": [
      { "name": "wire", "feed": "https://example.org/world/rss.xml", "every": "10m" },
      { "feed": "https://example.org/atom", "fetchItems": true, "allowHosts": ["www.example.org"] },
      { "name": "inbox", "folder": "incoming/", "every": "1m" } ] }`,
  args: watchArgs,
  notes: `One log line per poll on standard output: time, level (info, warn, error), source, what happened.
Stops on Ctrl-C (SIGINT) or SIGTERM after the poll in progress, closing the store.`,
  run: (values, io, hooks) => watch(values, io, hooks ?? {}),
});

async function watch(values: { config?: string | undefined; db?: string | undefined; state?: string | undefined; once: boolean }, io: CommandIo, hooks: WatchHooks): Promise<number> {
  if (!values.config) throw new ClaimgraphError('E_USAGE', "watch needs --config FILE; see 'claimgraph watch --help'");
  if (!values.db) throw new ClaimgraphError('E_USAGE', "watch needs --db FILE; see 'claimgraph watch --help'");
  // With PostgreSQL the articles go on the workers' queue in that database (`claimgraph worker`).
  const queued = /^postgres(ql)?:\/\//i.test(values.db);
  if (queued && !values.state) throw new ClaimgraphError('E_USAGE', "watch --db postgres://... needs --state FILE: the watcher's own memory is a local file; see 'claimgraph watch --help'");
  const config = await loadConfig(values.config);
  const state = new WatchState(values.state ?? `${values.db}.watch`);
  const store = queued ? await openStore(values.db, { identities: identityRules }) : openSqliteStore(values.db, { identities: identityRules });
  const queue = queued ? await import('../../queue/index.ts') : null;
  const boss = queue ? await queue.openQueue(values.db) : null;
  let failed = false;
  const log = (line: LogLine) => {
    if (line.level === 'error') failed = true;
    io.stdout.write(`${new Date(line.at).toISOString()} ${line.level} ${oneLine(line.source)}: ${oneLine(line.message)}\n`);
  };
  const clock = hooks.clock;
  // The seam for a queue (PostgreSQL workers): another Deliver here, nothing else changes.
  // An extraction that throws is a bug: its detail goes to standard error, the watcher logs the article.
  const deliver: Deliver = queue && boss
    ? queueDelivery(store, (jobs) => queue.enqueue(boss, jobs))
    : storeDelivery(store, lazyExtractor(), (e, d) => io.report(e, { id: d.id }));
  const watcher = new Watcher({ sources: config.sources, state, deliver, log, clock });
  try {
    if (values.once) {
      const polled = await watcher.pollDue();
      if (!polled.length) {
        const now = clock?.now() ?? Date.now();
        io.stdout.write(`${new Date(now).toISOString()} info watch: no source is due; the next is due at ${new Date(watcher.nextDue()).toISOString()}\n`);
      }
      return failed ? 1 : 0;
    }
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    hooks.signal?.addEventListener('abort', onSignal, { once: true });
    io.stdout.write(`${new Date(clock?.now() ?? Date.now()).toISOString()} info watch: ${config.sources.length} source${config.sources.length > 1 ? 's' : ''} from ${oneLine(config.file)}, store ${oneLine(values.db)}\n`);
    try {
      await watcher.run(stop.signal);
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
    return 0;
  } finally {
    state.close();
    await boss?.stop({ graceful: false, wait: true, close: true }).catch(() => undefined);
    await store.close();
  }
}
