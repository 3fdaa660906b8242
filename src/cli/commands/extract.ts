import { parseArgs } from 'node:util';
import { extractDocument, type ExtractOptions } from '../../extract/pipeline.ts';
import { loadResources } from '../../resources/index.ts';
import { readInputs } from '../../ingest/index.ts';
import type { Document } from '../../model/document.ts';
import { ClaimgraphError } from '../../model/errors.ts';
import type { Extraction } from '../../model/items.ts';
import { toEvalRecord } from '../eval-record.ts';
import { BufferedWriter } from '../output.ts';
import type { CommandIo } from '../io.ts';

export const usage = `usage: claimgraph extract [--compact] FILE|DIR...
       claimgraph extract --jsonl [FILE.jsonl...] < documents.jsonl

Extracts every layer, each item with exact offsets into its article: quotations with their
speakers, cues and addressees; people and organizations; figures; places (geocoded offline);
equipment; dates (TIMEX3); claims and rebuttals.

Inputs:
  FILE.txt     one article; an optional first line "date YYYY-MM-DD" gives its date
  FILE.jsonl   one article per line: {"id", "text", "date", "title"?, "url"?, "source"?}
  FILE.html    a page: its main text (Readability) and metadata
  FILE.rss, FILE.atom   a feed: one article per item
  DIR          every such file under it, sorted
  -            JSON Lines on standard input

Options:
  --compact    one JSON line per document (default: pretty JSON; several documents form an array)
  --equipment FILE
               a JSON list of weapon systems merged over the built-in one (also CLAIMGRAPH_EQUIPMENT);
               see src/extract/equipment/README.md
  --jsonl      read JSON Lines (standard input unless files are given) and write one JSON line
               per document in the evaluation interface of ../shared/eval/score.mjs
  -h, --help   show this help

A bad document is reported on standard error as "claimgraph: FILE:LINE: message"; the others are
still extracted, and the exit status is 1.
`;

/** The document as `claimgraph extract` shows it. */
export function documentRecord(document: Document, extraction: Extraction) {
  const { id, date, title, url, source } = document;
  return { id, date, title, url, source, ...extraction };
}

export async function extract(argv: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      jsonl: { type: 'boolean', default: false },
      compact: { type: 'boolean', default: false },
      equipment: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(usage);
    return 0;
  }
  const jsonl = values.jsonl;
  const paths = positionals.length ? positionals : jsonl ? ['-'] : [];
  if (!paths.length) throw new ClaimgraphError('E_USAGE', "extract needs a FILE or DIR (or --jsonl with documents on standard input); see 'claimgraph extract --help'");

  const equipmentFile = values.equipment ?? process.env.CLAIMGRAPH_EQUIPMENT;
  const options: ExtractOptions = { resources: loadResources(equipmentFile ? { equipmentFile } : {}) };

  let status = 0;
  const out = new BufferedWriter(io.stdout);
  const documents = readInputs(paths, {
    stdin: io.stdin,
    // Every document gets its answer (an empty text, an empty one); `ingest` refuses such texts instead.
    keepAnyText: true,
    onError: (e) => {
      io.report(e);
      status = Math.max(status, 1);
    },
    // A parser's own failure on one file costs only that file: named, and the rest still read.
    onFailure: (e, file) => {
      io.report(e, { file });
      status = 2;
    },
    onWarning: (w) => io.report(w),
  });
  // Pretty output of several documents is an array, so the first one waits to see if a second comes.
  let held: string | null = null;
  let count = 0;
  for await (const document of documents) {
    let extraction: Extraction;
    try {
      extraction = extractDocument(document, options).extraction;
    } catch (e) {
      // A bug, not bad input: name the document, keep the others, and fail at the end.
      io.report(e, { id: document.id });
      status = 2;
      continue;
    }
    count++;
    if (jsonl) await out.write(JSON.stringify(toEvalRecord(document, extraction)) + '\n');
    else if (values.compact) await out.write(JSON.stringify(documentRecord(document, extraction)) + '\n');
    else {
      const json = JSON.stringify(documentRecord(document, extraction), null, 2);
      if (count === 1) held = json;
      else {
        if (held !== null) await out.write('[\n  ' + indent(held));
        held = null;
        await out.write(',\n  ' + indent(json));
      }
    }
  }
  if (!jsonl && !values.compact) {
    if (held !== null) await out.write(held + '\n');
    else if (count > 1) await out.write('\n]\n');
  }
  await out.end();
  return status;
}

const indent = (json: string) => json.replace(/\n/g, '\n  ');
