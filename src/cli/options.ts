import { ClaimgraphError } from '../model/errors.ts';

/**
 * A whole-number option (`--limit 20`): its value, `fallback` when absent, or one usage line
 * naming the option. `what` ends the message (`articles` in "a whole number of articles").
 */
export function wholeNumber(name: string, raw: string | undefined, fallback: number, min: number, what = ''): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new ClaimgraphError('E_USAGE', `--${name} must be a whole number${what ? ` of ${what}` : ''}, got ${JSON.stringify(raw)}`);
  return n;
}
