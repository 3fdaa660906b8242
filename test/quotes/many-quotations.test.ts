import { execFile } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Issue 16: a document at the 10 MB cap holds 180,000 quotations or more, and `list.push(...all)`
 * passes each as an argument on the stack, which overflows past about 120,000 (RangeError: Maximum
 * call stack size exceeded, in the quotes stage at 8 MB of `said Andrii Hnatov` repeated). Here the
 * child's stack is made ten times smaller (120 KB), so 20,000 quotations cross that line in a few
 * seconds instead of a 10 MB run; every stage of the pipeline runs on them.
 */
describe('a document with more quotations than arguments fit on the stack', () => {
  it('extracts every one of 20,000 quotations, on a 120 KB stack', async () => {
    const script = `
      import { extractDocument } from ${JSON.stringify(resolve(root, 'src/extract/pipeline.ts'))};
      import { makeDocument } from ${JSON.stringify(resolve(root, 'src/model/index.ts'))};
      const { extraction } = extractDocument(makeDocument({ id: 'many', text: '"We hold," he said. '.repeat(20000) }));
      console.log(JSON.stringify({ quotes: extraction.quotes.length, claims: extraction.claims.length }));`;
    const out = await new Promise<string>((done, fail) => execFile(process.execPath, ['--stack-size=120', '--import', 'tsx', '--input-type=module', '-e', script],
      { cwd: root, maxBuffer: 1 << 20 }, (e, stdout, stderr) => (e ? fail(new Error(`${e.message}\n${stderr.slice(0, 2000)}`)) : done(stdout))));
    const counts = JSON.parse(out.trim().split('\n').at(-1)!) as { quotes: number; claims: number };
    expect(counts.quotes).toBe(20000);
    expect(counts.claims).toBeGreaterThan(0);
  }, 180_000);
});
