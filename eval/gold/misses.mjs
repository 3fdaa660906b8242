#!/usr/bin/env node
// Lists, per document, every gold quotation the extractor missed, every predicted quotation the
// gold lacks, and every wrong speaker, with its text: what to read when tuning quotation rules.
//
//   node eval/gold/misses.mjs [tune|noreport] [--pred saved.jsonl] [--save saved.jsonl] [--id ID]
//
// `tune` (the default) reads the in-house gold of eval/gold/split.json's tune documents.
// `noreport` has no gold: it lists the predicted quotations of every realtext dev document not in
// the report list, for reading as a fact-checker would. The report documents are refused: their
// output is not read while tuning (eval/gold/README.md). Matching is the scorer's
// (../shared/eval/score.mjs): half overlap by characters after trimming marks and punctuation.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = resolve(root, process.env.CLAIMGRAPH_SHARED ?? '../shared');
const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i < 0 ? undefined : args[i + 1]; };
const set = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--'))) ?? 'tune';
if (set !== 'tune' && set !== 'noreport') {
  console.error(`misses: unknown set "${set}" (tune or noreport; the report documents are not read while tuning)`);
  process.exit(2);
}
const jsonl = (f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const split = JSON.parse(readFileSync(join(root, 'eval', 'gold', 'split.json'), 'utf8'));
const report = new Set(split.report);
const texts = jsonl(join(shared, 'data', 'realtext', 'dev.jsonl'));
const goldById = new Map(jsonl(join(root, 'eval', 'gold', 'realtext.jsonl')).map((r) => [r.id, r]));
const tune = new Set(split.tune);
let docs = texts.filter((d) => !report.has(d.id) && (set === 'noreport' || tune.has(d.id)));
if (opt('--id')) docs = docs.filter((d) => d.id === opt('--id'));
if (docs.some((d) => report.has(d.id))) throw new Error('misses: a report document slipped in');

let preds;
if (opt('--pred')) preds = jsonl(opt('--pred'));
else {
  const input = docs.map((d) => JSON.stringify({ id: d.id, text: d.text, date: d.date ?? null })).join('\n') + '\n';
  const run = spawnSync(join(root, 'bin', 'claimgraph'), ['extract', '--jsonl'], { input, maxBuffer: 1 << 30, encoding: 'utf8', stdio: ['pipe', 'pipe', 'inherit'] });
  if (run.status !== 0) { console.error(`misses: extract failed (${run.status})`); process.exit(1); }
  if (opt('--save')) writeFileSync(opt('--save'), run.stdout);
  preds = run.stdout.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}
const predById = new Map(preds.map((p) => [String(p.id), p]));

const TRIM = /[\s"'“”‘’«»„‹›,.;:!?—–-]/;
const core = (text, s, e) => { while (s < e && TRIM.test(text[s])) s++; while (e > s && TRIM.test(text[e - 1])) e--; return [s, e]; };
const jaccard = (a, b) => {
  const inter = Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
  const union = Math.max(a[1], b[1]) - Math.min(a[0], b[0]);
  return union > 0 ? inter / union : 0;
};
const speakerName = (s) => (s == null ? null : typeof s === 'string' ? s : s.name ?? null);
// The scorer's speaker test, copied: the mention overlaps the gold mention, or the names match.
const HONORIFIC = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'president', 'gen', 'general', 'minister', 'prime', 'sen', 'senator', 'rep', 'the', 'lt', 'col', 'colonel', 'prof']);
const nameTokens = (s) => String(s ?? '').toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
  .replace(/['’]s\b/g, '').split(/[^a-z0-9]+/).filter((t) => t && !HONORIFIC.has(t));
const PRONOUN = /^(he|she|they|it|we|i|you|who|his|her|their|its|him|them|us|me|which|that)$/i;
function sameSpeaker(goldName, predName) {
  let g = nameTokens(goldName); let p = nameTokens(predName);
  if (!g.length || !p.length) { g = String(goldName ?? '').toLowerCase().split(/\s+/).filter(Boolean); p = String(predName ?? '').toLowerCase().split(/\s+/).filter(Boolean); }
  if (!g.length || !p.length) return false;
  const gs = new Set(g); const ps = new Set(p);
  return g.every((t) => ps.has(t)) || p.every((t) => gs.has(t)) || g[g.length - 1] === p[p.length - 1];
}
function speakerRight(gq, ps) {
  if (gq.speaker_start != null && ps && typeof ps === 'object' && Number.isInteger(ps.start) && Number.isInteger(ps.end)
      && Math.min(gq.speaker_end, ps.end) > Math.max(gq.speaker_start, ps.start)) return true;
  return !PRONOUN.test(String(gq.speaker).trim()) && sameSpeaker(gq.speaker, speakerName(ps));
}
const cut = (s, n = 160) => (s.length > n ? `${s.slice(0, n)}…` : s).replace(/\n/g, '⏎');

const totals = { gold: 0, pred: 0, missed: 0, spurious: 0, wrongSpeaker: 0 };
for (const d of docs) {
  const p = predById.get(d.id)?.quotes ?? [];
  const lines = [];
  if (set === 'noreport') {
    for (const q of p) lines.push(`  ${q.kind ?? '?'} [${speakerName(q.speaker) ?? '-'}] ${q.rule ?? ''}: ${cut(d.text.slice(q.start, q.end))}`);
  } else {
    const g = goldById.get(d.id)?.quotes ?? [];
    const gs = g.map((q) => core(d.text, q.start, q.end));
    const ps = p.map((q) => core(d.text, q.start, q.end));
    const pairs = [];
    gs.forEach((a, gi) => ps.forEach((b, pi) => { const j = jaccard(a, b); if (j >= 0.5) pairs.push([j, gi, pi]); }));
    pairs.sort((a, b) => b[0] - a[0]);
    const usedG = new Map(); const usedP = new Set();
    for (const [, gi, pi] of pairs) if (!usedG.has(gi) && !usedP.has(pi)) { usedG.set(gi, pi); usedP.add(pi); }
    totals.gold += g.length; totals.pred += p.length;
    g.forEach((q, gi) => {
      const pi = usedG.get(gi);
      if (pi === undefined) {
        totals.missed++;
        const near = ps.map((b, i) => [jaccard(gs[gi], b), i]).filter(([j]) => j > 0).sort((a, b) => b[0] - a[0])[0];
        lines.push(`  MISSED ${q.kind} [${q.speaker ?? '-'}] @${q.start}: ${cut(q.text)}` + (near ? `\n         nearest pred (J=${near[0].toFixed(2)}): ${cut(d.text.slice(p[near[1]].start, p[near[1]].end))}` : ''));
        return;
      }
      const pred = speakerName(p[pi].speaker);
      if (q.speaker && !speakerRight(q, p[pi].speaker)) {
        totals.wrongSpeaker++;
        lines.push(`  SPEAKER? gold [${q.speaker}] pred [${pred ?? '-'}] ${p[pi].rule ?? ''}: ${cut(q.text, 100)}`);
      }
    });
    p.forEach((q, pi) => {
      if (usedP.has(pi)) return;
      totals.spurious++;
      lines.push(`  SPURIOUS ${q.kind ?? '?'} [${speakerName(q.speaker) ?? '-'}] ${q.rule ?? ''} @${q.start}: ${cut(d.text.slice(q.start, q.end))}`);
    });
  }
  if (lines.length) console.log(`${d.id} (${d.text.length} chars)\n${lines.join('\n')}`);
}
if (set === 'tune') console.log(JSON.stringify(totals));
