import type { Doc } from '../../model/doc.ts';
import type { Entity, Quotation } from '../../model/items.ts';
import type { Party } from '../../model/claims.ts';
import { span } from '../../model/span.ts';
import { POS } from '../../model/doc.ts';
import { GROUP_HEADS } from '../lexicon/claims.ts';
import { isPartyName } from '../figures/07-claimant.ts';
import { phraseEndingAt, phraseStartingAt, type SourcePhrase } from '../../extract/speakers/find-source.ts';

/**
 * Step 2: who claims or denies. The phrase before a verb cue (`the Russian Federation ... declared`),
 * the possessor of a claim noun (`Moscow's claims`), the object of `according to`; a pronoun, or no
 * phrase at all, takes the speaker of the quotation the cue stands in.
 */
export interface Context {
  readonly doc: Doc;
  readonly quotes: readonly Quotation[];
  readonly entities: readonly Entity[];
  /** Quotation index by start, for the quotation around a token. */
  readonly quoteStarts: Int32Array;
  /** Every entity mention, sorted by start, with its entity: found by binary search. */
  readonly mentions: () => MentionIndex;
}

type MentionIndex = readonly { readonly start: number; readonly end: number; readonly entity: Entity }[];

export function mentionIndex(entities: readonly Entity[]): MentionIndex {
  const out: { start: number; end: number; entity: Entity }[] = [];
  for (const entity of entities) for (const m of entity.mentions) out.push({ start: m.start, end: m.end, entity });
  return out.sort((a, b) => a.start - b.start);
}

const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'him', 'her', 'them', 'us', 'me', 'who']);
const LEADING: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/**
 * Third-person subjects: the quotation's speaker only in reported speech (see partyOf). Objects keep
 * the speaker: `According to him, ...` after a quotation is the one just quoted.
 */
const THIRD_PERSON: ReadonlySet<string> = new Set(['he', 'she']);
/** `they` and the relative `who` (`some, including the Institute, who have claimed ...`) are never a single speaker. */
const PLURAL_THIRD: ReadonlySet<string> = new Set(['they', 'who']);

export const NO_PARTY: Party = { mention: null, name: null, entity: null, also: [] };

/** The quotation whose span holds character `at`, if any (quotations do not nest). */
export function quoteAround(ctx: Context, at: number): Quotation | null {
  let lo = 0;
  let hi = ctx.quoteStarts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.quoteStarts[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  const q = lo > 0 ? ctx.quotes[lo - 1]! : null;
  return q && at < q.end ? q : null;
}

export function partyFromQuote(q: Quotation | null, doc?: Doc): Party {
  if (!q?.speaker) return NO_PARTY;
  const found = { mention: q.speaker.mention, name: q.speaker.name, entity: q.speaker.entity, also: [] };
  const party = doc ? withGroupHead(doc, found) : found;
  // `able` (from `will be able to explain`), `which`, `humanitarian corridors` are no claimant.
  return party.name && !isPartyName(party.name) ? NO_PARTY : party;
}

const GROUP_OF = /\b(\p{L}+) of (?:the )?$/u;
const GROUP_REACH = 48;

/**
 * `Leaders of the breakaway territories said ...`: the speaker found is `breakaway territories`,
 * but who claims is the group of people who speak for it; the claimant is the whole phrase.
 */
export function withGroupHead(doc: Doc, party: Party): Party {
  const m = party.mention;
  if (!m) return party;
  const before = GROUP_OF.exec(doc.text.slice(Math.max(0, m.start - GROUP_REACH), m.start));
  if (!before || !GROUP_HEADS.has(before[1]!.toLowerCase())) return party;
  const mention = span(doc.text, m.start - before[0].length, m.end);
  return { ...party, mention, name: mention.text, entity: null };
}

/** The party named by tokens [start, end), resolved against the article's people. */
export function partyOf(ctx: Context, phrase: SourcePhrase): Party {
  const { doc } = ctx;
  let s = phrase.start;
  let e = phrase.end;
  while (s < e - 1 && LEADING.has(doc.lower[s]!)) s++;
  while (e > s + 1 && (doc.lower[e - 1] === "'s" || doc.lower[e - 1] === '’s')) e--;
  const mention = span(doc.text, doc.tokStart[s]!, doc.tokEnd[e - 1]!);
  if (e - s === 1 && PRONOUNS.has(doc.lower[s]!)) {
    const quote = quoteAround(ctx, mention.start);
    // `"They claim that ... This is nonsense," Putin said`: in the speaker's own words `he` and `they` are
    // someone else. In reported speech `he` may be the speaker (`Putin said he had ...`), and `they` an
    // organization or group speaking (`the ministry said they had ...`), never one person.
    const w = doc.lower[s]!;
    const reported = quote !== null && quote.kind === 'indirect';
    const other = (THIRD_PERSON.has(w) && !reported) || (PLURAL_THIRD.has(w) && (!reported || quote.speaker?.kind === 'person'));
    const from = other ? NO_PARTY : partyFromQuote(quote);
    return { ...from, mention };
  }
  const entity = entityAt(ctx, mention.start, mention.end);
  const also = phrase.apposition ? alsoNamed(ctx, phrase.apposition) : [];
  if (entity) return { mention, name: entity.name, entity: entity.id, also };
  // `the results show ...`, `preliminary data suggest ...`: words that are no party claim nothing of their own.
  if (!isPartyName(mention.text)) return { mention: null, name: null, entity: null, also };
  return { mention, name: mention.text, entity: null, also };
}

/** `the Russian Federation, including Putin,`: the parties named with the claimant. */
function alsoNamed(ctx: Context, [s, e]: readonly [number, number]): Party[] {
  const { doc } = ctx;
  if (doc.lower[s] !== 'including' && doc.lower[s] !== 'and' && doc.lower[s] !== 'along') return [];
  const phrase = phraseStartingAt(doc, s + 1 + (doc.lower[s] === 'along' ? 1 : 0), e);
  return phrase ? [partyOf(ctx, { ...phrase, apposition: null })] : [];
}

/** An entity mentioned within [start, end) (mentions do not overlap each other much: look at the few before). */
function entityAt(ctx: Context, start: number, end: number): Entity | null {
  const ms = ctx.mentions();
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.start < end) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && k >= lo - 4; k--) if (ms[k]!.end > start) return ms[k]!.entity;
  return null;
}

/** The subject of the verb at token `cue`: `Moscow claims`, `he denied`. Falls back to the quotation's speaker. */
export function subjectOf(ctx: Context, cue: number): Party {
  const { doc } = ctx;
  const floor = doc.sentStartTok[doc.tokSentence[cue]!]!;
  const phrase = phraseEndingAt(doc, cue, floor);
  if (phrase) return partyOf(ctx, phrase);
  return partyFromQuote(quoteAround(ctx, doc.tokStart[cue]!));
}

/** The possessor before a claim noun (`Moscow's claims`), its adjective (`Russian claims`), or `claims by X`. */
export function possessorOf(ctx: Context, noun: number): Party {
  const { doc } = ctx;
  const floor = doc.sentStartTok[doc.tokSentence[noun]!]!;
  const prev = noun - 1;
  if (prev > floor && (doc.lower[prev] === "'s" || doc.lower[prev] === '’s')) {
    const phrase = phraseEndingAt(doc, prev, floor);
    if (phrase) return partyOf(ctx, { ...phrase, end: phrase.end });
  }
  if (prev >= floor && (doc.tokPos[prev] === POS.PROPN || doc.tokPos[prev] === POS.ADJ) && /^\p{Lu}/u.test(doc.tokens[prev]!)) return partyOf(ctx, { start: prev, end: noun, apposition: null });
  const next = noun + 1;
  if (doc.lower[next] === 'by' || doc.lower[next] === 'from') {
    const phrase = phraseStartingAt(doc, next + 1, doc.sentEndTok[doc.tokSentence[noun]!]!);
    if (phrase) return partyOf(ctx, phrase);
  }
  return NO_PARTY;
}

/** The tokens of phrase `according to X`. */
export function accordingTo(ctx: Context, to: number): { party: Party; end: number } | null {
  const { doc } = ctx;
  const phrase = phraseStartingAt(doc, to + 1, doc.sentEndTok[doc.tokSentence[to]!]!);
  if (!phrase) return null;
  return { party: partyOf(ctx, phrase), end: phrase.apposition ? phrase.apposition[1] : phrase.end };
}
