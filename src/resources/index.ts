import { readFileSync } from 'node:fs';
import type { TaggerModels } from '../learn/attributions.ts';
import type { Gazetteer } from '../extract/places/gazetteer.ts';
import { buildEquipmentIndex, parseEquipmentList, type EquipmentIndex } from '../extract/equipment/index.ts';
import { builtInEquipmentIndex } from '../extract/equipment/lexicon-index.ts';
import { ClaimgraphError } from '../model/errors.ts';
import { GAZETTEER_FILE, LEXICON_FILE, MODEL_DIR } from './files.ts';
import { loadGazetteer } from './gazetteer-file.ts';
import { loadLemmatizer, type Lemmatizer } from './lemmatizer.ts';
import { loadTaggerModels, modelSettingsFrom } from './models.ts';

/**
 * Everything the extractors read besides the Doc: the one place that reads resource files and
 * settings. The CLI, the server and tests call loadResources at start-up and hand the result to
 * the pipeline (ExtractOptions.resources); a caller that hands nothing gets defaultResources().
 * Each resource is read on first use (a command that meets no place name never opens the
 * gazetteer, `--help` reads nothing) and then kept.
 */
export interface Resources {
  /** The learned attribution tagger (models/). */
  readonly tagger: TaggerModels;
  /** The offline gazetteer (dist/gazetteer.bin, or built from the packages when that is missing or stale). */
  readonly gazetteer: Gazetteer;
  /** wink-lemmatizer (over dist/wink-lexicon.json when current). */
  readonly lemmatizer: Lemmatizer;
  /** The built-in equipment list, with the user's file merged over it if one was given. */
  readonly equipment: EquipmentIndex;
}

export interface ResourceOptions {
  readonly modelDir?: string;
  readonly gazetteerFile?: string;
  readonly lexiconFile?: string;
  /** A user's equipment list (`--equipment FILE`, or CLAIMGRAPH_EQUIPMENT as the CLI reads it). */
  readonly equipmentFile?: string;
  /** Settings read from the environment (the process's by default): CLAIMGRAPH_NO_SPAN, SPAN_SETTLED, SPAN_SURE. */
  readonly env?: NodeJS.ProcessEnv;
}

/** A value computed on first read and kept. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) { value = make(); made = true; }
    return value as T;
  };
}

function resources(options: ResourceOptions, shared: Resources | null): Resources {
  const env = options.env ?? process.env;
  const equipmentFile = options.equipmentFile;
  // What matches the defaults is shared with defaultResources(), so that nothing is read twice.
  const tagger = !options.modelDir && shared && options.env === undefined ? () => shared.tagger
    : lazy(() => loadTaggerModels(options.modelDir ?? MODEL_DIR, modelSettingsFrom(env)));
  const gazetteer = !options.gazetteerFile && shared ? () => shared.gazetteer : lazy(() => loadGazetteer(options.gazetteerFile ?? GAZETTEER_FILE));
  const lemmatizer = !options.lexiconFile && shared ? () => shared.lemmatizer : lazy(() => loadLemmatizer(options.lexiconFile ?? LEXICON_FILE));
  // The user's list is read now, so that a bad file is reported before any document is read.
  const equipment = equipmentFile ? buildEquipmentIndex(readEquipmentFile(equipmentFile)) : null;
  return {
    get tagger() { return tagger(); },
    get gazetteer() { return gazetteer(); },
    get lemmatizer() { return lemmatizer(); },
    get equipment() { return equipment ?? builtInEquipmentIndex(); },
  };
}

let defaults: Resources | null = null;

/** The resources from their usual places and the process's environment, read once per process (each on first use). */
export function defaultResources(): Resources {
  return (defaults ??= resources({ env: process.env }, null));
}

/** Resources from the given files and settings; whatever is not given is shared with defaultResources(). */
export function loadResources(options: ResourceOptions = {}): Resources {
  return resources(options, defaultResources());
}

/** A user's equipment list (a JSON file); any problem is a ClaimgraphError naming the file. */
export function readEquipmentFile(file: string): ReturnType<typeof parseEquipmentList> {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ClaimgraphError('E_INPUT_MISSING', `cannot read the equipment list (${(e as NodeJS.ErrnoException).code ?? 'error'})`, { file });
  }
  return parseEquipmentList(raw, file);
}

export { MODEL_FILES, loadTaggerModels, modelSettingsFrom, spanSettingsFrom } from './models.ts';
export { loadGazetteer } from './gazetteer-file.ts';
export { loadLemmatizer, type Lemmatizer } from './lemmatizer.ts';
export { MODEL_DIR, GAZETTEER_FILE, LEXICON_FILE, ROOT } from './files.ts';
