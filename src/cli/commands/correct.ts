import { userInfo } from 'node:os';
import { ClaimgraphError } from '../../model/errors.ts';
import { RATINGS, type NewCorrection, type Rating } from '../../model/corrections.ts';
import type { Extraction } from '../../model/items.ts';
import { itemKey } from '../../store/corrections.ts';
import { displayLocation, openStore, storeLocation } from '../../store/index.ts';
import type { CommandIo } from '../io.ts';
import { command } from '../command.ts';
import { identityRules } from '../../link/identity-rules.ts';

/** The options of `correct` and `rate`, declared once for both. */
const correctArgs = {
  rest: { type: 'positional', required: false, valueHint: 'none', description: 'refused: the command takes options only' },
  db: { type: 'string', valueHint: 'FILE', description: 'the ledger: an SQLite file or postgres:// URL (or CLAIMGRAPH_DB)' },
  article: { type: 'string', valueHint: 'ID', description: 'the article the item is in' },
  item: { type: 'string', valueHint: 'ITEM', description: 'the item id (q3, f1, c1)' },
  layer: { type: 'string', valueHint: 'LAYER', description: 'the layer the item is in, when the id is in several (quotes, figures, claims, ...)' },
  reject: { type: 'boolean', default: false, description: 'mark the item wrong' },
  speaker: { type: 'string', valueHint: 'NAME', description: "the quotation's right speaker" },
  kind: { type: 'string', default: 'person', valueHint: 'KIND', description: "with --speaker: person (default), organization or group" },
  merge: { type: 'string', valueHint: 'NAME', description: 'with --into: one person under two identities' },
  into: { type: 'string', valueHint: 'NAME', description: 'the identity --merge joins' },
  split: { type: 'string', valueHint: 'SPELLING', description: 'with --from: a spelling that names someone else' },
  from: { type: 'string', valueHint: 'NAME', description: 'the identity --split takes the spelling from' },
  rating: { type: 'string', valueHint: 'R', description: 'a verdict on a claim: true, false, misleading or unproven' },
  note: { type: 'string', valueHint: 'WHY', description: 'why, kept with the correction' },
  author: { type: 'string', valueHint: 'NAME', description: 'who corrects (default: CLAIMGRAPH_AUTHOR, else your user name)' },
} as const;

export const correctCommand = command({
  name: 'correct',
  synopsis: [
    'correct --db FILE --article ID --item ITEM --reject [--note WHY] [--author NAME]',
    'correct --db FILE --article ID --item q3 --speaker NAME [--kind person|organization|group]',
    'correct --db FILE --merge NAME --into NAME',
    'correct --db FILE --split SPELLING --from NAME',
    'rate --db FILE --article ID --item c1 --rating true|false|misleading|unproven [--note WHY]',
  ],
  description: `Stores a correction or a verdict in the ledger, apart from the extraction (it outlives a re-ingest of
the article): the queries, the web UI and the exports show it, with the author (default: your user
name) and the time. ITEM is an item id as 'claimgraph query' or the web UI shows it (q3, f1, c1).
Prints the stored correction as JSON. --db may be an SQLite file or a PostgreSQL URL (or CLAIMGRAPH_DB).`,
  args: correctArgs,
  run: (values, io) => correct(values, io, false),
});

export const rateCommand = command({
  name: 'rate',
  synopsis: ['rate --db FILE --article ID --item c1 --rating true|false|misleading|unproven [--note WHY] [--author NAME]'],
  description: `Rates a claim (a verdict, kept apart from the extraction like every correction): the web UI and the
ClaimReview export ('claimgraph export --format claimreview --org NAME') show it. See 'claimgraph
correct --help' for the other corrections.`,
  args: correctArgs,
  run: (values, io) => correct(values, io, true),
});

type CorrectValues = { [K in 'db' | 'article' | 'item' | 'layer' | 'speaker' | 'merge' | 'into' | 'split' | 'from' | 'rating' | 'note' | 'author']?: string | undefined } & { reject: boolean; kind: string; _: string[] };

/** `claimgraph correct` and `claimgraph rate` (the same command: rate is correct --rating). */
async function correct(values: CorrectValues, io: CommandIo, rate: boolean): Promise<number> {
  const positionals = values._;
  const command = rate ? 'rate' : 'correct';
  if (positionals.length) throw new ClaimgraphError('E_USAGE', `${command} takes no arguments besides options, got ${JSON.stringify(positionals.join(' '))}`);
  const location = storeLocation(values.db);
  if (!location) throw new ClaimgraphError('E_USAGE', `${command} needs --db FILE; see 'claimgraph ${command} --help'`);
  const chosen = [values.reject, values.speaker !== undefined, values.merge !== undefined, values.split !== undefined, rate || values.rating !== undefined].filter(Boolean).length;
  if (chosen !== 1) throw new ClaimgraphError('E_USAGE', `${command} needs exactly one of --reject, --speaker, --merge, --split, --rating; see 'claimgraph ${command} --help'`);
  const who = { note: values.note ?? null, author: values.author ?? process.env.CLAIMGRAPH_AUTHOR ?? userInfo().username };
  if (!who.author.trim()) throw new ClaimgraphError('E_USAGE', '--author must not be empty');
  if (values.kind !== 'person' && values.kind !== 'organization' && values.kind !== 'group') throw new ClaimgraphError('E_USAGE', `--kind must be person, organization or group, got ${JSON.stringify(values.kind)}`);

  const store = await openStore(location, { readonly: false, identities: identityRules });
  try {
    if (!store.corrections) throw new ClaimgraphError('E_USAGE', `${command}: the store at ${displayLocation(location)} keeps no corrections`);
    let correction: NewCorrection;
    if (values.merge !== undefined || values.split !== undefined) {
      if (values.merge !== undefined && !values.into) throw new ClaimgraphError('E_USAGE', '--merge NAME needs --into NAME');
      if (values.split !== undefined && !values.from) throw new ClaimgraphError('E_USAGE', '--split SPELLING needs --from NAME');
      correction = values.merge !== undefined
        ? { kind: 'merge', name: values.merge, into: values.into!, target: null, ...who }
        : { kind: 'split', name: values.split!, from: values.from!, target: null, ...who };
    } else {
      if (!values.article || !values.item) throw new ClaimgraphError('E_USAGE', `${command} needs --article ID and --item ITEM`);
      const ledger = await store.get(values.article);
      if (!ledger) throw new ClaimgraphError('E_USAGE', `no article ${JSON.stringify(values.article)} in ${displayLocation(location)}`);
      // The layer the id is in (ids are unique across layers: q, e, f, p, ... prefixes), or --layer.
      const layers = (values.rating !== undefined ? ['claims'] : values.speaker !== undefined ? ['quotes'] : values.layer ? [values.layer] : Object.keys(ledger.extraction)) as (keyof Extraction)[];
      const found = layers.flatMap((layer) => ((ledger.extraction[layer] as readonly { id: string }[] | undefined) ?? []).filter((i) => i.id === values.item).map((item) => ({ layer, item })));
      if (found.length !== 1) throw new ClaimgraphError('E_USAGE', `article ${JSON.stringify(values.article)} has ${found.length ? 'several items' : 'no item'} ${JSON.stringify(values.item)}${values.layer || found.length ? '' : ` in ${layers.join(', ')}`}${found.length > 1 ? '; name the --layer' : ''}`);
      const target = itemKey(ledger, found[0]!.layer, found[0]!.item);
      if (values.rating !== undefined) {
        if (!RATINGS.includes(values.rating as Rating)) throw new ClaimgraphError('E_USAGE', `--rating must be one of ${RATINGS.join(', ')}, got ${JSON.stringify(values.rating)}`);
        correction = { kind: 'rating', rating: values.rating as Rating, target, ...who };
      } else if (values.speaker !== undefined) {
        correction = { kind: 'speaker', name: values.speaker, speakerKind: values.kind, target, ...who };
      } else {
        correction = { kind: 'reject', target, ...who };
      }
    }
    io.stdout.write(JSON.stringify(await store.corrections.add(correction)) + '\n');
  } finally {
    await store.close();
  }
  return 0;
}

