import './wink-deterministic.ts';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * wink-nlp does tokenization, sentence boundaries and POS tags in one fast pass (about 2M
 * characters a second here), which leaves room in the 1M chars/s budget for our extractors.
 * Built once at load: the model is read-only and shared.
 */
const nlp = winkNLP(model, ['sbd', 'pos']);
export const its = nlp.its;

export interface WinkAnalysis {
  readonly tokens: string[];
  readonly types: string[];
  readonly pos: string[];
  /** [firstToken, lastToken] inclusive, per sentence. */
  readonly sentences: [number, number][];
}

export function winkAnalyze(text: string): WinkAnalysis {
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  return {
    tokens: tokens.out() as string[],
    types: tokens.out(its.type) as string[],
    pos: tokens.out(its.pos) as string[],
    sentences: doc.sentences().out(its.span) as unknown as [number, number][],
  };
}
