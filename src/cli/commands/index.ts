import type { CommandIo } from '../io.ts';

/** The general help (`claimgraph --help`): one line per command. */
export const usage = `usage: claimgraph <command> [options]

Commands:
  extract FILE|DIR...    every layer (quotations and speakers, entities, figures, places, equipment,
                         dates, claims) with exact offsets, as JSON
  extract --jsonl        the same for JSON Lines on standard input, one result line per document
  claims FILE|DIR...     each claim once, with every appearance, its claimant and its rebuttals
  contradictions FILE|DIR... [--tolerance 0.2]
                         propositions asserted and denied; figures that differ beyond the tolerance
  figures FILE|DIR... --category C [--claimant X]
                         a series per claimant over time for one category of figures
  ingest PATH... --db F  extract and store articles (text, JSONL, HTML, RSS/Atom, folders) in a ledger
                         (F: an SQLite file or postgres://...; CLAIMGRAPH_DB when --db is not given)
  worker --db URL        extract and store what 'ingest --queue --db URL' put on PostgreSQL's queue
  search QUERY --db F    full-text search over stored articles, quotations or claims
  query WHAT --db F      quotes, speakers, figures, claims, contradictions, mentions (JSON lines)
  export --db F --format jsonl|csv|claimreview   the ledger, article by article
  serve --db F [--port N] [--host H] [--token T]  the web UI and the JSON API on http://127.0.0.1:8080/
  watch --config C --db F  follow the feeds and folders C lists, storing new and changed articles
  correct --db F ...     reject an item, correct a speaker, merge or split identities (kept apart from the extraction)
  rate --db F --article A --item c1 --rating R   rate a claim true, false, misleading or unproven

Options:
  -h, --help             show this help ('claimgraph <command> --help' or 'claimgraph help <command>' for a command's)
  --version              print the version
`;

export type Command = (argv: readonly string[], io: CommandIo) => Promise<number>;

/**
 * Every command by name, each in its own module, loaded on demand so that `--help` does not pay
 * for the language model. To add one: a module here exporting its `command({...})` (../command.ts), one line
 * below, and its line in `usage` above (help.test.ts checks both).
 */
export const commands: Record<string, () => Promise<Command>> = {
  extract: async () => (await import('./extract.ts')).extract,
  claims: async () => (await import('./claims.ts')).claims,
  contradictions: async () => (await import('./contradictions.ts')).contradictions,
  figures: async () => (await import('./figures.ts')).figures,
  ingest: async () => (await import('./ingest.ts')).ingestCommand,
  search: async () => (await import('./search.ts')).search,
  query: async () => (await import('./query.ts')).query,
  export: async () => (await import('./export.ts')).exportCommand,
  serve: async () => (await import('./serve.ts')).serveCommand,
  worker: async () => (await import('./worker.ts')).workerCommand,
  watch: async () => (await import('./watch.ts')).watchCommand,
  correct: async () => (await import('./correct.ts')).correctCommand,
  rate: async () => (await import('./correct.ts')).rateCommand,
};
