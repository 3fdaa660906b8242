import type { Extraction } from '../model/items.ts';

/**
 * The ledger's tables, declared once, in terms any SQL database understands. The SQLite
 * migrations create exactly these (a test compares them), the generic writer fills them from
 * these declarations, and a PostgreSQL implementation would create the same tables.
 *
 * Every extracted item is stored whole as JSON (`json`), so a new field in the model needs no
 * migration; the other columns are copies of what queries filter or sort on.
 */

export type ColumnType = 'integer' | 'real' | 'text';

export interface Column<T = unknown> {
  readonly name: string;
  readonly type: ColumnType;
  /** Compared case-insensitively (names typed by a user). */
  readonly nocase?: boolean;
  /** The value stored for an item; absent for the columns every item table has. */
  from?(item: T, context: ItemContext): string | number | null;
}

/** What an item's columns may read besides the item: its article and the other layers. */
export interface ItemContext {
  readonly articleDate: string | null;
  readonly extraction: Extraction;
}

export type LayerName = keyof Extraction;

export interface ItemTable<L extends LayerName = LayerName> {
  readonly layer: L;
  /** Table name. */
  readonly name: string;
  readonly columns: readonly Column<Extraction[L][number]>[];
  /** Columns to index (each index also starts with nothing else: single-column lookups). */
  readonly indexes: readonly string[];
  /** Full-text searchable: the item text is indexed in `<name>_fts`. */
  readonly fts: boolean;
}

/** The articles table: one row per Document, with its content hash. */
export const articlesTable = {
  name: 'articles',
  columns: [
    { name: 'key', type: 'integer' },
    { name: 'id', type: 'text' },
    { name: 'hash', type: 'text' },
    { name: 'date', type: 'text' },
    { name: 'title', type: 'text' },
    { name: 'byline', type: 'text' },
    { name: 'url', type: 'text' },
    { name: 'source', type: 'text' },
    { name: 'text', type: 'text' },
    { name: 'ingested', type: 'text' },
    { name: 'retrieved', type: 'text' },
    { name: 'encoding', type: 'text' },
  ] as readonly Column[],
} as const;

/** Columns every item table starts with, in this order. */
export const itemColumns: readonly Column[] = [
  { name: 'key', type: 'integer' },
  { name: 'article', type: 'integer' },
  { name: 'item', type: 'text' },
  { name: 'span_start', type: 'integer' },
  { name: 'span_end', type: 'integer' },
  { name: 'text', type: 'text' },
  { name: 'json', type: 'text' },
];

/** The date an item is about: the begin of a date expression that qualifies it, else the article's date. */
function periodOf(id: string, { extraction, articleDate }: ItemContext): string | null {
  return qualifiedBegins(extraction).get(id) ?? articleDate;
}

/**
 * Item id -> the begin of the first date (in the layer's order) that qualifies it, read once per
 * extraction: looking through every date for every item made storing an article with thousands
 * of quotations and dates quadratic (issue 16).
 */
function qualifiedBegins(extraction: Extraction): ReadonlyMap<string, string> {
  let begins = beginsByExtraction.get(extraction);
  if (!begins) {
    begins = new Map();
    for (const d of extraction.dates) {
      if (!d.begin) continue;
      for (const id of d.qualifies) if (!begins.has(id)) begins.set(id, d.begin);
    }
    beginsByExtraction.set(extraction, begins);
  }
  return begins;
}
const beginsByExtraction = new WeakMap<Extraction, Map<string, string>>();

function table<L extends LayerName>(t: ItemTable<L>): ItemTable<L> {
  return t;
}

export const itemTables = [
  table({
    layer: 'quotes', name: 'quotes', fts: true, indexes: ['speaker'],
    columns: [
      { name: 'kind', type: 'text', from: (q) => q.kind },
      { name: 'speaker', type: 'text', nocase: true, from: (q) => q.speaker?.name ?? null },
      { name: 'speaker_kind', type: 'text', from: (q) => q.speaker?.kind ?? null },
      { name: 'role', type: 'text', from: (q) => q.speaker?.role?.text ?? null },
      { name: 'period', type: 'text', from: (q, c) => periodOf(q.id, c) },
    ],
  }),
  table({
    layer: 'entities', name: 'entities', fts: false, indexes: ['name'],
    columns: [
      { name: 'kind', type: 'text', from: (e) => e.kind },
      { name: 'name', type: 'text', nocase: true, from: (e) => e.name },
      { name: 'role', type: 'text', from: (e) => e.role?.text ?? null },
    ],
  }),
  table({
    layer: 'figures', name: 'figures', fts: false, indexes: ['category', 'claimant', 'period'],
    columns: [
      { name: 'category', type: 'text', from: (f) => f.category },
      { name: 'claimant', type: 'text', nocase: true, from: (f) => f.claimant },
      { name: 'value', type: 'real', from: (f) => f.value },
      { name: 'low', type: 'real', from: (f) => f.low },
      { name: 'high', type: 'real', from: (f) => f.high },
      { name: 'unit', type: 'text', from: (f) => f.unit },
      { name: 'period', type: 'text', from: (f, c) => periodOf(f.id, c) },
    ],
  }),
  table({
    layer: 'places', name: 'places', fts: false, indexes: ['name'],
    columns: [
      { name: 'name', type: 'text', nocase: true, from: (p) => p.name },
      { name: 'kind', type: 'text', from: (p) => p.kind },
      { name: 'geoname_id', type: 'integer', from: (p) => p.geonameId },
      { name: 'country', type: 'text', from: (p) => p.country },
      { name: 'period', type: 'text', from: (_p, c) => c.articleDate },
    ],
  }),
  table({
    layer: 'equipment', name: 'equipment', fts: false, indexes: ['name'],
    columns: [
      { name: 'name', type: 'text', nocase: true, from: (e) => e.name },
      { name: 'type', type: 'text', from: (e) => e.type },
      { name: 'period', type: 'text', from: (_e, c) => c.articleDate },
    ],
  }),
  table({
    layer: 'dates', name: 'dates', fts: false, indexes: ['begin'],
    columns: [
      { name: 'type', type: 'text', from: (d) => d.type },
      { name: 'value', type: 'text', from: (d) => d.value },
      { name: 'begin', type: 'text', from: (d) => d.begin },
      { name: 'finish', type: 'text', from: (d) => d.finish },
    ],
  }),
  table({
    layer: 'claims', name: 'claims', fts: true, indexes: ['claimant', 'proposition'],
    columns: [
      { name: 'claimant', type: 'text', nocase: true, from: (c) => c.claimant.name },
      { name: 'proposition', type: 'text', from: (c) => c.proposition },
      { name: 'quote', type: 'text', from: (c) => c.quote },
      { name: 'period', type: 'text', from: (c, ctx) => c.date ?? periodOf(c.id, ctx) },
    ],
  }),
  table({
    layer: 'rebuttals', name: 'rebuttals', fts: false, indexes: ['claim'],
    columns: [
      { name: 'claim', type: 'text', from: (r) => r.claim },
      { name: 'rebutter', type: 'text', nocase: true, from: (r) => r.rebutter.name },
    ],
  }),
] as const satisfies readonly ItemTable[];

/** Every layer of the model has a table: adding a layer to Extraction without one fails to compile. */
type Missing = Exclude<LayerName, (typeof itemTables)[number]['layer']>;
const _everyLayerStored: [Missing] extends [never] ? true : Missing = true;
void _everyLayerStored;

export const LAYERS: readonly LayerName[] = itemTables.map((t) => t.layer);

/**
 * Counts that triggers keep up to date as quotations are written and deleted, so that "speakers
 * with their counts" reads a few rows of an index instead of grouping every quotation.
 */
export const summaryTables = [
  {
    name: 'speakers',
    // identity, surname, key, kind: see `identities` below.
    columns: [
      { name: 'name', type: 'text' }, { name: 'quotes', type: 'integer' }, { name: 'articles', type: 'integer' },
      { name: 'identity', type: 'text' }, { name: 'surname', type: 'text' }, { name: 'key', type: 'text' }, { name: 'kind', type: 'text' },
    ] as readonly Column[],
  },
  {
    name: 'speaker_roles',
    columns: [{ name: 'name', type: 'text' }, { name: 'role', type: 'text' }, { name: 'quotes', type: 'integer' }] as readonly Column[],
  },
  {
    // One row per person (or organization) across articles; each spelling in `speakers` points to
    // one (`speakers.identity`), with its surname key (`surname`: spellings sharing it are grouped
    // together), its spelling key (`key`, what a typed name is matched against) and its kind.
    // Kept by the writer (sqlite/identities.ts), not by triggers: folding a name needs code.
    name: 'identities',
    columns: [
      { name: 'id', type: 'text' }, { name: 'name', type: 'text' }, { name: 'surname', type: 'text' }, { name: 'quotes', type: 'integer' },
      { name: 'articles', type: 'integer' }, { name: 'ambiguous', type: 'text' },
    ] as readonly Column[],
  },
] as const;

/**
 * The schema's versions, one list for every backend: each backend's migrations (sqlite/migrations.ts,
 * postgres/migrations.ts) give the DDL of exactly these versions, in its own dialect, and record
 * the last one applied (SQLite `PRAGMA user_version`, PostgreSQL `claimgraph_schema.version`).
 * `test/store/migrations.test.ts` checks that both follow this list. A new version is added here
 * first, then to each backend.
 */
export const schemaVersions = [
  { version: 1, name: 'articles, one table per extraction layer, full-text search over articles' },
  { version: 2, name: 'full-text search over quotations and claims (filled from the rows already stored)' },
  { version: 3, name: 'speaker counts kept up to date by triggers; indexes for filtered figure, claim and mention queries' },
  { version: 4, name: 'places and equipment carry their article date, so that mention queries read only an index' },
  { version: 5, name: 'one identity per person across articles: each speaker spelling keyed and assigned to an identity' },
  { version: 6, name: 'articles keep when they were fetched from their URL (claimgraph watch), apart from when they were stored' },
  { version: 7, name: 'corrections and verdicts, apart from the extraction, keyed by article id and item span so that they outlive a re-ingest' },
  { version: 8, name: 'indexes for the search filters: articles by outlet (any case) and date, and each quotation\'s and claim\'s article by its key' },
  { version: 9, name: 'articles keep the encoding their bytes were decoded from; PostgreSQL indexes the words SQLite does and ranks as it does' },
] as const;

/**
 * Corrections and verdicts (../model/corrections.ts), kept apart from the extraction: no foreign
 * key to `articles`, so that deleting or replacing an article (a re-ingest) leaves them. An item
 * correction is keyed by the article's id and the item's layer and span (`span_start`,
 * `span_end`, `span_text`) and remembers the article's hash then; merge and split name identities
 * and leave those columns null. `value` holds the rest as JSON (the new speaker, the rating, the
 * names merged). Rows are only added: the latest correction of an item and kind wins.
 */
export const correctionsTable = {
  name: 'corrections',
  columns: [
    { name: 'id', type: 'integer' },
    { name: 'kind', type: 'text' },
    { name: 'article', type: 'text' },
    { name: 'hash', type: 'text' },
    { name: 'layer', type: 'text' },
    { name: 'span_start', type: 'integer' },
    { name: 'span_end', type: 'integer' },
    { name: 'span_text', type: 'text' },
    { name: 'value', type: 'text' },
    { name: 'note', type: 'text' },
    { name: 'author', type: 'text' },
    { name: 'created', type: 'text' },
  ] as readonly Column[],
} as const;
