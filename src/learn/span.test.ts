import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { tagAttributions } from './attributions.ts';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { analyze } from '../analyze/index.ts';
import { makeDocument } from '../model/document.ts';
import { tagTokens, attributionsFromLabels, spansOf } from './attributions.ts';
import { loadTaggerModels as loadModels, MODEL_DIR, MODEL_FILES } from '../resources/index.ts';
import { SpanModel, spanCandidates } from './span.ts';
import type { SpanContext } from './span.ts';
import { docInfo, IC, BC } from './features.ts';

const TEXT = 'The mayor said the bridge would reopen in May, according to aides. She added that repairs, which began in June, were costly.\n\nNothing else happened.';
const doc = analyze(makeDocument({ id: 't', text: TEXT }));
const info = docInfo(doc, new Map([['said', 4], ['added', 4]]));
/** Token index of the first token equal to w at or after char `from`. */
const tok = (w: string, from = 0) => doc.tokens.findIndex((t, i) => t === w && doc.tokStart[i]! >= from);
const chars = (a: number, b: number) => TEXT.slice(doc.tokStart[a]!, doc.tokEnd[b]!);

describe('spanCandidates', () => {
  // The run "the bridge would reopen in May" as a tagger would give it.
  const run = { cls: 1, a: tok('the', 5), b: tok('May') };

  it('starts with the run itself and gives token-aligned, non-empty spans inside its paragraph', () => {
    const cands = spanCandidates(doc, info, run);
    expect(cands[0]).toMatchObject({ a: run.a, b: run.b, ld: 0, rd: 0 });
    expect(cands.length).toBeGreaterThan(3);
    const para = doc.tokParagraph[run.a]!;
    const keys = new Set<string>();
    for (const c of cands) {
      expect(c.a).toBeLessThanOrEqual(c.b);
      expect(doc.tokParagraph[c.a]).toBe(para);
      expect(doc.tokParagraph[c.b]).toBe(para);
      const s = chars(c.a, c.b);
      expect(s).toBe(s.trim());
      keys.add(`${c.a}:${c.b}`);
    }
    expect(keys.size).toBe(cands.length);
  });

  it('offers the cut before a trailing adjunct and the extension to the sentence end', () => {
    const texts = spanCandidates(doc, info, run).map((c) => chars(c.a, c.b));
    expect(texts).toContain('the bridge would reopen');
    expect(texts).toContain('the bridge would reopen in May, according to aides');
  });

  it('does not grow into another predicted content run', () => {
    const labels = new Uint8Array(info.n);
    const other = tok('according');
    labels[other] = BC;
    labels[other + 1] = IC;
    for (const c of spanCandidates(doc, info, run, labels)) expect(c.b).toBeLessThan(other);
  });

  it('cuts after `that` and before a relative clause', () => {
    const r = { cls: 1, a: tok('that'), b: tok('costly') };
    const texts = spanCandidates(doc, info, r).map((c) => chars(c.a, c.b));
    expect(texts).toContain('repairs, which began in June, were costly');
    expect(texts).toContain('that repairs');
  });
});

describe('SpanModel', () => {
  const run = { cls: 1, a: tok('the', 5), b: tok('May') };
  const labels = new Uint8Array(info.n);
  labels[run.a] = BC;
  for (let i = run.a + 1; i <= run.b; i++) labels[i] = IC;
  const ctx: SpanContext = { info, labels, labels1: labels, margins: new Float32Array(info.n).fill(2) };
  const cands = spanCandidates(doc, info, run, labels);
  const target = cands.findIndex((c) => chars(c.a, c.b) === 'the bridge would reopen');

  it('learns to pick the candidate with the best gain, and keeps it after a save/load round trip', () => {
    const m = new SpanModel(12);
    m.startTraining();
    const gain = cands.map((_, k) => (k === target ? 1 : 0.3));
    for (let e = 0; e < 5; e++) m.train(doc, ctx, run, cands, gain, null, null, 0);
    m.finalize();
    expect(m.best(doc, ctx, run, cands, null, null)).toBe(target);
    const path = join(mkdtempSync(join(tmpdir(), 'span-test-')), 'span.bin');
    m.dropBias = 0.25;
    writeFileSync(path, m.toBuffer());
    const back = SpanModel.fromBuffer(readFileSync(path));
    expect(back.dropBias).toBeCloseTo(0.25);
    expect(back.best(doc, ctx, run, cands, null, null)).toBe(target);
    expect(back.choose(doc, ctx, run, null, null)).toEqual({ cls: 1, a: run.a, b: tok('reopen') });
  });

  it('learns to drop a span when no candidate matches', () => {
    const m = new SpanModel(12);
    m.startTraining();
    for (let e = 0; e < 3; e++) m.train(doc, ctx, run, cands, cands.map(() => 0.1), null, null, 0);
    m.finalize();
    expect(m.choose(doc, ctx, run, null, null)).toBeNull();
  });

  it('rejects a file that is not a span model', () => {
    expect(() => SpanModel.fromBuffer(readFileSync(resolve(MODEL_DIR, MODEL_FILES.calib)))).toThrow(/not a claimgraph span model/);
  });
});

describe('span stage in the tagger', () => {
  const text = 'Officials said the bridge was closed in the morning. The mayor believes the talks will fail, aides said.';
  const d = analyze(makeDocument({ id: 's', text }));

  it('is a no-op without models/attrib-span.bin', () => {
    const dir = mkdtempSync(join(tmpdir(), 'span-models-'));
    for (const [k, f] of Object.entries(MODEL_FILES)) if (k !== 'span') symlinkSync(resolve(MODEL_DIR, f), join(dir, f));
    const m = loadModels(dir);
    expect(m.span).toBeNull();
    const tag = tagTokens(d, m);
    // Every tagged content run comes out as it is, none dropped or moved.
    const runs = spansOf(d, tag.labels).filter((s) => s.cls === 1).map((s) => [d.tokStart[s.a], d.tokEnd[s.b]]);
    expect(runs.length).toBeGreaterThan(0);
    expect(attributionsFromLabels(d, tag, m).map((a) => a.content)).toEqual(runs);
  });

  it('decides the same way every time', () => {
    const m = loadModels();
    const tag = tagTokens(d, m);
    const first = attributionsFromLabels(d, tag, m);
    expect(attributionsFromLabels(d, tagTokens(d, m), m)).toEqual(first);
    for (const a of first) expect(text.slice(a.content[0], a.content[1])).toBe(text.slice(a.content[0], a.content[1]).trim());
  });
});

describe('span stage on random text', () => {
  // Words that make the tagger find speech, quotation marks, clause boundaries, line breaks.
  const word = fc.constantFrom('said', 'that', 'the', 'bridge', ',', '.', '"', '“', '”', 'which', 'in', 'May', 'officials', 'believes', 'and', ':', '\n\n', 'He', 'according', 'to');
  it('gives content spans that slice the text, trimmed and non-empty', () => {
    fc.assert(fc.property(fc.array(word, { maxLength: 60 }), (ws) => {
      const text = ws.join(' ');
      for (const a of tagAttributions(analyze(makeDocument({ id: 'r', text })))) {
        const [s, e] = a.content;
        expect(s).toBeGreaterThanOrEqual(0);
        expect(e).toBeLessThanOrEqual(text.length);
        expect(s).toBeLessThan(e);
        expect(text.slice(s, e)).toBe(text.slice(s, e).trim());
      }
    }), { numRuns: 150, seed: 7 });
  });
});
