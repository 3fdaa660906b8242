import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { ClaimgraphError } from '../model/errors.ts';

/**
 * The one way a command reads its config file: JSON (`.json`) or YAML (`.yaml`, `.yml`; any other
 * name is read as YAML, which takes JSON too), then checked with the command's zod schema. Every
 * problem is one line naming the file and, for a bad value, the field (`port: ...`); the caller's
 * ClaimgraphError makes it an exit status of 1. `what` names the config in messages ("serve config").
 */
export async function readConfigFile(file: string, what: string): Promise<unknown> {
  const text = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new ClaimgraphError('E_INPUT_MISSING', `cannot read the ${what}: ${e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'a directory, not a file' : e.message}`, { file });
  });
  if (extname(file).toLowerCase() === '.json') {
    try {
      return JSON.parse(text) as unknown;
    } catch (e) {
      throw new ClaimgraphError('E_INPUT_JSON', `the ${what} is not JSON: ${(e as Error).message}`, { file });
    }
  }
  try {
    // Aliases expand to at most 100 nodes each way (the package's default guards against "billion laughs").
    return parseYaml(text, { prettyErrors: false, maxAliasCount: 100 }) as unknown;
  } catch (e) {
    throw new ClaimgraphError('E_INPUT_JSON', `the ${what} is not YAML (or JSON): ${(e as Error).message.split('\n')[0]}`, { file });
  }
}

/** `value` checked with `schema`; else one line with every problem by field: `bad serve config: port: ...`. */
export function checkConfig<S extends z.ZodType>(schema: S, value: unknown, file: string, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(top)'}: ${i.message}`);
  throw new ClaimgraphError('E_INPUT_FIELD', `bad ${what}: ${issues.join('; ')}`, { file });
}

/** Reads and checks a config file in one step. */
export async function loadConfigFile<S extends z.ZodType>(schema: S, file: string, what: string): Promise<z.output<S>> {
  return checkConfig(schema, await readConfigFile(file, what), file, what);
}
