import type { Claim, Rebuttal } from '../../model/claims.ts';
import type { Figure, Quotation } from '../../model/items.ts';
import type { ClaimFilter, ClaimRecord, FigureFilter, Located, Mention, MentionKind, Page, QuoteFilter, SpeakerCount } from '../store.ts';
import type { Db } from './open.ts';

const DEFAULT_LIMIT = 100;
const page = (p: Page = {}) => ({ limit: p.limit ?? DEFAULT_LIMIT, offset: p.offset ?? 0 });

interface ItemRow {
  article: string;
  date: string | null;
  json: string;
}

const located = <T>(row: ItemRow): Located<T> => ({ article: row.article, date: row.date, item: JSON.parse(row.json) as T });

/**
 * The ledger's queries, as SQL over the tables of ../schema.ts. Filters are optional: a null
 * parameter matches everything (`?1 IS NULL OR col = ?1`), so each query is one prepared statement.
 */
export class Queries {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      quotes: db.prepare<Record<string, unknown>, ItemRow>(`
        SELECT a.id AS article, a.date, q.json FROM quotes q JOIN articles a ON a.key = q.article
        WHERE (@speaker IS NULL OR q.speaker = @speaker) AND (@article IS NULL OR a.id = @article)
        ORDER BY q.period DESC, a.id, q.key LIMIT @limit OFFSET @offset`),
      quotesOfSpeaker: db.prepare<Record<string, unknown>, ItemRow>(`
        SELECT a.id AS article, a.date, q.json FROM quotes q JOIN articles a ON a.key = q.article
        WHERE q.speaker = @speaker ORDER BY q.period DESC, a.id, q.key LIMIT @limit OFFSET @offset`),
      speakers: db.prepare<Record<string, unknown>, { name: string; quotes: number; articles: number }>(`
        SELECT speaker AS name, count(*) AS quotes, count(DISTINCT article) AS articles FROM quotes
        WHERE speaker IS NOT NULL AND (@name IS NULL OR speaker = @name)
        GROUP BY speaker ORDER BY quotes DESC, name LIMIT @limit OFFSET @offset`),
      roles: db.prepare<[string], { role: string }>(`
        SELECT role FROM quotes WHERE speaker = ? AND role IS NOT NULL GROUP BY role ORDER BY count(*) DESC, role`),
      figures: db.prepare<Record<string, unknown>, ItemRow>(`
        SELECT a.id AS article, a.date, f.json FROM figures f JOIN articles a ON a.key = f.article
        WHERE (@category IS NULL OR f.category = @category) AND (@claimant IS NULL OR f.claimant = @claimant)
          AND (@from IS NULL OR f.period >= @from) AND (@to IS NULL OR f.period <= @to)
        ORDER BY f.period, a.id, f.key LIMIT @limit OFFSET @offset`),
      claims: db.prepare<Record<string, unknown>, ItemRow & { key: number; title: string | null; url: string | null; item: string; articleKey: number }>(`
        SELECT a.id AS article, a.date, a.title, a.url, a.key AS articleKey, c.item, c.json FROM claims c JOIN articles a ON a.key = c.article
        WHERE (@claimant IS NULL OR c.claimant = @claimant) AND (@proposition IS NULL OR c.proposition = @proposition)
          AND (@contested = 0 OR EXISTS (SELECT 1 FROM rebuttals r WHERE r.article = c.article AND r.claim = c.item))
        ORDER BY c.period, a.id, c.key LIMIT @limit OFFSET @offset`),
      rebuttalsOf: db.prepare<[number, string], { json: string }>('SELECT json FROM rebuttals WHERE article = ? AND claim = ? ORDER BY key'),
      places: db.prepare<Record<string, unknown>, MentionRow>(mentionSql('places')),
      equipment: db.prepare<Record<string, unknown>, MentionRow>(mentionSql('equipment')),
    };
  }

  quotes(filter: QuoteFilter = {}): Located<Quotation>[] {
    // A speaker alone walks the (speaker, period) index: the lookup stays fast on a large store.
    if (filter.speaker !== undefined && filter.article === undefined) {
      return this.s.quotesOfSpeaker.all({ speaker: filter.speaker, ...page(filter) }).map(located<Quotation>);
    }
    return this.s.quotes.all({ speaker: filter.speaker ?? null, article: filter.article ?? null, ...page(filter) }).map(located<Quotation>);
  }

  speakers(filter: Page & { name?: string } = {}): SpeakerCount[] {
    return this.s.speakers.all({ name: filter.name ?? null, ...page(filter) })
      .map((row) => ({ ...row, roles: this.s.roles.all(row.name).map((r) => r.role) }));
  }

  figures(filter: FigureFilter = {}): Located<Figure>[] {
    return this.s.figures.all({
      category: filter.category ?? null, claimant: filter.claimant ?? null, from: filter.from ?? null, to: filter.to ?? null, ...page(filter),
    }).map(located<Figure>);
  }

  claims(filter: ClaimFilter = {}): ClaimRecord[] {
    return this.s.claims.all({
      claimant: filter.claimant ?? null, proposition: filter.proposition ?? null, contested: filter.contested ? 1 : 0, ...page(filter),
    }).map((row) => ({
      article: row.article, date: row.date, title: row.title, url: row.url, item: JSON.parse(row.json) as Claim,
      rebuttals: this.s.rebuttalsOf.all(row.articleKey, row.item).map((r) => JSON.parse(r.json) as Rebuttal),
    }));
  }

  mentioning(kind: MentionKind, name: string, p: Page = {}): Mention[] {
    const statement = kind === 'place' ? this.s.places : this.s.equipment;
    return statement.all({ name, ...page(p) }).map((row) => ({
      article: row.article, date: row.date, title: row.title, name: row.name,
      spans: JSON.parse(row.spans) as Mention['spans'],
    }));
  }
}

interface MentionRow {
  article: string;
  date: string | null;
  title: string | null;
  name: string;
  spans: string;
}

/** Articles where a place or equipment is named, by its canonical name or as written; newest first. */
function mentionSql(table: 'places' | 'equipment'): string {
  return `
    SELECT a.id AS article, a.date, a.title, min(t.name) AS name,
      json_group_array(json_object('start', t.span_start, 'end', t.span_end, 'text', t.text)) AS spans
    FROM (SELECT * FROM ${table} WHERE name = @name OR text = @name COLLATE NOCASE ORDER BY article, span_start) t
    JOIN articles a ON a.key = t.article
    GROUP BY t.article ORDER BY a.date DESC, a.id LIMIT @limit OFFSET @offset`;
}
