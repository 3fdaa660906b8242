import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listInputFiles } from './directory.ts';
import { expectInputError, tempDir } from '../../test/helpers/ingest.ts';

const dir = tempDir();
afterAll(dir.remove);

describe('listInputFiles', () => {
  it('lists .txt and .jsonl files recursively, sorted by their path in the directory', async () => {
    for (const name of ['b.txt', 'a.jsonl', 'A.TXT', 'notes.md', '.hidden.txt', 'sub/z.txt', 'sub/deeper/a.txt', '.git/x.txt', 'sub2/c.jsonl']) {
      dir.write(join('tree', name), 'text');
    }
    const files = await listInputFiles(join(dir.root, 'tree'));
    expect(files.map((f) => f.slice(join(dir.root, 'tree').length + 1))).toEqual([
      'A.TXT', 'a.jsonl', 'b.txt', 'sub/deeper/a.txt', 'sub/z.txt', 'sub2/c.jsonl',
    ]);
  });

  it('follows symbolic links, and a link back up only once', async () => {
    dir.write('linked/real/one.txt', 'text');
    symlinkSync(join(dir.root, 'linked/real'), join(dir.root, 'linked/alias'));
    symlinkSync(join(dir.root, 'linked'), join(dir.root, 'linked/real/loop'));
    const files = await listInputFiles(join(dir.root, 'linked'));
    expect(files.map((f) => f.slice(join(dir.root, 'linked').length + 1))).toEqual(['alias/one.txt']);
  });

  it('refuses a directory that does not exist', async () => {
    const path = join(dir.root, 'missing');
    await expectInputError(listInputFiles(path), 'E_INPUT_MISSING', `${path}: no such file or directory`);
  });
});
