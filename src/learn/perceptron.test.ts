import { describe, it, expect } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Perceptron } from './perceptron.ts';
import type { FeatureSeq } from './perceptron.ts';
import { fnv1a, h1 } from './hash.ts';

// Toy tagging: label 1 for words starting with "x", 2 for numbers, 0 otherwise, but a word right
// after "says" is always 3 (needs the previous word's feature).
function toy(words: string[]): { seq: FeatureSeq; gold: Uint8Array } {
  const feats: number[] = [];
  const offs = new Int32Array(words.length + 1);
  const gold = new Uint8Array(words.length);
  words.forEach((w, i) => {
    offs[i] = feats.length;
    feats.push(h1(0, 1), h1(1, fnv1a(w)), h1(2, fnv1a(w[0]!)), h1(3, fnv1a(i > 0 ? words[i - 1]! : '<s>')), h1(4, /^\d+$/.test(w) ? 1 : 0));
    gold[i] = i > 0 && words[i - 1] === 'says' ? 3 : w.startsWith('x') ? 1 : /^\d+$/.test(w) ? 2 : 0;
  });
  offs[words.length] = feats.length;
  return { seq: { feats: Uint32Array.from(feats), offs }, gold };
}

const sentences = [
  'the xylophone says 42 things', 'alice says xenon is 7', 'bob ate 3 xmas cakes',
  'xena says hello to 12 friends', 'a cat says meow', 'numbers like 5 and 9 are small',
];

function trained(): Perceptron {
  const m = new Perceptron(4, 12);
  m.startTraining();
  const data = sentences.map((s) => toy(s.split(' ')));
  for (let e = 0; e < 10; e++) for (const d of data) m.train(d.seq, 0, d.gold.length, d.gold, new Uint8Array(d.gold.length));
  m.finalize();
  return m;
}

describe('Perceptron', () => {
  it('learns a toy tagging problem, including a previous-word rule', () => {
    const m = trained();
    const d = toy('carol says xylitol has 100 calories'.split(' '));
    const pred = new Uint8Array(d.gold.length);
    m.decode(d.seq, 0, d.gold.length, pred);
    expect([...pred]).toEqual([...d.gold]);
  });

  it('gives the same predictions after save and load', () => {
    const m = trained();
    const dir = mkdtempSync(join(tmpdir(), 'cg-perc-'));
    try {
      const path = join(dir, 'toy.bin');
      m.meta = { note: 'toy' };
      writeFileSync(path, m.toBuffer());
      const back = Perceptron.fromBuffer(readFileSync(path));
      expect(back.meta).toEqual({ note: 'toy' });
      for (const s of [...sentences, 'zed says 77 xylophones', 'x 1 y 2 says z']) {
        const d = toy(s.split(' '));
        const a = new Uint8Array(d.gold.length);
        const b = new Uint8Array(d.gold.length);
        m.decode(d.seq, 0, d.gold.length, a);
        back.decode(d.seq, 0, d.gold.length, b);
        expect([...b]).toEqual([...a]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('scores a loaded model exactly even with more features per token than 16-bit sums hold', () => {
    // 300 copies of the strongest feature: 300 x 127 overflows the SIMD kernel's i16 sums.
    const m = new Perceptron(4, 12);
    const strong = h1(9, 9);
    m.w[(strong & m.mask) * 8 + 1] = 5;
    m.w[(strong & m.mask) * 8 + 2] = -5;
    const dir = mkdtempSync(join(tmpdir(), 'cg-perc-'));
    try {
      const path = join(dir, 'big.bin');
      writeFileSync(path, m.toBuffer());
      const back = Perceptron.fromBuffer(readFileSync(path));
      const seq: FeatureSeq = { feats: new Uint32Array(300).fill(strong), offs: Int32Array.from([0, 300]) };
      const rows = back.emissionRows(seq, 0, 1);
      // Weight 5 is the largest, stored as 127 steps of 5 / 127.
      expect(rows[1]).toBeCloseTo(1500, 0);
      expect(rows[2]).toBeCloseTo(-1500, 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('respects forbidden transitions', () => {
    // Label 2 may only follow label 1 or 2.
    const allowed = new Uint8Array(5 * 4).fill(1);
    for (const p of [0, 3, 4]) allowed[p * 4 + 2] = 0;
    const m = new Perceptron(4, 10, allowed);
    // Strongly prefer label 2 everywhere through the bias feature.
    m.w[(h1(0, 1) & m.mask) * 8 + 2] = 10;
    const d = toy(['a', 'b', 'c']);
    const pred = new Uint8Array(3);
    m.decode(d.seq, 0, 3, pred);
    expect(pred[0]).not.toBe(2);
  });
});
