import { ClaimgraphError } from '../../model/errors.ts';
import { displayLocation, openStore } from '../../store/index.ts';
import { loadServeConfig, serveSettings } from '../../config/serve.ts';
import { DEFAULT_MAX_BODY } from '../../api/app.ts';
import { defaultWebRoot, startServer } from '../../api/server.ts';
import type { CommandIo } from '../io.ts';
import { command } from '../command.ts';
import { wholeNumber } from '../options.ts';
import { identityRules } from '../../link/identity-rules.ts';

export const serveCommand = command({
  name: 'serve',
  synopsis: ['serve --db FILE [--config FILE] [--port N] [--host H] [--token T] [--max-body BYTES]'],
  description: `Serves the ledger FILE over HTTP: the web UI at / and the JSON API under /api/ (its OpenAPI
document at /api/openapi.json). Prints the URL on a line of its own once it listens.`,
  args: {
    rest: { type: 'positional', required: false, valueHint: 'none', description: 'refused: the command takes options only' },
    db: { type: 'string', valueHint: 'FILE', description: 'the store (required here, in --config or as CLAIMGRAPH_DB; made if missing when --token allows writes)' },
    config: {
      type: 'string', valueHint: 'FILE',
      description: 'settings from a JSON or YAML file: org, host, port, db (a path relative to the file);\nthe flags here win over the file, the file over CLAIMGRAPH_DB and CLAIMGRAPH_ORG',
    },
    port: { type: 'string', valueHint: 'N', description: 'the port (default 8080; 0 lets the system choose)' },
    host: { type: 'string', valueHint: 'H', description: 'the address to bind (default 127.0.0.1: only this machine)' },
    token: {
      type: 'string', valueHint: 'T',
      description: 'allow writes (articles, corrections, verdicts) from requests with "Authorization: Bearer T";\nalso read from CLAIMGRAPH_TOKEN. Without it every write gets 401.',
    },
    'max-body': { type: 'string', valueHint: 'BYTES', description: `the largest request body (default ${DEFAULT_MAX_BODY}); larger gets 413` },
    org: { type: 'string', valueHint: 'NAME', description: 'the organization that signs verdicts (ClaimReview author); also CLAIMGRAPH_ORG' },
  },
  notes: 'Stops on Ctrl-C (SIGINT) or SIGTERM, closing the store.',
  run: serveRun,
});

async function serveRun(values: { db?: string | undefined; config?: string | undefined; port?: string | undefined; host?: string | undefined; token?: string | undefined; 'max-body'?: string | undefined; org?: string | undefined; _: string[] }, io: CommandIo): Promise<number> {
  const positionals = values._;
  if (positionals.length) throw new ClaimgraphError('E_USAGE', `serve takes no arguments, got ${JSON.stringify(positionals.join(' '))}`);
  const flagPort = values.port === undefined ? undefined : wholeNumber('port', values.port, 0, 0);
  if (flagPort !== undefined && flagPort > 65535) throw new ClaimgraphError('E_USAGE', `--port must be at most 65535, got ${flagPort}`);
  const file = values.config !== undefined ? await loadServeConfig(values.config) : {};
  const { db, host, port, org } = serveSettings({ db: values.db, host: values.host, port: flagPort, org: values.org }, file);
  if (!db) throw new ClaimgraphError('E_USAGE', "serve needs --db FILE; see 'claimgraph serve --help'");
  const maxBody = wholeNumber('max-body', values['max-body'], DEFAULT_MAX_BODY, 1, 'bytes');
  const token = values.token ?? process.env.CLAIMGRAPH_TOKEN ?? null;
  if (token !== null && token.length < 8) throw new ClaimgraphError('E_USAGE', '--token must be at least 8 characters');

  const store = await openStore(db, { readonly: !token, identities: identityRules });
  const webRoot = defaultWebRoot();
  if (!webRoot) process.stderr.write("claimgraph serve: no built UI in dist/web (run 'npm run build'); serving the API alone\n");
  let server;
  try {
    server = await startServer({ store, token, maxBody, webRoot, host, port, org });
  } catch (e) {
    await store.close();
    const err = e as NodeJS.ErrnoException;
    throw new ClaimgraphError('E_USAGE', `cannot listen on ${host}:${port}: ${err.code ?? err.message}`);
  }
  io.stdout.write(`claimgraph serve: ${displayLocation(db)}, writes ${token ? 'allowed with the token' : 'refused (no --token)'}\n`);
  io.stdout.write(`${server.url}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await store.close();
  return 0;
}
