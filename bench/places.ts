/**
 * The places and equipment part of `npm run bench`: the gazetteer's load in a fresh process (time,
 * RSS and heap it keeps), and the CPU the two stages cost per character over the corpus, the
 * gazetteer already loaded (process.cpuUsage, best of three passes over documents analyzed beforehand).
 */
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze/index.ts';
import { extractEquipment } from '../src/extract/equipment/index.ts';
import { defaultResources } from '../src/resources/index.ts';
import { extractPlaces } from '../src/extract/places/index.ts';
import { findPeople, peopleOf } from '../src/extract/entities/index.ts';
import type { Document } from '../src/model/document.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PASSES = 3;
/** The stages' budget in issue 4, µs of CPU per character. */
export const PLACES_EQUIPMENT_BUDGET_US_PER_CHAR = 0.05;

export interface GazetteerLoad {
  seconds: number; cpu_seconds: number; rss_delta_mb: number; peak_rss_delta_mb: number; heap_delta_mb: number;
  towns: number; regions: number; countries: number; keys: number;
}

export function measureGazetteerLoad(): GazetteerLoad | { error: string } {
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(root, 'bench', 'gazetteer-load.ts')], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  const line = run.stdout?.trim().split('\n').pop();
  if (run.status !== 0 || !line) return { error: `status ${run.status}: ${(run.stderr ?? '').trim().split('\n')[0] ?? ''}` };
  return JSON.parse(line) as GazetteerLoad;
}

export function measureStages(documents: readonly Document[]): { places_us_per_char: number; equipment_us_per_char: number; places: number; equipment: number } {
  defaultResources().gazetteer;
  const prepared = documents.map((d) => {
    const doc = analyze(d);
    return { doc, entities: peopleOf(findPeople(doc)) };
  });
  const chars = documents.reduce((n, d) => n + d.text.length, 0);
  let bestPlaces = Infinity;
  let bestEquipment = Infinity;
  let places = 0;
  let equipment = 0;
  for (let pass = 0; pass < PASSES; pass++) {
    places = 0;
    equipment = 0;
    let c = process.cpuUsage();
    for (const p of prepared) places += extractPlaces(p.doc, p.entities).length;
    let used = process.cpuUsage(c);
    bestPlaces = Math.min(bestPlaces, used.user + used.system);
    c = process.cpuUsage();
    for (const p of prepared) equipment += extractEquipment(p.doc).length;
    used = process.cpuUsage(c);
    bestEquipment = Math.min(bestEquipment, used.user + used.system);
  }
  return { places_us_per_char: bestPlaces / chars, equipment_us_per_char: bestEquipment / chars, places, equipment };
}
