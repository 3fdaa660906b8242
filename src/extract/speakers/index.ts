import type { Doc } from '../../model/doc.ts';
import type { Speaker } from '../../model/items.ts';
import { lowerBound } from '../../analyze/lookup.ts';
import type { SourcePhrase } from './find-source.ts';
import type { PeopleIndex } from './people.ts';
import { resolveSpeaker, type SpeakerEvent } from './resolve.ts';
import { acceptable } from './accept.ts';

/**
 * Where a quotation's speaker is decided, all of it. The quotes stage finds each attribution's
 * source phrase (`quotes/02-find-attribution.ts`, the learned linker, transcript labels); here:
 * 1. each source phrase is resolved in text order (`resolve.ts`: names, short names, titles,
 *    pronouns by gender -> who, roles), so `he` finds the last speaker decided;
 * 2. what it resolved to must be a speaker (`accept.ts`: a person, organization or group, never a
 *    document, relative word, bare title, place or thing), else the name is null;
 * 3. the pieces of one utterance share a speaker;
 * 4. a quotation with no cue takes its neighbour's speaker, or the subject just introduced.
 * Each speaker keeps the `rule` that chose it.
 */

/** What the speaker stage reads and writes on each quotation draft. */
export interface Attribution {
  readonly source: SourcePhrase;
  readonly rule: string;
}
export interface Attributed<A extends Attribution> {
  readonly ts: number;
  readonly te: number;
  attribution: A | null;
  continues: Attributed<A> | null;
  speaker: Speaker | null;
}

export function decideSpeakers<A extends Attribution>(doc: Doc, people: PeopleIndex, drafts: Attributed<A>[]): void {
  // Speakers resolve in the order their mentions appear, so `he` finds the last one decided.
  const order = drafts.map((d, i) => [d.attribution ? d.attribution.source.start : d.ts, i] as const).sort((a, b) => a[0] - b[0]);
  const history: SpeakerEvent[] = [];
  const resolvedAt = new Map<number, Speaker>();
  for (const [, i] of order) {
    const d = drafts[i]!;
    const a = d.attribution;
    if (!a) continue;
    const key = a.source.start * 1e6 + a.source.end;
    let speaker = resolvedAt.get(key);
    if (!speaker) {
      const resolved = resolveSpeaker(doc, people, a.source, history, a.rule);
      speaker = acceptable(doc, people, resolved.speaker);
      resolvedAt.set(key, speaker);
      // A speaker the gate let through with its name keeps the article's name it resolved to, for a later `he`.
      history.push({ tok: a.source.start, entity: speaker.name !== null ? resolved.named : null, name: speaker.name, kind: speaker.kind });
    }
    d.speaker = speaker;
  }
  // The pieces of one utterance share the speaker any of them names (`"...` then `...," he said`).
  for (const d of drafts) {
    const root = rootOf(d);
    if (d.speaker && !root.speaker) { root.speaker = d.speaker; root.attribution ??= d.attribution; }
  }
  for (const d of drafts) {
    const root = rootOf(d);
    d.speaker ??= root.speaker;
    // A continuing piece reports the utterance's cue and addressee (`told reporters ...:` then
    // three paragraphs), not one the model or a later sentence lent it.
    if (root !== d && root.attribution && d.speaker?.name === root.speaker?.name) d.attribution = root.attribution;
    else d.attribution ??= root.attribution;
  }
  // Quotations with no cue: the previous quotation's speaker, when nobody else came between.
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (d.speaker) continue;
    const prev = drafts[i - 1];
    const gap = prev ? doc.tokParagraph[d.ts]! - doc.tokParagraph[prev.te - 1]! : Infinity;
    if (prev?.speaker && gap <= 1 && !namesPersonBetween(people, prev.te, d.ts)) {
      d.speaker = { ...prev.speaker, confidence: Math.min(prev.speaker.confidence, gap === 0 ? 0.7 : 0.55), rule: 'quotes/neighbour' };
      continue;
    }
    // `Col. Hrebeniuk commands a battalion. "We count every shell."`: the subject just introduced.
    const subject = subjectOfPreviousSentence(doc, people, d.ts);
    if (subject && (!prev || prev.te <= subject.start)) {
      const speaker = acceptable(doc, people, resolveSpeaker(doc, people, subject, history, 'quotes/previous-subject').speaker);
      if (!speaker.name) continue;
      d.speaker = { ...speaker, confidence: 0.5 };
    }
  }
}

/** The entity that opens the sentence before token `tok`, when the quotation opens its own sentence. */
function subjectOfPreviousSentence(doc: Doc, people: PeopleIndex, tok: number): { start: number; end: number; apposition: null } | null {
  const sent = doc.tokSentence[tok]!;
  if (sent === 0 || doc.sentStartTok[sent] !== tok || doc.tokParagraph[doc.sentStartTok[sent - 1]!]! < doc.tokParagraph[tok]! - 1) return null;
  const first = doc.sentStartTok[sent - 1]!;
  for (let k = first; k < Math.min(first + 5, doc.sentEndTok[sent - 1]!); k++) {
    const e = people.entityAtToken.get(k);
    if (!e) continue;
    const ms = e.mentionToks;
    const at = lowerBound(ms.length, (i) => ms[i]![1] <= k);
    const m = at < ms.length && ms[at]![0] <= k ? ms[at] : undefined;
    return m ? { start: m[0], end: m[1], apposition: null } : null;
  }
  return null;
}

export function rootOf<T extends { continues: T | null }>(d: T): T {
  let r = d;
  for (let guard = 0; r.continues && guard < 1000; guard++) r = r.continues;
  return r;
}

function namesPersonBetween(people: PeopleIndex, from: number, to: number): boolean {
  const ms = people.subjectMentions;
  const lo = lowerBound(ms.length, (i) => ms[i]!.tok < from);
  return lo < ms.length && ms[lo]!.tok < to;
}

