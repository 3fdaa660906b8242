#!/usr/bin/env node
// Lists every span between quotation marks of at least four words in the realtext dev documents
// outside the report list that no extracted quotation covers, grouped by the construction around
// it: direct quotations are the cheapest recall, and this says which constructions lose them.
//
//   node eval/gold/uncovered.mjs [noreport|tune] [--pred saved.jsonl] [--save saved.jsonl]
//                                [--id ID] [--min-words 4] [--show N] [--group NAME]
//
// `--pred` reads a saved extraction (`node eval/gold/misses.mjs noreport --save F` writes one);
// without it the texts are extracted here (a few minutes). `--show N` prints N examples per group
// (default 3; `--group NAME` prints every example of one group). The report documents are refused
// like misses.mjs does: their output is not read while tuning (eval/gold/README.md).
//
// Marks are paired per paragraph (a blank line ends one; White House texts are hard-wrapped), a
// quotation inside a quotation kept inside it (`quotedSpans`). A span counts as covered when
// the extracted quotations together cover at least half of its characters between the marks. A
// quotation nested in a transcript turn (its paragraph or the one before holds a turn's item) is
// grouped apart: ANNOTATION.md makes it no second item.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = resolve(root, process.env.CLAIMGRAPH_SHARED ?? '../shared');
const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i < 0 ? undefined : args[i + 1]; };
const set = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--'))) ?? 'noreport';
if (set !== 'tune' && set !== 'noreport') {
  console.error(`uncovered: unknown set "${set}" (noreport or tune; the report documents are not read while tuning)`);
  process.exit(2);
}
const minWords = Number(opt('--min-words') ?? 4);
const show = Number(opt('--show') ?? 3);
const onlyGroup = opt('--group');

const jsonl = (f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const split = JSON.parse(readFileSync(join(root, 'eval', 'gold', 'split.json'), 'utf8'));
const report = new Set(split.report);
const tune = new Set(split.tune);
let docs = jsonl(join(shared, 'data', 'realtext', 'dev.jsonl')).filter((d) => !report.has(d.id) && (set === 'noreport' || tune.has(d.id)));
if (opt('--id')) docs = docs.filter((d) => d.id === opt('--id'));
if (docs.some((d) => report.has(d.id))) throw new Error('uncovered: a report document slipped in');

let preds;
if (opt('--pred')) preds = jsonl(opt('--pred'));
else {
  const input = docs.map((d) => JSON.stringify({ id: d.id, text: d.text, date: d.date ?? null })).join('\n') + '\n';
  const run = spawnSync(join(root, 'bin', 'claimgraph'), ['extract', '--jsonl'], { input, maxBuffer: 1 << 30, encoding: 'utf8', stdio: ['pipe', 'pipe', 'inherit'] });
  if (run.status !== 0) { console.error(`uncovered: extract failed (${run.status})`); process.exit(1); }
  if (opt('--save')) writeFileSync(opt('--save'), run.stdout);
  preds = run.stdout.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}
const predById = new Map(preds.map((p) => [String(p.id), p]));
const missingPred = docs.filter((d) => !predById.has(d.id)).map((d) => d.id);
if (missingPred.length) { console.error(`uncovered: no extraction for ${missingPred.length} documents (${missingPred.slice(0, 3).join(', ')} ...)`); process.exit(1); }

/**
 * Spans [open, close] (offsets of the outer marks) of quoted text, paired per paragraph as a
 * reader pairs them: a straight mark after a space (or an opening bracket, a dash) and before a
 * word opens, one after a word and before a space or punctuation closes, so that a quotation
 * inside a quotation (`"... the words "I want" ...," he said`) stays inside it; an unclear mark
 * opens when none is open and closes otherwise. Curly marks open with “ and close with ”.
 */
function quotedSpans(text) {
  const out = [];
  const paraBreak = /\n[ \t]*\n/g;
  let from = 0;
  const paras = [];
  for (let m; (m = paraBreak.exec(text));) { paras.push([from, m.index]); from = m.index + m[0].length; }
  paras.push([from, text.length]);
  const space = (c) => c === undefined || /[\s(\[—–-]/.test(c);
  for (const [ps, pe] of paras) {
    const stack = [];
    for (let i = ps; i < pe; i++) {
      const c = text[i];
      let opens;
      if (c === '“' || c === '«') opens = true;
      else if (c === '”' || c === '»') opens = false;
      else if (c === '"') {
        const before = i > ps ? text[i - 1] : undefined;
        const after = i + 1 < pe ? text[i + 1] : undefined;
        const leftOpen = space(before) && after !== undefined && !/\s/.test(after);
        const rightClose = !space(before) && (after === undefined || /[\s.,;:!?)\]—–-]/.test(after));
        opens = leftOpen && !rightClose ? true : rightClose && !leftOpen ? false : stack.length === 0;
      } else continue;
      if (opens && stack.length < 2) stack.push(i);
      else if (!opens && stack.length) {
        const o = stack.pop();
        if (stack.length === 0) out.push([o, i]);
      }
    }
  }
  return out;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const words = (s) => s.match(WORD) ?? [];
const CUE = /^(?:say|says|said|saying|tell|tells|told|add|adds|added|adding|stress(?:es|ed|ing)?|emphasi[sz](?:e|es|ed|ing)|not(?:e|es|ed|ing)|explain(?:s|ed|ing)?|declar(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|stated|states|wrote|writes|asked|asks|replied|answered|remarked|continued|assured|reminded|recalled|underlined|underscored|pointed|concluded|urged|warned|called|appealed|addressed|thanked|quoted|according|insisted|reiterated|observed|commented|confirmed|promised|admitted|expressed|believes|thinks|spoke|speaks)$/i;
const LABEL = /^(?:so-called|called|dubbed|titled|entitled|named|nicknamed|termed|codenamed|code-named|word|words|term|phrase|slogan|hashtag|label|motto|as)$/i;
const NAMING_NOUN = /^(?:decree|law|resolution|order|medal|title|award|order|project|program|programme|platform|initiative|campaign|fund|foundation|festival|forum|film|book|concept|operation|company|enterprise|plant|channel|station|group|brigade|battalion|unit|regiment|center|centre|movement|party|marathon|summit|conference|exhibition|prize|badge|insignia|cross|star|honor|honour|nomination|category|bill|act|strategy|agreement|treaty|declaration|statement|appeal|address|program|news|newspaper|magazine|agency|holding|corporation|society|association|union|council|club|school|university|academy|museum|theatre|theater|hospital|airport|port|bridge|square|street|hotel|monument|memorial|ship|cruiser|frigate|system|systems|complex|complexes|missile|missiles|rocket|rockets|operation|bloc|coalition|format|mechanism|formula|network|service|army|corps|list|index|report|document|documents|portal|app|application|hub|house|houses|city|cities|town|hero|heroes|status|regime|zone|line|exercise|exercises|drills)$/i;

function classify(text, open, close) {
  const inner = text.slice(open + 1, close);
  // Left context: back to the sentence start (., !, ? followed by space) or 200 characters.
  const leftFrom = Math.max(0, open - 200);
  let left = text.slice(leftFrom, open);
  const sentStart = Math.max(left.lastIndexOf('. '), left.lastIndexOf('? '), left.lastIndexOf('! '), left.lastIndexOf('\n\n'));
  if (sentStart >= 0) left = left.slice(sentStart + 2);
  let right = text.slice(close + 1, close + 160);
  const sentEnd = right.search(/[.!?](?:\s|$)|\n\n/);
  if (sentEnd >= 0) right = right.slice(0, sentEnd);
  const lw = words(left);
  const rw = words(right);
  const prev = lw[lw.length - 1] ?? '';
  const before = left.trimEnd();
  const firstInnerCap = /^\s*[\p{Lu}\p{N}]/u.test(inner);
  const innerWords = words(inner);
  const titleCase = innerWords.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length >= Math.ceil(innerWords.length * 0.6);
  const cueRight = rw.slice(0, 8).find((w) => CUE.test(w));
  const cueLeft = [...lw].reverse().slice(0, 14).find((w) => CUE.test(w));
  if (LABEL.test(prev) || /\b(?:known as|referred to as)\s*$/i.test(before)) return [`label word (${prev.toLowerCase()})`, prev];
  if (NAMING_NOUN.test(prev) || (titleCase && /^[\p{Lu}]/u.test(prev) && !before.endsWith(':') && !before.endsWith(','))) return ['title or name after a noun', prev.toLowerCase()];
  if (/^\s*On\b/.test(inner) && firstInnerCap) return ['title `"On ..."`', 'On'];
  if (/[,.!?]\s*$/.test(inner.slice(-2)) && cueRight) return ['quotation then cue (`," X said`)', cueRight.toLowerCase()];
  if (cueRight && rw.length <= 10) return ['quotation then cue (`," X said`)', cueRight.toLowerCase()];
  if (before.endsWith(':')) return cueLeft ? ['cue then colon (`X said: "`)', cueLeft.toLowerCase()] : ['colon, no cue word', lw.slice(-3).join(' ').toLowerCase()];
  if (/according to\b/i.test(left)) return ['according to', 'according'];
  if (cueLeft && /\bthat\s*$/i.test(before)) return ['cue + that + quotation', cueLeft.toLowerCase()];
  if (cueLeft) return ['cue earlier in the sentence', cueLeft.toLowerCase()];
  if (lw.length === 0) return ['opens the sentence, no cue', ''];
  if (titleCase) return ['title case, no cue', prev.toLowerCase()];
  return ['inside a sentence, no cue', prev.toLowerCase()];
}

const groups = new Map();
let total = 0;
let covered = 0;
for (const d of docs) {
  const quotes = predById.get(d.id).quotes ?? [];
  const cover = new Uint8Array(d.text.length);
  for (const q of quotes) cover.fill(1, q.start, q.end);
  // Paragraphs (blank-line separated) that hold a transcript turn's item.
  const paraOf = (i) => d.text.slice(0, i).split(/\n[ \t]*\n/).length - 1;
  const turnParas = new Set(quotes.filter((q) => q.rule === 'quotes/07-transcripts-readouts').map((q) => paraOf(q.start)));
  for (const [open, close] of quotedSpans(d.text)) {
    const inner = d.text.slice(open + 1, close);
    if (words(inner).length < minWords) continue;
    total++;
    let hit = 0;
    for (let i = open + 1; i < close; i++) hit += cover[i];
    if (hit * 2 >= close - open - 1) { covered++; continue; }
    const p = turnParas.size ? paraOf(open) : -1;
    const [group, key] = turnParas.has(p) || turnParas.has(p - 1)
      ? ['inside a transcript turn (ANNOTATION.md: not a second item)', '']
      : classify(d.text, open, close);
    const g = groups.get(group) ?? { n: 0, keys: new Map(), examples: [] };
    g.n++;
    g.keys.set(key, (g.keys.get(key) ?? 0) + 1);
    const ctx = d.text.slice(Math.max(0, open - 80), Math.min(d.text.length, close + 60)).replace(/\s+/g, ' ');
    g.examples.push(`${d.id} @${open}: …${ctx}…`);
    groups.set(group, g);
  }
}

const sorted = [...groups.entries()].sort((a, b) => b[1].n - a[1].n);
for (const [name, g] of sorted) {
  if (onlyGroup && name !== onlyGroup && !name.startsWith(onlyGroup)) continue;
  const keys = [...g.keys.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, n]) => `${k || '-'} ${n}`).join(', ');
  console.log(`${g.n}\t${name}\t(${keys})`);
  for (const e of g.examples.slice(0, onlyGroup ? Infinity : show)) console.log(`\t\t${e}`);
}
console.log(JSON.stringify({ set, documents: docs.length, quotedSpans: total, covered, uncovered: total - covered, minWords }));
