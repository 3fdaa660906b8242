import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import { isCapitalized, tokenAtOrAfter, tokenEndBefore } from '../../analyze/lookup.ts';
import { afterQuoteCueOf, cueOf, isParticiple, labelCueOf } from '../lexicon/cue-verbs.ts';
import { isQuoteMark, phraseEndingAt, phraseStartingAt, type SourcePhrase } from '../speakers/find-source.ts';
import type { MarkedSpan } from './01-pair-marks.ts';
import { namingNounBefore } from './04-reject-non-speech.ts';

/** Where a quotation's attribution was found, before the speaker is resolved. */
export interface Attribution {
  readonly cue: number;
  /** One past the cue's last token (`according to` is two tokens). */
  readonly cueEnd: number;
  readonly source: SourcePhrase;
  /** Tokens of the addressee phrase after a `tell` verb. */
  readonly addressee: readonly [number, number] | null;
  /** `after`: `"...," he said`; `before`: `He said: "..."`. */
  readonly side: 'after' | 'before';
  readonly rule: string;
}

/** Tokens [first, end) of a marked span. */
export function markTokens(doc: Doc, m: MarkedSpan): [number, number] {
  return [tokenAtOrAfter(doc, m.start), tokenEndBefore(doc, m.end)];
}

export function tokenMaskOf(doc: Doc, marks: readonly MarkedSpan[]): Uint8Array {
  const mask = new Uint8Array(doc.tokens.length);
  for (const m of marks) {
    const [s, e] = markTokens(doc, m);
    mask.fill(1, s, e);
  }
  return mask;
}

const MAX_GAP_AFTER = 2;

/** `"...," he said` / `"...," said Hnatov` / `"...," Hnatov told Newsmax`. */
export function attributionAfter(doc: Doc, quoteEnd: number, inside: Uint8Array): Attribution | null {
  const n = doc.tokens.length;
  if (quoteEnd >= n) return null;
  const para = doc.tokParagraph[quoteEnd - 1]!;
  let j = quoteEnd;
  while (j < n && (doc.tokens[j] === ',' || doc.tokens[j] === '—' || doc.tokens[j] === '–') && j - quoteEnd < MAX_GAP_AFTER) j++;
  const limit = Math.min(n, j + 10);
  for (let c = j; c < limit; c++) {
    if (inside[c] || doc.tokParagraph[c] !== para) return null;
    const t = doc.tokens[c]!;
    if (t === '.' || t === '!' || t === '?' || t === ';') return null;
    const phrasal = afterQuoteCueOf(doc.lower[c]!, doc.lower[c + 1]);
    const cue = cueOf(doc.lower[c]!) ?? phrasal;
    if (!cue) continue;
    // `summed up`, `pointed out`: the particle belongs to the cue.
    const cueEnd = phrasal ? c + 2 : c + 1;
    if (c === j) {
      const source = phraseStartingAt(doc, cueEnd, Math.min(n, cueEnd + 11));
      if (source && !inside[source.start]) return { cue: c, cueEnd, source, addressee: addresseeAfter(doc, cue.lemma, source.end), side: 'after', rule: 'quotes/after-inverted' };
      return null;
    }
    const source = phraseEndingAt(doc, c, j);
    if (source && source.start === j) {
      return { cue: c, cueEnd, source, addressee: addresseeAfter(doc, cue.lemma, cueEnd), side: 'after', rule: 'quotes/after' };
    }
  }
  return null;
}

/**
 * The nearest cue before the quote in its sentence whose subject we can find:
 * `Hnatov emphasized, "..."`, `he said, adding that Ukraine requires "..."`.
 * A sentence that ends in `said:` right before a quoting paragraph counts as well.
 */
export function attributionBefore(doc: Doc, quoteStart: number, inside: Uint8Array): Attribution | null {
  const sent = doc.tokSentence[quoteStart]!;
  const floor = doc.sentStartTok[sent]!;
  for (let c = quoteStart - 1; c >= floor; c--) {
    // Another quotation in between has its own attribution; this one does not reach across it.
    if (inside[c]) break;
    const found = attributionAtCue(doc, c, floor, inside);
    if (found) return found;
  }
  // `He said:` closing the previous sentence or paragraph.
  if (floor > 0 && doc.tokens[floor - 1] === ':' ) {
    const prevSent = doc.tokSentence[floor - 1]!;
    const prevFloor = doc.sentStartTok[prevSent]!;
    for (let c = floor - 2; c >= prevFloor && c >= floor - 6; c--) {
      const found = attributionAtCue(doc, c, prevFloor, inside);
      if (found) return found;
    }
    // `Savchuk addressed the parliament on Friday:` then a quoting paragraph: whoever the
    // introduction is about speaks, whatever its verb.
    if (doc.tokParagraph[quoteStart] !== doc.tokParagraph[floor - 1]) return introductionSubject(doc, prevFloor, floor - 1, inside);
  }
  return null;
}

/** The subject of an introducing sentence `[start, colon)` that opens with a name and its verb. */
function introductionSubject(doc: Doc, start: number, colon: number, inside: Uint8Array): Attribution | null {
  if (!isCapitalized(doc.tokens[start]!) && doc.tokPos[start] !== POS.DET) return null;
  const source = phraseStartingAt(doc, start, colon);
  if (!source || inside[source.start]) return null;
  const verb = source.apposition ? source.apposition[1] + 1 : source.end;
  if (verb >= colon || doc.tokPos[verb] !== POS.VERB) return null;
  if (!source.apposition && !isCapitalized(doc.tokens[source.end - 1]!)) return null;
  // A speech verb far from the colon (`told reporters at a briefing in Kyiv on Wednesday:`) keeps its addressee.
  const spoken = attributionAtCue(doc, verb, start, inside);
  if (spoken && spoken.source.start === source.start) return spoken;
  return { cue: verb, cueEnd: verb + 1, source, addressee: null, side: 'before', rule: 'quotes/colon-introduction' };
}

/** The attribution whose cue is token `c`, if its source can be found to its left, or inherited. */
export function attributionAtCue(doc: Doc, c: number, floor: number, inside: Uint8Array): Attribution | null {
  const lower = doc.lower[c]!;
  if (lower === 'according' && doc.lower[c + 1] === 'to') {
    const source = phraseStartingAt(doc, c + 2, Math.min(doc.tokens.length, c + 12));
    return source ? { cue: c, cueEnd: c + 2, source, addressee: null, side: 'before', rule: 'quotes/according-to' } : null;
  }
  const cue = cueOf(lower) ?? labelCueOf(lower);
  if (!cue) return null;
  // `the United States’ continued support`, `Field Notes`: a capital inside a sentence is a name's.
  if (c > doc.sentStartTok[doc.tokSentence[c]!]! && /^\p{Lu}/u.test(doc.tokens[c]!) && !isQuoteMark(doc.tokens[c - 1]!)) return null;
  // `in its own daily report, said ...`: a cue word used as a noun, closing its phrase, is no cue.
  if (doc.tokPos[c] === POS.NOUN && c > floor && (doc.tokPos[c - 1] === POS.ADJ || doc.tokPos[c - 1] === POS.DET || doc.tokPos[c - 1] === POS.PRON)
    && (doc.tokens[c + 1] === ',' || doc.tokens[c + 1] === '.')) return null;
  // `a Telegram channel called "Shot Down Again"`: naming, nobody speaks.
  if (lower === 'called' && isQuoteMark(doc.tokens[c + 1] ?? '') && namingNounBefore(doc, c)) return null;
  // `continued to fight`, `continued their exchange of views`, `the United States' continued
  // support` are not speech; `he continued, "..."`, `he continued: ...`, `," he continued.` are.
  if (cue.lemma === 'continue' && !/^(?:[,:.!?;]|that)$/.test(doc.lower[c + 1] ?? '.') && !isQuoteMark(doc.tokens[c + 1]!)) return null;
  const source = phraseEndingAt(doc, c, floor);
  if (source && !inside[source.start]) {
    return { cue: c, cueEnd: c + 1, source, addressee: addresseeAfter(doc, cue.lemma, c + 1), side: 'before', rule: 'quotes/before' };
  }
  // `..., he said, adding that ...`: a participle after a comma inherits the earlier cue's source.
  if (isParticiple(lower) && c - 1 >= floor && doc.tokens[c - 1] === ',') {
    for (let k = c - 2; k >= floor && k >= c - 6; k--) {
      if (cueOf(doc.lower[k]!) && !isParticiple(doc.lower[k]!)) {
        const earlier = phraseEndingAt(doc, k, floor) ?? phraseStartingAt(doc, k + 1, c - 1);
        if (earlier) return { cue: c, cueEnd: c + 1, source: earlier, addressee: null, side: 'before', rule: 'quotes/participle' };
      }
      if (isQuoteMark(doc.tokens[k]!)) break;
    }
  }
  return null;
}

/** The object of `tell`-like cues: `told Newsmax`, `told Wilder`, `told reporters`. */
function addresseeAfter(doc: Doc, lemma: string, at: number): [number, number] | null {
  // `said to reporters`, `wrote to the minister`
  if (doc.lower[at] === 'to' && (lemma === 'say' || lemma === 'write' || lemma === 'explain' || lemma === 'complain')) {
    const p = phraseStartingAt(doc, at + 1, Math.min(doc.tokens.length, at + 10));
    return p ? [p.start, p.end] : null;
  }
  if (lemma !== 'tell' && lemma !== 'inform' && lemma !== 'assure' && lemma !== 'warn' && lemma !== 'urge' && lemma !== 'ask') return null;
  if (doc.lower[at] === 'that' || doc.lower[at] === 'the' && doc.lower[at + 1] === 'interview') return null;
  const p = phraseStartingAt(doc, at, Math.min(doc.tokens.length, at + 10));
  if (!p) return null;
  // `told reporters that`, `told Newsmax`: an object, not the start of the reported clause.
  return [p.start, p.end];
}
