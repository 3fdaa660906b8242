import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { ClaimgraphError } from '../model/errors.ts';
import { fsError } from './text-file.ts';

export const INPUT_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.jsonl', '.html', '.htm', '.xhtml', '.xml', '.rss', '.atom', '.rdf']);

/**
 * Every input file (.txt, .jsonl, HTML pages, feeds) under `dir`, recursively, as paths that start with `dir`, sorted
 * by their path inside it. Hidden entries (`.git`, `.DS_Store`) are skipped; symbolic links are
 * followed, each real directory once. A link that leads nowhere (dangling, or a loop of links) is
 * skipped and, when it has an input's extension or none, told to `onSkip`.
 */
export async function listInputFiles(dir: string, onSkip?: (error: ClaimgraphError) => void): Promise<string[]> {
  const out: { rel: string; path: string }[] = [];
  const seen = new Set<string>();
  async function walk(abs: string, rel: string): Promise<void> {
    const real = await realpath(abs).catch((e: unknown) => { throw fsError(e, abs); });
    if (seen.has(real)) return;
    seen.add(real);
    const entries = await readdir(abs, { withFileTypes: true }).catch((e: unknown) => { throw fsError(e, abs); });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(abs, entry.name);
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = await stat(path).catch((e: NodeJS.ErrnoException) => {
          const ext = extname(entry.name).toLowerCase();
          if (onSkip && (ext === '' || INPUT_EXTENSIONS.has(ext))) {
            const why = e.code === 'ELOOP' ? 'a loop of symbolic links' : e.code === 'ENOENT' ? 'a symbolic link to nothing (its target does not exist)' : `a symbolic link that cannot be followed (${e.code ?? e.message})`;
            onSkip(new ClaimgraphError('E_INPUT_MISSING', `${why}; skipped`, { file: path }));
          }
          return null;
        });
        isDir = target?.isDirectory() ?? false;
        isFile = target?.isFile() ?? false;
      }
      if (isDir) await walk(path, relPath);
      else if (isFile && INPUT_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push({ rel: relPath, path });
    }
  }
  await walk(dir, '');
  return out.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0)).map((f) => f.path);
}
