import type { Doc } from '../../model/doc.ts';
import { isCapitalized } from '../../analyze/lookup.ts';

/** The longest role glued to a repetition before its colon, in tokens. */
const MAX_TAIL = 14;

/**
 * Scraped Kremlin transcripts repeat a speaker label's name reversed and glued to the role
 * (`Defence Minister Sergei Shoigu Shoigu SergeiDefence Minister:`, `Dmitry Rogozin Rogozin
 * Dmitry:`): the tooltip of the name, page furniture inside the line. Marks (1) the repetition and
 * the role glued to it, up to the label's colon, so that the name runs of the entities and speaker
 * stages end before it: the person is `Sergei Shoigu`. A repetition is a token that says the word
 * before it again, capitalized, whose next token starts with the word before those two (the first
 * name). One pass: linear.
 */
export function repeatedLabelTails(doc: Doc): Uint8Array {
  // The entities and speaker stages both ask: found once per Doc.
  const known = tailsOf.get(doc);
  if (known) return known;
  const n = doc.tokens.length;
  const out = new Uint8Array(n);
  for (let k = 2; k + 1 < n; k++) {
    const first = doc.lower[k - 2]!;
    if (doc.lower[k] !== doc.lower[k - 1] || !isCapitalized(doc.tokens[k]!) || first.length < 2 || !/^\p{L}/u.test(first)
      || !doc.lower[k + 1]!.startsWith(first) || doc.tokSentence[k - 2] !== doc.tokSentence[k + 1]) continue;
    let end = k + 2;
    for (let j = k + 2; j < n && j < k + MAX_TAIL && doc.tokSentence[j] === doc.tokSentence[k]; j++) {
      if (doc.tokens[j] === ':') { end = j; break; }
    }
    out.fill(1, k, end);
    k = end - 1;
  }
  tailsOf.set(doc, out);
  return out;
}

const tailsOf = new WeakMap<Doc, Uint8Array>();
