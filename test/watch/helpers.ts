import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractDocument } from '../../src/extract/pipeline.ts';
import type { Document } from '../../src/model/document.ts';
import type { Extraction } from '../../src/model/items.ts';
import { openSqliteStore } from '../../src/store/index.ts';
import type { SqliteStore } from '../../src/store/sqlite/index.ts';
import { parseConfig, type Source } from '../../src/config/watch.ts';
import { storeDelivery } from '../../src/watch/deliver.ts';
import { WatchState } from '../../src/watch/state.ts';
import { Watcher, type LogLine } from '../../src/watch/watcher.ts';
import { ManualClock } from './manual-clock.ts';
import { identityRules } from '../../src/link/identity-rules.ts';

export function tempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Sources from a config object, as `claimgraph watch` reads them from a file in `dir`. */
export function sources(dir: string, config: object): Source[] {
  return [...parseConfig(config, join(dir, 'watch.json')).sources];
}

/**
 * A watcher on a real SQLite store and a real state file in `dir`, with the real extraction, a
 * manual clock, every log line kept and every article delivered recorded. `restart()` closes it
 * all and opens a new watcher on the same files, as a new process would.
 */
export class Rig {
  readonly clock = new ManualClock();
  readonly logs: LogLine[] = [];
  readonly delivered: Document[] = [];
  /** What the extraction threw, per failed article. */
  readonly failures: string[] = [];
  store!: SqliteStore;
  state!: WatchState;
  watcher!: Watcher;

  constructor(readonly dir: string, readonly sources: Source[], private readonly extract: (d: Document) => Extraction = (d) => extractDocument(d).extraction) {
    this.open();
  }

  private open(): void {
    this.store = openSqliteStore(join(this.dir, 'ledger.db'), { identities: identityRules });
    this.state = new WatchState(join(this.dir, 'ledger.db.watch'));
    const toStore = storeDelivery(this.store, this.extract, (e) => this.failures.push(String(e)));
    this.watcher = new Watcher({
      sources: this.sources,
      state: this.state,
      clock: this.clock,
      log: (line) => this.logs.push(line),
      deliver: async (d) => {
        this.delivered.push(d);
        return toStore(d);
      },
    });
  }

  async restart(): Promise<void> {
    await this.close();
    this.open();
  }

  /** The log lines since `from`, as `level source: message`. */
  lines(from = 0): string[] {
    return this.logs.slice(from).map((l) => `${l.level} ${l.source}: ${l.message}`);
  }

  async close(): Promise<void> {
    this.state.close();
    await this.store.close();
  }
}
