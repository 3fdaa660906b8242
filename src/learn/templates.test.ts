import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyze } from '../analyze/index.ts';
import { makeDocument } from '../model/document.ts';
import { BASE_GROUPS, STACK_GROUP } from './templates.ts';
import { FIRST_PASS_LAYOUT, SECOND_PASS_LAYOUT, N_STACK } from './feature-groups.generated.ts';
import { baseFeatures, docInfo, stackedFeatures } from './features.ts';
import { h3 } from './hash.ts';
import { BOS, EOS } from './feature-context.ts';
import { generate, GENERATED } from '../../train/gen-features.ts';

const lex = new Map([['said', 4], ['says', 4]]);
const doc = (text: string) => analyze(makeDocument({ id: 't', text }));
const templates = (g: { entries: readonly { kind: string; first: boolean }[] }, pass: 1 | 2) =>
  g.entries.filter((e) => e.kind === 'template' && (pass === 1 || !e.first)).length;

describe('feature templates (templates.ts -> feature-groups.generated.ts)', () => {
  it('the generated file is what the table gives (npm run build regenerates it)', () => {
    expect(readFileSync(GENERATED, 'utf8')).toBe(generate());
  });

  it('keeps the layout the shipped models were trained with (68 base, 25 light base, 26 stacked)', () => {
    // Ids are positions: a template added or moved renumbers the rest, and models/ would need retraining.
    expect(BASE_GROUPS.reduce((n, g) => n + templates(g, 1), 0)).toBe(68);
    expect(BASE_GROUPS.reduce((n, g) => n + templates(g, 2), 0)).toBe(25);
    expect(templates(STACK_GROUP, 2)).toBe(26);
    expect(FIRST_PASS_LAYOUT).toEqual({ lexical: 0, quote: 23, cue: 34, nearCue: 38, clause: 50, end: 68 });
    expect(SECOND_PASS_LAYOUT).toEqual({ lexical: 0, quote: 6, cue: 14, nearCue: 16, clause: 21, end: 25 });
    expect(N_STACK).toBe(26);
  });

  it('hashes each template as h3(id - 1, v1, v2, v3), as the table says', () => {
    const d = doc('Officials said the bridge was closed. “It will reopen soon,” a spokesman added.');
    const info = docInfo(d, lex);
    const base = baseFeatures(d, info);
    const names = BASE_GROUPS.flatMap((g) => g.entries.filter((e) => e.kind === 'template').map((e) => e.name));
    const slot = (name: string) => names.indexOf(name);
    const n = d.tokens.length;
    for (let i = 0; i < n; i++) {
      const at = (name: string) => base.feats[base.offs[i]! + slot(name)];
      expect(at('bias')).toBe(h3(slot('bias'), 1, 0, 0));
      expect(at('word')).toBe(h3(slot('word'), info.lw[i]!, 0, 0));
      expect(at('word-1 word')).toBe(h3(slot('word-1 word'), i > 0 ? info.lw[i - 1]! : BOS, info.lw[i]!, 0));
      expect(at('word word+1')).toBe(h3(slot('word word+1'), info.lw[i]!, i + 1 < n ? info.lw[i + 1]! : EOS, 0));
      expect(at('inq mark')).toBe(h3(slot('inq mark'), info.inq[i]!, info.qm[i]!, 0));
    }
    // The second pass numbers only its templates: its light lexical set is bias, word, the word
    // bigrams, pos and the pos trigram (ids 1-6), then the next groups, then the stacked ones.
    const labels = new Uint8Array(n);
    const s = stackedFeatures(d, info, labels, null, true);
    const per = s.offs[1]! - s.offs[0]!;
    expect(per).toBe(25 + 26);
    for (let i = 0; i < n; i++) {
      expect(s.feats[s.offs[i]! + 1]).toBe(h3(1, info.lw[i]!, 0, 0));
      expect(s.feats[s.offs[i]! + 25]).toBe(h3(25, labels[i]!, 0, 0)); // label margin, no margins: bucket 0
    }
  });

  it('names each template once per group and reads one to three values', () => {
    for (const g of [...BASE_GROUPS, STACK_GROUP]) {
      const ts = g.entries.filter((e) => e.kind === 'template');
      expect(new Set(ts.map((e) => e.name)).size).toBe(ts.length);
      for (const e of ts) expect(e.kind === 'template' && e.reads.length >= 1 && e.reads.length <= 3).toBe(true);
    }
  });
});
