import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import { lowerBound } from '../../analyze/lookup.ts';
import type { Quotation, Speaker } from '../../model/items.ts';
import { span, type Span } from '../../model/span.ts';
import { pairMarks, type MarkedSpan } from './01-pair-marks.ts';
import { attributionAfter, attributionBefore, markTokens, tokenMaskOf, type Attribution } from './02-find-attribution.ts';
import { findReportedSpeech } from './03-reported-speech.ts';
import { addExpressedBeliefs, findExpressedBeliefs } from './expressed-belief.ts';
import { looksLikeName, speechConfidence } from './04-reject-non-speech.ts';
import type { Draft } from './draft.ts';
import { addLearned } from './merge-learned.ts';
import type { TaggerModels } from '../../learn/attributions.ts';
import { defaultResources } from '../../resources/index.ts';
import { findReadouts, findTurns, type Readout } from './07-transcripts-readouts.ts';
import { findReadoutTopics } from './readout-topics.ts';
import { findStanceObjects } from './stance-objects.ts';
import { findAppeals } from './appeals.ts';
import { findCommitments } from './commitments.ts';
import { passiveOfTelling } from './passive.ts';
import type { PeopleIndex } from '../speakers/people.ts';
import { findPeople } from '../entities/index.ts';
import { decideSpeakers, rootOf } from '../speakers/index.ts';


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

/**
 * Step 7 (07-transcripts-readouts.ts). Readouts first: a turn then takes whatever lies inside it.
 * A reporter's `Q` keeps its label as the mention with no name, so that no neighbour lends it one.
 */
function addTranscriptsAndReadouts(doc: Doc, people: PeopleIndex, drafts: Draft[], inside: Uint8Array): void {
  const turns = findTurns(doc, people, inside);
  const turnRanges = turns.map((t) => [doc.tokStart[t.labelStart]!, doc.tokEnd[t.end - 1]!] as const);
  const inTurn = (start: number, end: number) => hitsRanges(turnRanges, start, end);
  const own = findReadouts(doc, people, inside);
  let readouts = [...own, ...objectReadouts(doc, drafts, own, inside)].filter((r) => !inTurn(doc.tokStart[r.formula[0]]!, doc.tokEnd[r.formula[1] - 1]!));
  // `X believes that Z. He said this during ...`: what the steps before read in the sentence
  // before `said this` stands (it has its own cue and speaker); only a sentence they found
  // nothing in becomes X's whole.
  const covered = unionOf(drafts.map((d) => [d.start, d.end] as const));
  const found = (r: { start: number; end: number }) => hitsRanges(covered, doc.tokStart[r.start]!, doc.tokEnd[r.end - 1]!);
  const standing = new Set(readouts.filter((r) => r.rule === 'quotes/said-this' && found(r)));
  readouts = readouts.filter((r) => !standing.has(r));
  const formulasOnly = [...standing].map((r) => [doc.tokStart[r.formula[0]]!, doc.tokEnd[r.formula[1] - 1]!] as const);
  // What the steps before found inside a turn or a formula gives way; inside a readout's content,
  // quotations in marks stay (they take the formula's speaker) and the rest gives way.
  const gone = unionOf([...turnRanges, ...formulasOnly, ...readouts.map((r) => [doc.tokStart[r.formula[0]]!, doc.tokEnd[r.formula[1] - 1]!] as const)]);
  const contents = unionOf(readouts.map((r) => [doc.tokStart[r.start]!, doc.tokEnd[r.end - 1]!] as const));
  const marked = (d: Draft) => d.kind === 'direct' || d.kind === 'partial';
  const kept = drafts.filter((d) => !hitsRanges(gone, d.start, d.end) && (marked(d) || !hitsRanges(contents, d.start, d.end)));
  drafts.length = 0;
  // One push per draft: spreading 120,000 or more arguments overflows the stack.
  for (const d of kept) drafts.push(d);
  const marks = kept.filter(marked).sort((a, b) => a.start - b.start);
  for (const r of readouts) {
    const attribution: Attribution = { cue: r.cue[0], cueEnd: r.cue[1], source: r.source, addressee: null, side: r.rule === 'quotes/stated-by' || r.rule === 'quotes/said-this' ? 'after' : 'before', rule: r.rule };
    const [start, end] = [doc.tokStart[r.start]!, doc.tokEnd[r.end - 1]!];
    let found = false;
    // Marks do not overlap one another: the ones in the content follow the first that ends after its start.
    for (let k = lowerBound(marks.length, (i) => marks[i]!.end <= start); k < marks.length && marks[k]!.start < end; k++) {
      const d = marks[k]!;
      d.attribution = attribution; d.rule = `quotes/01-pair-marks+${r.rule}`; d.speaker = null;
      found = true;
    }
    if (!found) drafts.push({ start, end, ts: r.start, te: r.end, kind: 'indirect', attribution, confidence: 0.75, rule: `quotes/07-transcripts-readouts+${r.rule}`, quoted: [], continues: null, speaker: null });
  }
  for (const turn of turns) {
    const label = turn.label;
    const attribution: Attribution | null = turn.anonymous ? null : { cue: turn.colon, cueEnd: turn.colon + 1, source: label, addressee: null, side: 'before', rule: 'quotes/transcript' };
    const question: Speaker | null = turn.anonymous ? {
      mention: span(doc.text, doc.tokStart[label.start]!, doc.tokEnd[label.end - 1]!), name: null, entity: null, kind: 'unknown', pronoun: false,
      role: null, antecedent: null, confidence: 0.9, rule: 'quotes/transcript-question',
    } : null;
    let root: Draft | null = null;
    for (const [ts, te] of turn.items) {
      const d: Draft = {
        start: doc.tokStart[ts]!, end: doc.tokEnd[te - 1]!, ts, te, kind: 'direct', attribution: root ? null : attribution,
        confidence: 0.8, rule: 'quotes/07-transcripts-readouts', quoted: [], continues: root, speaker: question,
      };
      drafts.push(d);
      root ??= d;
    }
  }
}

/**
 * Readouts whose content is an object, not a clause: topics (`updated Y on Z`), stated positions
 * (`reaffirmed their commitment to Z`), appeals (`called on Y to V`) and commitments (`commit to
 * V`). One per content, the first module's; none nested in what the steps before read as another
 * speaker's words (`X said that the ministry asked the donors to ...` stays X's: only the
 * outermost attribution is an item). Where they stand, 07's own readouts go first.
 */
function objectReadouts(doc: Doc, drafts: readonly Draft[], own: readonly Readout[], inside: Uint8Array): Readout[] {
  const found = [...findReadoutTopics(doc, inside), ...findStanceObjects(doc, inside), ...findAppeals(doc, inside), ...findCommitments(doc, inside)];
  if (found.length === 0) return [];
  // Drafts by start, with the furthest end reached so far: does one that starts at the source or before it run past the cue?
  const byStart = drafts.map((d) => [d.start, d.end] as const).sort((a, b) => a[0] - b[0]);
  const reach: number[] = [];
  for (const [, e] of byStart) reach.push(Math.max(e, reach[reach.length - 1] ?? 0));
  const nested = (r: Readout) => {
    const i = lowerBound(byStart.length, (k) => byStart[k]![0] <= doc.tokStart[r.source.start]!) - 1;
    return i >= 0 && reach[i]! > doc.tokStart[r.cue[0]]!;
  };
  // A reading the steps before made of the same object, as far as it goes (the learned tagger's
  // `the donors to speed up ...`) stands: on news text (PolNeAR dev) its bounds are better. One cut
  // short (`the catastrophic situation in Mariupol` before `, which is blocked ...`) gives way.
  const reads = drafts.filter((d) => d.kind === 'indirect' || d.kind === 'mixed').map((d) => [d.ts, d.te] as const).sort((a, b) => a[0] - b[0]);
  const readBefore = (r: Readout) => {
    for (let i = lowerBound(reads.length, (k) => reads[k]![0] < r.formula[0]); i < reads.length && reads[i]![0] <= r.start + 2; i++) if (reads[i]![1] >= r.end - 2) return true;
    return false;
  };
  const taken = unionOf([...own.map((r) => [r.start, r.end] as const), ...own.map((r) => r.formula)]);
  const out: Readout[] = [];
  for (const r of found.sort((a, b) => a.formula[0] - b.formula[0])) {
    if (hitsRanges(taken, r.formula[0], r.end) || nested(r) || readBefore(r)) continue;
    const last = out[out.length - 1];
    if (last && last.end > r.formula[0]) continue;
    out.push(r);
  }
  return out;
}

/** Sorted, disjoint ranges covering the given ones. */
function unionOf(ranges: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = ranges.slice().sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Whether [start, end) overlaps one of sorted, disjoint ranges. */
function hitsRanges(ranges: readonly (readonly [number, number])[], start: number, end: number): boolean {
  const i = lowerBound(ranges.length, (k) => ranges[k]![1] <= start);
  return i < ranges.length && ranges[i]![0] < end;
}

/**
 * `"A," he said on Friday, "B." "C."`: B resumes A's utterance when it opens right after A's
 * attribution (time, place and apposition allowed between), and C, with no cue of its own,
 * goes on with it.
 */
function linkInterrupted(doc: Doc, drafts: Draft[]): void {
  const byStart = drafts.slice().sort((a, b) => a.ts - b.ts);
  for (let k = 0; k + 1 < byStart.length; k++) {
    const a = byStart[k]!;
    const b = byStart[k + 1]!;
    if (b.continues !== null || doc.tokParagraph[a.ts] !== doc.tokParagraph[b.ts]) continue;
    const attr = a.attribution;
    const resumes = attr && attr.side === 'after' && (!b.attribution || b.attribution.cue === attr.cue)
      && b.ts >= attributionEnd(attr) && onlyCircumstance(doc, attributionEnd(attr), b.ts);
    const goesOn = !resumes && a.continues !== null && !b.attribution && onlyCircumstance(doc, a.te, b.ts);
    if (!resumes && !goesOn) continue;
    b.continues = a;
    b.attribution = a.attribution;
    if (b.kind === 'partial') b.kind = 'direct';
  }
}

function hasWordIn(doc: Doc, ts: number, te: number): boolean {
  for (let k = ts; k < te; k++) if (WORDLIKE.test(doc.tokens[k]!)) return true;
  return false;
}
const WORDLIKE = /[\p{L}\p{N}]/u;

function attributionEnd(a: Attribution): number {
  return Math.max(a.cueEnd, a.source.end, a.addressee?.[1] ?? 0, a.source.apposition?.[1] ?? 0);
}

// Adverbs too: `"A," Kravets said quietly, "B."`.
const CIRCUMSTANCE = new Set([POS.ADP, POS.DET, POS.NOUN, POS.PROPN, POS.NUM, POS.ADJ, POS.ADV, POS.PUNCT]);

/** Only punctuation, or a short time/place phrase, between two tokens. */
function onlyCircumstance(doc: Doc, from: number, to: number): boolean {
  if (to - from > 10) return false;
  for (let k = from; k < to; k++) {
    // `Kravets told Tymchuk, laughing. "..."`: a participle of manner after a comma.
    const manner = doc.tokPos[k] === POS.VERB && doc.lower[k]!.endsWith('ing') && doc.tokens[k - 1] === ',';
    if ((!CIRCUMSTANCE.has(doc.tokPos[k]!) && !manner) || /^[.!?]$/.test(doc.tokens[k]!) && k !== to - 1) return false;
  }
  return true;
}


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
