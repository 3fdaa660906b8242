import { Readable, Writable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { ClaimgraphError } from '../../model/errors.ts';
import { extract } from './extract.ts';

// The one way to reach the bug path: a document on which extraction throws.
vi.mock('../../extract/pipeline.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../extract/pipeline.ts')>();
  return {
    ...real,
    extractDocument: (d: Parameters<typeof real.extractDocument>[0]) => {
      if (d.id === 'boom') throw new RangeError('index out of range');
      return real.extractDocument(d);
    },
  };
});

async function run(argv: string[], stdin = '') {
  let stdout = '';
  const reported: { error: unknown; where?: object }[] = [];
  const out = new Writable({ write(chunk, _enc, done) { stdout += String(chunk); done(); } });
  const status = await extract(argv, {
    stdin: Readable.from(stdin ? [Buffer.from(stdin)] : []),
    stdout: out,
    report: (error, where) => reported.push({ error, where }),
  });
  return { status, stdout, reported };
}

const line = (o: object) => JSON.stringify(o) + '\n';
const docs = [
  { id: 'a', text: '"We hold," she said.', date: '2025-01-02' },
  { id: 'b', text: 'Nothing quoted here.', date: null },
  { id: 'c', text: 'Officials said more than 40 drones were shot down.', date: '2025-01-03' },
];
const jsonl = docs.map(line).join('');

describe('extract', () => {
  it('writes one evaluation record per document with --jsonl', async () => {
    const { status, stdout, reported } = await run(['--jsonl'], jsonl);
    expect([status, reported]).toEqual([0, []]);
    const records = stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(records.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    for (const r of records) expect(Object.keys(r)).toEqual(['id', 'date', 'quotes', 'quantities', 'entities', 'places', 'equipment', 'dates', 'claims', 'rebuttals']);
  });

  it('prints one document as an object and several as an array, pretty', async () => {
    const one = await run(['-'], line(docs[0]!));
    // A JSON line without `source` names no outlet (not `<stdin>`).
    expect(JSON.parse(one.stdout)).toMatchObject({ id: 'a', date: '2025-01-02', source: null });
    const several = await run(['-'], jsonl);
    expect(several.stdout).toMatch(/^\[\n {2}\{\n {4}"id": "a",/);
    expect(JSON.parse(several.stdout).map((d: { id: string }) => d.id)).toEqual(['a', 'b', 'c']);
  });

  it('prints one line per document with --compact', async () => {
    const { stdout } = await run(['--compact', '-'], jsonl);
    expect(stdout.trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'b', 'c']);
  });

  it('reports a bad line, keeps the others, and returns 1', async () => {
    const { status, stdout, reported } = await run(['--jsonl'], line(docs[0]!) + '{"id": 1, "text": [1]}\n' + line(docs[2]!));
    expect(status).toBe(1);
    expect(stdout.trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'c']);
    expect(reported.map((r) => (r.error as ClaimgraphError).describe())).toEqual(['<stdin>:2: "text" must be a string, got an array']);
  });

  it('reports a bug on one document with its id, keeps the others, and returns 2', async () => {
    const { status, stdout, reported } = await run(['--jsonl'], line(docs[0]!) + line({ id: 'boom', text: 'x' }) + line(docs[1]!));
    expect(status).toBe(2);
    expect(stdout.trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'b']);
    expect(reported).toHaveLength(1);
    expect(reported[0]!.error).toBeInstanceOf(RangeError);
    expect(reported[0]!.where).toEqual({ id: 'boom' });
  });

  it('refuses to run without inputs, unless reading JSON Lines from standard input', async () => {
    await expect(run([])).rejects.toMatchObject({ code: 'E_USAGE' });
    expect(await run(['--jsonl'])).toEqual({ status: 0, stdout: '', reported: [] });
  });
});
