/**
 * Issue 12 on real text none of us wrote: ingest every text of ../shared/data/realtext/dev.jsonl
 * (official releases of both sides and White House transcripts) through the CLI into a real store,
 * then read the speaker list as a fact-checker would. No stored speaker may be a word that is no
 * speaker: a pronoun or relative word, a document, a bare title, a fragment of a title chain, a
 * name cut short, headline capitals, a transcript label; and one person written several ways is one
 * identity with those spellings. The patterns here are written apart from
 * the extractor's own gate (src/extract/speakers/accept.ts), so the two check each other.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const bin = join(root, 'bin/claimgraph');
const realtext = resolve(root, process.env.CLAIMGRAPH_SHARED ?? '../shared', 'data/realtext/dev.jsonl');

const run = (args: string[]) => new Promise<{ status: number; stdout: string; stderr: string }>((done) => {
  execFile(bin, args, { cwd: root, maxBuffer: 1 << 28 }, (error, stdout, stderr) => done({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
});

const NOT_A_SPEAKER: readonly [string, RegExp][] = [
  ['pronoun or relative word', /^(which|that|who|it|he|she|they|this|there|we|i|you|one|what|i['’]m)$/i],
  ['document', /^(the )?(statement|report|article|post|video|letter|message|data|website|page|document|decree|footage|tweet|channel|story|constitution)s?$/i],
  ['bare title', /^(the )?(president|minister|prime minister|head of state|spokes(man|woman|person)|leader|chief|secretary|official|commander|ambassador|chancellor|governor|mayor|head|director|moderator)$/i],
  ['fragment', /^(of|the|and|or|in|on|at|to|for|with|by|from|as|but|a|an)\s/i],
  ['cut short', /\s\p{Lu}$/u],
  ['transcript label', /^Q\s/],
  ['line break', /\n/],
];

describe.runIf(existsSync(realtext))('the speaker list after ingesting real texts', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'claimgraph-realtext-'));
  const db = join(tmp, 'ledger.db');
  let speakers: { name: string; quotes: number; spellings?: { name: string }[] }[] = [];
  beforeAll(async () => {
    const ingest = await run(['ingest', realtext, '--db', db]);
    expect(ingest.status, ingest.stderr).toBe(0);
    const listed = await run(['query', 'speakers', '--db', db, '--limit', '100000']);
    expect(listed.status, listed.stderr).toBe(0);
    speakers = listed.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { name: string; quotes: number; spellings?: { name: string }[] });
  }, 600_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('lists the people who speak in these texts', () => {
    const names = new Set(speakers.map((s) => s.name));
    for (const who of ['Volodymyr Zelenskyy', 'Vladimir Putin', 'Andriy Yermak', 'John Kirby']) expect(names.has(who), who).toBe(true);
  });

  it('holds no name that is no speaker', () => {
    const bad = speakers.flatMap((s) => NOT_A_SPEAKER.filter(([, re]) => re.test(s.name.trim())).map(([kind]) => `${s.name} (${kind}, ${s.quotes})`));
    expect(bad).toEqual([]);
  });

  it('keeps one identity for a person written several ways', () => {
    // Spellings these texts give one person each (transliteration, a title, a surname alone).
    for (const variants of [['Mykhailo Podolyak', 'Mykhailo Podoliak'], ['Oleg Ustenko', 'Oleh Ustenko'], ['Vladimir Putin', 'Putin'], ['Volodymyr Zelenskyy', 'Zelenskyy']]) {
      const rows = speakers.filter((s) => variants.some((v) => s.name === v || (s.spellings ?? []).some((x) => x.name === v)));
      expect(rows.map((r) => r.name), variants.join(' / ')).toHaveLength(1);
      const spelled = new Set((rows[0]!.spellings ?? []).map((x) => x.name));
      for (const v of variants) expect(spelled.has(v) || rows[0]!.name === v, v).toBe(true);
    }
  });

  it('keeps letters outside Latin-1 in names', () => {
    expect(speakers.some((s) => /[^\u0000-\u00ff]/.test(s.name) && /\p{L}{3,}$/u.test(s.name))).toBe(true);
  });
});
