import type { Correction } from '../model/corrections.ts';
import type { Claim, Rebuttal } from '../model/claims.ts';
import type { Extraction, Figure, Quotation } from '../model/items.ts';
import { applyCorrections, isRejected, type AppliedCorrection, type CorrectionLog, type Corrected } from './corrections.ts';
import type {
  ArticleInfo, ClaimFilter, ClaimRecord, FigureFilter, StoredArticle, Located, Mention, MentionKind, Page, PlaceCount, PlaceFilter,
  PutResult, QuoteFilter, SearchFilter, SearchHit, SearchOptions, SearchPage, Store, StoreStats,
} from './store.ts';
import { DEFAULT_LIMIT, correctedSpeakers, lower, mergedWith, type CorrectedSpeaker } from './speaker-corrections.ts';

export type { CorrectedSpeaker } from './speaker-corrections.ts';

/**
 * The ledger as people corrected it: any Store, read through its CorrectionLog. Reads that return
 * items (get, ledgers, quotes, figures, claims) apply the corrections of the articles they touch
 * (`applyCorrections`): rejected items are marked in an article and left out of lists; a quotation
 * whose speaker was corrected is listed under the new speaker, not the old; a rated claim carries
 * its verdict; speakers merged into one identity are one row and one list of quotations, and a
 * spelling split off is a row of its own. Everything else passes through. When no correction
 * touches a query, it is the base store's query unchanged (same plan, same speed).
 *
 * Lists that drop or add corrected items read ahead by the number of corrections that could
 * (`offset + limit + n` rows) and cut the page after, so a page is still `limit` long.
 */
export class CorrectedStore implements Store {
  constructor(readonly base: Store, readonly log: CorrectionLog) {}

  get corrections(): CorrectionLog { return this.log; }

  hashes(ids: readonly string[]) { return this.base.hashes(ids); }
  put(ledgers: readonly StoredArticle[]): Promise<PutResult> { return this.base.put(ledgers); }
  articles(page?: Page): Promise<ArticleInfo[]> { return this.base.articles(page); }
  article(id: string): Promise<ArticleInfo | null> { return this.base.article(id); }
  texts(ids: readonly string[]): Promise<Map<string, string>> { return this.base.texts(ids); }
  stats(): Promise<StoreStats> { return this.base.stats(); }
  async search(query: string, options?: SearchOptions): Promise<SearchHit[]> { return this.correctHits(await this.base.search(query, options)); }
  async searchPage(query: string, filter?: SearchFilter): Promise<SearchPage> {
    const page = await this.base.searchPage(query, filter);
    return { ...page, hits: await this.correctHits(page.hits) };
  }
  mentioning(kind: MentionKind, name: string, page?: Page): Promise<Mention[]> { return this.base.mentioning(kind, name, page); }
  places(filter?: PlaceFilter): Promise<PlaceCount[]> { return this.base.places(filter); }
  close(): Promise<void> { return this.base.close(); }

  /** An article as corrected, with each of its corrections and the item it applies to now (null: gone). */
  async corrected(id: string): Promise<{ ledger: StoredArticle; applied: AppliedCorrection[] } | null> {
    const ledger = await this.base.get(id);
    if (!ledger) return null;
    const corrections = (await this.log.forArticles([id])).get(id) ?? [];
    return applyCorrections(ledger, corrections);
  }

  async get(id: string): Promise<StoredArticle | null> {
    return (await this.corrected(id))?.ledger ?? null;
  }

  async *ledgers(): AsyncIterable<StoredArticle> {
    for await (const ledger of this.base.ledgers()) {
      const corrections = (await this.log.forArticles([ledger.document.id])).get(ledger.document.id) ?? [];
      yield applyCorrections(ledger, corrections).ledger;
    }
  }

  /** The corrected items of one layer of these articles, by article and item id (articles without corrections are left out). */
  private async correctedLayer<L extends keyof Extraction>(articles: readonly string[], layer: L): Promise<Map<string, Map<string, Extraction[L][number]>>> {
    const out = new Map<string, Map<string, Extraction[L][number]>>();
    const byArticle = await this.log.forArticles(articles);
    for (const [article, corrections] of byArticle) {
      const ledger = await this.base.get(article);
      if (!ledger) continue;
      const { ledger: fixed } = applyCorrections(ledger, corrections);
      out.set(article, new Map((fixed.extraction[layer] as Extraction[L][number][]).map((i) => [(i as { id: string }).id, i])));
    }
    return out;
  }

  /** Located items of one layer with their article's corrections applied. */
  private async correct<L extends keyof Extraction>(items: readonly Located<Extraction[L][number]>[], layer: L): Promise<Located<Extraction[L][number]>[]> {
    const fixed = await this.correctedLayer([...new Set(items.map((l) => l.article))], layer);
    if (!fixed.size) return [...items];
    return items.map((l) => {
      const item = fixed.get(l.article)?.get((l.item as { id: string }).id);
      return item ? { ...l, item } : l;
    });
  }

  /**
   * Search hits as corrected: a hit on a rejected quotation or claim stays a hit (its words are in
   * the text, and the count says so) but is marked with the rejection; a quotation whose speaker
   * was corrected shows the corrected name and says who it was; a rated claim carries its verdict.
   */
  private async correctHits(hits: readonly SearchHit[]): Promise<SearchHit[]> {
    const items = hits.filter((h) => h.item !== null && h.scope !== 'articles');
    if (!items.length || !(await this.log.counts()).size) return [...hits];
    const articles = [...new Set(items.map((h) => h.article))];
    const [quotes, claims] = await Promise.all([this.correctedLayer(articles, 'quotes'), this.correctedLayer(articles, 'claims')]);
    return hits.map((h) => {
      const item = h.item === null ? undefined : (h.scope === 'quotes' ? quotes : h.scope === 'claims' ? claims : null)?.get(h.article)?.get(h.item);
      const mark = item as (Corrected & { speaker?: { name: string } | null; claimant?: { name: string } }) | undefined;
      if (!mark?.correction && !mark?.verdict) return h;
      return {
        ...h,
        speaker: h.scope === 'quotes' ? mark.speaker?.name ?? null : h.speaker,
        ...(mark.correction ? { correction: mark.correction } : {}),
        ...(mark.verdict ? { verdict: mark.verdict } : {}),
      };
    });
  }

  async figures(filter: FigureFilter = {}): Promise<Located<Figure>[]> {
    const rejects = (await this.log.counts()).get('reject:figures') ?? 0;
    if (!rejects) return this.base.figures(filter);
    const { limit = DEFAULT_LIMIT, offset = 0 } = filter;
    const rows = await this.base.figures({ ...filter, offset: 0, limit: offset + limit + rejects });
    return (await this.correct(rows, 'figures')).filter((l) => !isRejected(l.item)).slice(offset, offset + limit);
  }

  async claims(filter: ClaimFilter = {}): Promise<ClaimRecord[]> {
    const counts = await this.log.counts();
    const rejects = (counts.get('reject:claims') ?? 0) + (counts.get('reject:rebuttals') ?? 0);
    if (!rejects && !counts.get('rating')) return this.base.claims(filter);
    const { limit = DEFAULT_LIMIT, offset = 0 } = filter;
    const rows = await this.base.claims({ ...filter, offset: 0, limit: offset + limit + rejects });
    const articles = [...new Set(rows.map((r) => r.article))];
    const [claims, rebuttals] = await Promise.all([this.correctedLayer(articles, 'claims'), this.correctedLayer(articles, 'rebuttals')]);
    const out: ClaimRecord[] = [];
    for (const r of rows) {
      const item = (claims.get(r.article)?.get(r.item.id) ?? r.item) as Claim;
      if (isRejected(item)) continue;
      const answers = r.rebuttals.map((x) => (rebuttals.get(r.article)?.get(x.id) ?? x) as Rebuttal).filter((x) => !isRejected(x));
      if (filter.contested && !answers.length) continue;
      out.push({ ...r, item, rebuttals: answers });
    }
    return out.slice(offset, offset + limit);
  }

  async quotes(filter: QuoteFilter = {}): Promise<Located<Quotation>[]> {
    const { limit = DEFAULT_LIMIT, offset = 0 } = filter;
    const people = await this.log.ofKinds(['speaker', 'merge', 'split']);
    const rejects = (await this.log.counts()).get('reject:quotes') ?? 0;
    if (filter.speaker === undefined) {
      if (!rejects && !people.some((c) => c.kind === 'speaker')) return this.base.quotes(filter);
      const rows = await this.base.quotes({ ...filter, offset: 0, limit: offset + limit + rejects });
      return (await this.correct(rows, 'quotes')).filter((l) => !isRejected(l.item)).slice(offset, offset + limit);
    }
    const names = mergedWith(filter.speaker, people);
    const splits = people.filter((c): c is Correction & { kind: 'split' } => c.kind === 'split');
    const splitOff = splits.find((s) => names.has(lower(s.name)));
    if (!rejects && !people.some((c) => c.kind === 'speaker') && names.size === 1 && !splits.length) return this.base.quotes(filter);

    // Every spelling of every identity the names find, to tell which corrected quotations belong here.
    const spellings = new Set(names);
    for (const n of names) for (const s of await this.base.speakers({ name: n, limit: 20 })) {
      spellings.add(lower(s.name));
      for (const sp of s.spellings) spellings.add(lower(sp.name));
    }
    const splitNames = new Set(splits.map((s) => lower(s.name)));
    // A spelling split off is itself alone; any other name leaves the spellings split off it out.
    const belongs = (name: string | null | undefined) => {
      const n = lower(name);
      if (splitOff) return n === lower(splitOff.name);
      return spellings.has(n) && !(splitNames.has(n) && !names.has(n));
    };
    const extra = rejects + people.filter((c) => c.kind === 'speaker').length;
    const lists: Located<Quotation>[][] = [];
    for (const n of names) {
      const rows = await this.base.quotes({ ...filter, speaker: n, offset: 0, limit: offset + limit + extra });
      lists.push(await this.correct(rows, 'quotes'));
    }
    // Quotations people gave to one of these names.
    const given = people.filter((c) => c.kind === 'speaker' && c.target && (filter.article === undefined || c.target.article === filter.article) && belongs(c.name));
    if (given.length) {
      const fixed = await this.correctedLayer([...new Set(given.map((c) => c.target!.article))], 'quotes');
      const dates = new Map<string, string | null>();
      const added: Located<Quotation>[] = [];
      for (const [article, items] of fixed) {
        if (!dates.has(article)) dates.set(article, (await this.base.article(article))?.date ?? null);
        for (const item of items.values()) if ((item as Corrected).correction?.kind === 'speaker' && belongs(item.speaker?.name)) added.push({ article, date: dates.get(article)!, item });
      }
      lists.push(added);
    }
    const seen = new Set<string>();
    const merged: Located<Quotation>[] = [];
    for (const l of lists.flat().sort((a, b) => lower(b.date).localeCompare(lower(a.date)))) {
      const key = `${l.article}\u0000${l.item.id}`;
      if (seen.has(key) || isRejected(l.item) || !belongs(l.item.speaker?.name)) continue;
      seen.add(key);
      merged.push(l);
    }
    return merged.slice(offset, offset + limit);
  }

  speakers(page: Page & { name?: string } = {}): Promise<CorrectedSpeaker[]> {
    return correctedSpeakers(this.base, this.log, page);
  }
}

/** The store read through its corrections, when it keeps them; else the store itself. */
export function withCorrections(store: Store): Store {
  return store.corrections && !(store instanceof CorrectedStore) ? new CorrectedStore(store, store.corrections) : store;
}
