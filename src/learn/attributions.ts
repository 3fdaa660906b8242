/**
 * Learned attribution tagging: a two-pass BIO tagger (content / source / cue) over an analyzed Doc,
 * then a linker that gives every content span its source and cue.
 *
 *   tagAttributions(doc) -> [{ content: [s, e], source: [s, e] | null, cue: [s, e] | null, confidence }]
 *
 * Offsets are char offsets into doc.text, end-exclusive. The models are handed in; by default those
 * src/resources loads once from models/.
 */
import type { Doc } from '../model/doc.ts';
import { POS } from '../model/doc.ts';
import { CLASS_OF, IC, IS, IQ } from './features.ts';
import { TOKEN_WINDOW, inSentences } from './linker.ts';
import { ready, tagTokens, type TagResult, type TaggerModels } from './tag-tokens.ts';
import { defaultResources } from '../resources/index.ts';

export { decodeDoc, residual, tagTokens, type TagResult, type TaggerModels } from './tag-tokens.ts';

export interface Attribution {
  content: [number, number];
  source: [number, number] | null;
  cue: [number, number] | null;
  confidence: number;
}

/** A run of tokens with one class: [first, last] inclusive token indices. */
export interface TokSpan {
  cls: number;
  a: number;
  b: number;
}

/** Runs of content / source / cue tokens (a B label or a class change starts a new run; paragraphs split runs). */
export function spansOf(doc: Doc, labels: Uint8Array): TokSpan[] {
  const out: TokSpan[] = [];
  const n = labels.length;
  let i = 0;
  while (i < n) {
    const c = CLASS_OF[labels[i]!]!;
    if (!c) { i++; continue; }
    const inner = c === 1 ? IC : c === 2 ? IS : IQ;
    let j = i + 1;
    while (j < n && labels[j] === inner && doc.tokParagraph[j] === doc.tokParagraph[i]) j++;
    out.push({ cls: c, a: i, b: j - 1 });
    i = j;
  }
  return out;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const dot = (w: readonly number[], x: readonly number[]) => { let s = 0; for (let i = 0; i < x.length; i++) s += (w[i] ?? 0) * x[i]!; return s; };

/**
 * Inputs of the confidence: bias, mean and minimum token margin (log-scaled), source found,
 * cue found, log length. Weights: a logistic fit of "the span matches a gold one" (models/
 * attrib-calib.json, made by the training script on dev); DEFAULT_CALIB when absent.
 */
export function confidenceFeatures(margins: Float32Array, c: TokSpan, hasSource: boolean, hasCue: boolean): number[] {
  let sum = 0, min = Infinity;
  for (let i = c.a; i <= c.b; i++) { const x = margins[i]!; sum += x; if (x < min) min = x; }
  const mean = sum / (c.b - c.a + 1);
  const slog = (x: number) => Math.sign(x) * Math.log1p(Math.abs(x));
  return [1, slog(mean), slog(min), hasSource ? 1 : 0, hasCue ? 1 : 0, Math.log(c.b - c.a + 1)];
}
const DEFAULT_CALIB = [-1, 0.5, 0.2, 0.5, 0.2, 0.2];

/** Turn token labels into attributions, linking sources and cues. */
export function attributionsFromLabels(doc: Doc, tag: TagResult, m: TaggerModels | null): Attribution[] {
  const spans = spansOf(doc, tag.labels);
  const contents = spans.filter((s) => s.cls === 1);
  const sources = spans.filter((s) => s.cls === 2);
  const cues = spans.filter((s) => s.cls === 3);
  const out: Attribution[] = [];
  for (const c0 of contents) {
    // The cue of a content span is within a sentence of its source, and the source within the
    // linker's window: cues farther away cannot be chosen, so they are not looked at.
    const near = inSentences(doc, cues, doc.tokSentence[c0.a]! - 4, doc.tokSentence[c0.b]! + 3, c0.a - TOKEN_WINDOW, c0.b + TOKEN_WINDOW);
    const src = (m?.linker ? m.linker.choose(doc, tag, c0, sources, cues, contents) : ruleSource(doc, c0, sources))
      ?? fallbackSource(doc, tag, c0, near);
    const cue = chooseCue(doc, c0, src, near);
    // The span stage may move the bounds or drop the span (linking stays with the tagged run).
    const c = m?.span ? m.span.choose(doc, tag, c0, src, cue) : c0;
    if (!c) continue;
    const cf = confidenceFeatures(tag.margins, c, src !== null, cue !== null);
    out.push({
      content: [doc.tokStart[c.a]!, doc.tokEnd[c.b]!],
      source: src ? [doc.tokStart[src.a]!, doc.tokEnd[src.b]!] : null,
      cue: cue ? [doc.tokStart[cue.a]!, doc.tokEnd[cue.b]!] : null,
      confidence: Math.round(sigmoid(dot(m?.calib ?? DEFAULT_CALIB, cf)) * 1000) / 1000,
    });
  }
  return out;
}

const NP_POS = new Set([POS.PROPN, POS.NOUN, POS.PRON, POS.DET, POS.ADJ, POS.NUM, POS.PART]);
const SKIP_POS = new Set([POS.ADV, POS.AUX]);

/**
 * When no tagged source fits, take the noun phrase next to the content's cue: the one before the
 * cue ("X said ...", "..., X said"), else the one after it ("..., said X"). Null without a cue.
 */
export function fallbackSource(doc: Doc, tag: TagResult, c: TokSpan, cues: readonly TokSpan[]): TokSpan | null {
  const sa = doc.tokSentence[c.a]!;
  const sb = doc.tokSentence[c.b]!;
  let q: TokSpan | null = null;
  let best = Infinity;
  for (const x of cues) {
    const xs = doc.tokSentence[x.a]!;
    if (xs < sa || xs > sb) continue;
    const d = gap(c, x);
    if (d < best) { best = d; q = x; }
  }
  if (!q) {
    // A cue-like word of the sentence outside the content.
    for (let i = doc.sentStartTok[sa]!; i < doc.sentEndTok[sb]!; i++) {
      if ((i >= c.a && i <= c.b) || tag.info.cue[i]! < 3) continue;
      const d = i < c.a ? c.a - i : i - c.b;
      if (d < best) { best = d; q = { cls: 3, a: i, b: i }; }
    }
  }
  const pos = doc.tokPos;
  if (!q) {
    // Transcript style: "NAME: content" at the start of the sentence.
    const colon = c.a - 1;
    const st = doc.sentStartTok[sa]!;
    if (colon > st && doc.tokens[colon] === ':' && colon - st <= 4) {
      let ok = true;
      for (let i = st; i < colon; i++) if (!NP_POS.has(pos[i]!) && pos[i] !== POS.PUNCT) ok = false;
      if (ok) return { cls: 2, a: st, b: colon - 1 };
    }
    return null;
  }
  const lo = doc.sentStartTok[doc.tokSentence[q.a]!]!;
  const hi = doc.sentEndTok[doc.tokSentence[q.b]!]! - 1;
  const inContent = (i: number) => i >= c.a && i <= c.b;
  // Before the cue.
  let j = q.a - 1;
  while (j >= lo && SKIP_POS.has(pos[j]!) && !inContent(j)) j--;
  let e = j;
  while (j >= lo && e - j < 6 && NP_POS.has(pos[j]!) && !inContent(j)) j--;
  if (e > j && (pos[e] === POS.PROPN || pos[e] === POS.NOUN || pos[e] === POS.PRON)) return { cls: 2, a: j + 1, b: e };
  // After the cue.
  j = q.b + 1;
  const a = j;
  while (j <= hi && j - a < 6 && NP_POS.has(pos[j]!) && !inContent(j)) j++;
  e = j - 1;
  while (e >= a && !(pos[e] === POS.PROPN || pos[e] === POS.NOUN || pos[e] === POS.PRON)) e--;
  if (e >= a) return { cls: 2, a, b: e };
  return null;
}

/** Token gap between two token spans (0 when adjacent or overlapping). */
export const gap = (x: TokSpan, y: TokSpan) => Math.max(0, x.a - y.b - 1, y.a - x.b - 1);

/** Fallback linking: nearest source in the content's sentences, then one sentence either side, then two back. */
export function ruleSource(doc: Doc, c: TokSpan, sources: readonly TokSpan[]): TokSpan | null {
  const sa = doc.tokSentence[c.a]!;
  const sb = doc.tokSentence[c.b]!;
  const pick = (lo: number, hi: number): TokSpan | null => {
    let best: TokSpan | null = null;
    let bestD = Infinity;
    for (const s of sources) {
      const ss = doc.tokSentence[s.a]!;
      if (ss < lo || ss > hi) continue;
      const d = gap(c, s);
      if (d < bestD) { bestD = d; best = s; }
    }
    return best;
  };
  return pick(sa, sb) ?? pick(sa - 1, sb + 1) ?? pick(sa - 2, sa - 1);
}

export function chooseCue(doc: Doc, c: TokSpan, src: TokSpan | null, cues: readonly TokSpan[]): TokSpan | null {
  const anchor = src ?? c;
  const s = doc.tokSentence[anchor.a]!;
  let best: TokSpan | null = null;
  let bestD = Infinity;
  for (const q of cues) {
    const qs = doc.tokSentence[q.a]!;
    if (Math.abs(qs - s) > 1) continue;
    const d = gap(anchor, q) + (qs === s ? 0 : 50);
    if (d < bestD) { bestD = d; best = q; }
  }
  return best;
}

/** How often a word is a cue in PolNeAR train, 0 (never seen as one) to 4 (nearly always): the learned cue lexicon. */
export function learnedCueStrength(word: string, models: TaggerModels = defaultResources().tagger): number {
  return ready(models).lexicon.get(word) ?? 0;
}

/** Content spans with their source and cue, from the learned models in models/. */
export function tagAttributions(doc: Doc, models: TaggerModels = defaultResources().tagger): Attribution[] {
  const m = ready(models);
  return attributionsFromLabels(doc, tagTokens(doc, m), m);
}
