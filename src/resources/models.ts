import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TaggerModels } from '../learn/attributions.ts';
import { Linker } from '../learn/linker.ts';
import { Perceptron } from '../learn/perceptron.ts';
import { SPAN_DEFAULTS, SpanModel, type SpanSettings } from '../learn/span.ts';
import { MODEL_DIR } from './files.ts';

/** The learned models' files in models/ (`npm run train` writes all but the span stage, `npm run train:span` that). */
export const MODEL_FILES = {
  lexicon: 'attrib-cues.json',
  pass1: 'attrib-pass1.bin',
  pass2: 'attrib-pass2.bin',
  linker: 'attrib-link.bin',
  calib: 'attrib-calib.json',
  span: 'attrib-span.bin',
} as const;

export interface ModelSettings {
  /** The span stage on (default) or off (CLAIMGRAPH_NO_SPAN=1, for comparisons). */
  readonly span?: boolean;
  readonly spanSettings?: SpanSettings;
}

/** The tagger, its linker, calibration and span stage from DIR; each optional file that is absent is null. */
export function loadTaggerModels(dir = MODEL_DIR, settings: ModelSettings = modelSettingsFrom(process.env)): TaggerModels {
  const read = (name: keyof typeof MODEL_FILES) => readFileSync(resolve(dir, MODEL_FILES[name]));
  const present = (name: keyof typeof MODEL_FILES) => existsSync(resolve(dir, MODEL_FILES[name]));
  const lexJson = JSON.parse(read('lexicon').toString('utf8')) as { words: Record<string, number> };
  const lexicon = new Map(Object.entries(lexJson.words));
  const pass1 = Perceptron.fromBuffer(read('pass1'));
  const pass2 = present('pass2') ? Perceptron.fromBuffer(read('pass2')) : null;
  const linker = present('linker') ? Linker.fromBuffer(read('linker')) : null;
  const calib = present('calib') ? (JSON.parse(read('calib').toString('utf8')) as { weights: number[] }).weights : null;
  let span: SpanModel | null = null;
  if (present('span') && settings.span !== false) {
    span = SpanModel.fromBuffer(read('span'), resolve(dir, MODEL_FILES.span));
    span.settings = settings.spanSettings ?? SPAN_DEFAULTS;
  }
  return { lexicon, pass1, pass2, linker, calib, span };
}

/** CLAIMGRAPH_NO_SPAN=1 turns the span stage off; SPAN_SETTLED and SPAN_SURE tune it. */
export function modelSettingsFrom(env: NodeJS.ProcessEnv): ModelSettings {
  return { span: env.CLAIMGRAPH_NO_SPAN !== '1', spanSettings: spanSettingsFrom(env) };
}

/** The span stage's tuning values from the environment (SPAN_SETTLED, SPAN_SURE), for experiments; the defaults otherwise. */
export function spanSettingsFrom(env: NodeJS.ProcessEnv): SpanSettings {
  return {
    settledLen: env.SPAN_SETTLED !== undefined ? Number(env.SPAN_SETTLED) : SPAN_DEFAULTS.settledLen,
    sure: env.SPAN_SURE !== undefined ? Number(env.SPAN_SURE) : SPAN_DEFAULTS.sure,
  };
}
