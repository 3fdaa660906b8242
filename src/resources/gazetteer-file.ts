import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { decodeTables, encodeTables, FORMAT, type GazetteerTables } from '../extract/places/gazetteer-index.ts';
import { overTables, type Gazetteer } from '../extract/places/gazetteer.ts';
import { sourceVersions, tablesFromSources } from '../extract/places/gazetteer-sources.ts';
import { GAZETTEER_CODE, GAZETTEER_FILE, ROOT } from './files.ts';

/**
 * The offline gazetteer, opened from the tables `npm run build` stores (dist/gazetteer.bin, a few
 * milliseconds) when they were made from the installed packages and the current code; else built
 * from the packages in this process (about 0.6 s of CPU and 100 MB of RSS), and not written: only
 * the build writes the file.
 */
export function loadGazetteer(file = GAZETTEER_FILE): Gazetteer {
  return overTables(openTables(file));
}

export function openTables(file = GAZETTEER_FILE): GazetteerTables {
  const expected = fingerprint(sourceVersions());
  let bytes: Buffer | null = null;
  try {
    bytes = readFileSync(file);
  } catch {
    // Missing: built below.
  }
  return (bytes && decodeTables(bytes, expected)) || tablesFromSources(expected);
}

/** What the tables are made from: the package versions and the code and word lists that build them. */
export function fingerprint(versions: readonly string[]): string {
  const h = createHash('sha256').update(`format ${FORMAT}\n${versions.join('\n')}\n`);
  for (const f of GAZETTEER_CODE) {
    try {
      h.update(f).update(readFileSync(join(ROOT, 'src', f)));
    } catch {
      h.update(`${f} missing`);
    }
  }
  return h.digest('hex');
}

/** Writes the tables whole or not at all (a temporary file renamed), so a reader never sees half a file. */
export function writeTables(t: GazetteerTables, file = GAZETTEER_FILE): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, encodeTables(t));
  renameSync(tmp, file);
}

/** Builds the tables from the packages and stores them (`npm run build`). */
export function buildGazetteerFile(file = GAZETTEER_FILE): GazetteerTables {
  const tables = tablesFromSources(fingerprint(sourceVersions()));
  writeTables(tables, file);
  return tables;
}
