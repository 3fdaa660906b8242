import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import { BLAME_SHIFTING, NOUN_MARKERS } from '../lexicon/claims.ts';
import type { Cue } from './01-find-cues.ts';

/** Step 1's cues of blame: `X accused Y of ...`, `X blames Y for ...`, `pointing to X as the reason for Y`, and their denials (`not because of us`, `pin the blame on someone else`). */

/** `is accused`, `was blamed`: the auxiliaries of a passive (also: `was denied` is no denial by the subject). */
export const PASSIVE_AUX: ReadonlySet<string> = new Set(['was', 'were', 'been', 'be', 'being', 'is', 'are']);

const CAUSE_REACH = 14;
const CAUSE_NOUNS: ReadonlySet<string> = new Set(['reason', 'cause', 'culprit']);
const SPEAKING_PARTIES: ReadonlySet<string> = new Set(['us', 'me', 'russia', 'ukraine', 'kyiv', 'moscow']);

/**
 * `[they] are pointing to the sanctions ... as the reason for the deterioration`: an accusation (the
 * words after `to`, the claimant the subject), `as` held in `copula`. `Prices are rising, but not
 * because of us`: the speaking party denies being the cause (`rebut-unrelated`, answered like `We have
 * nothing to do with that`). A cause in general (`because of the war`) is neither.
 */
export function causeCue(doc: Doc, i: number, sentStart: number, sentEnd: number): Cue | null {
  const { lower } = doc;
  if (lower[i] === 'because') {
    if (lower[i - 1] !== 'not' || lower[i + 1] !== 'of' || i - 1 < sentStart) return null;
    const party = i + 2;
    if (party >= sentEnd || !SPEAKING_PARTIES.has(lower[party]!)) return null;
    if (party + 1 < sentEnd && doc.tokPos[party + 1] !== POS.PUNCT && doc.tokPos[party + 1] !== POS.CCONJ) return null;
    return { kind: 'rebut-unrelated', start: i - 1, end: party + 1, copula: -1 };
  }
  if (lower[i + 1] !== 'to' || doc.tokPos[i] !== POS.VERB) return null;
  for (let k = i + 2; k < sentEnd && k <= i + CAUSE_REACH; k++) {
    if (lower[k] === 'as' && lower[k + 1] === 'the' && CAUSE_NOUNS.has(lower[k + 2] ?? '')) return { kind: 'accusation', start: i, end: i + 2, copula: k };
    if (lower[k] === ';' || lower[k] === '.') return null;
  }
  return null;
}

const ACCUSATION_REACH = 10;
const NEGATED_BEFORE: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no']);

/**
 * `X accused Y of ...`, `X blames Y for ...`, `attempts to blame Russia for ...`, and the passive `Y is
 * (being groundlessly) accused (by X) of ...`. Not a noun (`the blame`), not negated (`do not accuse
 * our country of ...`), and the `of`/`for` must come within a few words.
 */
export function accusation(doc: Doc, i: number, sentStart: number, sentEnd: number): Cue | null {
  const { lower, tokPos } = doc;
  const prev = i > sentStart ? i - 1 : -1;
  // `another attempt to pin the blame on someone else`: the speaker disputes the accusation; not negated, not a wish (`do not shift the blame`).
  if (lower[i] === 'blame' && lower[prev] === 'the' && BLAME_SHIFTING.has(lower[i - 2] ?? '') && lower[i + 1] === 'on') {
    for (let k = Math.max(sentStart, i - 6); k < i; k++) if (NEGATED_BEFORE.has(lower[k]!)) return null;
    return { kind: 'rebut-unrelated', start: i - 2, end: i + 1, copula: -1 };
  }
  // `the blame`, `shift the blame on us`: a noun.
  if (prev >= 0 && (tokPos[prev] === POS.DET || tokPos[prev] === POS.ADJ || NOUN_MARKERS.has(lower[prev]!))) return null;
  for (let k = Math.max(sentStart, i - 3); k < i; k++) if (NEGATED_BEFORE.has(lower[k]!)) return null;
  const blame = lower[i]!.startsWith('blam');
  const preposition = blame ? 'for' : 'of';
  let at = -1;
  for (let k = i + 1; k < sentEnd && k <= i + ACCUSATION_REACH; k++) {
    if (lower[k] === preposition) { at = k; break; }
    if (tokPos[k] === POS.PUNCT && lower[k] !== '-' && lower[k] !== '—') break;
  }
  if (at < 0) return null;
  let b = i - 1;
  while (b > sentStart && tokPos[b] === POS.ADV) b--;
  const passive = b >= sentStart && PASSIVE_AUX.has(lower[b]!) && lower[i]!.endsWith('ed');
  return { kind: passive ? 'accusation-passive' : 'accusation', start: i, end: i + 1, copula: at };
}
