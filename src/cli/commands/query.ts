import type { FigureCategory } from '../../model/items.ts';
import { ClaimgraphError } from '../../model/errors.ts';
import { storedContradictions } from '../../link/stored.ts';
import { withCorrections } from '../../store/corrected.ts';
import { openStore, storeLocation } from '../../store/index.ts';
import type { Store } from '../../store/store.ts';
import { BufferedWriter } from '../output.ts';
import { parseTolerance } from './claims.ts';
import type { CommandIo } from '../io.ts';
import { command } from '../command.ts';
import { FIGURE_CATEGORIES } from '../../extract/lexicon/figure-categories.ts';
import { wholeNumber } from '../options.ts';
import { isCalendarDate } from '../../ingest/header.ts';
import { identityRules } from '../../link/identity-rules.ts';

/** Opens the store named by --db for reading: one line naming it when it is missing or not a store. */
export async function openForReading(db: string | undefined, command: string): Promise<Store> {
  const location = storeLocation(db);
  if (!location) throw new ClaimgraphError('E_USAGE', `${command} needs --db FILE; see 'claimgraph ${command} --help'`);
  // Read as people corrected it (corrections and verdicts made in the web UI or the API).
  return withCorrections(await openStore(location, { readonly: true, identities: identityRules }));
}


/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and a day that exists (`2025-99-99` and `2025-02-30` are refused). */
const isoDay = (name: string, v: string | undefined) => {
  if (v === undefined) return v;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
  const ok = m && (m[2] === undefined || (+m[2] >= 1 && +m[2] <= 12)) && (m[3] === undefined || isCalendarDate(+m[1]!, +m[2]!, +m[3]));
  if (!ok) throw new ClaimgraphError('E_USAGE', `--${name} must be a date YYYY-MM-DD (or YYYY-MM, YYYY), got ${JSON.stringify(v)}`);
  return v;
};

export const query = command({
  name: 'query',
  synopsis: ['query WHAT --db FILE [filters] [--limit N] [--offset N]'],
  description: `Reads the ledger; prints one JSON line per result, each with its article id and offsets.

  quotes --speaker NAME | --article ID        quotations by a person (newest first) or in one article; any
                                              spelling or part of the name finds every spelling of the person
                                              (Zelensky, Zelenskiy, Volodymyr Zelenskyy, President Zelensky)
  speakers [--name NAME]                      one row per person across articles: spellings, quote and
                                              article counts, roles; --name finds the person as --speaker does
  figures [--category C] [--claimant NAME] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
  claims [--claimant NAME] [--proposition KEY] [--contested]
  contradictions [--tolerance 0.2]            across stored articles: propositions one party asserts and
                                              another denies; figures that differ by more than the tolerance
  mentions --place NAME | --equipment NAME    articles naming a place or a piece of equipment

Names match in any case.`,
  args: {
    what: { type: 'positional', required: false, valueHint: 'WHAT', description: 'quotes, speakers, figures, claims, contradictions or mentions' },
    db: { type: 'string', valueHint: 'FILE', description: 'the store (required; or CLAIMGRAPH_DB)' },
    speaker: { type: 'string', valueHint: 'NAME', description: 'quotes: by this person' },
    article: { type: 'string', valueHint: 'ID', description: 'quotes: in this article' },
    name: { type: 'string', valueHint: 'NAME', description: 'speakers: this person only' },
    category: { type: 'string', valueHint: 'C', description: `figures: of this category (${FIGURE_CATEGORIES.join(', ')})` },
    claimant: { type: 'string', valueHint: 'NAME', description: 'figures, claims: by this claimant' },
    proposition: { type: 'string', valueHint: 'KEY', description: 'claims: with this proposition key' },
    tolerance: { type: 'string', valueHint: 'X', description: 'contradictions: relative difference above which figures disagree (default 0.2)' },
    from: { type: 'string', valueHint: 'YYYY-MM-DD', description: 'figures: dated on or after (YYYY-MM and YYYY too)' },
    to: { type: 'string', valueHint: 'YYYY-MM-DD', description: 'figures: dated on or before (YYYY-MM and YYYY too)' },
    contested: { type: 'boolean', default: false, description: 'claims: only those a rebuttal answers' },
    place: { type: 'string', valueHint: 'NAME', description: 'mentions: articles naming this place' },
    equipment: { type: 'string', valueHint: 'NAME', description: 'mentions: articles naming this piece of equipment' },
    limit: { type: 'string', valueHint: 'N', description: 'at most N results (default 100)' },
    offset: { type: 'string', valueHint: 'N', description: 'skip the first N results (default 0)' },
  },
  run: queryRun,
});

type QueryValues = { [K in 'db' | 'speaker' | 'article' | 'name' | 'category' | 'claimant' | 'proposition' | 'tolerance' | 'from' | 'to' | 'place' | 'equipment' | 'limit' | 'offset']?: string | undefined } & { contested: boolean; _: string[] };

async function queryRun(values: QueryValues, io: CommandIo): Promise<number> {
  const positionals = values._;
  const [what, ...extra] = positionals;
  if (!what) throw new ClaimgraphError('E_USAGE', "query needs WHAT: quotes, speakers, figures, claims, contradictions or mentions; see 'claimgraph query --help'");
  if (extra.length) throw new ClaimgraphError('E_USAGE', `query takes one WHAT, got also ${JSON.stringify(extra.join(' '))}`);
  const page = { limit: wholeNumber('limit', values.limit, 100, 0), offset: wholeNumber('offset', values.offset, 0, 0) };
  if (values.category !== undefined && !FIGURE_CATEGORIES.includes(values.category as FigureCategory)) {
    throw new ClaimgraphError('E_USAGE', `--category must be one of ${FIGURE_CATEGORIES.join(', ')}; got ${JSON.stringify(values.category)}`);
  }
  const { tolerance } = parseTolerance(values.tolerance);
  const from = isoDay('from', values.from);
  const to = isoDay('to', values.to);

  const store = await openForReading(values.db, 'query');
  const out = new BufferedWriter(io.stdout);
  const print = async (results: Iterable<unknown> | AsyncIterable<unknown>) => {
    for await (const r of results) await out.write(JSON.stringify(r) + '\n');
  };
  try {
    switch (what) {
      case 'quotes':
        if (values.speaker === undefined && values.article === undefined) throw new ClaimgraphError('E_USAGE', 'query quotes needs --speaker NAME or --article ID');
        await print(await store.quotes({ speaker: values.speaker, article: values.article, ...page }));
        break;
      case 'speakers':
        await print(await store.speakers({ name: values.name, ...page }));
        break;
      case 'figures':
        await print(await store.figures({ category: values.category as FigureCategory | undefined, claimant: values.claimant, from, to: to && to.length < 10 ? `${to}\uffff` : to, ...page }));
        break;
      case 'claims':
        await print(await store.claims({ claimant: values.claimant, proposition: values.proposition, contested: values.contested, ...page }));
        break;
      case 'contradictions':
        await print(await storedContradictions(store, { tolerance }));
        break;
      case 'mentions':
        if ((values.place === undefined) === (values.equipment === undefined)) throw new ClaimgraphError('E_USAGE', 'query mentions needs one of --place NAME or --equipment NAME');
        await print(await store.mentioning(values.place !== undefined ? 'place' : 'equipment', (values.place ?? values.equipment)!, page));
        break;
      default:
        throw new ClaimgraphError('E_USAGE', `unknown query '${what}' (quotes, speakers, figures, claims, contradictions, mentions)`);
    }
    await out.end();
  } finally {
    await store.close();
  }
  return 0;
}
