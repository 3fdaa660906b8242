// Which entry point bin/claimgraph runs. `npm run build` (run by `npm ci` through `prepare`)
// compiles src/ to dist/ so that a run does not pay for transpiling TypeScript; the compiled CLI
// is used only while it is at least as new as every source file, so an edit is never hidden by a
// stale build: after one, the CLI runs from source through tsx until the next build.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** dist/cli/main.js when dist/ is complete and current; null otherwise. */
export function compiledMain(root) {
  if (process.env.CLAIMGRAPH_FROM_SOURCE === '1') return null;
  const src = join(root, 'src');
  const dist = join(root, 'dist');
  let files;
  try {
    files = readdirSync(src, { recursive: true });
  } catch {
    return null;
  }
  for (const file of files) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts') || file.endsWith('.d.ts')) continue;
    // The web UI's source is bundled by Vite into dist/web, not compiled file by file: the CLI never runs it.
    if (file.startsWith('web/') || file.startsWith(`web\\`)) continue;
    const built = statSync(join(dist, file.slice(0, -3) + '.js'), { throwIfNoEntry: false });
    if (!built || built.mtimeMs < statSync(join(src, file)).mtimeMs) return null;
  }
  return join(dist, 'cli', 'main.js');
}
