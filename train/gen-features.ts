/**
 * Writes src/learn/feature-groups.generated.ts from the template table (src/learn/templates.ts):
 * one function per group, each a loop over the tokens with every template's hash written out
 * inline, as the hand-written groups were (a loop over the table calling a function per template
 * costs a call per feature; see src/learn/README.md for the figures).
 *
 *   npx tsx train/gen-features.ts            # write the file if it changed (npm run build runs this)
 *   npx tsx train/gen-features.ts --check    # exit 1 if the file is not what the table gives
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASE_GROUPS, STACK_GROUP, type Group, type Template } from '../src/learn/templates.ts';

export const GENERATED = resolve(dirname(fileURLToPath(import.meta.url)), '../src/learn/feature-groups.generated.ts');

/** Names the expressions may use that are neither FeatureCtx fields nor locals, and where they come from. */
const IMPORTS: Record<string, string> = {
  BOS: './feature-context.ts', EOS: './feature-context.ts', countBucket: './feature-context.ts',
  distBucket: './feature-context.ts', marginBucket: './feature-context.ts',
  CLASS_OF: './labels.ts', H_AND: './doc-info.ts', H_BUT: './doc-info.ts', H_THAT: './doc-info.ts', H_TO: './doc-info.ts',
};
const BUILTIN = new Set(['Math', 'i', 'o', 't', 'k', 'h']);

/** Identifiers an expression reads (not property names after a dot). */
function identifiers(expr: string): string[] {
  const out: string[] = [];
  for (const m of expr.matchAll(/(?<![.\w$])[A-Za-z_$][\w$]*/g)) out.push(m[0]);
  return out;
}

/** One template's hash into the next slot (h3 of hash.ts, inline: the id is ++t). */
function hashLine(tpl: Template): string {
  const [v1, v2 = '0', v3 = '0'] = tpl.reads;
  return `h = Math.imul(++t ^ Math.imul(${v1}, 0x9e3779b1), 0x85ebca6b); h = Math.imul(h ^ (h >>> 15) ^ (${v2}), 0xc2b2ae35); h = Math.imul(h ^ (h >>> 13) ^ (${v3}), 0x27d4eb2f); f[k++] = (h ^ (h >>> 16)) >>> 2; // ${tpl.name}`;
}

/** Checks a group: names unique, one to three values per template, locals declared once. */
function validate(g: Group): void {
  const seen = new Set<string>();
  const locals = new Set<string>();
  for (const e of g.entries) {
    if (e.kind === 'local') {
      if (locals.has(e.name)) throw new Error(`${g.fn}: local ${e.name} declared twice`);
      locals.add(e.name);
    } else {
      if (seen.has(e.name)) throw new Error(`${g.fn}: template "${e.name}" declared twice`);
      seen.add(e.name);
      if (e.reads.length < 1 || e.reads.length > 3) throw new Error(`${g.fn}: template "${e.name}" reads ${e.reads.length} values (1 to 3)`);
    }
  }
}

/** Template ids per pass: [first-pass id, second-pass id or null] by template, ids from the group's start. */
function numbering(g: Group, firstStart: number, secondStart: number): Map<Template, [number, number | null]> {
  const ids = new Map<Template, [number, number | null]>();
  let a = firstStart, b = secondStart;
  for (const e of g.entries) if (e.kind === 'template') ids.set(e, [++a, e.first ? null : ++b]);
  return ids;
}

function groupCode(g: Group, ids: Map<Template, [number, number | null]>, stacked: boolean): { code: string; uses: Set<string> } {
  validate(g);
  const locals = new Set(g.entries.filter((e) => e.kind === 'local').map((e) => e.name));
  const fields = new Set<string>(['f', 'offs']);
  const uses = new Set<string>();
  for (const e of g.entries) {
    for (const expr of e.kind === 'local' ? [e.is] : e.reads) {
      for (const id of identifiers(expr)) {
        if (locals.has(id) || BUILTIN.has(id)) continue;
        if (id in IMPORTS) uses.add(id);
        else fields.add(id);
      }
    }
  }
  const hasFirst = g.entries.some((e) => e.first);
  const list = g.entries.filter((e): e is Template => e.kind === 'template').map((tpl) => {
    const [x, y] = ids.get(tpl)!;
    return ` *   ${stacked ? `-/${x}` : `${x}/${y ?? '-'}`} ${tpl.name}: ${tpl.reads.join(', ')}`;
  });
  const lines: string[] = [];
  lines.push('/**', ` * ${g.about}`, ' *', ` * Templates (id in the first / second pass: what it reads):`, ...list, ' */');
  lines.push(`export function ${g.fn}(c: FeatureCtx, from: number, to: number, ${hasFirst ? 'full: boolean, ' : ''}t0: number): void {`);
  lines.push(`  const { ${[...fields].sort().join(', ')} } = c;`);
  lines.push('  let h = 0;');
  lines.push('  for (let i = from; i < to; i++) {');
  lines.push('    const o = offs[i]!;');
  lines.push('    if (offs[i + 1] === o) continue;');
  lines.push('    let t = t0;');
  lines.push('    let k = o + t0;');
  let inFirst = false;
  for (const e of g.entries) {
    if (e.first !== inFirst) {
      lines.push(e.first ? '    if (full) {' : '    }');
      inFirst = e.first;
    }
    const pad = inFirst ? '      ' : '    ';
    lines.push(pad + (e.kind === 'local' ? `const ${e.name} = ${e.is};` : hashLine(e)));
  }
  if (inFirst) lines.push('    }');
  lines.push('  }', '}');
  return { code: lines.join('\n'), uses };
}

/** The generated file's text. */
export function generate(): string {
  const full: Record<string, number> = {};
  const light: Record<string, number> = {};
  let nFull = 0, nLight = 0;
  const bodies: string[] = [];
  const uses = new Set<string>();
  for (const g of BASE_GROUPS) {
    const key = g.fn.replace(/Group$/, '');
    full[key] = nFull;
    light[key] = nLight;
    const ids = numbering(g, nFull, nLight);
    const gc = groupCode(g, ids, false);
    bodies.push(gc.code);
    for (const u of gc.uses) uses.add(u);
    for (const [, [, y]] of ids) { nFull++; if (y !== null) nLight++; }
  }
  full.end = nFull;
  light.end = nLight;
  if (STACK_GROUP.entries.some((e) => e.first)) throw new Error('stackGroup: the stacked group runs in the second pass only');
  const stackIds = numbering(STACK_GROUP, nLight, nLight);
  const sc = groupCode(STACK_GROUP, stackIds, true);
  bodies.push(sc.code);
  for (const u of sc.uses) uses.add(u);
  const nStack = stackIds.size;

  const bySource = new Map<string, string[]>();
  for (const u of [...uses].sort()) bySource.set(IMPORTS[u]!, [...(bySource.get(IMPORTS[u]!) ?? []), u]);
  if (!bySource.has('./feature-context.ts')) bySource.set('./feature-context.ts', []);
  const imports = [...bySource].sort(([x], [y]) => x.localeCompare(y)).map(([src, names]) =>
    `import { ${[...names, ...(src === './feature-context.ts' ? ['type FeatureCtx'] : [])].join(', ')} } from '${src}';`);
  const layout = (o: Record<string, number>) => `{ ${Object.entries(o).map(([k, v]) => `${k}: ${v}`).join(', ')} }`;
  return [
    '// GENERATED by train/gen-features.ts from src/learn/templates.ts (npm run build): do not edit.',
    '// The feature groups, one loop over the tokens each, every template hashed inline.',
    ...imports,
    '',
    '/** Where each base group starts in the first pass (every base template) and the end (base templates per token). */',
    `export const FIRST_PASS_LAYOUT = ${layout(full)} as const;`,
    '/** The same in the second pass (the lighter base set), before its stacked templates. */',
    `export const SECOND_PASS_LAYOUT = ${layout(light)} as const;`,
    '/** Stacked templates per token (the second pass). */',
    `export const N_STACK = ${nStack};`,
    '',
    bodies.join('\n\n'),
    '',
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = generate();
  let old = '';
  try { old = readFileSync(GENERATED, 'utf8'); } catch { /* first run */ }
  if (process.argv.includes('--check')) {
    if (old !== text) {
      console.error(`gen-features: ${GENERATED} is not what src/learn/templates.ts gives; run npx tsx train/gen-features.ts`);
      process.exit(1);
    }
  } else if (old !== text) {
    writeFileSync(GENERATED, text); // only when changed, so that dist/ does not look stale for nothing
    console.log(`gen-features: wrote ${GENERATED}`);
  }
}
