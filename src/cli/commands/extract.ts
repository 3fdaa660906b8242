import { extractDocument, type ExtractOptions } from '../../extract/pipeline.ts';
import { loadResources } from '../../resources/index.ts';
import { readInputs } from '../../ingest/index.ts';
import type { Document } from '../../model/document.ts';
import { ClaimgraphError } from '../../model/errors.ts';
import type { Extraction } from '../../model/items.ts';
import { toEvalRecord } from '../eval-record.ts';
import { BufferedWriter } from '../output.ts';
import type { CommandIo } from '../io.ts';
import { command } from '../command.ts';

export const extract = command({
  name: 'extract',
  synopsis: ['extract [--compact] FILE|DIR...', 'extract --jsonl [FILE.jsonl...] < documents.jsonl'],
  description: `Extracts every layer, each item with exact offsets into its article: quotations with their
speakers, cues and addressees; people and organizations; figures; places (geocoded offline);
equipment; dates (TIMEX3); claims and rebuttals.

Inputs:
  FILE.txt     one article; an optional first line "date YYYY-MM-DD" gives its date
  FILE.jsonl   one article per line: {"id", "text", "date", "title"?, "url"?, "source"?}
  FILE.html    a page: its main text (Readability) and metadata
  FILE.rss, FILE.atom   a feed: one article per item
  DIR          every such file under it, sorted
  -            JSON Lines on standard input`,
  args: {
    inputs: { type: 'positional', required: false, valueHint: 'FILE|DIR...', description: 'the articles' },
    compact: { type: 'boolean', default: false, description: 'one JSON line per document (default: pretty JSON; several documents form an array)' },
    equipment: {
      type: 'string', valueHint: 'FILE',
      description: 'a JSON list of weapon systems merged over the built-in one (also CLAIMGRAPH_EQUIPMENT);\nsee src/extract/equipment/README.md',
    },
    jsonl: {
      type: 'boolean', default: false,
      description: 'read JSON Lines (standard input unless files are given) and write one JSON line\nper document in the evaluation interface of ../shared/eval/score.mjs',
    },
  },
  notes: `A bad document is reported on standard error as "claimgraph: FILE:LINE: message"; the others are
still extracted, and the exit status is 1.`,
  run: extractRun,
});

/** The document as `claimgraph extract` shows it. */
export function documentRecord(document: Document, extraction: Extraction) {
  const { id, date, title, url, source } = document;
  // Only a page or feed read from another charset than UTF-8 says which (`windows-1251`).
  return { id, date, title, url, source, ...(document.encoding ? { encoding: document.encoding } : {}), ...extraction };
}

async function extractRun(values: { jsonl: boolean; compact: boolean; equipment?: string | undefined; _: string[] }, io: CommandIo): Promise<number> {
  const positionals = values._;
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
