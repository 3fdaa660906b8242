import { extractDocument } from '../../extract/pipeline.ts';
import { readInputs } from '../../ingest/index.ts';
import { ClaimgraphError } from '../../model/errors.ts';
import type { Appearance, LedgerClaim } from '../../model/claims.ts';
import { buildLedger, type Article, type ContradictionOptions, type Ledger } from '../../link/index.ts';
import { BufferedWriter } from '../output.ts';
import type { CommandIo } from '../io.ts';
import { command } from '../command.ts';

/** Reads and extracts every article; bad documents are reported and skipped. Shared by the ledger commands. */
export async function readArticles(paths: readonly string[], io: CommandIo): Promise<{ articles: Article[]; status: number }> {
  let status = 0;
  const articles: Article[] = [];
  const documents = readInputs(paths, { stdin: io.stdin, onError: (e) => { io.report(e); status = Math.max(status, 1); } });
  for await (const document of documents) {
    try {
      articles.push({ document, extraction: extractDocument(document).extraction });
    } catch (e) {
      io.report(e, { id: document.id });
      status = 2;
    }
  }
  return { articles, status };
}

/** The options every ledger command takes besides its own: the inputs and --json. */
export const ledgerArgs = {
  inputs: { type: 'positional', required: false, valueHint: 'FILE|DIR...', description: 'the articles' },
  json: { type: 'boolean', default: false, description: 'JSON (default: readable text)' },
} as const;

export function needInputs(positionals: readonly string[], command: string): void {
  if (!positionals.length) throw new ClaimgraphError('E_USAGE', `${command} needs a FILE or DIR; see 'claimgraph ${command} --help'`);
}

export function parseTolerance(raw: string | undefined): ContradictionOptions {
  const tolerance = raw === undefined ? 0.2 : Number(raw);
  if (!Number.isFinite(tolerance) || tolerance < 0 || raw?.trim() === '') {
    throw new ClaimgraphError('E_USAGE', `--tolerance must be a number >= 0 (a fraction: 0.2 is 20%), not '${raw}'`);
  }
  return { tolerance };
}

/** Article text is untrusted: no control characters (terminal escapes) reach the terminal. */
export const clean = (s: string) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ' ').replace(/\s*\n\s*/g, ' ');

export const where = (a: Appearance) => `${a.published ?? 'undated'} ${a.document} [${a.start}, ${a.end})`;

export const claims = command({
  name: 'claims',
  synopsis: ['claims [--json] FILE|DIR...'],
  description: `The claims in a set of articles, each counted once with every appearance (first appearance
first), its claimant resolved across articles, and the rebuttals that answer it.`,
  args: { ...ledgerArgs, json: { ...ledgerArgs.json, description: 'the ledger as JSON (default: readable text)' } },
  notes: `A bad document is reported on standard error as "claimgraph: FILE:LINE: message"; the others are
still read, and the exit status is 1.`,
  run: claimsRun,
});

async function claimsRun(values: { json: boolean; _: string[] }, io: CommandIo): Promise<number> {
  const positionals = values._;
  needInputs(positionals, 'claims');
  const { articles, status } = await readArticles(positionals, io);
  const ledger = buildLedger(articles);
  const owner = new Map<string, LedgerClaim>();
  for (const c of ledger.claims) for (const a of c.appearances) owner.set(a.document + '\u0000' + a.item, c);
  const rebuttals = articles.flatMap(({ document, extraction }) => extraction.rebuttals.map((r) => {
    const who = ledger.ids.resolve(document.id, r.rebutter.name);
    const answered = owner.get(document.id + '\u0000' + r.claim);
    return {
      document: document.id, id: r.id, start: r.start, end: r.end, text: r.text, rebutter: who?.id ?? null, rebutterName: who?.name ?? r.rebutter.name,
      evidence: r.evidence.map((e) => e.text), proposition: r.proposition, claim: answered?.id ?? null, date: r.date, confidence: r.confidence,
    };
  }));
  const out = new BufferedWriter(io.stdout);
  if (values.json) {
    await out.write(JSON.stringify({ identities: ledger.identities, claims: ledger.claims, rebuttals }, null, 2) + '\n');
  } else {
    const answeredBy = new Map<string, typeof rebuttals>();
    for (const r of rebuttals) if (r.claim) (answeredBy.get(r.claim) ?? answeredBy.set(r.claim, []).get(r.claim)!).push(r);
    await out.write(`${ledger.claims.length} claims in ${articles.length} articles; ${rebuttals.length} rebuttals; ${ledger.identities.length} identities\n`);
    for (const c of ledger.claims) {
      await out.write(`\n${c.id}  ${clean(c.proposition)}  claimed by ${clean(c.claimantName ?? 'nobody named')}${c.date ? `  (${c.date})` : ''}\n`);
      await out.write(`  "${clean(c.firstAppearance.text)}"\n`);
      for (const a of c.appearances) await out.write(`  seen ${where(a)}\n`);
      for (const r of answeredBy.get(c.id) ?? []) {
        await out.write(`  denied by ${clean(r.rebutterName ?? 'nobody named')}: "${clean(r.text)}" (${r.document}${r.date ? ', ' + r.date : ''})\n`);
      }
    }
  }
  await out.end();
  return status;
}
