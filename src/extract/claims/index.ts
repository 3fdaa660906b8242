import type { Doc } from '../../model/doc.ts';
import type { TimeExpression } from '../../model/context.ts';
import type { Claim, Rebuttal } from '../../model/claims.ts';
import type { Entity, Quotation } from '../../model/items.ts';
import { findCues } from './01-find-cues.ts';
import { mentionIndex, type Context } from './02-parties.ts';
import { placeAntecedents } from './04-proposition.ts';
import { claimDrafts } from './06-claims.ts';
import { rebuttalDrafts } from './07-rebuttals.ts';
import { assemble } from './08-assemble.ts';
import { withFrames } from './frames.ts';
import { defaultResources, type Lemmatizer } from '../../resources/index.ts';

/** What the claims stage reads besides the Doc: earlier layers, passed by the pipeline. */
export interface ClaimsInput {
  readonly quotes: readonly Quotation[];
  readonly entities: readonly Entity[];
  /** The dates layer; empty until it runs, and then claims are dated only by tense. */
  readonly dates: readonly TimeExpression[];
  /** Verb lemmas for proposition keys (the pipeline hands its resources'; defaultResources() when absent). */
  readonly lemmatizer?: Lemmatizer;
}

/**
 * Claims and rebuttals within one article (issue 5), in order:
 * 1. find-cues: one pass over tokens for words of claiming and denying (hash lookups, a few tokens of context).
 * 2. parties: who claims or denies (the subject, the possessor, `according to X`, the quotation's speaker).
 * 3. clauses: the words claimed, split into propositions at `, that`.
 * 4. proposition: the key `entities | predicate lemma` that finds the same claim elsewhere.
 * 5. date: a date in or next to the clause, else the article date for a present-tense statement.
 * 6. claims: from cues, and from quotations that hold no cue of their own.
 * 7. rebuttals: what each denial answers.
 * 8. assemble: keys, dates, links, ids in text order.
 * 9. frames: who did what to what, where, for the predicates the sides accuse each other of (`frames.ts`).
 */
export function extractClaims(doc: Doc, input: ClaimsInput): { claims: Claim[]; rebuttals: Rebuttal[] } {
  const cues = findCues(doc);
  if (!cues.length && !input.quotes.length) return { claims: [], rebuttals: [] };
  const quotes = sortedByStart(input.quotes);
  const quoteStarts = new Int32Array(quotes.length);
  for (let i = 0; i < quotes.length; i++) quoteStarts[i] = quotes[i]!.start;
  const ctx: Context = { doc, quotes, entities: input.entities, quoteStarts, mentions: once(() => mentionIndex(input.entities)) };
  const drafts = claimDrafts(ctx, cues);
  const rebuttals = rebuttalDrafts(ctx, cues);
  const lemmatizer = input.lemmatizer ?? defaultResources().lemmatizer;
  const out = assemble(doc, once(() => placeAntecedents(doc)), input.dates.length ? sortedByStart(input.dates) : input.dates, drafts, rebuttals, lemmatizer);
  return { claims: withFrames(doc, out.claims, lemmatizer), rebuttals: withFrames(doc, out.rebuttals, lemmatizer) };
}

/** Built on first use: most articles never ask who `the city` is. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

function sortedByStart<T extends { start: number }>(items: readonly T[]): readonly T[] {
  for (let i = 1; i < items.length; i++) if (items[i - 1]!.start > items[i]!.start) return [...items].sort((a, b) => a.start - b.start);
  return items;
}
