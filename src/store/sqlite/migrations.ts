/**
 * Numbered migrations. `PRAGMA user_version` holds the number of the last one applied; opening a
 * store applies the rest, each in its own transaction, so a file made by an older claimgraph is
 * upgraded in place and a crash mid-upgrade leaves it at the last whole step.
 *
 * Never edit a migration that has shipped: add the next one. The tables they leave must match
 * ../schema.ts (test/store/schema.test.ts checks it).
 */
import { IdentityIndex } from './identities.ts';
import type { IdentityRules } from '../store.ts';
import type { Db } from './open.ts';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
  /** What SQL cannot compute (name keys), run after `sql` in the same transaction. */
  readonly fill?: (db: Db, rules: IdentityRules) => void;
}

const item = (name: string, columns: string, indexes: string[]) => `
CREATE TABLE ${name} (
  key INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles(key) ON DELETE CASCADE,
  item TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  json TEXT NOT NULL,
  ${columns},
  UNIQUE (article, item)
);
${indexes.map((c) => `CREATE INDEX ${name}_${c} ON ${name}(${c});`).join('\n')}`;

/** Keeps an external-content FTS5 table in step with its table. */
const ftsTriggers = (table: string, key: string, columns: string[]) => {
  const cols = columns.join(', ');
  const news = columns.map((c) => `new.${c}`).join(', ');
  const olds = columns.map((c) => `old.${c}`).join(', ');
  return `
CREATE TRIGGER ${table}_fts_insert AFTER INSERT ON ${table} BEGIN
  INSERT INTO ${table}_fts(rowid, ${cols}) VALUES (new.${key}, ${news});
END;
CREATE TRIGGER ${table}_fts_delete AFTER DELETE ON ${table} BEGIN
  INSERT INTO ${table}_fts(${table}_fts, rowid, ${cols}) VALUES ('delete', old.${key}, ${olds});
END;
CREATE TRIGGER ${table}_fts_update AFTER UPDATE ON ${table} BEGIN
  INSERT INTO ${table}_fts(${table}_fts, rowid, ${cols}) VALUES ('delete', old.${key}, ${olds});
  INSERT INTO ${table}_fts(rowid, ${cols}) VALUES (new.${key}, ${news});
END;`;
};

const TOKENIZE = `tokenize = 'porter unicode61 remove_diacritics 2'`;

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, one table per extraction layer, full-text search over articles',
    sql: `
CREATE TABLE articles (
  key INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL,
  date TEXT,
  title TEXT,
  byline TEXT,
  url TEXT,
  source TEXT,
  text TEXT NOT NULL,
  ingested TEXT NOT NULL
);
CREATE INDEX articles_date ON articles(date);
${item('quotes', 'kind TEXT NOT NULL, speaker TEXT COLLATE NOCASE, speaker_kind TEXT, role TEXT, period TEXT', ['speaker'])}
${item('entities', 'kind TEXT NOT NULL, name TEXT NOT NULL COLLATE NOCASE, role TEXT', ['name'])}
${item('figures', 'category TEXT NOT NULL, claimant TEXT COLLATE NOCASE, value REAL, low REAL, high REAL, unit TEXT, period TEXT', ['category', 'claimant', 'period'])}
${item('places', 'name TEXT NOT NULL COLLATE NOCASE, kind TEXT NOT NULL, geoname_id INTEGER, country TEXT', ['name'])}
${item('equipment', 'name TEXT NOT NULL COLLATE NOCASE, type TEXT', ['name'])}
${item('dates', 'type TEXT NOT NULL, value TEXT NOT NULL, begin TEXT, finish TEXT', ['begin'])}
${item('claims', 'claimant TEXT COLLATE NOCASE, proposition TEXT NOT NULL, quote TEXT, period TEXT', ['claimant', 'proposition'])}
${item('rebuttals', 'claim TEXT NOT NULL, rebutter TEXT COLLATE NOCASE', ['claim'])}
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content = 'articles', content_rowid = 'key', ${TOKENIZE});
${ftsTriggers('articles', 'key', ['title', 'text'])}
`,
  },
  {
    version: 2,
    name: 'full-text search over quotations and claims (filled from the rows already stored)',
    sql: `
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker, content = 'quotes', content_rowid = 'key', ${TOKENIZE});
${ftsTriggers('quotes', 'key', ['text', 'speaker'])}
INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');
CREATE VIRTUAL TABLE claims_fts USING fts5(text, claimant, content = 'claims', content_rowid = 'key', ${TOKENIZE});
${ftsTriggers('claims', 'key', ['text', 'claimant'])}
INSERT INTO claims_fts(claims_fts) VALUES ('rebuild');
CREATE INDEX quotes_speaker_period ON quotes(speaker, period);
`,
  },
  {
    version: 3,
    name: 'speaker counts kept up to date by triggers; indexes for filtered figure, claim and mention queries',
    sql: `
CREATE TABLE speakers (
  name TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
  quotes INTEGER NOT NULL,
  articles INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX speakers_quotes ON speakers(quotes DESC, name);
CREATE TABLE speaker_roles (
  name TEXT NOT NULL COLLATE NOCASE,
  role TEXT NOT NULL,
  quotes INTEGER NOT NULL,
  PRIMARY KEY (name, role)
) WITHOUT ROWID;
CREATE INDEX quotes_article_speaker ON quotes(article, speaker);
CREATE TRIGGER quotes_speakers_insert AFTER INSERT ON quotes WHEN new.speaker IS NOT NULL BEGIN
  INSERT INTO speakers(name, quotes, articles) VALUES (new.speaker, 1, 1)
    ON CONFLICT(name) DO UPDATE SET quotes = quotes + 1,
      articles = articles + (NOT EXISTS (SELECT 1 FROM quotes q WHERE q.article = new.article AND q.speaker = new.speaker AND q.key <> new.key));
  INSERT INTO speaker_roles(name, role, quotes) SELECT new.speaker, new.role, 1 WHERE new.role IS NOT NULL
    ON CONFLICT(name, role) DO UPDATE SET quotes = quotes + 1;
END;
CREATE TRIGGER quotes_speakers_delete AFTER DELETE ON quotes WHEN old.speaker IS NOT NULL BEGIN
  UPDATE speakers SET quotes = quotes - 1,
      articles = articles - (NOT EXISTS (SELECT 1 FROM quotes q WHERE q.article = old.article AND q.speaker = old.speaker))
    WHERE name = old.speaker;
  DELETE FROM speakers WHERE name = old.speaker AND quotes <= 0;
  UPDATE speaker_roles SET quotes = quotes - 1 WHERE old.role IS NOT NULL AND name = old.speaker AND role = old.role;
  DELETE FROM speaker_roles WHERE name = old.speaker AND role = old.role AND quotes <= 0;
END;
CREATE TRIGGER quotes_speakers_update BEFORE UPDATE OF speaker, role, article ON quotes BEGIN
  SELECT RAISE(ABORT, 'quotations are replaced, never updated in place');
END;
INSERT INTO speakers(name, quotes, articles)
  SELECT speaker, count(*), count(DISTINCT article) FROM quotes WHERE speaker IS NOT NULL GROUP BY speaker;
INSERT INTO speaker_roles(name, role, quotes)
  SELECT speaker, role, count(*) FROM quotes WHERE speaker IS NOT NULL AND role IS NOT NULL GROUP BY speaker, role;
CREATE INDEX figures_category_period ON figures(category, period);
CREATE INDEX figures_claimant_period ON figures(claimant, period);
CREATE INDEX claims_claimant_period ON claims(claimant, period);
CREATE INDEX places_text ON places(text COLLATE NOCASE);
CREATE INDEX equipment_text ON equipment(text COLLATE NOCASE);
`,
  },
  {
    version: 4,
    name: 'places and equipment carry their article date, so that mention queries read only an index',
    sql: `
ALTER TABLE places ADD COLUMN period TEXT;
ALTER TABLE equipment ADD COLUMN period TEXT;
UPDATE places SET period = (SELECT date FROM articles WHERE key = places.article);
UPDATE equipment SET period = (SELECT date FROM articles WHERE key = equipment.article);
DROP INDEX places_name;
DROP INDEX places_text;
DROP INDEX equipment_name;
DROP INDEX equipment_text;
CREATE INDEX places_name ON places(name, period, article);
CREATE INDEX places_text ON places(text COLLATE NOCASE, period, article);
CREATE INDEX equipment_name ON equipment(name, period, article);
CREATE INDEX equipment_text ON equipment(text COLLATE NOCASE, period, article);
`,
  },
  {
    version: 5,
    name: 'one identity per person across articles: each speaker spelling keyed and assigned to an identity',
    sql: `
ALTER TABLE speakers ADD COLUMN identity TEXT;
ALTER TABLE speakers ADD COLUMN surname TEXT;
ALTER TABLE speakers ADD COLUMN key TEXT;
ALTER TABLE speakers ADD COLUMN kind TEXT;
CREATE INDEX speakers_surname ON speakers(surname);
CREATE INDEX speakers_identity ON speakers(identity, quotes DESC);
CREATE TABLE identities (
  id TEXT NOT NULL PRIMARY KEY,
  name TEXT NOT NULL COLLATE NOCASE,
  surname TEXT NOT NULL,
  quotes INTEGER NOT NULL,
  articles INTEGER NOT NULL,
  ambiguous TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX identities_quotes ON identities(quotes DESC, name);
CREATE INDEX identities_surname ON identities(surname);
CREATE INDEX identities_name ON identities(name);
`,
    fill: (db, rules) => new IdentityIndex(db, rules).fillAll(),
  },
  {
    version: 6,
    name: 'articles keep when they were fetched from their URL (claimgraph watch), apart from when they were stored',
    sql: `
ALTER TABLE articles ADD COLUMN retrieved TEXT;
`,
  },
  {
    version: 7,
    name: 'corrections and verdicts, apart from the extraction, keyed by article id and item span so that they outlive a re-ingest',
    sql: `
CREATE TABLE corrections (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('reject', 'speaker', 'rating', 'merge', 'split')),
  article TEXT,
  hash TEXT,
  layer TEXT,
  span_start INTEGER,
  span_end INTEGER,
  span_text TEXT,
  value TEXT NOT NULL,
  note TEXT,
  author TEXT NOT NULL,
  created TEXT NOT NULL
);
CREATE INDEX corrections_article ON corrections(article, layer);
CREATE INDEX corrections_kind ON corrections(kind);
`,
  },
  {
    version: 8,
    name: 'indexes for the search filters: articles by outlet (any case) and date, and each quotation\'s and claim\'s article by its key',
    // Search's outlet filter read each match's article row (an outlet had no index); its date
    // filter built a set of every quotation of the articles that pass (hundreds of thousands for a
    // month). Now the filter is a set of article keys (from an index) and each match's article is
    // read from a narrow (key, article) index instead of the item's wide row: ./search.ts.
    sql: `
CREATE INDEX articles_source ON articles(source COLLATE NOCASE, date);
CREATE INDEX quotes_key_article ON quotes(key, article);
CREATE INDEX claims_key_article ON claims(key, article);
`,
  },
  {
    version: 9,
    name: 'articles keep the encoding their bytes were decoded from; PostgreSQL indexes the words SQLite does and ranks as it does',
    // SQLite's full text is the reference PostgreSQL now follows: nothing changes here but the column.
    sql: `
ALTER TABLE articles ADD COLUMN encoding TEXT;
`,
  },
];

export const LATEST_VERSION = migrations[migrations.length - 1]!.version;
