import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import { isCapitalized, isQuestionLabel } from '../../analyze/lookup.ts';
import { WEEKDAYS } from '../dates/words.ts';
import { MONTHS } from '../lexicon/months.ts';
import { NAME_PARTICLES } from '../lexicon/titles-entities.ts';
import { repeatedLabelTails } from '../speakers/repeated-label.ts';
import { opensTitleChain } from '../speakers/title-chain.ts';

/** A run of capitalized name tokens [ts, te), before it is split into title and name and classified. */
export interface NameRun {
  readonly ts: number;
  readonly te: number;
}

const glued = (doc: Doc, a: number) => doc.tokEnd[a] === doc.tokStart[a + 1];

/** A token that can be part of a name: capitalized, a letter in it, tagged a name or (away from a sentence start) a noun-like word. */
export function isNameToken(doc: Doc, i: number): boolean {
  if (isQuestionLabel(doc.text, doc.tokens, doc.tokEnd, i)) return false;
  const t = doc.tokens[i]!;
  // A capitalized token starts with a cased letter: no need to look for one.
  if (!isCapitalized(t) || t === 'I') return false;
  const l = doc.lower[i]!;
  if (MONTHS.has(l) || WEEKDAYS.has(l)) return false;
  const p = doc.tokPos[i]!;
  if (p === POS.PROPN) return true;
  if (i === doc.sentStartTok[doc.tokSentence[i]!]) return opensTitleChain(doc, i);
  return p === POS.NOUN || p === POS.ADJ || p === POS.VERB || p === POS.ADV || p === POS.X;
}

/** `von`, `der`, `al` (`al-Assad`), inside a name: only between name tokens. */
function particleAt(doc: Doc, k: number, isName: Uint8Array): number {
  let e = k;
  while (e < doc.tokens.length && e - k < 3 && NAME_PARTICLES.has(doc.lower[e]!)) {
    e++;
    if (doc.tokens[e] === '-' && glued(doc, e - 1) && glued(doc, e)) e++;
  }
  return e > k && e < doc.tokens.length && isName[e] === 1 ? e : -1;
}

/**
 * Runs of name tokens in one pass, inside quotations too: `Ursula von der Leyen`,
 * `Bashar al-Assad`, `Jean-Claude Juncker`, `Armed Forces of Ukraine`. `of`/`for` (and `the`)
 * join only when the next word is a name too; whether they stay is decided by the classifier.
 * A possessive ends a run (`Russia's Defense Ministry` is two).
 */
export function findNameRuns(doc: Doc): NameRun[] {
  const runs: NameRun[] = [];
  const n = doc.tokens.length;
  const isName = new Uint8Array(n);
  const tails = repeatedLabelTails(doc);
  for (let k = 0; k < n; k++) if (!tails[k] && isNameToken(doc, k)) isName[k] = 1;
  let i = 0;
  while (i < n) {
    if (isName[i] !== 1) { i++; continue; }
    const sent = doc.tokSentence[i]!;
    let e = i + 1;
    while (e < n && doc.tokSentence[e] === sent && e - i < 16) {
      if (isName[e] === 1) { e++; continue; }
      // `Jean-Claude`, `Al-Qaeda`: a hyphen with no space either side.
      if (doc.tokens[e] === '-' && glued(doc, e - 1) && glued(doc, e) && e + 1 < n && isName[e + 1] === 1) { e += 2; continue; }
      const p = particleAt(doc, e, isName);
      if (p > 0) { e = p; continue; }
      const l = doc.lower[e]!;
      if ((l === 'of' || l === 'for') && e + 1 < n) {
        const k = doc.lower[e + 1] === 'the' ? e + 2 : e + 1;
        if (k < n && isName[k] === 1) { e = k; continue; }
      }
      break;
    }
    runs.push({ ts: i, te: e });
    i = e;
  }
  return runs;
}
