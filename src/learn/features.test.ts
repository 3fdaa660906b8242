import { describe, it, expect } from 'vitest';
import { analyze } from '../analyze/index.ts';
import { makeDocument } from '../model/document.ts';
import { docInfo, baseFeatures, stackedFeatures, bioAllowed, N_LABELS, O, BC, IC, IS } from './features.ts';
import { goldLabels } from '../../train/data.ts';

const lex = new Map([['said', 4], ['says', 4]]);
const doc = (text: string) => analyze(makeDocument({ id: 't', text }));

describe('features', () => {
  it('tracks quotation marks per paragraph (curly and straight)', () => {
    const d = doc('“Rain is coming,” she said. He said "maybe not" today.\n\nNew paragraph here.');
    const info = docInfo(d, lex);
    const inside = d.tokens.filter((_, i) => info.inq[i] === 1).join(' ');
    expect(inside).toBe('“ Rain is coming , ” " maybe not "');
    const last = d.tokens.length - 1;
    expect(info.inq[last]).toBe(0);
  });

  it('finds the nearest cue word on each side within the sentence', () => {
    const d = doc('The minister said the plan works.');
    const info = docInfo(d, lex);
    const plan = d.tokens.indexOf('plan');
    const said = d.tokens.indexOf('said');
    expect(info.leftCue[plan]).toBe(said);
    expect(info.rightCue[plan]).toBe(-1);
    expect(info.rightCue[0]).toBe(said);
  });

  it('gives every token the same number of features, deterministically', () => {
    const d = doc('Officials said the bridge was closed. “It will reopen soon,” a spokesman added.');
    const info = docInfo(d, lex);
    const a = baseFeatures(d, info);
    const b = baseFeatures(d, docInfo(d, lex));
    const per = a.offs[1]! - a.offs[0]!;
    for (let i = 0; i < d.tokens.length; i++) expect(a.offs[i + 1]! - a.offs[i]!).toBe(per);
    expect([...a.feats]).toEqual([...b.feats]);
    const s = stackedFeatures(d, info, new Uint8Array(d.tokens.length), null, true);
    expect(s.offs[d.tokens.length]! - s.offs[0]!).toBeGreaterThan(0);
  });

  it('fills every feature slot of both passes, the reused buffer as a fresh one', () => {
    const d = doc('“We will not leave,” the mayor said on Monday.\n\nOfficials said the bridge was closed, and she added that it "may reopen".');
    const info = docInfo(d, lex);
    const p1 = new Uint8Array(d.tokens.length);
    p1[1] = BC; p1[2] = IC;
    const fresh = [baseFeatures(d, info), stackedFeatures(d, info, p1, new Float32Array(d.tokens.length).fill(2), true)];
    for (const s of fresh) expect(s.feats.every((h) => h !== 0)).toBe(true);
    // A group writing past its slots would overwrite the next token's first feature (the bias,
    // the same hash for every token).
    for (const s of fresh) for (let i = 0; i < d.tokens.length; i++) expect(s.feats[s.offs[i]!]).toBe(s.feats[0]);
    // Leave other values in the scratch buffer first: a slot no group writes would keep them.
    baseFeatures(doc('Another text, with other words: "quoted," he says.'), docInfo(doc('x'), lex), true);
    expect([...baseFeatures(d, info, true).feats]).toEqual([...fresh[0]!.feats]);
    expect([...stackedFeatures(d, info, p1, new Float32Array(d.tokens.length).fill(2), true, true).feats]).toEqual([...fresh[1]!.feats]);
  });

  it('projects gold spans onto BIO labels', () => {
    const text = 'Officials said the bridge was closed.';
    const d = doc(text);
    const labels = goldLabels(d, [{
      start: text.indexOf('the bridge'), end: text.indexOf('.'), text: 'the bridge was closed',
      speaker: 'Officials', speaker_start: 0, speaker_end: 9, cue: 'said',
    }]);
    expect([...labels]).toEqual([3, 5, BC, IC, IC, IC, O]);
    expect(IS).toBe(4);
    // I-C never allowed at the start or after O.
    const allowed = bioAllowed();
    expect(allowed[N_LABELS * N_LABELS + IC]).toBe(0);
    expect(allowed[O * N_LABELS + IC]).toBe(0);
    expect(allowed[BC * N_LABELS + IC]).toBe(1);
  });
});
