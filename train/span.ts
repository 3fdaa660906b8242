/**
 * npm run train:span: trains the span stage (span.ts) on PolNeAR train and scores dev.
 *
 *   1. analyze train; tag it out of fold with both passes: for each of FOLDS folds, pass 1 and
 *      pass 2 trained on the other folds (pass 2 on out-of-fold pass-1 labels, as quotes.ts
 *      does), run through tagTokens as at inference;
 *   2. for every predicted content run: its source and cue as attributionsFromLabels finds them
 *      (the shipped linker), candidate bounds (spanCandidates), each labelled by its char Jaccard
 *      with the best-matching gold item (the scorer's rule: quotation marks and closing
 *      punctuation trimmed; >= 0.5 counts);
 *   3. a ranking perceptron picks a candidate or "drop"; SPAN_EPOCHS epochs, seeded shuffles;
 *   4. writes models/attrib-span.bin and scores dev with the shipped tagger, with and without it.
 *
 * Needs the shipped tagger models (npm run train). Deterministic. Env: CLAIMGRAPH_SHARED, FOLDS,
 * EPOCHS (tagger folds), SPAN_EPOCHS, SPAN_SLACK, SPAN_CACHE (a file for the out-of-fold tags:
 * read when present, else written; for iterating on the span model alone).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { tmpdir } from 'node:os';
import { analyze } from '../src/analyze/index.ts';
import { makeDocument } from '../src/model/document.ts';
import { Perceptron } from '../src/learn/perceptron.ts';
import { baseFeatures, stackedFeatures, docInfo } from '../src/learn/features.ts';
import { readJsonl, sharedDir, goldLabels } from './data.ts';
import type { GoldDoc } from './data.ts';
import { tagTokens, spansOf, attributionsFromLabels, chooseCue, fallbackSource, decodeDoc } from '../src/learn/attributions.ts';
import { MODEL_DIR, MODEL_FILES, loadTaggerModels as loadModels, spanSettingsFrom } from '../src/resources/index.ts';
import type { TaggerModels, TagResult, TokSpan } from '../src/learn/attributions.ts';
import { inSentences, TOKEN_WINDOW } from '../src/learn/linker.ts';
import { SpanModel, spanCandidates, settled } from '../src/learn/span.ts';
import type { SpanCandidate } from '../src/learn/span.ts';
import { trainTagger, mulberry32, shuffle } from './quotes.ts';
import type { Item } from './quotes.ts';
import { toPrediction, score } from './evaluate.ts';

/** SPAN_SETTLED and SPAN_SURE, as the loader reads them for the shipped stage. */
const SPAN_SETTINGS = spanSettingsFrom(process.env);
/** The span model in a file, with the settings the loader would give it. */
function readSpan(path: string): SpanModel {
  const m = SpanModel.fromBuffer(readFileSync(path), path);
  m.settings = SPAN_SETTINGS;
  return m;
}

const FOLDS = Number(process.env.FOLDS ?? 4);
const EPOCHS = Number(process.env.EPOCHS ?? 8);
const SPAN_EPOCHS = Number(process.env.SPAN_EPOCHS ?? 10);
const SPAN_SLACK = Number(process.env.SPAN_SLACK ?? 0.2);
const SPAN_BITS = Number(process.env.SPAN_BITS ?? 16);
const SEED = 12345;
/** Unit of the bias grid (SPAN_GRID, comma-separated multiples). */
const SPAN_SCALE = Number(process.env.SPAN_SCALE ?? 1);
const secs = (t: number) => ((performance.now() - t) / 1000).toFixed(1) + 's';

const TRIM = /[\s"'“”‘’«»„‹›,.;:!?—–-]/;
function core(text: string, a: number, b: number): [number, number] {
  while (a < b && TRIM.test(text[a]!)) a++;
  while (b > a && TRIM.test(text[b - 1]!)) b--;
  return [a, b];
}
const jaccard = (x: [number, number], y: [number, number]) => {
  const inter = Math.max(0, Math.min(x[1], y[1]) - Math.max(x[0], y[0]));
  const union = Math.max(x[1], y[1]) - Math.min(x[0], y[0]);
  return union > 0 ? inter / union : 0;
};

/** Out-of-fold tags of train: both passes trained without the document's fold. */
function oofTags(train: Item[], models: TaggerModels): TagResult[] {
  const tmp = mkdtempSync(join(tmpdir(), 'span-'));
  const fold = train.map((_, k) => k % FOLDS);
  const oof = train.map((it) => new Uint8Array(it.gold.length));
  const oofM = train.map((it) => new Float32Array(it.gold.length));
  const p1: Perceptron[] = [];
  let t = performance.now();
  for (let f = 0; f < FOLDS; f++) {
    const m = trainTagger(train.filter((_, k) => fold[k] !== f), (it) => it.base!, EPOCHS, SEED + f, `fold ${f}`);
    train.forEach((it, k) => { if (fold[k] === f) decodeDoc(it.doc, m, it.base!, oof[k]!, oofM[k]!); });
    const path = join(tmp, `p1-${f}.bin`);
    writeFileSync(path, m.toBuffer());
    p1.push(Perceptron.fromBuffer(readFileSync(path)));
  }
  console.log(`pass 1 folds in ${secs(t)}`);
  t = performance.now();
  const stacked = train.map((it, k) => stackedFeatures(it.doc, it.info!, oof[k]!, oofM[k]!, true));
  const index = new Map(train.map((it, k) => [it, k]));
  const tags: TagResult[] = new Array(train.length);
  for (let f = 0; f < FOLDS; f++) {
    const m = trainTagger(train.filter((_, k) => fold[k] !== f), (it) => stacked[index.get(it)!]!, EPOCHS, SEED + 100 + f, `pass2 fold ${f}`, () => null);
    const path = join(tmp, `p2-${f}.bin`);
    writeFileSync(path, m.toBuffer());
    const fm: TaggerModels = { ...models, pass1: p1[f]!, pass2: Perceptron.fromBuffer(readFileSync(path)), span: null };
    train.forEach((it, k) => { if (fold[k] === f) tags[k] = tagTokens(it.doc, fm); });
  }
  console.log(`pass 2 folds in ${secs(t)}`);
  return tags;
}

function saveTags(path: string, tags: readonly TagResult[]): void {
  writeFileSync(path, JSON.stringify(tags.map((t) => [Buffer.from(t.labels).toString('base64'), Buffer.from(t.margins.buffer, t.margins.byteOffset, t.margins.byteLength).toString('base64'), Buffer.from(t.labels1).toString('base64')])));
}

function loadTags(path: string, items: readonly Item[]): TagResult[] {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as [string, string, string][];
  return raw.map(([l, m, l1], k) => {
    const lb = Buffer.from(l, 'base64'), mb = Buffer.from(m, 'base64');
    const labels = new Uint8Array(lb);
    const margins = new Float32Array(mb.buffer.slice(mb.byteOffset, mb.byteOffset + mb.byteLength));
    return { info: items[k]!.info!, labels1: new Uint8Array(Buffer.from(l1, 'base64')), labels, margins };
  });
}

interface Example { k: number; c: TokSpan; cands: SpanCandidate[]; gain: number[]; src: TokSpan | null; cue: TokSpan | null }

/** Span-stage examples from a document's tags: every content run with its candidates and gains. */
function examples(items: readonly Item[], tags: readonly TagResult[], models: TaggerModels): Example[] {
  const out: Example[] = [];
  items.forEach((it, k) => {
    const tag = tags[k]!;
    const doc = it.doc;
    const spans = spansOf(doc, tag.labels);
    const contents = spans.filter((s) => s.cls === 1);
    const sources = spans.filter((s) => s.cls === 2);
    const cues = spans.filter((s) => s.cls === 3);
    const gold = (it.g.quotes ?? []).map((q) => core(it.g.text, q.start, q.end));
    for (const c of contents) {
      if (settled(doc, tag.info, c, tag.margins, SPAN_SETTINGS)) continue;
      const near = inSentences(doc, cues, doc.tokSentence[c.a]! - 4, doc.tokSentence[c.b]! + 3, c.a - TOKEN_WINDOW, c.b + TOKEN_WINDOW);
      const src = (models.linker ? models.linker.choose(doc, tag, c, sources, cues, contents) : null) ?? fallbackSource(doc, tag, c, near);
      const cue = chooseCue(doc, c, src, near);
      const cands = spanCandidates(doc, tag.info, c, tag.labels);
      const gain = cands.map((x) => {
        const p = core(doc.text, doc.tokStart[x.a]!, doc.tokEnd[x.b]!);
        let best = 0;
        for (const g of gold) { const j = jaccard(g, p); if (j > best) best = j; }
        return best;
      });
      out.push({ k, c, cands, gain, src, cue });
    }
  });
  return out;
}

function describe(name: string, exs: readonly Example[]): void {
  let orig = 0, oracle = 0, none = 0, n = 0;
  for (const x of exs) {
    n += x.cands.length;
    if (x.gain[0]! >= 0.5) orig++;
    if (x.gain.some((g) => g >= 0.5)) oracle++; else none++;
  }
  console.log(`${name}: ${exs.length} content runs, ${(n / exs.length).toFixed(1)} candidates each; tagged bounds count ${orig}, some candidate counts ${oracle}, none ${none}`);
}

/** Where the span stage's choices on dev gain and lose: kept / moved / dropped, against the tagged bounds. */
function breakdown(dev: readonly Item[], devTags: readonly TagResult[], exs: readonly Example[], sm: SpanModel): void {
  const r = { keep: 0, moveHit: 0, moveLose: 0, moveSame: 0, moveMissMiss: 0, dropMiss: 0, dropHit: 0 };
  for (const x of exs) {
    const k = sm.best(dev[x.k]!.doc, devTags[x.k]!, x.c, x.cands, x.src, x.cue);
    const g0 = x.gain[0]! >= 0.5;
    if (k === 0) r.keep++;
    else if (k < 0) { if (g0) r.dropHit++; else r.dropMiss++; }
    else {
      const g1 = x.gain[k]! >= 0.5;
      if (g1 && !g0) r.moveHit++; else if (!g1 && g0) r.moveLose++; else if (g1) r.moveSame++; else r.moveMissMiss++;
    }
  }
  console.log(`dev choices: kept ${r.keep}; moved: miss->hit ${r.moveHit}, hit->miss ${r.moveLose}, hit->hit ${r.moveSame}, miss->miss ${r.moveMissMiss}; dropped: false spans ${r.dropMiss}, hits ${r.dropHit}`);
}

function devScore(dev: readonly Item[], devPath: string, tags: readonly TagResult[], models: TaggerModels, label: string): Record<string, number> {
  const lines = dev.map((it, k) => JSON.stringify(toPrediction(it.g.id, it.g.text, attributionsFromLabels(it.doc, tags[k]!, models))));
  const p = resolve(tmpdir(), `claimgraph-span-${label}.jsonl`);
  writeFileSync(p, lines.join('\n') + '\n');
  const r = score(devPath, p, false);
  console.log(`dev ${label}: quote overlap P ${r.quote_overlap_p} R ${r.quote_overlap_r} F1 ${r.quote_overlap_f1} | exact F1 ${r.quote_exact_f1} | recall direct ${r.recall_direct} mixed ${r.recall_mixed} indirect ${r.recall_indirect} | speaker acc ${r.speaker_accuracy}`);
  return r;
}

function main(): void {
  const T0 = performance.now();
  const shared = sharedDir();
  const devPath = resolve(shared, 'data/polnear/dev.jsonl');
  const models = loadModels();
  models.span = null;
  let t = performance.now();
  const load = (path: string): Item[] => readJsonl<GoldDoc>(path).map((g) => {
    const doc = analyze(makeDocument({ id: g.id, text: g.text, date: g.date }));
    return { g, doc, gold: goldLabels(doc, g.quotes ?? []), info: docInfo(doc, models.lexicon), base: null };
  });
  const train = load(resolve(shared, 'data/polnear/train.jsonl'));
  const dev = load(devPath);
  console.log(`analyzed ${train.length} train + ${dev.length} dev docs in ${secs(t)}`);

  const cache = process.env.SPAN_CACHE;
  let tags: TagResult[];
  if (cache && existsSync(cache)) tags = loadTags(cache, train);
  else {
    for (const it of train) it.base = baseFeatures(it.doc, it.info!);
    tags = oofTags(train, models);
    for (const it of train) it.base = null;
    if (cache) saveTags(cache, tags);
  }
  const exs = examples(train, tags, models);
  describe('train (out of fold)', exs);
  const devTags = dev.map((it) => tagTokens(it.doc, models));
  const devExs = examples(dev, devTags, models);
  describe('dev', devExs);

  t = performance.now();
  const sm = new SpanModel(SPAN_BITS);
  sm.startTraining();
  const rnd = mulberry32(SEED + 300);
  const order = exs.slice();
  for (let e = 0; e < SPAN_EPOCHS; e++) {
    shuffle(order, rnd);
    let err = 0;
    for (const x of order) err += sm.train(train[x.k]!.doc, tags[x.k]!, x.c, x.cands, x.gain, x.src, x.cue, SPAN_SLACK);
    if (process.env.VERBOSE) console.log(`  span epoch ${e + 1}: updates ${(err / order.length).toFixed(4)}`);
  }
  sm.finalize();
  console.log(`span model in ${secs(t)}`);
  const path = resolve(MODEL_DIR, MODEL_FILES.span);
  writeFileSync(path, sm.toBuffer());

  // The two biases, on dev: a coarse grid, overlap F1 by the shared scorer.
  const before = devScore(dev, devPath, devTags, models, 'tagger');
  const loaded = readSpan(path);
  let best = { f1: -1, drop: 0, keep: 0 };
  const grid = (process.env.SPAN_GRID ?? '-3,0,3').split(',').map(Number);
  for (const drop of grid) {
    for (const keep of grid) {
      loaded.dropBias = drop * SPAN_SCALE;
      loaded.keepBias = keep * SPAN_SCALE;
      const r = devScore(dev, devPath, devTags, { ...models, span: loaded }, `drop ${drop} keep ${keep}`);
      if (r.quote_overlap_f1! > best.f1 && r.recall_direct! >= 0.95) best = { f1: r.quote_overlap_f1!, drop, keep };
    }
  }
  sm.dropBias = best.drop * SPAN_SCALE;
  sm.keepBias = best.keep * SPAN_SCALE;
  writeFileSync(path, sm.toBuffer());
  console.log(`biases: drop ${best.drop} keep ${best.keep} (x ${SPAN_SCALE})`);
  breakdown(dev, devTags, devExs, readSpan(path));
  const after = devScore(dev, devPath, devTags, { ...models, span: readSpan(path) }, 'span');
  console.log(`span stage: overlap F1 ${before.quote_overlap_f1} -> ${after.quote_overlap_f1}; total ${secs(T0)}`);
}


main();
