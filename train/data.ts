/**
 * Gold data for training: reading the shared JSONL sets and projecting PolNeAR attributions
 * (content, source, cue) onto tokens as BIO labels.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import type { Doc } from '../src/model/doc.ts';
import { O, BC, IC, BS, IS, BQ, IQ } from '../src/learn/features.ts';

export interface GoldQuote {
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  speaker_start: number | null;
  speaker_end: number | null;
  cue: string | null;
  kind?: string;
  attribution?: string;
  speaker_is_pronoun?: boolean;
}

export interface GoldDoc {
  id: string;
  text: string;
  date: string | null;
  quotes: GoldQuote[] | null;
}

/** The repository root (one level above this file). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** ../shared relative to the repository root, or $CLAIMGRAPH_SHARED. */
export function sharedDir(): string {
  return process.env.CLAIMGRAPH_SHARED ?? resolve(REPO_ROOT, '../shared');
}

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

/** Char span of a quote's cue: the occurrence of the cue string nearest the source (else the content), outside the content. */
export function locateCue(text: string, q: GoldQuote): [number, number] | null {
  if (!q.cue) return null;
  const anchor = q.speaker_start != null ? (q.speaker_start + (q.speaker_end ?? q.speaker_start)) / 2 : (q.start + q.end) / 2;
  const lo = Math.max(0, Math.min(q.start, q.speaker_start ?? q.start) - 400);
  const hi = Math.min(text.length, Math.max(q.end, q.speaker_end ?? q.end) + 400);
  let best: [number, number] | null = null;
  let bestD = Infinity;
  let at = text.indexOf(q.cue, lo);
  while (at >= 0 && at < hi) {
    const e = at + q.cue.length;
    const inside = at >= q.start && e <= q.end;
    const overlapsSpeaker = q.speaker_start != null && at < q.speaker_end! && e > q.speaker_start;
    if (!inside && !overlapsSpeaker) {
      const d = Math.abs((at + e) / 2 - anchor);
      if (d < bestD) { bestD = d; best = [at, e]; }
    }
    at = text.indexOf(q.cue, at + 1);
  }
  return best;
}

/** BIO labels per token. Content first, then cue, then source (later ones win on overlap). */
export function goldLabels(doc: Doc, quotes: readonly GoldQuote[]): Uint8Array {
  const n = doc.tokens.length;
  const cls = new Uint8Array(n);
  const item = new Int32Array(n).fill(-1);
  const spans: [number, number, number][] = [];
  for (const q of quotes) spans.push([q.start, q.end, 1]);
  for (const q of quotes) {
    const c = locateCue(doc.text, q);
    if (c) spans.push([c[0], c[1], 3]);
  }
  for (const q of quotes) if (q.speaker_start != null && q.speaker_end != null) spans.push([q.speaker_start, q.speaker_end, 2]);
  // Dedupe identical spans (pieces of one attribution share source and cue).
  const seen = new Map<string, number>();
  spans.forEach(([s, e, c], k) => {
    const key = `${s}:${e}:${c}`;
    const id = seen.get(key) ?? k;
    seen.set(key, id);
    // tokens whose midpoint falls in [s, e)
    let lo = 0, hi = n;
    while (lo < hi) { const m = (lo + hi) >> 1; if (doc.tokEnd[m]! <= s) lo = m + 1; else hi = m; }
    for (let i = lo; i < n && doc.tokStart[i]! < e; i++) {
      const mid = (doc.tokStart[i]! + doc.tokEnd[i]!) / 2;
      if (mid >= s && mid < e) { cls[i] = c; item[i] = id; }
    }
  });
  const labels = new Uint8Array(n);
  const B = [O, BC, BS, BQ];
  const I = [O, IC, IS, IQ];
  for (let i = 0; i < n; i++) {
    const c = cls[i]!;
    if (!c) continue;
    const cont = i > 0 && cls[i - 1] === c && item[i - 1] === item[i] && doc.tokParagraph[i - 1] === doc.tokParagraph[i];
    labels[i] = cont ? I[c]! : B[c]!;
  }
  return labels;
}
