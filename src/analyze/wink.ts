import './wink-deterministic.ts';
import './wink-tokenize-memo.ts';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { POS, POS_INDEX } from '../model/doc.ts';

/**
 * wink-nlp does tokenization, sentence boundaries and POS tags in one fast pass (about 3M
 * characters a second here), which leaves room in the 1M chars/s budget for our extractors.
 * Built once at load: the model is read-only and shared.
 *
 * wink's public API hands results out one `its` mapper at a time, each a pass over the tokens
 * through a chain of calls; we read its raw token array instead (four numbers per token: lexeme
 * index, spaces, POS and lemma bits, flags), which wink's POS step passes to the model's setter.
 * The layout is wink-nlp's (src/constants.js, src/its.js); deterministic.test.ts checks the
 * result against the public API.
 */
interface RawDoc {
  readonly tokens: number[];
  readonly numOfTokens: number;
  /** [firstToken, lastToken, ...] inclusive, per sentence. */
  readonly sentences: number[][];
  readonly cache: { value(index: number): string; valueOf(feature: string, index: number): string };
}
type PosSetter = (rdd: RawDoc, ...rest: unknown[]) => unknown;
interface PosModel { setter: PosSetter }

const require = createRequire(import.meta.url);
const constants = require(join(dirname(require.resolve('wink-nlp')), 'constants.js')) as { tkSize: number; posMask: number; bits4lemma: number };
const { tkSize: TK, posMask: POS_MASK, bits4lemma: POS_SHIFT } = constants;

let lastRaw: RawDoc | null = null;
const withRawDoc = model as unknown as { pos: () => PosModel };
const loadPos = withRawDoc.pos;
withRawDoc.pos = () => {
  const pos = loadPos();
  return { ...pos, setter: (rdd, ...rest) => { lastRaw = rdd; return pos.setter(rdd, ...rest); } };
};
const nlp = (() => {
  try { return winkNLP(model, ['sbd', 'pos']); } finally { withRawDoc.pos = loadPos; }
})();
export const its = nlp.its;

/** wink's POS id -> our POS index, filled as ids are met. */
const posOfWinkId = new Int16Array(64).fill(-1);

export interface WinkAnalysis {
  readonly tokens: string[];
  /** Our POS index (POS_TAGS) per token. */
  readonly pos: Uint8Array;
  /** First token of each sentence. */
  readonly sentenceStarts: Int32Array;
}

export function winkAnalyze(text: string): WinkAnalysis {
  lastRaw = null;
  nlp.readDoc(text);
  const raw = lastRaw as RawDoc | null;
  lastRaw = null;
  if (!raw) throw new Error('wink-nlp did not run its POS step');
  const n = raw.numOfTokens;
  const words = raw.tokens;
  const cache = raw.cache;
  const tokens = new Array<string>(n);
  const pos = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    tokens[i] = cache.value(words[i * TK]!);
    const id = (words[i * TK + 2]! & POS_MASK) >>> POS_SHIFT;
    let p = posOfWinkId[id]!;
    if (p < 0) posOfWinkId[id] = p = POS_INDEX.get(cache.valueOf('pos', id)) ?? POS.X;
    pos[i] = p;
  }
  const sentenceStarts = new Int32Array(raw.sentences.length);
  for (let s = 0; s < raw.sentences.length; s++) sentenceStarts[s] = raw.sentences[s]![0]!;
  return { tokens, pos, sentenceStarts };
}

/** The same analysis through wink's public API: the reference for the raw reading above. */
export function winkAnalyzePublic(text: string): WinkAnalysis {
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  const tags = tokens.out(its.pos) as string[];
  return {
    tokens: tokens.out() as string[],
    pos: Uint8Array.from(tags, (t) => POS_INDEX.get(t) ?? POS.X),
    sentenceStarts: Int32Array.from(doc.sentences().out(its.span) as unknown as [number, number][], ([first]) => first),
  };
}
