import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the resource files lie. The same paths whether the code runs from src/ (tsx) or dist/:
 * this file is two levels below the repository root in both layouts.
 */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The learned attribution models (`npm run train`, `npm run train:span`). */
export const MODEL_DIR = join(ROOT, 'models');
/** The gazetteer's tables, written by `npm run build` (build.ts). */
export const GAZETTEER_FILE = join(ROOT, 'dist', 'gazetteer.bin');
/** wink-lexicon's WordNet lists as JSON, written by `npm run build` (build.ts). */
export const LEXICON_FILE = join(ROOT, 'dist', 'wink-lexicon.json');
/** The source files (under src/, read there in both layouts) whose change makes a stored gazetteer stale. */
export const GAZETTEER_CODE = ['extract/places/gazetteer-sources.ts', 'extract/places/gazetteer-index.ts', 'extract/places/normalize.ts', 'extract/lexicon/places.ts', 'extract/lexicon/places-countries.ts'];
