import type { Doc } from '../../model/doc.ts';
import type { MentionKind, Quotation } from '../../model/items.ts';
import { span } from '../../model/span.ts';
import { isCapitalized, lowerBound } from '../../analyze/lookup.ts';
import { ORG_DESCRIPTIONS, ORG_DESCRIPTION_FITS, ROLE_DESCRIPTIONS } from '../lexicon/titles-entities.ts';
import type { Building } from './03-link.ts';

const PRONOUN_GENDER: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['he', 'male'], ['him', 'male'], ['his', 'male'], ['himself', 'male'],
  ['she', 'female'], ['her', 'female'], ['hers', 'female'], ['herself', 'female'],
]);

/** How many entities back a pronoun or description may look, and how many paragraphs. */
const RECENT = 24;
const PRONOUN_PARAGRAPHS = 2;
const DESCRIPTION_PARAGRAPHS = 6;

function add(doc: Doc, e: Building, start: number, end: number, kind: MentionKind): void {
  const m = span(doc.text, start, end);
  e.mentions.push({ start: m.start, end: m.end, text: m.text, kind });
}

/**
 * Mentions that are not names, linked to the entities named before them:
 * 1. a quotation's speaker (`he told Wilder`) joins the entity the speaker stage resolved it to,
 *    and tells its gender;
 * 2. `he`/`him`/`his`, `she`/`her`: the last person named within two paragraphs whose gender
 *    fits; inside a quotation, not its own speaker (a speaker says `I`, not `he`);
 * 3. `the general`, `the president`: the last person whose title or role holds that word;
 *    `the ministry`, `the alliance`: the last organization whose name fits.
 * One walk over the tokens, with a short list of the entities named most recently.
 */
export function corefer(doc: Doc, entities: Building[], quotes: readonly Quotation[]): void {
  linkSpeakers(doc, entities, quotes);
  walk(doc, namedInOrder(doc, entities), quotes);
}

/** A mention already named, with the entity and paragraph: what the walk meets in text order. */
interface Named { readonly start: number; readonly entity: Building; readonly para: number }
interface Recent { readonly entity: Building; readonly para: number }

/** Step 1: quotation speakers join the entity the speaker stage resolved them to. */
function linkSpeakers(doc: Doc, entities: Building[], quotes: readonly Quotation[]): void {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const taken = new Set<number>();
  const spans: [number, number][] = [];
  for (const e of entities) for (const m of e.mentions) { taken.add(m.start); spans.push([m.start, m.end]); }
  spans.sort((a, b) => a[0] - b[0]);
  const overlapsName = (start: number, end: number) => {
    const k = lowerBound(spans.length, (i) => spans[i]![0] < start);
    // Name mentions do not nest much: the neighbours either side are enough.
    for (let i = Math.max(0, k - 4); i < Math.min(spans.length, k + 4); i++) if (spans[i]![0] < end && spans[i]![1] > start) return true;
    return false;
  };
  for (const q of quotes) {
    const s = q.speaker;
    const e = s?.entity ? byId.get(s.entity) : undefined;
    if (!s || !e || taken.has(s.mention.start) || (!s.pronoun && overlapsName(s.mention.start, s.mention.end))) continue;
    taken.add(s.mention.start);
    const lower = s.mention.text.toLowerCase();
    add(doc, e, s.mention.start, s.mention.end, s.pronoun ? 'pronoun' : lower.startsWith('the ') ? 'description' : 'short-name');
    if (s.pronoun) e.gender ??= PRONOUN_GENDER.get(lower) ?? null;
  }
}

/** Mentions so far (names, and the speakers step 1 linked) in text order. */
function namedInOrder(doc: Doc, entities: Building[]): Named[] {
  const named: Named[] = [];
  for (const e of entities) for (const m of e.mentions) named.push({ start: m.start, entity: e, para: doc.tokParagraph[tokenAt(doc, m.start)] ?? 0 });
  named.sort((a, b) => a.start - b.start);
  return named;
}

/** `he`, `him`, `his`, `himself`, `she`, `her`, `hers`, `herself`, `the`: the only words steps 2 and 3 start from. */
const mayRefer = (l: string) => {
  const c = l.charCodeAt(0);
  return (c === 104 || c === 115) ? PRONOUN_GENDER.has(l) : c === 116 && l === 'the';
};

/**
 * Steps 2 and 3, one walk over the tokens. `recent` holds the entities named most recently, the
 * last first; it is brought up to a token only where that token may refer back (the names before
 * it are taken in text order either way, so the list is the same).
 */
function walk(doc: Doc, named: readonly Named[], quotes: readonly Quotation[]): void {
  const taken = new Set<number>();
  for (const n of named) taken.add(n.start);
  const recent: Recent[] = [];
  const roleWords = new Map<Building, Set<string>>();
  const wordsOf = (e: Building) => {
    let w = roleWords.get(e);
    if (!w) { w = new Set(e.titles.flatMap((t) => t.text.toLowerCase().split(/[^\p{L}]+/u))); roleWords.set(e, w); }
    return w;
  };
  // The names an organization goes by (`north atlantic treaty organization`, `nato`) and their words.
  const aliasesOf = new Map<Building, { names: string[]; words: Set<string> }>();
  const fitsOrganization = (e: Building, f: string) => {
    let a = aliasesOf.get(e);
    if (!a) {
      const names = [...new Set([e.nameTokens.join(' '), ...e.mentions.filter((m) => m.kind === 'name' || m.kind === 'acronym').map((m) => m.text.toLowerCase())])];
      a = { names, words: new Set(names.flatMap((n) => n.split(' '))) };
      aliasesOf.set(e, a);
    }
    return f.includes(' ') ? a.names.some((n) => n.includes(f)) : a.words.has(f);
  };
  const n = doc.tokens.length;
  let j = 0;
  for (let i = 0; i < n; i++) {
    const l = doc.lower[i]!;
    if (!mayRefer(l)) continue;
    const at = doc.tokStart[i]!;
    j = bringUp(named, j, at, recent);
    if (taken.has(at)) continue;
    const para = doc.tokParagraph[i]!;
    const gender = PRONOUN_GENDER.get(l);
    if (gender) {
      const speaker = speakerOfQuotationAt(quotes, at);
      const hit = recent.find((r) => r.entity.kind === 'person' && para - r.para <= PRONOUN_PARAGRAPHS && (r.entity.gender ?? gender) === gender && r.entity.id !== speaker);
      if (hit) add(doc, hit.entity, at, doc.tokEnd[i]!, 'pronoun');
      continue;
    }
    if (i + 1 >= n) continue;
    const head = doc.lower[i + 1]!;
    // `the general staff`, `the president of Ukraine`: a name or a longer phrase, not a reference back.
    const nextTok = doc.tokens[i + 2];
    if (nextTok !== undefined && (isCapitalized(nextTok) || doc.lower[i + 2] === 'of')) continue;
    if (isCapitalized(doc.tokens[i + 1]!)) continue;
    if (ROLE_DESCRIPTIONS.has(head)) {
      const hit = recent.find((r) => r.entity.kind === 'person' && para - r.para <= DESCRIPTION_PARAGRAPHS && wordsOf(r.entity).has(head));
      if (hit) add(doc, hit.entity, at, doc.tokEnd[i + 1]!, 'description');
    } else if (ORG_DESCRIPTIONS.has(head)) {
      const fits = ORG_DESCRIPTION_FITS.get(head) ?? [head];
      const hit = recent.find((r) => r.entity.kind !== 'person' && para - r.para <= DESCRIPTION_PARAGRAPHS && fits.some((f) => fitsOrganization(r.entity, f)));
      if (hit) add(doc, hit.entity, at, doc.tokEnd[i + 1]!, 'description');
    }
  }
}

/** Moves each entity named at or before `at` to the front of `recent`; returns the next unread name. */
function bringUp(named: readonly Named[], j: number, at: number, recent: Recent[]): number {
  while (j < named.length && named[j]!.start <= at) {
    const n = named[j++]!;
    const k = recent.findIndex((r) => r.entity === n.entity);
    if (k >= 0) recent.splice(k, 1);
    recent.unshift({ entity: n.entity, para: n.para });
    if (recent.length > RECENT) recent.pop();
  }
  return j;
}

function tokenAt(doc: Doc, offset: number): number {
  return Math.min(doc.tokens.length - 1, lowerBound(doc.tokens.length, (k) => doc.tokEnd[k]! <= offset));
}

/** The speaker entity of the quotation covering an offset (quotations are in text order and do not overlap). */
function speakerOfQuotationAt(quotes: readonly Quotation[], offset: number): string | null {
  const k = lowerBound(quotes.length, (i) => quotes[i]!.end <= offset);
  const q = quotes[k];
  return q && q.start <= offset ? q.speaker?.entity ?? null : null;
}
