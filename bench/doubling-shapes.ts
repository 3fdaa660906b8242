/**
 * The inputs of `npm run bench:doubling` and `bench/doubling-stage.ts` (issue 16): each hostile
 * shape, and real prose, made at any size; and the pipeline run stage by stage in the order of
 * src/extract/pipeline.ts, so that both benches time the same work.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/analyze/index.ts';
import { extractClaims } from '../src/extract/claims/index.ts';
import { extractDates } from '../src/extract/dates/index.ts';
import { corefer, findPeople, linkEntities, peopleOf } from '../src/extract/entities/index.ts';
import { extractEquipment } from '../src/extract/equipment/index.ts';
import { extractFigures } from '../src/extract/figures/index.ts';
import { extractPlaces } from '../src/extract/places/index.ts';
import { extractQuotes } from '../src/extract/quotes/index.ts';
import { readInputs } from '../src/ingest/index.ts';
import type { Doc } from '../src/model/doc.ts';
import type { Document } from '../src/model/document.ts';
import type { Extraction } from '../src/model/items.ts';
import { contentHash } from '../src/store/hash.ts';
import { openSqliteStore } from '../src/store/index.ts';
import { identityRules } from '../src/link/identity-rules.ts';

export interface Shape {
  /** The file's name: its extension picks the reader. */
  readonly file: string;
  /** The content, near `bytes` bytes. */
  readonly make: (bytes: number) => string;
}

/** Each shape; real prose reads ../shared/data/realtext/dev.jsonl from `shared`. */
export function shapes(shared: string): Record<string, Shape> {
  return {
    // The issue's: one quotation with figures, over and over.
    'quotation with figures': { file: 'q.txt', make: (n) => fill(n, '"We destroyed 40 tanks and more than 300 drones near Pokrovsk on Wednesday," said Andrii Hnatov, commander of the brigade. ') },
    'real prose': { file: 'prose.txt', make: (n) => fill(n, realProse(shared)) },
    'curly quotes and words': { file: 'curly.txt', make: (n) => fill(n, '“We hold,” he said. “They ') },
    'lone surrogates (JSONL)': { file: 's.jsonl', make: (n) => jsonlLine(n, (bytes) => fill(bytes, 'A \ud800 b. "We will hold," said Andrii Hnatov. ')) },
    'nested HTML (200 levels, side by side)': { file: 'nest.html', make: (n) => `<!doctype html><html><body><article>${fill(n - 60, `${'<div>'.repeat(200)}<p>"The bridge is gone," said Olena Kravets.</p>${'</div>'.repeat(200)}`)}</article></body></html>` },
    // The deepest side-by-side nesting Readability is still given (a root mean square depth of 32: html.ts), its costliest page per MB.
    'nested HTML (50 levels, under Readability\'s limit)': { file: 'nest50.html', make: (n) => `<!doctype html><html><body><article>${fill(n - 60, `${'<div>'.repeat(50)}<p>"The bridge is gone," said Olena Kravets.</p>${'</div>'.repeat(50)}`)}</article></body></html>` },
    // An article's paragraphs inside 250 levels: each character nested deep, not only the markup.
    'deep text (paragraphs 250 levels deep)': { file: 'deep.html', make: (n) => `<!doctype html><html><body>${'<div>'.repeat(250)}${fill(n - 3000, '<p>"The bridge is gone," said Olena Kravets, and the river rose on Monday.</p>')}${'</div>'.repeat(250)}</body></html>` },
  };
}

/**
 * One JSON Lines document of about `bytes` bytes in all: JSON's escapes (`\ud800` is 6 bytes, `\"` 2)
 * make the line longer than its text, and a line over the cap is refused, so the text is shrunk to fit.
 */
function jsonlLine(bytes: number, text: (bytes: number) => string): string {
  const line = (t: string) => JSON.stringify({ id: 's', text: t }) + '\n';
  const first = line(text(bytes - 40));
  const over = Buffer.byteLength(first);
  return over <= bytes ? first : line(text(Math.floor((bytes - 40) * (bytes / over))));
}

/** `unit` repeated, or cut, to about `bytes` bytes (a long unit, such as real prose, is cut at a space). */
export function fill(bytes: number, unit: string): string {
  const one = Buffer.byteLength(unit);
  if (bytes % one === 0 || one < 1000) return unit.repeat(Math.max(1, Math.floor(bytes / one)));
  const text = unit.repeat(Math.ceil(bytes / one));
  const cut = Math.floor(text.length * (bytes / Buffer.byteLength(text)));
  const space = text.lastIndexOf(' ', cut);
  return text.slice(0, space > 0 ? space : cut);
}

let prose: string | null = null;
function realProse(shared: string): string {
  prose ??= readFileSync(join(shared, 'data', 'realtext', 'dev.jsonl'), 'utf8').split('\n').filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text).join('\n\n') + '\n\n';
  return prose;
}

export const STAGES = ['read', 'analyze', 'entities', 'places', 'quotes', 'figures', 'equipment', 'dates', 'claims', 'store'] as const;
export type Stage = (typeof STAGES)[number];

/** What the stages made, for a caller that times one stage again on its own. */
export interface Staged {
  readonly document: Document;
  readonly doc: Doc;
  readonly extraction: Extraction;
}

/** CPU time of this process (user + system), in ms. */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Reads `path`, runs every stage in the pipeline's order and puts the result in a new store at `db`;
 * the CPU ms of each stage. `until` stops after that stage (the store is then not written).
 */
export async function timeStages(path: string, db: string, until?: Stage): Promise<{ t: Record<Stage, number>; staged: Staged }> {
  const t: Partial<Record<Stage, number>> = {};
  // CPU time, not wall time: the machine is shared, and a neighbour's load would read as ours.
  let at = cpuMs();
  const lap = (stage: Stage) => {
    const now = cpuMs();
    t[stage] = (t[stage] ?? 0) + now - at;
    at = now;
  };
  const docs: Document[] = [];
  for await (const d of readInputs([path], { onError: (e) => { throw e; } })) docs.push(d);
  const document = docs[0]!;
  lap('read');
  // The order of src/extract/pipeline.ts.
  const doc = analyze(document); lap('analyze');
  // The entities stage's people, the places, its names linked, quotations, then its pronouns.
  const people = findPeople(doc); const named = peopleOf(people); lap('entities');
  const places = extractPlaces(doc, named); lap('places');
  const linked = linkEntities(doc, people, places, named); lap('entities');
  const quotes = extractQuotes(doc, people); lap('quotes');
  const entities = corefer(doc, linked, quotes); lap('entities');
  const figures = extractFigures(doc, quotes); lap('figures');
  const equipment = extractEquipment(doc); lap('equipment');
  const dates = extractDates(doc, quotes, figures); lap('dates');
  const { claims, rebuttals } = extractClaims(doc, { quotes, entities, dates }); lap('claims');
  const extraction: Extraction = { quotes, entities, figures, places, equipment, dates, claims, rebuttals };
  if (until !== 'claims') {
    await putOne(db, document, extraction);
    lap('store');
  }
  return { t: t as Record<Stage, number>, staged: { document, doc, extraction } };
}

/** The store stage: one article put into a new SQLite store at `db`, which is then closed. */
export async function putOne(db: string, document: Document, extraction: Extraction): Promise<void> {
  const store = openSqliteStore(db, { identities: identityRules });
  await store.put([{ document, hash: contentHash(document), extraction }]);
  await store.close();
}
