/**
 * Speakers as people corrected them: identities merged into one row, a spelling split off as a row
 * of its own, and the quotations whose speaker was corrected or which were rejected counted where
 * they are now. CorrectedStore (corrected.ts) reads speaker rows through `correctedSpeakers`, and
 * a speaker's quotations through `mergedWith`.
 */
import type { Correction, CorrectionMark } from '../model/corrections.ts';
import type { Quotation } from '../model/items.ts';
import { applyCorrections, isRejected, type CorrectionLog } from './corrections.ts';
import type { Page, SpeakerCount, Store } from './store.ts';

/** A speaker row with the merges and splits people made on it. */
export type CorrectedSpeaker = SpeakerCount & { readonly corrections?: readonly CorrectionMark[] };

/** Rows of a page when the caller gives no limit (as the base stores). */
export const DEFAULT_LIMIT = 100;
export const lower = (s: string | null | undefined) => (s ?? '').toLowerCase();
const markOf = (c: Correction): CorrectionMark => ({ id: c.id, kind: c.kind, author: c.author, created: c.created, note: c.note });

/**
 * Names that are one person after merges: the name given and every name merged with it (either
 * way, transitively), lower case.
 */
export function mergedWith(name: string, merges: readonly Correction[]): Set<string> {
  const group = new Set([lower(name)]);
  for (let grew = true; grew;) {
    grew = false;
    for (const m of merges) {
      if (m.kind !== 'merge') continue;
      const a = lower(m.name);
      const b = lower(m.into);
      if (group.has(a) !== group.has(b)) { group.add(a); group.add(b); grew = true; }
    }
  }
  return group;
}

export async function correctedSpeakers(base: Store, log: CorrectionLog, page: Page & { name?: string } = {}): Promise<CorrectedSpeaker[]> {
  const people = (await log.ofKinds(['merge', 'split'])) as (Correction & { kind: 'merge' | 'split' })[];
  const moves = await quotationMoves(base, log);
  if (moves.length) return movedSpeakers(base, page, moves, people);
  if (!people.length) return base.speakers(page);
  const { limit = DEFAULT_LIMIT, offset = 0 } = page;
  if (page.name !== undefined) {
    const split = people.find((c): c is Correction & { kind: 'split' } => c.kind === 'split' && lower(c.name) === lower(page.name));
    if (split) return [await splitRow(base, split)].filter((r): r is CorrectedSpeaker => !!r).slice(offset, offset + limit);
    const names = mergedWith(page.name, people);
    const rows: SpeakerCount[] = [];
    for (const n of names) for (const r of await base.speakers({ name: n, limit: 20 })) if (!rows.some((x) => x.id === r.id)) rows.push(r);
    return (await fold(base, rows, people)).slice(offset, offset + limit);
  }
  return fold(base, await base.speakers(page), people);
}

/**
 * Articles where people corrected a quotation's speaker or rejected a quotation: the speakers'
 * names of the article's quotations as extracted and as corrected (rejected ones left out), with
 * the corrections that made the difference. Articles where nothing changes are left out.
 */
async function quotationMoves(base: Store, log: CorrectionLog): Promise<QuotationMove[]> {
  const changes = (await log.ofKinds(['speaker', 'reject'])).filter((c) => c.target?.layer === 'quotes');
  if (!changes.length) return [];
  const out: QuotationMove[] = [];
  for (const [article, corrections] of await log.forArticles([...new Set(changes.map((c) => c.target!.article))])) {
    const ledger = await base.get(article);
    if (!ledger) continue;
    const { ledger: fixed, applied } = applyCorrections(ledger, corrections);
    const names = (quotes: readonly Quotation[]) => quotes.flatMap((q) => (!isRejected(q) && q.speaker?.name ? [q.speaker.name] : []));
    const before = names(ledger.extraction.quotes);
    const after = names(fixed.extraction.quotes);
    if (before.join('\u0000') === after.join('\u0000')) continue;
    const marks = applied.filter((a) => a.item !== null && (a.correction.kind === 'speaker' || a.correction.kind === 'reject')).map((a) => markOf(a.correction));
    out.push({ article, before, after, marks });
  }
  return out;
}

/**
 * Speakers with the quotations people moved or rejected counted where they are now: a row's
 * quotations and articles (and each spelling's) go down where a quotation left it and up where
 * one came to it; a name given by a correction that no stored spelling has is a row of its own.
 * The page is re-sorted (most quoted first, then by name, as the base store sorts), read ahead by
 * the number of articles moved, and then merges and splits are folded in.
 */
async function movedSpeakers(base: Store, page: Page & { name?: string }, moves: readonly QuotationMove[], people: readonly (Correction & { kind: 'merge' | 'split' })[]): Promise<CorrectedSpeaker[]> {
  const { limit = DEFAULT_LIMIT, offset = 0 } = page;
  const touched = new Map<string, string>();
  for (const m of moves) for (const n of [...m.before, ...m.after]) if (!touched.has(lower(n))) touched.set(lower(n), n);
  const rows = new Map<string, SpeakerCount>();
  const listed = page.name !== undefined
    ? await base.speakers({ name: page.name, limit: 20 })
    : await base.speakers({ limit: offset + limit + moves.length, offset: 0 });
  for (const r of listed) rows.set(r.id, r);
  // The rows of every name a move touches, wherever they are in the order.
  const owner = new Map<string, string>();
  for (const [n, name] of touched) {
    for (const r of await base.speakers({ name, limit: 20 })) {
      if (!r.spellings.some((sp) => lower(sp.name) === n)) continue;
      owner.set(n, r.id);
      if (page.name === undefined) rows.set(r.id, r);
    }
  }
  const count = (names: readonly string[], of: (n: string) => boolean) => names.filter((n) => of(lower(n))).length;
  const adjusted: (CorrectedSpeaker & { corrections: CorrectionMark[] })[] = [];
  for (const r of rows.values()) {
    const spellings = new Set(r.spellings.map((sp) => lower(sp.name)));
    let { quotes, articles } = r;
    const marks: CorrectionMark[] = [];
    const perSpelling = new Map(r.spellings.map((sp) => [lower(sp.name), { ...sp }]));
    for (const m of moves) {
      const was = count(m.before, (n) => spellings.has(n));
      const now = count(m.after, (n) => spellings.has(n));
      if (was === now) continue;
      quotes += now - was;
      articles += Number(now > 0) - Number(was > 0);
      marks.push(...m.marks);
      for (const [n, sp] of perSpelling) {
        const a = count(m.before, (x) => x === n);
        const b = count(m.after, (x) => x === n);
        sp.quotes += b - a;
        sp.articles += Number(b > 0) - Number(a > 0);
      }
    }
    if (quotes <= 0) continue;
    adjusted.push({ ...r, quotes, articles, spellings: [...perSpelling.values()].filter((sp) => sp.quotes > 0).sort((x, y) => y.quotes - x.quotes), corrections: marks });
  }
  // Names no stored spelling has: a row each (for a name query, only the name asked for).
  for (const [n, name] of touched) {
    if (owner.has(n) || (page.name !== undefined && n !== lower(page.name))) continue;
    const quotes = moves.reduce((sum, m) => sum + count(m.after, (x) => x === n), 0);
    const articles = moves.filter((m) => count(m.after, (x) => x === n) > 0).length;
    if (quotes <= 0) continue;
    adjusted.push({
      id: n.replace(/[^\p{L}\p{N}]+/gu, '-'), name, quotes, articles, roles: [], spellings: [{ name, quotes, articles }], ambiguous: [],
      corrections: moves.filter((m) => count(m.after, (x) => x === n) > 0).flatMap((m) => m.marks),
    });
  }
  adjusted.sort((a, b) => b.quotes - a.quotes || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const unique = (marks: readonly CorrectionMark[]) => [...new Map(marks.map((k) => [k.id, k])).values()];
  const marked = adjusted.map(({ corrections, ...r }) => (corrections.length ? { ...r, corrections: unique(corrections) } : r));
  const folded = people.length ? await fold(base, marked, people) : marked;
  return folded.slice(offset, offset + limit);
}

/** A spelling split off its identity, as a row of its own (its counts are those of the spelling). */
async function splitRow(base: Store, split: Correction & { kind: 'split' }): Promise<CorrectedSpeaker | null> {
  for (const r of await base.speakers({ name: split.name, limit: 20 })) {
    const sp = r.spellings.find((s) => lower(s.name) === lower(split.name));
    if (sp) return { id: `${r.id}~${lower(split.name).replace(/\W+/g, '-')}`, name: sp.name, quotes: sp.quotes, articles: sp.articles, roles: [], spellings: [sp], ambiguous: [], corrections: [markOf(split)] };
  }
  return null;
}

/** Rows of one page with merges folded in (the merged row goes into the one it was merged into) and split spellings taken out. */
async function fold(base: Store, rows: readonly SpeakerCount[], people: readonly (Correction & { kind: 'merge' | 'split' })[]): Promise<CorrectedSpeaker[]> {
  let out: (CorrectedSpeaker & { corrections: CorrectionMark[] })[] = rows.map((r) => ({ ...r, corrections: [] }));
  for (const c of people) {
    if (c.kind === 'split') {
      const i = out.findIndex((r) => r.spellings.some((s) => lower(s.name) === lower(c.name)) && r.spellings.length > 1);
      if (i < 0) continue;
      const r = out[i]!;
      const sp = r.spellings.find((s) => lower(s.name) === lower(c.name))!;
      out[i] = { ...r, quotes: r.quotes - sp.quotes, spellings: r.spellings.filter((s) => s !== sp), corrections: [...r.corrections, markOf(c)] };
      const own = await splitRow(base, c);
      if (own) out.splice(i + 1, 0, { ...own, corrections: [markOf(c)] });
    } else {
      const from = out.findIndex((r) => lower(r.name) === lower(c.name) || r.spellings.some((s) => lower(s.name) === lower(c.name)));
      if (from < 0) continue;
      const into = out.findIndex((r, i) => i !== from && (lower(r.name) === lower(c.into) || r.spellings.some((s) => lower(s.name) === lower(c.into))));
      const a = out[from]!;
      if (into < 0) {
        out[from] = { ...a, name: c.into, corrections: [...a.corrections, markOf(c)] };
        continue;
      }
      const b = out[into]!;
      out[into] = {
        ...b, quotes: b.quotes + a.quotes, articles: b.articles + a.articles,
        roles: [...new Set([...b.roles, ...a.roles])], spellings: [...b.spellings, ...a.spellings].sort((x, y) => y.quotes - x.quotes),
        corrections: [...b.corrections, ...a.corrections, markOf(c)],
      };
      out = out.filter((_r, i) => i !== from);
    }
  }
  return out.map(({ corrections, ...r }) => (corrections.length ? { ...r, corrections } : r));
}


/** One article's speakers of quotations as extracted and as corrected (rejected quotations left out). */
interface QuotationMove {
  readonly article: string;
  readonly before: readonly string[];
  readonly after: readonly string[];
  readonly marks: readonly CorrectionMark[];
}
