import type { Document } from '../model/document.ts';
import type { Claim, Rebuttal } from '../model/claims.ts';
import type { Extraction, FigureCategory, Quotation, Figure } from '../model/items.ts';
import type { CorrectionLog } from './corrections.ts';

/**
 * The ledger store, as callers see it. Every method is async so that a PostgreSQL implementation
 * (a network round trip per call) satisfies the same interface; the SQLite one answers at once.
 * Every result carries its article id and the item's offsets into that article's text.
 */

/** One article as stored: the Document, the hash of its content, and everything extracted from it. */
export interface StoredArticle {
  readonly document: Document;
  readonly hash: string;
  readonly extraction: Extraction;
}

/** What `put` did with each article. */
export interface PutResult {
  added: number;
  replaced: number;
  unchanged: number;
}

export interface ArticleInfo {
  readonly id: string;
  readonly hash: string;
  readonly date: string | null;
  readonly title: string | null;
  readonly url: string | null;
  /** The outlet, where the input named one. */
  readonly source: string | null;
  /** When this version of the article was stored (ISO time). */
  readonly ingested: string;
  /** When it was fetched from its URL (ISO time; `claimgraph watch`), or null for one read from a file. */
  readonly retrieved: string | null;
  /** The encoding its bytes were decoded from (`windows-1251`), for a page or feed that was not UTF-8; null otherwise. */
  readonly encoding: string | null;
  readonly chars: number;
}

/** A stretch of an article: its id and offsets, the text, and where matches are inside it. */
export interface Hit {
  readonly article: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The matching words, with offsets into the article text. */
  readonly matches: readonly { start: number; end: number; text: string }[];
}

export type SearchScope = 'articles' | 'quotes' | 'claims';

export interface SearchHit extends Hit {
  readonly scope: SearchScope;
  /** The quotation's or claim's id when the hit is one. */
  readonly item: string | null;
  /** The quotation's speaker or the claim's claimant (null for an article, or none found). */
  readonly speaker: string | null;
  readonly title: string | null;
  readonly date: string | null;
}

export interface SearchOptions {
  readonly scope?: SearchScope;
  readonly limit?: number;
}

/** A page of search hits with filters, and how many hits there are in all. */
export interface SearchFilter extends Page {
  readonly scope?: SearchScope;
  /** Quotations by this resolved speaker (scope `quotes`), or claims by this claimant (scope `claims`); any case. */
  readonly speaker?: string;
  /** The article's outlet, any case. */
  readonly source?: string;
  /** Inclusive ISO date bounds on the article's date. */
  readonly from?: string;
  readonly to?: string;
}

export interface SearchPage {
  /** How many hits there are, counted up to SEARCH_COUNT_CAP (../store/query-terms.ts). */
  readonly total: number;
  /** There are more than `total` hits: the count stopped at the cap. */
  readonly capped: boolean;
  readonly hits: readonly SearchHit[];
}

/** An item with the article it belongs to. */
export interface Located<T> {
  readonly article: string;
  readonly date: string | null;
  readonly item: T;
}

export interface Page {
  readonly limit?: number;
  readonly offset?: number;
}

export interface QuoteFilter extends Page {
  /** A speaker: any spelling, any case, or part of a name (`Zelensky`): every spelling of each identity it finds. */
  readonly speaker?: string;
  readonly article?: string;
}

/** One person (or organization) across articles: every spelling the articles give, counted. */
export interface SpeakerCount {
  /** Stable while the spellings stay: the display name, normalized (`volodymyr-zelenskyy`). */
  readonly id: string;
  /** The fullest name the spellings give, title off (`Volodymyr Zelenskyy`). */
  readonly name: string;
  readonly quotes: number;
  readonly articles: number;
  /** Distinct roles the articles give, most frequent first. */
  readonly roles: readonly string[];
  /** Each spelling as stored (`President Zelensky`, `Volodymyr Zelenskiy`), most quoted first. */
  readonly spellings: readonly { name: string; quotes: number; articles: number }[];
  /** For a surname that stays apart: the ids of the identities it might be. */
  readonly ambiguous: readonly string[];
}

export interface FigureFilter extends Page {
  readonly category?: FigureCategory;
  readonly claimant?: string;
  /** Inclusive ISO date bounds on the figure's period (the date that qualifies it, else its article's date). */
  readonly from?: string;
  readonly to?: string;
}

export interface ClaimFilter extends Page {
  readonly claimant?: string;
  readonly proposition?: string;
  /** Only claims some rebuttal answers. */
  readonly contested?: boolean;
}

/** A claim with the rebuttals in its article that answer it. */
export interface ClaimRecord extends Located<Claim> {
  readonly title: string | null;
  readonly url: string | null;
  readonly rebuttals: readonly Rebuttal[];
}

export type MentionKind = 'place' | 'equipment';

export interface Mention {
  readonly article: string;
  readonly date: string | null;
  readonly title: string | null;
  readonly name: string;
  /** Every mention of it in the article. */
  readonly spans: readonly { start: number; end: number; text: string }[];
}

export interface PlaceFilter extends Page {
  /** Inclusive ISO bounds on the article's date. */
  readonly from?: string;
  readonly to?: string;
  /** The article's outlet, any case. */
  readonly source?: string;
}

/** A place with a position and how often the articles in the filter name it. */
export interface PlaceCount {
  readonly name: string;
  readonly geonameId: number | null;
  readonly country: string | null;
  readonly lat: number;
  readonly lon: number;
  readonly mentions: number;
  readonly articles: number;
}

export interface StoreStats {
  readonly articles: number;
  readonly items: Record<string, number>;
  readonly schemaVersion: number;
}

/** One stored spelling of a speaker's name, as the identity upkeep reads it. */
export interface SpellingRow {
  readonly name: string;
  readonly quotes: number;
  readonly articles: number;
  /** The speaker kind the quotations gave it (`person`, `organization`, `group`), if any. */
  readonly kind: string | null;
  /** The identity it belongs to now, or null (new to the store). */
  readonly identity: string | null;
}

/** Everything stored under one surname key, for the rules to regroup. */
export interface SurnameState {
  /** Its spellings, most quoted first. */
  readonly spellings: readonly SpellingRow[];
  /** Each spelling's roles. */
  readonly roles: readonly { readonly name: string; readonly role: string }[];
  /** Its identities before this write, by id, with their article counts. */
  readonly identities: ReadonlyMap<string, { readonly articles: number }>;
  /** Something may have been taken away (a replaced article's spellings): every count recomputed. */
  readonly recount: boolean;
  /** The speaker names (lower-cased) of each article this write added. */
  readonly added: readonly ReadonlySet<string>[];
}

/** One identity as the rules decide it, for the store to write. */
export interface PlannedIdentity {
  /** The id to give it: the one it had when it is unchanged, else `base`. */
  readonly id: string;
  /** The id it is named by; `${base}-2`, `-3`... when another surname key took it first. */
  readonly base: string;
  readonly name: string;
  readonly spellings: readonly string[];
  readonly quotes: number;
  /** Null: the store counts the distinct articles quoting any of its spellings. */
  readonly articles: number | null;
  readonly ambiguous: readonly string[];
}

/**
 * Who is one person across the stored articles: decided in src/link (`identityRules` in
 * link/identity-rules.ts) and handed to the store when it is opened. The store keeps the answer in
 * its tables inside `put`'s transaction, so that identities never lag the articles, and knows
 * no rule itself.
 */
export interface IdentityRules {
  /** A spelling's surname key (spellings sharing it are decided together) and its spelling key. */
  keys(name: string, kind: string | null): { readonly surname: string; readonly key: string };
  /** The words of the spelling key of a name a user typed (`Zelensky` -> [`zelenski`]). */
  typed(name: string): string[];
  /** One surname key's identities from its spellings. */
  plan(state: SurnameState): PlannedIdentity[];
}

/** How a store is opened. */
export interface StoreOptions {
  readonly readonly?: boolean;
  /** The identity rules (src/link/identity-rules.ts `identityRules`). */
  readonly identities: IdentityRules;
}

export interface Store {
  /** The stored hash of each id given that is in the store. */
  hashes(ids: readonly string[]): Promise<Map<string, string>>;
  /**
   * Stores the articles in one transaction: each is added, replaces the stored article of the same
   * id whose hash differs (its old extraction goes with it), or is left alone when the hash is the
   * same. Either all of them are written or none.
   */
  put(ledgers: readonly StoredArticle[]): Promise<PutResult>;
  get(id: string): Promise<StoredArticle | null>;
  /** Every article, in id order, one at a time (memory stays flat). */
  ledgers(): AsyncIterable<StoredArticle>;
  articles(page?: Page): Promise<ArticleInfo[]>;
  /** One article's stored facts (without its text), or null. */
  article(id: string): Promise<ArticleInfo | null>;
  /** The stored text of each article named (ids not stored are left out): its text alone, without reading its extraction. */
  texts(ids: readonly string[]): Promise<Map<string, string>>;
  stats(): Promise<StoreStats>;

  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  /** Search with filters and paging, with the count of every hit (for a UI that shows it). */
  searchPage(query: string, filter?: SearchFilter): Promise<SearchPage>;
  quotes(filter?: QuoteFilter): Promise<Located<Quotation>[]>;
  /** One row per identity, most quoted first; `name` finds identities as `QuoteFilter.speaker` does. */
  speakers(page?: Page & { name?: string }): Promise<SpeakerCount[]>;
  figures(filter?: FigureFilter): Promise<Located<Figure>[]>;
  claims(filter?: ClaimFilter): Promise<ClaimRecord[]>;
  mentioning(kind: MentionKind, name: string, page?: Page): Promise<Mention[]>;
  /** Places with a position, most mentioned first (for a map). */
  places(filter?: PlaceFilter): Promise<PlaceCount[]>;

  /** Where people's corrections and verdicts are kept, if the backend keeps them (./corrections.ts). */
  readonly corrections?: CorrectionLog;

  close(): Promise<void>;
}
