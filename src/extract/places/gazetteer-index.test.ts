/**
 * The stored gazetteer (gazetteer-index.ts) must answer exactly as the one built from the
 * packages: same entries in the same order for every name, same word facts, same countries.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeTables, encodeTables, stringAt } from './gazetteer-index.ts';
import { overTables } from './gazetteer.ts';
import { openTables } from '../../resources/gazetteer-file.ts';
import { tablesFromSources } from './gazetteer-sources.ts';

describe('the stored gazetteer index', () => {
  const built = tablesFromSources('test-fingerprint');
  const bytes = encodeTables(built);
  const decoded = decodeTables(bytes, 'test-fingerprint');
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-gazetteer-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('decodes to the same tables it was encoded from', () => {
    expect(decoded).not.toBeNull();
    const t = decoded!;
    for (const name of ['townId', 'townLat', 'townLon', 'townPop', 'townRank', 'townCountry', 'townAdmin1', 'townNameAt', 'townNameChars', 'keyAt', 'keyChars', 'refAt', 'refs', 'longest', 'slots'] as const) {
      expect(t[name].length, name).toBe(built[name].length);
      expect(Buffer.from(t[name].buffer, t[name].byteOffset, t[name].byteLength).equals(Buffer.from(built[name].buffer, built[name].byteOffset, built[name].byteLength)), name).toBe(true);
    }
    expect(t.others).toEqual(built.others);
    expect(t.countries).toEqual(built.countries);
    expect(t.demonyms).toEqual(built.demonyms);
    expect(t.neighbours).toEqual(built.neighbours);
    expect(t.stats).toEqual(built.stats);
  });

  it('answers every name as the built gazetteer does, entries in the same order', () => {
    const a = overTables(built);
    const b = overTables(decoded!);
    const keys = built.keyAt.length - 1;
    expect(keys).toBeGreaterThan(100_000);
    // Every 7th key (and the last ones: words that only start longer names), plus names that are not there.
    const probe: string[] = ['no such place here', 'pokrovsk', 'moscow', 'new', 'donetsk oblast', 'the kremlin', ''];
    for (let k = 0; k < keys; k += 7) probe.push(stringAt(built.keyAt, built.keyChars, k));
    for (let k = Math.max(0, keys - 50); k < keys; k++) probe.push(stringAt(built.keyAt, built.keyChars, k));
    for (const key of probe) {
      expect(b.lookup(key), key).toEqual(a.lookup(key));
      expect(b.word(key), key).toEqual(a.word(key));
    }
    expect(b.lookup('pokrovsk')!.map((e) => e.geonameId)).toContain(704422);
    expect(b.word('new')!.longest).toBeGreaterThan(1);
    expect([...b.countryByCode]).toEqual([...a.countryByCode]);
    expect(b.countryByCode.get('UA')).toBe(b.lookup('ukraine')![0]);
    expect([...b.demonyms]).toEqual([...a.demonyms]);
    expect([...b.neighbours]).toEqual([...a.neighbours]);
  });

  it('refuses a file made from other sources, cut short, or not ours', () => {
    expect(decodeTables(bytes, 'another fingerprint')).toBeNull();
    expect(decodeTables(bytes.subarray(0, bytes.length >> 1), 'test-fingerprint')).toBeNull();
    expect(decodeTables(Buffer.from('{"format":1}'), 'test-fingerprint')).toBeNull();
  });

  it('builds the tables in memory from a stale or damaged file, and leaves the file as it was (only the build writes it)', () => {
    const file = join(dir, 'gazetteer.bin');
    writeFileSync(file, 'not a gazetteer');
    const t = openTables(file);
    expect(t.stats).toEqual(built.stats);
    expect(readFileSync(file, 'utf8')).toBe('not a gazetteer');
  });
});
