/**
 * Shared by quotes.ts, span.ts and eval-dev.ts: attributions -> the scorer's prediction format,
 * and running ../shared/eval/score.mjs on a predictions file.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Attribution } from '../src/learn/attributions.ts';
import { sharedDir } from './data.ts';

export interface PredQuote {
  start: number;
  end: number;
  speaker: { name: string; start: number; end: number } | null;
  cue?: string | null;
  confidence?: number;
}

export function toPrediction(id: string, text: string, atts: readonly Attribution[]): { id: string; quotes: PredQuote[] } {
  return {
    id,
    quotes: atts.map((a) => ({
      start: a.content[0],
      end: a.content[1],
      speaker: a.source ? { name: text.slice(a.source[0], a.source[1]), start: a.source[0], end: a.source[1] } : null,
      cue: a.cue ? text.slice(a.cue[0], a.cue[1]) : null,
      confidence: a.confidence,
    })),
  };
}

/** Run the shared scorer; returns its final JSON line (and prints its table when `print`). */
export function score(goldPath: string, predPath: string, print = true, showErrors = 0): Record<string, number> {
  const scorer = resolve(sharedDir(), 'eval/score.mjs');
  const args = [scorer, '--gold', goldPath, '--pred', predPath];
  if (showErrors) args.push('--show-errors', String(showErrors));
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`scorer failed: ${r.stderr}`);
  const lines = r.stdout.trim().split('\n');
  if (print) console.log(lines.slice(0, -1).join('\n'));
  return JSON.parse(lines[lines.length - 1]!) as Record<string, number>;
}
