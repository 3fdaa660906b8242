import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import type { ClaimgraphError } from '../model/errors.ts';
import { readInputs } from './index.ts';
import { collect, expectInputError, tempDir } from '../../test/helpers/ingest.ts';

const dir = tempDir();
afterAll(dir.remove);

const corpus = join(dir.root, 'corpus');
dir.write('corpus/2024/06/crossing.txt', 'date 2024-06-03 "We crossed," she said.');
dir.write('corpus/2024/06/empty.txt', '');
dir.write('corpus/2024/wire.jsonl', '{"id":"w1","text":"one"}\n{"id":"w2","text":2}\n{"id":"w3","text":"three"}\n');
dir.write('corpus/README.md', 'not an input');
dir.write('corpus/a.txt', 'First, by name.');

describe('readInputs', () => {
  it('reads files, directories and standard input in order; ids inside a directory are relative paths', async () => {
    const single = dir.write('single.txt', 'Alone.');
    const stdin = Readable.from([Buffer.from('{"id":"s1","text":"from stdin"}\n')]);
    const errors: string[] = [];
    const docs = await collect(readInputs([single, corpus, '-'], { stdin, onError: (e) => errors.push(e.describe()) }));
    // No input here names its outlet, so no document has a source (a file path is not an outlet).
    expect(docs.map((d) => [d.id, d.text, d.source])).toEqual([
      ['single', 'Alone.', null],
      ['2024/06/crossing', '"We crossed," she said.', null],
      ['w1', 'one', null],
      ['w3', 'three', null],
      ['a', 'First, by name.', null],
      ['s1', 'from stdin', null],
    ]);
    expect(errors).toEqual([
      `${join(corpus, '2024/06/empty.txt')}: file is empty`,
      `${join(corpus, '2024/wire.jsonl')}:2: "text" must be a string, got number`,
    ]);
  });

  it('throws the first bad input without onError', async () => {
    await expectInputError(collect(readInputs([corpus])), 'E_INPUT_EMPTY', `${join(corpus, '2024/06/empty.txt')}: file is empty`);
  });

  it('reports a missing path and goes on', async () => {
    const errors: ClaimgraphError[] = [];
    const docs = await collect(readInputs([join(dir.root, 'nope.txt'), join(corpus, 'a.txt')], { onError: (e) => errors.push(e) }));
    expect(docs.map((d) => d.id)).toEqual(['a']);
    expect(errors.map((e) => e.code)).toEqual(['E_INPUT_MISSING']);
  });

  it('refuses a directory without inputs', async () => {
    const empty = join(dir.root, 'no-inputs');
    dir.write('no-inputs/notes.md', 'x');
    await expectInputError(collect(readInputs([empty])), 'E_INPUT_EMPTY', `${empty}: directory holds no .txt, .jsonl, .html or feed files`);
  });

  it('takes empty standard input as no documents', async () => {
    expect(await collect(readInputs(['-'], { stdin: Readable.from([]) }))).toEqual([]);
  });
});
