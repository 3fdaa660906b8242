/**
 * npm run train: trains the attribution tagger on PolNeAR train, evaluates on dev, writes models/.
 *
 *   1. analyze every document; project gold attributions onto tokens (BIO for content/source/cue);
 *   2. derive the cue lexicon from train's gold cue tokens (strength = how often a word is a cue);
 *   3. pass 1: structured perceptron on base features; K-fold copies give out-of-fold pass-1
 *      labels on train for stacking, and one model on all of train is kept;
 *   4. pass 2: base + first-pass label features, trained on the out-of-fold labels;
 *   5. linker: ranks nearby source spans (or none) for each content span;
 *   6. dev: predictions -> ../shared/eval/score.mjs.
 *
 * Deterministic: seeded shuffles, fixed fold assignment. Env: CLAIMGRAPH_SHARED, EPOCHS, FOLDS, BITS.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze/index.ts';
import { makeDocument } from '../src/model/document.ts';
import type { Doc } from '../src/model/doc.ts';
import { Perceptron } from '../src/learn/perceptron.ts';
import type { FeatureSeq } from '../src/learn/perceptron.ts';
import { baseFeatures, stackedFeatures, docInfo, bioAllowed, N_LABELS, CLASS_OF, LABELS } from '../src/learn/features.ts';
import type { DocInfo, CueLexicon } from '../src/learn/features.ts';
import { readJsonl, sharedDir, goldLabels } from './data.ts';
import type { GoldDoc } from './data.ts';
import { decodeDoc, spansOf, attributionsFromLabels, confidenceFeatures, chooseCue, fallbackSource } from '../src/learn/attributions.ts';
import { MODEL_DIR, MODEL_FILES } from '../src/resources/index.ts';
import type { TaggerModels, TagResult, TokSpan } from '../src/learn/attributions.ts';
import { Linker } from '../src/learn/linker.ts';
import { toPrediction, score } from './evaluate.ts';

const EPOCHS = Number(process.env.EPOCHS ?? 8);
const EPOCHS2 = Number(process.env.EPOCHS2 ?? EPOCHS);
const FOLDS = Number(process.env.FOLDS ?? 4);
const BITS = Number(process.env.BITS ?? 17);
const BITS2 = Number(process.env.BITS2 ?? 17);
/** Second pass adds to the first pass's scores (1) or repeats the base features (0). */
const RESIDUAL = (process.env.RESIDUAL ?? '0') === '1';
const SEED = 12345;

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(xs: T[], rnd: () => number): void {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
}

export interface Item {
  g: GoldDoc;
  doc: Doc;
  gold: Uint8Array;
  info: DocInfo | null;
  base: FeatureSeq | null;
}

const secs = (t: number) => ((performance.now() - t) / 1000).toFixed(1) + 's';

export function trainTagger(items: readonly Item[], seqOf: (it: Item) => FeatureSeq, epochs: number, seed: number, label: string, baseOf?: (it: Item) => Float32Array | null): Perceptron {
  const m = new Perceptron(N_LABELS, baseOf ? BITS2 : BITS, bioAllowed());
  m.startTraining();
  const units: [number, number, number][] = [];
  items.forEach((it, k) => {
    for (let p = 0; p < it.doc.paraStartTok.length; p++) units.push([k, it.doc.paraStartTok[p]!, it.doc.paraEndTok[p]!]);
  });
  const preds = items.map((it) => new Uint8Array(it.gold.length));
  const seqs = items.map(seqOf);
  const bases = items.map((it) => (baseOf ? baseOf(it) : null) ?? undefined);
  const rnd = mulberry32(seed);
  let ntok = 0;
  for (const it of items) ntok += it.gold.length;
  for (let e = 0; e < epochs; e++) {
    const t = performance.now();
    shuffle(units, rnd);
    let err = 0;
    for (const [k, a, b] of units) err += m.train(seqs[k]!, a, b, items[k]!.gold, preds[k]!, bases[k]);
    if (process.env.VERBOSE) console.log(`  ${label} epoch ${e + 1}: token error ${(err / ntok).toFixed(4)} (${secs(t)})`);
  }
  m.finalize();
  return m;
}

function buildLexicon(items: readonly Item[]): { lex: Map<string, number>; table: Record<string, number> } {
  const cueCount = new Map<string, number>();
  const total = new Map<string, number>();
  for (const it of items) {
    for (let i = 0; i < it.gold.length; i++) {
      const w = it.doc.lower[i]!;
      total.set(w, (total.get(w) ?? 0) + 1);
      if (CLASS_OF[it.gold[i]!] === 3) cueCount.set(w, (cueCount.get(w) ?? 0) + 1);
    }
  }
  const table: Record<string, number> = {};
  for (const [w, c] of [...cueCount].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    if (c < 2) continue;
    const r = c / total.get(w)!;
    const s = r >= 0.5 ? 4 : r >= 0.2 ? 3 : r >= 0.05 ? 2 : r >= 0.01 ? 1 : 0;
    if (s) table[w] = s;
  }
  return { lex: new Map(Object.entries(table)), table };
}

/** Token-level accuracy per class, for a quick look. */
function tokenReport(items: readonly Item[], labelsOf: (k: number) => Uint8Array): string {
  const tp = [0, 0, 0, 0], fp = [0, 0, 0, 0], fn = [0, 0, 0, 0];
  items.forEach((it, k) => {
    const p = labelsOf(k);
    for (let i = 0; i < it.gold.length; i++) {
      const g = CLASS_OF[it.gold[i]!]!, q = CLASS_OF[p[i]!]!;
      if (g === q) tp[g]!++; else { fp[q]!++; fn[g]!++; }
    }
  });
  return ['C', 'S', 'Q'].map((n, j) => {
    const c = j + 1;
    const P = tp[c]! / (tp[c]! + fp[c]! || 1), R = tp[c]! / (tp[c]! + fn[c]! || 1);
    return `${n} P ${P.toFixed(3)} R ${R.toFixed(3)} F ${(2 * P * R / (P + R || 1)).toFixed(3)}`;
  }).join(' | ');
}

/** Linker training pairs from a label sequence: each content run, its gold source run (or null). */
function trainLinker(items: readonly Item[], labelSets: readonly ((k: number) => Uint8Array)[], epochs: number): Linker {
  const lk = new Linker(18);
  lk.startTraining();
  interface Ex { k: number; info: DocInfo; c: TokSpan; gold: TokSpan | null; sources: TokSpan[]; cues: TokSpan[]; contents: TokSpan[] }
  const exs: Ex[] = [];
  for (const labelsOf of labelSets) {
    items.forEach((it, k) => {
      const labels = labelsOf(k);
      const spans = spansOf(it.doc, labels);
      const sources = spans.filter((s) => s.cls === 2);
      const cues = spans.filter((s) => s.cls === 3);
      const contents = spans.filter((s) => s.cls === 1);
      const quotes = it.g.quotes ?? [];
      for (const c of contents) {
        const cs = it.doc.tokStart[c.a]!, ce = it.doc.tokEnd[c.b]!;
        // The gold quote overlapping this content most.
        let best = -1, bestO = 0;
        quotes.forEach((q, qi) => {
          const o = Math.min(ce, q.end) - Math.max(cs, q.start);
          if (o > bestO) { bestO = o; best = qi; }
        });
        if (best < 0) continue;
        const q = quotes[best]!;
        let gold: TokSpan | null = null;
        if (q.speaker_start != null) {
          for (const s of sources) {
            if (it.doc.tokStart[s.a]! < q.speaker_end! && it.doc.tokEnd[s.b]! > q.speaker_start) { gold = s; break; }
          }
          if (!gold) continue; // the right source was not tagged: nothing to learn here
        }
        exs.push({ k, info: it.info!, c, gold, sources, cues, contents });
      }
    });
  }
  const rnd = mulberry32(SEED + 7);
  for (let e = 0; e < epochs; e++) {
    shuffle(exs, rnd);
    let err = 0;
    for (const x of exs) err += lk.train(items[x.k]!.doc, x.info, x.c, x.gold, x.sources, x.cues, x.contents);
    if (process.env.VERBOSE) console.log(`  linker epoch ${e + 1}: error ${(err / exs.length).toFixed(4)} of ${exs.length}`);
  }
  lk.finalize();
  return lk;
}

const TRIM = /[\s"'“”‘’«»„‹›,.;:!?—–-]/;
function core(text: string, a: number, b: number): [number, number] {
  while (a < b && TRIM.test(text[a]!)) a++;
  while (b > a && TRIM.test(text[b - 1]!)) b--;
  return [a, b];
}

/** Logistic regression (gradient descent, small L2) of span correctness on confidenceFeatures. */
function fitCalibration(items: readonly Item[], tags: readonly TagResult[], models: TaggerModels): number[] {
  const X: number[][] = [];
  const Y: number[] = [];
  items.forEach((it, k) => {
    const tag = tags[k]!;
    const spans = spansOf(it.doc, tag.labels);
    const sources = spans.filter((s) => s.cls === 2);
    const cues = spans.filter((s) => s.cls === 3);
    const contents = spans.filter((s) => s.cls === 1);
    const gold = (it.g.quotes ?? []).map((q) => core(it.g.text, q.start, q.end));
    for (const c of contents) {
      const src = models.linker ? models.linker.choose(it.doc, tag, c, sources, cues, contents) : null;
      const p = core(it.g.text, it.doc.tokStart[c.a]!, it.doc.tokEnd[c.b]!);
      const hit = gold.some((g) => {
        const inter = Math.max(0, Math.min(g[1], p[1]) - Math.max(g[0], p[0]));
        const union = Math.max(g[1], p[1]) - Math.min(g[0], p[0]);
        return union > 0 && inter / union >= 0.5;
      });
      const s2 = src ?? fallbackSource(it.doc, tag, c, cues);
      X.push(confidenceFeatures(tag.margins, c, s2 !== null, chooseCue(it.doc, c, s2, cues) !== null));
      Y.push(hit ? 1 : 0);
    }
  });
  // Newton's method (IRLS): a handful of steps converge for six inputs.
  const d = X[0]?.length ?? 6;
  const w = new Array<number>(d).fill(0);
  for (let iter = 0; iter < 25; iter++) {
    const g = new Array<number>(d).fill(0);
    const H = Array.from({ length: d }, (_, j) => Array.from({ length: d }, (_, l) => (j === l ? 1e-3 * X.length : 0)));
    for (let i = 0; i < X.length; i++) {
      const x = X[i]!;
      let z = 0;
      for (let j = 0; j < d; j++) z += w[j]! * x[j]!;
      const p = 1 / (1 + Math.exp(-z));
      const r = p * (1 - p);
      for (let j = 0; j < d; j++) {
        g[j]! += (p - Y[i]!) * x[j]!;
        for (let l = 0; l < d; l++) H[j]![l]! += r * x[j]! * x[l]!;
      }
    }
    for (let j = 0; j < d; j++) g[j]! += 1e-3 * X.length * w[j]!;
    // Solve H step = g (Gaussian elimination).
    const A = H.map((row, j) => [...row, g[j]!]);
    for (let c = 0; c < d; c++) {
      let piv = c;
      for (let r2 = c + 1; r2 < d; r2++) if (Math.abs(A[r2]![c]!) > Math.abs(A[piv]![c]!)) piv = r2;
      [A[c], A[piv]] = [A[piv]!, A[c]!];
      for (let r2 = 0; r2 < d; r2++) {
        if (r2 === c) continue;
        const f = A[r2]![c]! / A[c]![c]!;
        for (let l = c; l <= d; l++) A[r2]![l]! -= f * A[c]![l]!;
      }
    }
    for (let j = 0; j < d; j++) w[j]! -= A[j]![d]! / A[j]![j]!;
  }
  return w;
}

function main(): void {
  const T0 = performance.now();
  const shared = sharedDir();
  const trainPath = resolve(shared, 'data/polnear/train.jsonl');
  const devPath = resolve(shared, 'data/polnear/dev.jsonl');
  let t = performance.now();
  const load = (path: string): Item[] => readJsonl<GoldDoc>(path).map((g) => {
    const doc = analyze(makeDocument({ id: g.id, text: g.text, date: g.date }));
    return { g, doc, gold: goldLabels(doc, g.quotes ?? []), info: null, base: null };
  });
  const train = load(trainPath);
  const dev = load(devPath);
  console.log(`analyzed ${train.length} train + ${dev.length} dev docs in ${secs(t)}`);

  const { lex, table } = buildLexicon(train);
  console.log(`cue lexicon: ${Object.keys(table).length} words`);
  t = performance.now();
  for (const it of [...train, ...dev]) {
    it.info = docInfo(it.doc, lex);
    it.base = baseFeatures(it.doc, it.info);
  }
  console.log(`base features in ${secs(t)}`);

  // Pass 1: out-of-fold labels on train for stacking.
  t = performance.now();
  const fold = train.map((_, k) => k % FOLDS);
  const oof = train.map((it) => new Uint8Array(it.gold.length));
  const oofM = train.map((it) => new Float32Array(it.gold.length));
  const oofE: Float32Array[] = train.map(() => new Float32Array(0));
  for (let f = 0; f < FOLDS; f++) {
    const m = trainTagger(train.filter((_, k) => fold[k] !== f), (it) => it.base!, EPOCHS, SEED + f, `fold ${f}`);
    train.forEach((it, k) => { if (fold[k] === f) oofE[k] = decodeDoc(it.doc, m, it.base!, oof[k]!, oofM[k]!); });
  }
  console.log(`pass 1 folds in ${secs(t)}; out-of-fold train tokens: ${tokenReport(train, (k) => oof[k]!)}`);
  t = performance.now();
  const pass1 = trainTagger(train, (it) => it.base!, EPOCHS, SEED, 'pass1');
  const dev1M = dev.map((it) => new Float32Array(it.gold.length));
  const dev1E: Float32Array[] = [];
  const dev1 = dev.map((it, k) => { const l = new Uint8Array(it.gold.length); dev1E[k] = decodeDoc(it.doc, pass1, it.base!, l, dev1M[k]!); return l; });
  console.log(`pass 1 in ${secs(t)}; dev tokens: ${tokenReport(dev, (k) => dev1[k]!)}`);

  // Pass 2 on stacked features.
  t = performance.now();
  const stacked = train.map((it, k) => stackedFeatures(it.doc, it.info!, oof[k]!, oofM[k]!, !RESIDUAL));
  const index = new Map(train.map((it, k) => [it, k]));
  const pass2 = trainTagger(train, (it) => stacked[index.get(it)!]!, EPOCHS2, SEED + 100, 'pass2', RESIDUAL ? (it) => oofE[index.get(it)!]! : () => null);
  pass2.meta = { residual: RESIDUAL };
  const dev2M = dev.map((it) => new Float32Array(it.gold.length));
  const dev2 = dev.map((it, k) => {
    const l = new Uint8Array(it.gold.length);
    decodeDoc(it.doc, pass2, stackedFeatures(it.doc, it.info!, dev1[k]!, dev1M[k]!, !RESIDUAL), l, dev2M[k]!, RESIDUAL ? dev1E[k] : null);
    return l;
  });
  console.log(`pass 2 in ${secs(t)}; dev tokens: ${tokenReport(dev, (k) => dev2[k]!)}`);
  stacked.length = 0;

  // Linker: trained on gold spans and on out-of-fold pass-1 spans.
  t = performance.now();
  const linker = trainLinker(train, [(k) => train[k]!.gold, (k) => oof[k]!], Number(process.env.LINK_EPOCHS ?? 6));
  console.log(`linker in ${secs(t)}`);

  // Save.
  mkdirSync(MODEL_DIR, { recursive: true });
  writeFileSync(resolve(MODEL_DIR, MODEL_FILES.lexicon), JSON.stringify({ note: 'cue strength 1..4 from PolNeAR train gold cue tokens (share of occurrences that are cues)', words: table }) + '\n');
  writeFileSync(resolve(MODEL_DIR, MODEL_FILES.pass1), pass1.toBuffer());
  writeFileSync(resolve(MODEL_DIR, MODEL_FILES.pass2), pass2.toBuffer());
  writeFileSync(resolve(MODEL_DIR, MODEL_FILES.linker), linker.toBuffer());

  // Dev, with the saved (quantized) models as tagAttributions would load them.
  const models: TaggerModels = { lexicon: lex as CueLexicon, pass1: Perceptron.fromBuffer(readFileSync(resolve(MODEL_DIR, MODEL_FILES.pass1))), pass2: Perceptron.fromBuffer(readFileSync(resolve(MODEL_DIR, MODEL_FILES.pass2))), linker, calib: null };
  const tags = dev.map((it) => {
    const info = it.info!;
    const l1 = new Uint8Array(info.n), l2 = new Uint8Array(info.n), m1 = new Float32Array(info.n), margins = new Float32Array(info.n);
    const e1 = decodeDoc(it.doc, models.pass1, it.base!, l1, m1);
    decodeDoc(it.doc, models.pass2!, stackedFeatures(it.doc, info, l1, m1, !RESIDUAL), l2, margins, RESIDUAL ? e1 : null);
    return { info, labels1: l1, labels: l2, margins } as TagResult;
  });
  // Confidence calibration: logistic fit of "matches a gold quote" on dev spans.
  models.calib = fitCalibration(dev, tags, models);
  writeFileSync(resolve(MODEL_DIR, MODEL_FILES.calib), JSON.stringify({ note: 'logistic weights over confidenceFeatures (attributions.ts), fit on PolNeAR dev spans', weights: models.calib.map((x) => Math.round(x * 1e4) / 1e4) }) + '\n');
  const predLines = dev.map((it, k) => JSON.stringify(toPrediction(it.g.id, it.g.text, attributionsFromLabels(it.doc, tags[k]!, models))));
  const predPath = resolve(tmpdir(), 'claimgraph-dev-pred.jsonl');
  writeFileSync(predPath, predLines.join('\n') + '\n');
  const r = score(devPath, predPath, false);
  console.log(`dev: quote overlap P ${r.quote_overlap_p} R ${r.quote_overlap_r} F1 ${r.quote_overlap_f1} | exact F1 ${r.quote_exact_f1} | recall direct ${r.recall_direct} mixed ${r.recall_mixed} indirect ${r.recall_indirect} | speaker acc ${r.speaker_accuracy} | quote+speaker F1 ${r.quote_speaker_f1}`);
  console.log(`total ${secs(T0)}; labels ${LABELS.join(' ')}`);
}

// Run only as a script: span.ts imports the tagger trainer from here.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
