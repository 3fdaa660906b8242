/**
 * Fingerprint of the tagger's output, to show that a speed change leaves predictions
 * byte-identical: SHA-256 over the feature hashes of both passes (the training path, whole
 * documents), the token labels and margins of both passes (the inference path) and the
 * attributions, over the texts of PolNeAR train (or dev).
 *
 *   npx tsx bench/tagger-same.ts [--dev] [--limit DOCS] [--save FILE | --against FILE]
 *
 * --save writes the fingerprints per part; --against compares with a saved file and exits 1 on
 * any difference, naming the part.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../src/analyze/index.ts';
import { makeDocument } from '../src/model/document.ts';
import { tagTokens, attributionsFromLabels } from '../src/learn/attributions.ts';
import { loadTaggerModels as loadModels } from '../src/resources/index.ts';
import { baseFeatures, stackedFeatures, docInfo } from '../src/learn/features.ts';
import { readJsonl, sharedDir, type GoldDoc } from '../train/data.ts';

const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(name); return i < 0 ? undefined : args[i + 1]; };
const file = args.includes('--dev') ? 'dev' : 'train';
const gold = readJsonl<GoldDoc>(resolve(sharedDir(), `data/polnear/${file}.jsonl`)).slice(0, Number(opt('--limit') ?? Infinity));
const m = loadModels();
const parts = ['features', 'labels1', 'labels', 'margins', 'attributions'] as const;
const h = Object.fromEntries(parts.map((p) => [p, createHash('sha256')])) as Record<(typeof parts)[number], ReturnType<typeof createHash>>;
const bytes = (a: ArrayBufferView) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
for (const g of gold) {
  const doc = analyze(makeDocument({ id: g.id, text: g.text, date: g.date }));
  const tag = tagTokens(doc, m);
  const info = docInfo(doc, m.lexicon);
  const b = baseFeatures(doc, info);
  h.features.update(bytes(b.feats)).update(bytes(b.offs));
  const s = stackedFeatures(doc, info, tag.labels1, tag.margins, true);
  h.features.update(bytes(s.feats)).update(bytes(s.offs));
  h.labels1.update(bytes(tag.labels1));
  h.labels.update(bytes(tag.labels));
  h.margins.update(bytes(tag.margins));
  h.attributions.update(JSON.stringify(attributionsFromLabels(doc, tag, m)));
}
const out = Object.fromEntries(parts.map((p) => [p, h[p].digest('hex').slice(0, 16)]));
console.log(`${file} (${gold.length} docs):`, out);
const save = opt('--save');
if (save) writeFileSync(save, JSON.stringify(out) + '\n');
const against = opt('--against');
if (against) {
  const want = JSON.parse(readFileSync(against, 'utf8')) as Record<string, string>;
  const diff = parts.filter((p) => want[p] !== out[p]);
  if (diff.length) { console.error(`DIFFERENT from ${against}: ${diff.join(', ')}`); process.exit(1); }
  console.log(`identical to ${against}`);
}
