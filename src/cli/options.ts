import { ClaimgraphError } from '../model/errors.ts';

/**
 * A whole-number option (`--limit 20`): its value, `fallback` when absent, or one usage line
 * naming the option. `what` ends the message (`articles` in "a whole number of articles").
 */
export function wholeNumber(name: string, raw: string | undefined, fallback: number, min: number, what = ''): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  // Past 2^53 a number is no longer exact (and SQLite would get a float where it needs an integer).
  if (!Number.isSafeInteger(n) || n < min || !/^\s*\+?\d+\s*$/.test(raw)) {
    throw new ClaimgraphError('E_USAGE', `--${name} must be a whole number${what ? ` of ${what}` : ''} from ${min} to ${Number.MAX_SAFE_INTEGER}, got ${JSON.stringify(raw)}`);
  }
  return n;
}
