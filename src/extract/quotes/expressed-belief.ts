import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import { isCapitalized } from '../../analyze/lookup.ts';
import { phraseEndingAt, phraseStartingAt } from '../speakers/find-source.ts';
import type { ReportedClause } from './03-reported-speech.ts';

/** Nouns of a stated belief after `expressed`: `expressed hope that ...`, `expressed his confidence that ...`. */
const BELIEF_NOUNS: ReadonlySet<string> = new Set(['hope', 'confidence', 'conviction', 'belief', 'certainty']);
/** Words allowed between `expressed` and the noun. */
const BETWEEN: ReadonlySet<string> = new Set(['the', 'his', 'her', 'their', 'its', 'our', 'a', 'firm', 'strong', 'deep', 'sincere', 'great', 'full']);
const MIN_CLAUSE_TOKENS = 3;

/**
 * `X expressed (his) hope (confidence, conviction) that CLAUSE`: a readout reports X's words as
 * a belief (issue 12: on the non-report texts the learned tagger missed these after an act in the
 * same sentence, `X thanked Y ... and expressed hope that Z`). The content is CLAUSE, without
 * `that` (as for `said that`); X is the phrase before `expressed`, or after `and` the subject
 * that opens the sentence. Not inside quotation marks.
 */
export function findExpressedBeliefs(doc: Doc, inside: Uint8Array): ReportedClause[] {
  const out: ReportedClause[] = [];
  for (let c = 0; c < doc.tokens.length; c++) {
    if (doc.lower[c] !== 'expressed' || inside[c]) continue;
    let k = c + 1;
    while (k < c + 4 && BETWEEN.has(doc.lower[k] ?? '')) k++;
    if (!BELIEF_NOUNS.has(doc.lower[k] ?? '') || doc.lower[k + 1] !== 'that') continue;
    const sent = doc.tokSentence[c]!;
    const first = doc.sentStartTok[sent]!;
    let last = doc.sentEndTok[sent]!;
    while (last > first && /^[.!?;:]$/.test(doc.tokens[last - 1]!)) last--;
    const start = k + 2;
    const end = clauseEnd(doc, inside, start, last);
    if (end - start < MIN_CLAUSE_TOKENS) continue;
    const source = sourceOf(doc, c, first);
    if (!source || inside[source.start]) continue;
    out.push({ start, end, attribution: { cue: c, cueEnd: k + 1, source, addressee: null, side: 'before', rule: 'quotes/expressed-belief' }, rule: 'quotes/expressed-belief' });
  }
  for (const c of findConvictions(doc, inside)) out.push(c);
  return out.sort((a, b) => a.start - b.start);
}

/** Adjectives of a stated conviction after a copula: `X is convinced that ...`, `..., X is sure.` */
const CONVICTION: ReadonlySet<string> = new Set(['convinced', 'confident', 'sure', 'certain']);
const COPULA: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'remains', 'remain']);

/**
 * `X is convinced (confident, sure) that CLAUSE` and `CLAUSE, X is convinced.`: how the
 * Ukrainian releases report what someone said as a conviction (issue 12: 44 on the non-report
 * texts, 9 with no item). X must be a phrase that can speak, right before the copula.
 */
function findConvictions(doc: Doc, inside: Uint8Array): ReportedClause[] {
  const out: ReportedClause[] = [];
  for (let c = 1; c < doc.tokens.length; c++) {
    if (!CONVICTION.has(doc.lower[c]!) || !COPULA.has(doc.lower[c - 1]!) || inside[c]) continue;
    const sent = doc.tokSentence[c]!;
    const first = doc.sentStartTok[sent]!;
    let last = doc.sentEndTok[sent]!;
    while (last > first && /^[.!?;:]$/.test(doc.tokens[last - 1]!)) last--;
    const source = phraseEndingAt(doc, c - 1, first);
    if (!source || inside[source.start] || !canSpeak(doc, source.start, source.end)) continue;
    const attribution = { cue: c - 1, cueEnd: c + 1, source, addressee: null, side: 'before' as const, rule: 'quotes/conviction' };
    if (doc.lower[c + 1] === 'that') {
      const start = c + 2;
      const end = clauseEnd(doc, inside, start, last);
      if (end - start >= MIN_CLAUSE_TOKENS) out.push({ start, end, attribution, rule: 'quotes/conviction' });
      continue;
    }
    // `CLAUSE, the Head of State is convinced.`: nothing after the adjective, a comma before X.
    if (c + 1 === last && source.start > first + MIN_CLAUSE_TOKENS && doc.tokens[source.start - 1] === ',' && !inside[source.start - 2]) {
      out.push({ start: first, end: source.start - 1, attribution: { ...attribution, side: 'after' }, rule: 'quotes/conviction' });
    }
  }
  return out;
}

/** A name, a capitalized title or a personal pronoun: `Andriy Yermak`, `the Head of State`, `he`. */
function canSpeak(doc: Doc, start: number, end: number): boolean {
  if (end - start === 1 && doc.tokPos[start] === POS.PRON) return /^(he|she|they|we|i)$/.test(doc.lower[start]!);
  // The head ends the phrase: `the President's adviser` is no name the speaker stage can resolve.
  return isCapitalized(doc.tokens[end - 1]!);
}

/** The clause runs to the sentence end, or to a quotation mark (a quotation has its own item). */
function clauseEnd(doc: Doc, inside: Uint8Array, start: number, last: number): number {
  let e = start;
  while (e < last && !inside[e]) e++;
  while (e > start && doc.tokens[e - 1] === ',') e--;
  return e;
}

/** `Kravets (also) expressed`, else after `and` the sentence's subject: `Kravets thanked ... and expressed`. */
function sourceOf(doc: Doc, c: number, first: number) {
  const direct = phraseEndingAt(doc, c, first);
  if (direct) return direct;
  let k = c - 1;
  while (k > first && doc.tokPos[k] === POS.ADV) k--;
  if (doc.lower[k] !== 'and') return null;
  if (!isCapitalized(doc.tokens[first]!) && doc.lower[first] !== 'the' && doc.tokPos[first] !== POS.PRON) return null;
  const subject = phraseStartingAt(doc, first, k);
  if (!subject) return null;
  // The subject must be followed by its verb: `Kravets thanked ...`, not `In Kyiv, ...`.
  const verb = subject.apposition ? subject.apposition[1] + 1 : subject.end;
  let v = verb;
  while (v < k && doc.tokPos[v] === POS.ADV) v++;
  return doc.tokPos[v] === POS.VERB ? subject : null;
}

/** The belief clauses that overlap no clause of the cue-verb rules, merged in token order. */
export function addExpressedBeliefs(clauses: ReportedClause[], beliefs: readonly ReportedClause[]): ReportedClause[] {
  if (beliefs.length === 0) return clauses;
  // Both lists come in text order and neither overlaps itself: one pass finds the overlaps.
  const free: ReportedClause[] = [];
  let i = 0;
  for (const b of beliefs) {
    while (i < clauses.length && clauses[i]!.end <= b.start) i++;
    if (i < clauses.length && clauses[i]!.start < b.end) continue;
    free.push(b);
  }
  return [...clauses, ...free].sort((a, b) => a.start - b.start);
}
