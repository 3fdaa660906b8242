import { ClaimgraphError } from '../model/errors.ts';

/** Where an error happened, when the error itself does not say: the file and the document. */
export interface Where {
  readonly file?: string;
  readonly id?: string;
}

/**
 * One line, safe on a terminal: file names and bad input echoed in messages are untrusted, so every
 * control character (escape sequences that clear the screen or set the title, bells, C1 controls)
 * and bidirectional override is shown as its escape (`\x1b`) instead of reaching the terminal.
 */
export const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ').replace(/\t/g, ' ').trim()
  .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });

/** node:util parseArgs rejects unknown or malformed options with these codes. */
export function isUsageError(e: unknown): e is Error {
  return e instanceof Error && String((e as NodeJS.ErrnoException).code ?? '').startsWith('ERR_PARSE_ARGS');
}

/** 1 for bad input or misuse, 2 for anything else (a bug). */
export function exitStatus(e: unknown): 1 | 2 {
  return e instanceof ClaimgraphError || isUsageError(e) ? 1 : 2;
}

/**
 * The one line the CLI prints for an error, without the `claimgraph: ` prefix:
 * `FILE:LINE: message` for bad input; `FILE: document ID: internal error: ...` for a bug.
 */
export function describeError(error: unknown, where: Where = {}, debug = false): string {
  if (error instanceof ClaimgraphError) return oneLine(error.describe());
  if (isUsageError(error)) return oneLine(`${error.message} (see 'claimgraph --help')`);
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const place = [where.file, where.id !== undefined ? `document ${where.id}` : undefined].filter(Boolean).join(': ');
  const hint = debug ? '' : ' (CLAIMGRAPH_DEBUG=1 shows the stack)';
  return oneLine(`${place ? place + ': ' : ''}internal error: ${message}${hint}`);
}
