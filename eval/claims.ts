/**
 * Claims and rebuttals against the in-house real-text gold (eval/gold/realtext.jsonl, texts joined
 * from ../shared/data/realtext/dev.jsonl):
 * - claim overlap P/R: an extracted claim is right when it shares a character with a gold claim;
 *   a gold claim is found when some extracted claim shares a character with it;
 * - claimant accuracy over the found gold claims that name a claimant (surname or full name matches);
 * - rebuttal links P/R: an extracted pair (rebuttal, claim it answers) is right when the rebuttal
 *   overlaps a gold rebuttal and the claim overlaps that rebuttal's gold claim.
 *
 *   npx tsx eval/claims.ts            # the tune documents, with every miss and false hit listed
 *   npx tsx eval/claims.ts report     # the report documents: the figures only, nothing per item
 *   npx tsx eval/claims.ts rebuttal-tune     # the rebuttal set's tune part (eval/gold/rebuttal-split.json), listed
 *   npx tsx eval/claims.ts rebuttal-report   # its report part: the figures only
 *
 * The rebuttal set's drafts (`"scope": "rebuttals"`) annotate only the claims their documents deny,
 * each with its rebuttal: there, claims P is not measured (any other claim would count as false), R is
 * over the rebutted claims, and the rebuttal links are scored as above.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDocument } from '../src/extract/pipeline.ts';
import { makeDocument } from '../src/model/index.ts';

interface GoldSpan { start: number; end: number; text: string }
interface GoldClaim { claim: GoldSpan; claimant: string | null; rebuttal: GoldSpan | null; rebutter: string | null }
interface GoldDoc { id: string; date: string | null; claims: GoldClaim[] }

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const HALVES = ['tune', 'report', 'rebuttal-tune', 'rebuttal-report'] as const;
const half = (process.argv[2] ?? 'tune') as (typeof HALVES)[number];
if (!HALVES.includes(half)) throw new Error(`eval/claims.ts: expected one of ${HALVES.join(', ')}, got "${half}"`);
const verbose = half.endsWith('tune');
const rebuttalSet = half.startsWith('rebuttal-');
const split = JSON.parse(readFileSync(join(root, 'eval', 'gold', rebuttalSet ? 'rebuttal-split.json' : 'split.json'), 'utf8')) as Record<string, string[]>;
const ids = new Set(split[rebuttalSet ? half.slice('rebuttal-'.length) : half]);
const texts = new Map<string, { text: string; date: string | null }>();
for (const line of readFileSync(join(process.env.CLAIMGRAPH_SHARED ?? join(root, '..', 'shared'), 'data', 'realtext', 'dev.jsonl'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line) as { id: string; text: string; date: string | null };
  if (ids.has(r.id)) texts.set(r.id, r);
}
const gold = readFileSync(join(root, 'eval', 'gold', 'realtext.jsonl'), 'utf8').split('\n').filter((l) => l.trim())
  .map((l) => JSON.parse(l) as GoldDoc).filter((d) => ids.has(d.id));

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const sameParty = (gold: string, got: string | null) => {
  if (!got) return false;
  const g = gold.toLowerCase();
  const w = got.toLowerCase();
  return g.includes(w) || w.includes(g) || g.split(/\s+/).some((part) => part.length > 3 && w.split(/\s+/).includes(part));
};

let predicted = 0, predictedRight = 0, goldClaims = 0, goldFound = 0, claimantsAsked = 0, claimantsRight = 0;
let pairsPredicted = 0, pairsRight = 0, pairsGold = 0, pairsFound = 0;
for (const g of gold) {
  const t = texts.get(g.id);
  if (!t) throw new Error(`eval/claims.ts: no text for ${g.id} in ../shared/data/realtext/dev.jsonl`);
  const { extraction: x } = extractDocument(makeDocument({ id: g.id, text: t.text, date: t.date }));
  for (const c of rebuttalSet ? [] : x.claims) {
    predicted++;
    if (g.claims.some((gc) => overlaps(gc.claim, c))) predictedRight++;
    else if (verbose) console.log(`${g.id}  extra claim  [${c.claimant.name}] {${c.proposition}} ${c.text.slice(0, 100)}`);
  }
  for (const gc of g.claims) {
    goldClaims++;
    const found = x.claims.filter((c) => overlaps(gc.claim, c));
    if (found.length) goldFound++;
    else if (verbose) console.log(`${g.id}  missed claim [${gc.claimant}] ${gc.claim.text.slice(0, 100)}`);
    if (found.length && gc.claimant) {
      claimantsAsked++;
      if (found.some((c) => sameParty(gc.claimant!, c.claimant.name))) claimantsRight++;
      else if (verbose) console.log(`${g.id}  claimant     gold ${gc.claimant}, got ${found.map((c) => c.claimant.name).join(' / ')}`);
    }
    if (gc.rebuttal) {
      pairsGold++;
      const linked = x.rebuttals.some((r) => overlaps(r, gc.rebuttal!) && r.answers.some((id) => overlaps(x.claims.find((c) => c.id === id)!, gc.claim)));
      if (linked) pairsFound++;
      else if (verbose) console.log(`${g.id}  missed link  ${gc.rebuttal.text.slice(0, 60)} -> ${gc.claim.text.slice(0, 60)}`);
    }
  }
  for (const r of x.rebuttals) {
    for (const id of r.answers) {
      pairsPredicted++;
      const c = x.claims.find((k) => k.id === id)!;
      if (g.claims.some((gc) => gc.rebuttal && overlaps(gc.rebuttal, r) && overlaps(gc.claim, c))) pairsRight++;
      else if (verbose) console.log(`${g.id}  extra link   ${r.text.slice(0, 60)} -> ${c.text.slice(0, 60)}`);
    }
  }
}
const ratio = (a: number, b: number) => (b ? (a / b).toFixed(3) : 'n/a');
console.log(`realtext-${half}: ${gold.length} documents`);
if (rebuttalSet) console.log('(rebuttal set: only rebutted claims are annotated, so claims P is not measured)');
console.log(`claims     P ${ratio(predictedRight, predicted)} (${predictedRight}/${predicted})  R ${ratio(goldFound, goldClaims)} (${goldFound}/${goldClaims})`);
console.log(`claimant   ${ratio(claimantsRight, claimantsAsked)} (${claimantsRight}/${claimantsAsked} found gold claims with a claimant)`);
console.log(`rebuttals  P ${ratio(pairsRight, pairsPredicted)} (${pairsRight}/${pairsPredicted} links)  R ${ratio(pairsFound, pairsGold)} (${pairsFound}/${pairsGold} gold pairs)`);
