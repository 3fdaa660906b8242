import type { Doc } from '../../model/doc.ts';
import type { TimeExpression } from '../../model/context.ts';
import { dateOf } from './05-date.ts';
import type { Lemmatizer } from '../../resources/index.ts';
import type { RebuttalDraft } from './07-rebuttals.ts';
import type { Claim, Rebuttal } from '../../model/claims.ts';
import { propositionKey, type PlaceAntecedents } from './04-proposition.ts';
import type { Draft } from './06-claims.ts';
import { type Built, tokenSpan } from './built-claims.ts';
import { fallbackKey } from './fallback-key.ts';
import { answersOf } from './answers.ts';
import { counterClaims } from './counter-claims.ts';
import { deniedAgain } from './denied-again.ts';

/**
 * Step 8: keys, dates and links. Claims get ids in text order; each rebuttal finds its claim (the one
 * its cue names, the nearest claim before it, or the claim with the same key) or, when the article
 * does not state the claim it denies, an implied claim with no claimant is made from the denied words.
 */
export function assemble(doc: Doc, places: () => PlaceAntecedents, dates: readonly TimeExpression[], drafts: readonly Draft[], rebuttalDrafts: readonly RebuttalDraft[], lemmatizer: Lemmatizer): { claims: Claim[]; rebuttals: Rebuttal[] } {
  // Words with no predicate (`Newsmax`, `claimed the bodies`) assert nothing a denial could meet.
  const built: Built[] = drafts.map((draft) => ({ draft, key: propositionKey(doc, places, draft.range, lemmatizer) || fallbackKey(doc, draft) }))
    .filter((b) => b.key !== '');
  const implied: Built[] = [];
  // Links need indexes over the claims; most articles have no rebuttal and skip building them.
  const answers: Built[][] = rebuttalDrafts.length ? answersOf(doc, places, built, implied, drafts, rebuttalDrafts, lemmatizer) : [];
  const all = (implied.length ? [...built, ...implied] : built).sort((a, b) => a.draft.range[0] - b.draft.range[0] || a.draft.range[1] - b.draft.range[1]);
  const ids = new Map<Built, string>();
  const claims: Claim[] = all.map((b, i) => {
    const id = `c${i + 1}`;
    ids.set(b, id);
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
  // One push each: a spread of 120,000 or more arguments overflows the stack.
  for (const r of deniedAgain(doc, dates, all, ids, rebuttals)) rebuttals.push(r);
  for (const r of counterClaims(doc, dates, all, ids, rebuttals)) rebuttals.push(r);
  rebuttals.sort((a, b) => a.start - b.start || a.end - b.end);
  return { claims, rebuttals: rebuttals.map((r, i) => ({ ...r, id: `r${i + 1}` })) };
}
