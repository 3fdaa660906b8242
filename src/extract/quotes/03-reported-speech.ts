import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import { cueOf, reportsAct } from '../lexicon/cue-verbs.ts';
import { isVerbLike } from '../../analyze/lookup.ts';
import { isTimeWord, phraseEndingAt, phraseStartingAt } from '../speakers/find-source.ts';
import { attributionAtCue, type Attribution } from './02-find-attribution.ts';
import { passiveOfTelling } from './passive.ts';

/** A reported clause, by token range, with the attribution that introduces it. */
export interface ReportedClause {
  readonly start: number;
  readonly end: number;
  readonly attribution: Attribution;
  readonly rule: string;
}

const MIN_CLAUSE_TOKENS = 3;
const isSentenceEnd = (t: string) => t === '.' || t === '!' || t === '?';

/**
 * Indirect (and mixed) speech by rule, one sentence at a time, only where a cue word occurs:
 * - `X said (that) CLAUSE` / `X told Y (that) CLAUSE` / `According to X, CLAUSE`
 * - `CLAUSE, X said.` / `CLAUSE, said X.` / `CLAUSE, according to X.`
 * - `Part, X continued, part.` (a parenthetical attribution inside the clause)
 * `usedCues` are cue tokens already spent on direct quotations.
 */
export function findReportedSpeech(doc: Doc, inside: Uint8Array, usedCues: ReadonlySet<number>): ReportedClause[] {
  const out: ReportedClause[] = [];
  for (let s = 0; s < doc.sentStartTok.length; s++) {
    const first = doc.sentStartTok[s]!;
    let last = doc.sentEndTok[s]!; // exclusive
    while (last > first && (isSentenceEnd(doc.tokens[last - 1]!) || doc.tokens[last - 1] === ':')) last--;
    for (let c = first; c < last; c++) {
      if (inside[c] || usedCues.has(c)) continue;
      const lower = doc.lower[c]!;
      if (!cueOf(lower) && !(lower === 'according' && doc.lower[c + 1] === 'to')) continue;
      if (pluralNounCue(doc, c) || reportsAct(lower, doc.lower[c + 1]) || passiveOfTelling(doc, c, first)) continue;
      const clause = clauseForCue(doc, c, first, last, inside);
      if (clause) { out.push(clause); c = Math.max(c, clause.end - 1); }
    }
  }
  return out;
}

/** `the two states placed candles`, `member states`, `these reports`: a cue form used as a plural noun. */
function pluralNounCue(doc: Doc, c: number): boolean {
  if (c === 0 || !doc.lower[c]!.endsWith('s')) return false;
  const p = doc.tokPos[c - 1]!;
  return p === POS.NUM || p === POS.DET || p === POS.ADJ || doc.lower[c - 1] === 'two' || doc.lower[c - 1] === 'both';
}

function clauseForCue(doc: Doc, c: number, first: number, last: number, inside: Uint8Array): ReportedClause | null {
  const attribution = attributionAtCue(doc, c, first, inside);
  if (attribution) {
    const src = attribution.source;
    // `According to X, CLAUSE` / `CLAUSE, according to X.`
    if (attribution.rule === 'quotes/according-to') {
      if (c === first && doc.tokens[src.end] === ',') return make(doc, src.end + 1, last, attribution, 'quotes/according-to-before');
      if (c > first && doc.tokens[c - 1] === ',') return make(doc, first, c - 1, attribution, 'quotes/according-to-after');
      return null;
    }
    // `Part, X continued, part.` When the rest is a quotation (`Russia, he continued, is "losing..."`)
    // the quoted words are partial quotations of their own, attributed by the same cue.
    if (src.start > first && doc.tokens[src.start - 1] === ',' && doc.tokens[c + 1] === ',' && src.start - 1 > first) {
      for (let k = c + 2; k < last; k++) if (inside[k]) return null;
      return make(doc, first, last, attribution, 'quotes/parenthetical');
    }
    // `CLAUSE, X said.`
    const attributionEnd = attribution.addressee ? attribution.addressee[1] : c + 1;
    if (src.start > first + 1 && doc.tokens[src.start - 1] === ',' && (attributionEnd >= last || onlyCircumstance(doc, attributionEnd, last))) {
      return make(doc, first, src.start - 1, attribution, 'quotes/clause-then-cue');
    }
    // `X said (that) CLAUSE`
    let k = attribution.addressee ? attribution.addressee[1] : c + 1;
    while (k < last && (doc.tokens[k] === ',' || doc.tokens[k] === ':')) k++;
    k = skipCircumstanceBeforeThat(doc, k, last);
    if (doc.lower[k] === 'that') k++;
    return make(doc, k, secondReportAt(doc, k, last), attribution, 'quotes/cue-then-clause');
  }
  // `CLAUSE, said X.`
  if (c > first + 1 && doc.tokens[c - 1] === ',') {
    const src = phraseStartingAt(doc, c + 1, last + 1);
    if (src && src.end >= last - 1 && !phraseEndingAt(doc, c, first)) {
      const inverted: Attribution = { cue: c, cueEnd: c + 1, source: src, addressee: null, side: 'after', rule: 'quotes/inverted' };
      return make(doc, first, c - 1, inverted, 'quotes/clause-then-inverted-cue');
    }
  }
  return null;
}

/** Verbs that open a second report by the same subject: `emphasised that ... and outlined the approaches`. */
const SECOND_REPORT: ReadonlySet<string> = new Set(['said', 'told', 'wrote', 'spoke', 'outlined', 'expressed', 'reaffirmed', 'welcomed', 'voiced', 'provided', 'shared', 'pointed', 'called', 'gave', 'informed']);

/**
 * `Putin emphasised that it is unacceptable to politicise energy and outlined Russia's approaches`:
 * the reported clause ends before `and` when a verb of reporting follows it at once (the same
 * subject reports something else). A verb that is no report (`attacked and destroyed`) does not end it.
 */
function secondReportAt(doc: Doc, from: number, last: number): number {
  for (let k = from + MIN_CLAUSE_TOKENS; k + 1 < last; k++) {
    if (doc.lower[k] !== 'and') continue;
    const v = doc.lower[k + 1]!;
    const cue = cueOf(v);
    if (!SECOND_REPORT.has(v) && !(cue && cue.strength >= 1 && v.endsWith('ed'))) continue;
    return doc.tokens[k - 1] === ',' ? k - 1 : k;
  }
  return last;
}

const CIRCUMSTANCE_POS = new Set([POS.ADP, POS.DET, POS.NOUN, POS.PROPN, POS.NUM, POS.ADJ]);

/** `said on Thursday that`, `wrote on Telegram that`: where and when, before the reported clause. */
function skipCircumstanceBeforeThat(doc: Doc, k: number, last: number): number {
  // `estimated last month that`, `said Friday that`.
  const l = doc.lower[k]!;
  if ((l === 'last' || l === 'this' || l === 'next' || l === 'earlier') && isTimeWord(doc.lower[k + 1] ?? '') && doc.lower[k + 2] === 'that' && k + 2 < last) return k + 2;
  if (isTimeWord(l) && doc.lower[k + 1] === 'that' && k + 1 < last) return k + 1;
  if (doc.tokPos[k] !== POS.ADP || doc.lower[k] === 'that') return k;
  for (let j = k + 1; j < Math.min(last, k + 7); j++) {
    if (doc.lower[j] === 'that') return j;
    if (!CIRCUMSTANCE_POS.has(doc.tokPos[j]!)) return k;
  }
  return k;
}

/** `..., officials said on Friday.`: only a time or place phrase after the cue. */
function onlyCircumstance(doc: Doc, from: number, to: number): boolean {
  if (to - from > 6 || doc.tokPos[from] !== POS.ADP) return false;
  for (let j = from; j < to; j++) if (!CIRCUMSTANCE_POS.has(doc.tokPos[j]!)) return false;
  return true;
}

function make(doc: Doc, start: number, end: number, attribution: Attribution, rule: string): ReportedClause | null {
  if (end - start < MIN_CLAUSE_TOKENS) return null;
  // `responded to requests for comment`, `spoke about the economy`: an object, not a clause.
  if (doc.tokPos[start] === POS.ADP && (doc.lower[start] === 'to' || doc.lower[start] === 'for')) return null;
  let hasVerb = false;
  for (let k = start; k < end; k++) {
    if (isVerbLike(doc, k)) { hasVerb = true; break; }
  }
  return hasVerb ? { start, end, attribution, rule } : null;
}
