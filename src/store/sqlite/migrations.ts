/**
 * Numbered migrations. `PRAGMA user_version` holds the number of the last one applied; opening a
 * store applies the rest, each in its own transaction, so a file made by an older claimgraph is
 * upgraded in place and a crash mid-upgrade leaves it at the last whole step.
 *
 * Never edit a migration that has shipped: add the next one. The tables they leave must match
 * ../schema.ts (test/store/schema.test.ts checks it).
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
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
];

export const LATEST_VERSION = migrations[migrations.length - 1]!.version;
