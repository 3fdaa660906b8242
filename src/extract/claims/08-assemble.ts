import type { Doc } from '../../model/doc.ts';
import type { TimeExpression } from '../../model/context.ts';
import type { Claim, Rebuttal } from '../../model/claims.ts';
import { span } from '../../model/span.ts';
import { NO_PARTY } from './02-parties.ts';
import type { TokenRange } from './03-clauses.ts';
import { nominalKey, propositionKey, type PlaceAntecedents } from './04-proposition.ts';
import { dateOf } from './05-date.ts';
import { finiteIn, type Draft } from './06-claims.ts';
import type { RebuttalDraft } from './07-rebuttals.ts';

/**
 * Step 8: keys, dates and links. Claims get ids in text order; each rebuttal finds its claim (the one
 * its cue names, the nearest claim before it, or the claim with the same key) or, when the article
 * does not state the claim it denies, an implied claim with no claimant is made from the denied words.
 */
const PREVIOUS_SENTENCES = 3;

interface Built {
  readonly draft: Draft;
  readonly key: string;
}

export function assemble(doc: Doc, places: () => PlaceAntecedents, dates: readonly TimeExpression[], drafts: readonly Draft[], rebuttalDrafts: readonly RebuttalDraft[]): { claims: Claim[]; rebuttals: Rebuttal[] } {
  // Words with no predicate (`Newsmax`, `claimed the bodies`) assert nothing a denial could meet.
  const built: Built[] = drafts.map((draft) => ({ draft, key: propositionKey(doc, places, draft.range) })).filter((b) => b.key !== '');
  const implied: Built[] = [];
  // Links need indexes over the claims; most articles have no rebuttal and skip building them.
  const answers: Built[][] = rebuttalDrafts.length ? link(doc, places, built, implied, drafts, rebuttalDrafts) : [];
  const all = (implied.length ? [...built, ...implied] : built).sort((a, b) => a.draft.range[0] - b.draft.range[0] || a.draft.range[1] - b.draft.range[1]);
  const ids = new Map<Built, string>();
  const claims: Claim[] = all.map((b, i) => {
    const id = `c${i + 1}`;
    if (rebuttalDrafts.length) ids.set(b, id);
    const d = b.draft;
    const own = tokenSpan(doc, d.range);
    const when = dateOf(doc, dates, d.range[0], d.range[1], d.cue ? d.cue[0] : d.range[0], d.tenseAt);
    // A plain literal, not spreads: this runs once per quotation of every article.
    return {
      id, start: own.start, end: own.end, text: own.text, confidence: d.confidence, rule: d.rule, claimant: d.claimant,
      cue: d.cue ? tokenSpan(doc, d.cue) : null, proposition: b.key, quote: d.quote,
      date: when.date, dateSource: when.dateSource, group: `g${d.group + 1}`,
    };
  });
  const rebuttals: Rebuttal[] = [];
  rebuttalDrafts.forEach((r, i) => {
    const answered = (answers[i] ?? []).map((b) => ids.get(b)!).filter(Boolean);
    if (!answered.length) return;
    rebuttals.push({
      id: '', ...tokenSpan(doc, r.range), confidence: r.confidence, rule: r.rule, claim: answered[0]!, answers: answered,
      proposition: answers[i]![0]!.key, rebutter: r.rebutter, evidence: r.evidence.map((e) => tokenSpan(doc, e)), quote: r.quote,
      ...dateOf(doc, dates, r.range[0], r.range[1], r.cueAt, r.tenseAt),
    });
  });
  rebuttals.sort((a, b) => a.start - b.start || a.end - b.end);
  return { claims, rebuttals: rebuttals.map((r, i) => ({ ...r, id: `r${i + 1}` })) };
}


function link(doc: Doc, places: () => PlaceAntecedents, built: readonly Built[], implied: Built[], drafts: readonly Draft[], rebuttalDrafts: readonly RebuttalDraft[]): Built[][] {
  let nextGroup = drafts.reduce((m, d) => Math.max(m, d.group + 1), 0);
  const byCue = new Map<number, Built[]>();
  for (const b of built) if (b.draft.cueIndex >= 0) (byCue.get(b.draft.cueIndex) ?? byCue.set(b.draft.cueIndex, []).get(b.draft.cueIndex)!).push(b);
  const ordered = [...built].sort((a, b) => a.draft.range[0] - b.draft.range[0]);
  const starts = ordered.map((b) => b.draft.range[0]);
  const groups = new Map<number, Built[]>();
  for (const b of ordered) (groups.get(b.draft.group) ?? groups.set(b.draft.group, []).get(b.draft.group)!).push(b);
  const groupOf = (b: Built): Built[] => (b.draft.cueIndex < 0 ? [b] : groups.get(b.draft.group) ?? [b]);

  return rebuttalDrafts.map((r) => {
    const t = r.target;
    if (t.kind === 'cue') {
      const named = byCue.get(t.cueIndex);
      if (named?.length) return named;
    }
    if (t.kind === 'clause') {
      const key = propositionKey(doc, places, t.range);
      const same = key ? nearestWithKey(ordered, starts, r.range[0], key) : null;
      if (same) return groupOf(same);
      if (!key) return [];
      const made: Built = { key, draft: impliedDraft(t.range, nextGroup++) };
      implied.push(made);
      return [made];
    }
    if (t.kind === 'nominal') {
      const key = nominalKey(doc, places, t.noun, t.clause);
      const same = nearestWithKey(ordered, starts, r.range[0], key) ?? nearestWithPredicate(ordered, starts, r.range[0], key);
      if (same) return groupOf(same);
      const made: Built = { key, draft: impliedDraft([t.noun, t.noun + 1], nextGroup++) };
      implied.push(made);
      return [made];
    }
    const previous = previousClaim(doc, ordered, starts, r);
    return previous ? groupOf(previous) : [];
  });

}

function tokenSpan(doc: Doc, [s, e]: TokenRange) {
  return span(doc.text, doc.tokStart[s]!, doc.tokEnd[e - 1]!);
}

function impliedDraft(range: TokenRange, group: number): Draft {
  return { range, claimant: NO_PARTY, cue: null, tenseAt: -1, quote: null, group, rule: 'claims/implied-by-rebuttal', confidence: 0.5, cueIndex: -1 };
}

/** Index of the last claim starting before token `at`. */
function lastBefore(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** `That was a lie`: the nearest claim before the statement, within a few sentences, not the statement itself. */
function previousClaim(doc: Doc, ordered: readonly Built[], starts: readonly number[], r: RebuttalDraft): Built | null {
  const sentence = doc.tokSentence[r.range[0]]!;
  for (let k = lastBefore(starts, r.range[0]); k >= 0; k--) {
    const b = ordered[k]!;
    if (sentence - doc.tokSentence[b.draft.range[0]]! > PREVIOUS_SENTENCES) return null;
    if (b.draft.range[1] > r.range[0] && b.draft.quote !== null && b.draft.quote === r.quote && b.draft.rule === 'claims/quotation') continue;
    return b;
  }
  return null;
}

const SCAN_LIMIT = 64;

function nearestWithKey(ordered: readonly Built[], starts: readonly number[], at: number, key: string): Built | null {
  const k0 = lastBefore(starts, at);
  for (let k = k0; k >= 0 && k0 - k < SCAN_LIMIT; k--) if (ordered[k]!.key === key) return ordered[k]!;
  for (let k = k0 + 1; k < ordered.length && k - k0 < SCAN_LIMIT; k++) if (ordered[k]!.key === key) return ordered[k]!;
  return null;
}

/** `there is no encirclement` answers `Pokrovsk was encircled`: the same predicate, whatever the places. */
function nearestWithPredicate(ordered: readonly Built[], starts: readonly number[], at: number, key: string): Built | null {
  const bar = key.lastIndexOf(' | ');
  const predicate = bar >= 0 ? key.slice(bar + 3) : key;
  if (!predicate) return null;
  const k0 = lastBefore(starts, at);
  const same = (b: Built) => b.key === predicate || b.key.endsWith(' | ' + predicate);
  for (let k = k0; k >= 0 && k0 - k < SCAN_LIMIT; k--) if (same(ordered[k]!)) return ordered[k]!;
  return null;
}

export { finiteIn };
