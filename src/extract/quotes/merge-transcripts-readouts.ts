import type { Doc } from '../../model/doc.ts';
import { lowerBound } from '../../analyze/lookup.ts';
import type { Speaker } from '../../model/items.ts';
import { span } from '../../model/span.ts';
import type { Attribution } from './02-find-attribution.ts';
import type { Draft } from './draft.ts';
import { findReadouts, findTurns } from './07-transcripts-readouts.ts';
import type { Readout } from './readouts.ts';
import { findReadoutTopics } from './readout-topics.ts';
import { findStanceObjects } from './stance-objects.ts';
import { findAppeals } from './appeals.ts';
import { findCommitments } from './commitments.ts';
import type { PeopleIndex } from '../speakers/people.ts';

/**
 * Step 7 (07-transcripts-readouts.ts). Readouts first: a turn then takes whatever lies inside it.
 * A reporter's `Q` keeps its label as the mention with no name, so that no neighbour lends it one.
 */
export function addTranscriptsAndReadouts(doc: Doc, people: PeopleIndex, drafts: Draft[], inside: Uint8Array): void {
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
