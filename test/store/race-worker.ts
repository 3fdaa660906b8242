// One process of the store race (race.test.ts, bench/race.ts): `write DB ID` puts one article into
// the store DB (made if missing); `read DB` waits for the file to appear, then opens it for reading
// and counts its articles. Exit 0, or 1 with the error on standard error.
import { existsSync } from 'node:fs';
import { makeDocument } from '../../src/model/document.ts';
import { contentHash } from '../../src/store/hash.ts';
import { openSqliteStore } from '../../src/store/index.ts';
import { identityRules } from '../../src/link/identity-rules.ts';

const [mode, db, id] = process.argv.slice(2);
const empty = { quotes: [], entities: [], figures: [], places: [], equipment: [], dates: [], claims: [], rebuttals: [] };

try {
  if (mode === 'write') {
    const store = openSqliteStore(db!, { identities: identityRules });
    const document = makeDocument({ id: id!, text: `Article ${id}: the port reopened on Monday, officials said.` });
    const result = await store.put([{ document, hash: contentHash(document), extraction: empty }]);
    await store.close();
    process.stdout.write(JSON.stringify(result) + '\n');
  } else {
    const until = Date.now() + 20_000;
    while (!existsSync(db!) && Date.now() < until) await new Promise((r) => setTimeout(r, 2));
    const store = openSqliteStore(db!, { readonly: true, identities: identityRules });
    const stats = await store.stats();
    await store.close();
    process.stdout.write(JSON.stringify({ articles: stats.articles }) + '\n');
  }
} catch (e) {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exit(1);
}
