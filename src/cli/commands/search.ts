import { ClaimgraphError } from '../../model/errors.ts';
import type { SearchHit, SearchScope } from '../../store/store.ts';
import { BufferedWriter } from '../output.ts';
import type { CommandIo } from '../io.ts';
import { command } from '../command.ts';
import { openForReading } from './query.ts';
import { wholeNumber } from '../options.ts';

const SCOPES: readonly SearchScope[] = ['articles', 'quotes', 'claims'];

/** Article text is untrusted: no control character reaches a terminal (escape sequences, bells). */
const printable = (s: string) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s*\n\s*/g, ' ¶ ');

/** The hit's text with its matches marked: bold on a terminal, **like this** otherwise. */
export function highlight(hit: SearchHit, tty: boolean): string {
  const [open, close] = tty ? ['\x1b[1;33m', '\x1b[0m'] : ['**', '**'];
  let out = '';
  let at = hit.start;
  for (const m of hit.matches) {
    out += printable(hit.text.slice(at - hit.start, m.start - hit.start)) + open + printable(m.text) + close;
    at = m.end;
  }
  return out + printable(hit.text.slice(at - hit.start));
}

export const search = command({
  name: 'search',
  synopsis: ['search QUERY... --db FILE [--in articles|quotes|claims] [--limit N] [--json]'],
  description: `Full-text search over the ledger: every word must match (any form: "bridges" finds "bridge");
"a phrase" in quotation marks matches as a phrase, word* as a prefix. Best matches first, each
with its article, offsets and a snippet with the matching words highlighted.`,
  args: {
    query: { type: 'positional', required: false, valueHint: 'QUERY...', description: 'the words to find' },
    db: { type: 'string', valueHint: 'FILE', description: 'the store (required)' },
    in: { type: 'string', default: 'articles', valueHint: 'SCOPE', description: 'articles (default), quotes or claims' },
    limit: { type: 'string', default: '20', valueHint: 'N', description: 'at most N hits (default 20)' },
    json: { type: 'boolean', default: false, description: 'one JSON line per hit, with the offsets of every match' },
  },
  run: searchRun,
});

async function searchRun(values: { db?: string | undefined; in: string; limit: string; json: boolean; _: string[] }, io: CommandIo): Promise<number> {
  const positionals = values._;
  if (!positionals.length) throw new ClaimgraphError('E_USAGE', "search needs a QUERY; see 'claimgraph search --help'");
  const scope = values.in as SearchScope;
  if (!SCOPES.includes(scope)) throw new ClaimgraphError('E_USAGE', `--in must be articles, quotes or claims; got ${JSON.stringify(values.in)}`);
  const limit = wholeNumber('limit', values.limit, 20, 1);

  const store = await openForReading(values.db, 'search');
  try {
    const hits = await store.search(positionals.join(' '), { scope, limit });
    const out = new BufferedWriter(io.stdout);
    const tty = (io.stdout as { isTTY?: boolean }).isTTY === true;
    for (const hit of hits) {
      if (values.json) await out.write(JSON.stringify(hit) + '\n');
      else {
        const what = hit.item ? ` ${hit.item}` : '';
        const title = hit.title ? `  ${printable(hit.title)}` : '';
        await out.write(`${printable(hit.article)}${what}  ${hit.date ?? '-'}  [${hit.start}-${hit.end}]${title}\n  …${highlight(hit, tty)}…\n\n`);
      }
    }
    if (!values.json && !hits.length) await out.write('no hits\n');
    await out.end();
  } finally {
    await store.close();
  }
  return 0;
}
