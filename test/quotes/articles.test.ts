/**
 * Whole articles, end to end: every `test/fixtures/articles/NAME.txt` with a `NAME.expected.json`
 * beside it. The expected file lists every quotation the extractor must find, in text order:
 * {text, kind, speaker, mention, role, cue, addressee, utterance}, where `utterance` is a label
 * shared by the pieces of one quotation (`u3`), and null means "must be null".
 *
 * Checks: each expected quotation is found at its place with its fields; the pieces of one utterance
 * share an id and different utterances do not; no direct, partial or mixed quotation is found that is
 * not expected. Extra indirect speech is a softer check: counted, and allowed up to a small number.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect } from 'vitest';
import { gapAwareIt } from './known-gaps.ts';

const it = gapAwareIt(import.meta.url);
import { extractDocument } from '../../src/extract/pipeline.ts';
import { makeDocument } from '../../src/model/index.ts';
import type { Quotation, QuoteKind } from '../../src/model/index.ts';
import { expectFields, expectSpansConsistent, listQuotes } from './helpers.ts';

interface ExpectedQuote {
  text: string;
  kind: QuoteKind;
  speaker: string | null;
  mention: string | null;
  role: string | null;
  cue: string | null;
  addressee: string | null;
  utterance: string;
}

const FIXTURES = fileURLToPath(new URL('../fixtures/articles/', import.meta.url));
const KINDS: readonly QuoteKind[] = ['direct', 'partial', 'mixed', 'indirect'];

/** `date YYYY-MM-DD` header: the text starts after the header and one space or newline. */
function parseArticle(raw: string): { text: string; date: string | null } {
  const m = /^[ \t]*date (\d{4}-\d{2}-\d{2})(?:\r?\n|[ \t]|$)/.exec(raw);
  if (!m) return { text: raw, date: null };
  return { text: raw.slice(m[0].length), date: m[1] ?? null };
}

/** Where each expected quotation sits: its first occurrence after the previous one. */
function locate(text: string, expected: readonly ExpectedQuote[]): number[] {
  const starts: number[] = [];
  let from = 0;
  for (const e of expected) {
    const at = text.indexOf(e.text, from);
    starts.push(at);
    if (at >= 0) from = at + e.text.length;
  }
  return starts;
}

const names = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt') && existsSync(join(FIXTURES, f.replace(/\.txt$/, '.expected.json'))))
  .map((f) => f.replace(/\.txt$/, ''))
  .sort();

it('there are whole-article fixtures', () => {
  expect(names.length).toBeGreaterThanOrEqual(3);
});

describe.each(names)('%s', (name) => {
  const raw = readFileSync(join(FIXTURES, `${name}.txt`), 'utf8');
  const { text, date } = parseArticle(raw);
  const expected = JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8')) as ExpectedQuote[];
  const starts = locate(text, expected);
  const rows = expected.map((e, i) => ({ ...e, n: `#${i + 1}`, start: starts[i] ?? -1 }));

  let cached: readonly Quotation[] | undefined;
  const quotes = (): readonly Quotation[] =>
    (cached ??= extractDocument(makeDocument({ id: name, text, date })).extraction.quotes);

  const isExpected = (q: Quotation): boolean => rows.some((r) => r.start === q.start && r.text === q.text);

  it('the fixture is well formed', () => {
    expect(date, 'date header').toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const r of rows) {
      expect(r.start, `expected text not found in order: ${JSON.stringify(r.text)}`).toBeGreaterThanOrEqual(0);
      expect(KINDS, `kind of ${JSON.stringify(r.text)}`).toContain(r.kind);
      expect(r.utterance, `utterance label of ${JSON.stringify(r.text)}`).toMatch(/^\S+$/);
      for (const f of ['mention', 'role', 'cue', 'addressee'] as const) {
        const v = r[f];
        if (v !== null) expect(text.includes(v), `${f} ${JSON.stringify(v)} is in the article`).toBe(true);
      }
    }
  });

  it.each(rows)('finds $n $kind $text', (r) => {
    const all = quotes();
    const q = all.find((x) => x.start === r.start && x.text === r.text);
    expect(q, `no quotation ${JSON.stringify(r.text)} at ${r.start}; found:\n${listQuotes(all)}`).toBeDefined();
    expectSpansConsistent(text, q!);
    expectFields(q!, {
      kind: r.kind,
      speaker: r.speaker,
      mention: r.mention,
      role: r.role,
      cue: r.cue,
      addressee: r.addressee,
    }, `${name}: `);
  });

  it('pieces of one utterance share an id; different utterances do not', () => {
    const all = quotes();
    const idOf = new Map<string, Set<string>>();
    for (const r of rows) {
      const q = all.find((x) => x.start === r.start && x.text === r.text);
      if (!q) continue; // reported by the row's own test
      const ids = idOf.get(r.utterance) ?? new Set<string>();
      ids.add(q.utterance);
      idOf.set(r.utterance, ids);
    }
    const owner = new Map<string, string>();
    for (const [label, ids] of idOf) {
      expect(ids.size, `pieces of ${label} share one utterance id; found:\n${listQuotes(all)}`).toBe(1);
      const id = [...ids][0]!;
      expect(owner.get(id), `utterance id ${id} is used by ${owner.get(id)} and ${label}`).toBeUndefined();
      owner.set(id, label);
    }
  });

  it('finds no unexpected direct, partial or mixed quotation', () => {
    const all = quotes();
    const extra = all.filter((q) => q.kind !== 'indirect' && !isExpected(q));
    expect(extra.length, `unexpected quotations:\n${listQuotes(extra)}`).toBe(0);
  });

  it('finds few unexpected indirect quotations (soft)', () => {
    const all = quotes();
    const extra = all.filter((q) => q.kind === 'indirect' && !isExpected(q));
    const expectedIndirect = rows.filter((r) => r.kind === 'indirect').length;
    const allowed = Math.max(2, Math.ceil(expectedIndirect * 0.25));
    if (extra.length > 0) console.info(`${name}: ${extra.length} unexpected indirect quotation(s):\n${listQuotes(extra)}`);
    expect(extra.length, `unexpected indirect quotations:\n${listQuotes(extra)}`).toBeLessThanOrEqual(allowed);
  });
});
