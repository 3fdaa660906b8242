import type { Doc } from '../../model/doc.ts';
import { lowerBound } from '../../analyze/lookup.ts';
import type { Quotation } from '../../model/items.ts';
import { span, type Span } from '../../model/span.ts';
import { pairMarks } from './01-pair-marks.ts';
import { attributionAfter, attributionBefore, markTokens, tokenMaskOf } from './02-find-attribution.ts';
import { findReportedSpeech } from './03-reported-speech.ts';
import { addExpressedBeliefs, findExpressedBeliefs } from './expressed-belief.ts';
import { looksLikeName, speechConfidence } from './04-reject-non-speech.ts';
import type { Draft } from './draft.ts';
import { addLearned } from './merge-learned.ts';
import type { TaggerModels } from '../../learn/attributions.ts';
import { defaultResources } from '../../resources/index.ts';
import type { PeopleIndex } from '../speakers/people.ts';
import { findPeople } from '../entities/index.ts';
import { decideSpeakers, rootOf } from '../speakers/index.ts';
import { addTranscriptsAndReadouts } from './merge-transcripts-readouts.ts';
import { linkInterrupted } from './link-interrupted.ts';

/** A cue followed only by punctuation introduces the quotation directly: `said: "`, `told Wilder, "`. */
function onlyPunctuation(doc: Doc, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let k = from; k < to; k++) if (!/^[,:—–-]$/.test(doc.tokens[k]!)) return false;
  return true;
}

/**
 * Quotations and their speakers, in order:
 * 1. pair quotation marks (multi-paragraph pieces linked);
 * 2. (the article's people and organizations come from the entities stage, found before this one);
 * 3. find each quotation's attribution after it, else before it;
 * 4. find reported speech around the remaining cues; quotations inside a reported clause make it mixed;
 * 5. drop quoted strings that are not speech (scare quotes, titles, nicknames);
 * 6. add what the learned tagger finds where no rule found anything (indirect speech, mostly);
 * 7. transcripts and readouts: a turn after a speaker label (`PENCE:`, `Q`) is its speaker's, and
 *    whatever the steps before found inside it gives way; `This was stated by X.` gives X the
 *    sentence before it; `X informed Y about Z` and `X dwelt on Z` report Z; discussion and
 *    acts report no words (`reportsAct`: discussion, thanks, accusations, deeds); readouts whose
 *    content is an object: topics, stated positions, appeals, commitments (`objectReadouts`);
 * 8. the speaker stage (src/extract/speakers/index.ts) decides every speaker.
 */
export interface QuoteOptions {
  /** Add the learned tagger's attributions to the rules' (default true). */
  readonly learned?: boolean;
  /** The learned tagger's models (the pipeline hands its resources'; defaultResources() when absent). */
  readonly tagger?: TaggerModels;
}

/**
 * `people` is the entities stage's index of the article's names (`findPeople`, then
 * `extractEntities`, which gives each name its entity's id): speakers are decided against it.
 * Alone (tests, benches) the names are collected here and keep their own ids.
 */
export function extractQuotes(doc: Doc, people: PeopleIndex = findPeople(doc), options: QuoteOptions = { learned: true }): Quotation[] {
  const marks = pairMarks(doc);
  const inside = tokenMaskOf(doc, marks);

  const markToks = marks.map((m) => markTokens(doc, m));
  const markAttr = markToks.map(([qs, qe]) => (qe > qs ? attributionAfter(doc, qe, inside) ?? attributionBefore(doc, qs, inside) : null));
  const usedCues = new Set<number>();
  markAttr.forEach((a, i) => {
    if (!a) return;
    const gapFrom = a.addressee ? Math.max(a.addressee[1], a.cueEnd) : Math.max(a.cueEnd, a.source.end);
    if (a.side === 'after' || onlyPunctuation(doc, gapFrom, markToks[i]![0])) usedCues.add(a.cue);
  });

  const clauses = addExpressedBeliefs(findReportedSpeech(doc, inside, usedCues), findExpressedBeliefs(doc, inside));
  // Marks are in text order, so the marks a clause covers are found by binary search, not a scan.
  const firstMarkEndingAfter = (tok: number) => lowerBound(markToks.length, (i) => markToks[i]![1] <= tok);
  const continuedLater = new Set<number>();
  for (const m of marks) if (m.continues !== null) continuedLater.add(m.continues);
  const absorbed = new Set<number>();
  const drafts: Draft[] = [];
  for (const c of clauses) {
    let ts = c.start;
    let te = c.end;
    const quoted: Span[] = [];
    let names = 0;
    for (let i = firstMarkEndingAfter(ts); i < marks.length && markToks[i]![0] < te; i++) {
      const m = marks[i]!;
      const [qs, qe] = markToks[i]!;
      if (qe <= ts || qs >= te) continue;
      absorbed.add(i);
      ts = Math.min(ts, qs);
      te = Math.max(te, qe);
      quoted.push(span(doc.text, m.start, m.end));
      if (looksLikeName(doc, qs, qe)) names++;
    }
    // A clause that is nothing but one quotation is that quotation, attributed directly.
    const only = quoted.length === 1 ? firstMarkEndingAfter(ts) : -1;
    if (only >= 0 && markToks[only]![0] === ts && markToks[only]![1] === te) {
      const i = only;
      absorbed.delete(i);
      markAttr[i] ??= c.attribution;
      continue;
    }
    const [start, end] = [doc.tokStart[ts]!, doc.tokEnd[te - 1]!];
    // Quoted names inside reported speech (`Operation "Autumn Shield"`) do not make it mixed.
    const mixed = quoted.length > names;
    drafts.push({ start, end, ts, te, kind: mixed ? 'mixed' : 'indirect', attribution: c.attribution, confidence: c.attribution.rule === 'quotes/participle' ? 0.6 : 0.75, rule: c.rule, quoted, continues: null, speaker: null });
  }

  const markDraft = new Map<number, Draft>();
  // Two passes: short quoted strings count as speech only beside a quotation already accepted.
  const acceptedSentences = new Set<number>();
  const acceptedParagraphs = new Set<number>();
  for (const pass of [0, 1]) {
    marks.forEach((m, i) => {
      if (absorbed.has(i) || markDraft.has(i)) return;
      const [qs, qe] = markToks[i]!;
      if (qe <= qs) return;
      // A stray mark (a lone `"` closing a paragraph) is no quotation, even one a later paragraph seems to continue.
      if (!hasWordIn(doc, qs, qe)) return;
      const attribution = markAttr[i] ?? null;
      const continued = m.continues !== null && markDraft.has(m.continues);
      let confidence = speechConfidence(doc, qs, qe, { hasAttribution: attribution !== null, sentenceHasSpeech: pass === 1 && acceptedSentences.has(doc.tokSentence[qs]!),
        paragraphHasSpeech: pass === 1 && acceptedParagraphs.has(doc.tokParagraph[qs]!),
      });
      if (continued || continuedLater.has(i)) confidence = Math.max(confidence, 0.8);
      if (m.unclosed && m.continues === null && !continuedLater.has(i)) confidence *= 0.6;
      if (confidence === 0) return;
      // After a colon (`described the last evacuation: "...`) a quotation is given whole, as direct speech.
      const opensSentence = qs === doc.sentStartTok[doc.tokSentence[qs]!] || doc.tokens[qs - 1] === ':';
      const introduced = attribution?.side === 'before' && usedCues.has(attribution.cue);
      const draft: Draft = {
        start: m.start, end: m.end, ts: qs, te: qe,
        kind: opensSentence || introduced || continued ? 'direct' : 'partial',
        attribution, confidence, rule: `quotes/01-pair-marks${attribution ? '+' + attribution.rule : ''}`,
        quoted: [], continues: continued ? markDraft.get(m.continues!)! : null, speaker: null,
      };
      markDraft.set(i, draft);
      acceptedSentences.add(doc.tokSentence[qs]!);
      acceptedParagraphs.add(doc.tokParagraph[qs]!);
      drafts.push(draft);
    });
  }
  linkInterrupted(doc, drafts);
  if (options.learned) addLearned(doc, drafts, markToks, inside, options.tagger ?? defaultResources().tagger);
  addTranscriptsAndReadouts(doc, people, drafts, inside);
  drafts.sort((a, b) => a.start - b.start || b.end - a.end);
  removeOverlaps(drafts);
  decideSpeakers(doc, people, drafts);
  return finish(doc, drafts);
}

function hasWordIn(doc: Doc, ts: number, te: number): boolean {
  for (let k = ts; k < te; k++) if (WORDLIKE.test(doc.tokens[k]!)) return true;
  return false;
}

const WORDLIKE = /[\p{L}\p{N}]/u;

/** Overlapping drafts keep the longer one: a quotation cannot be two things. */
function removeOverlaps(drafts: Draft[]): void {
  let last = -1;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (last >= 0 && d.start < drafts[last]!.end) { d.confidence = -1; continue; }
    last = i;
  }
  const keep = drafts.filter((d) => d.confidence >= 0);
  drafts.length = 0;
  for (const d of keep) drafts.push(d);
}

function finish(doc: Doc, drafts: Draft[]): Quotation[] {
  // Filled in a loop: `new Map(drafts.map((d, i) => [d, i]))` made a pair per draft for the collector.
  const index = new Map<Draft, number>();
  for (let i = 0; i < drafts.length; i++) index.set(drafts[i]!, i);
  return drafts.map((d, i) => {
    const a = d.attribution;
    const s = span(doc.text, d.start, d.end);
    // The span's fields written out rather than spread: V8 clones a spread object slowly.
    return {
      start: s.start, end: s.end, text: s.text,
      id: `q${i + 1}`,
      kind: d.kind,
      utterance: `u${(index.get(rootOf(d)) ?? i) + 1}`,
      speaker: d.speaker,
      cue: a ? span(doc.text, doc.tokStart[a.cue]!, doc.tokEnd[a.cueEnd - 1]!) : null,
      addressee: a?.addressee ? span(doc.text, doc.tokStart[a.addressee[0]]!, doc.tokEnd[a.addressee[1] - 1]!) : null,
      quoted: d.quoted,
      confidence: Math.round(d.confidence * 100) / 100,
      rule: d.rule,
    };
  });
}
