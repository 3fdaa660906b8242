import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as S from '../../src/api/schemas.ts';
import { startServer, type Server } from '../../src/api/server.ts';
import { openSqliteStore, type SqliteStore } from '../../src/store/index.ts';
import { TOKEN } from './ledger.ts';
import { identityRules } from '../../src/link/identity-rules.ts';

// Corrections and verdicts through the HTTP API: a real server on a real store, the article stored
// by POST /api/articles (the real extractor), corrected, then ingested again changed.
let dir: string;
let store: SqliteStore;
let server: Server;
let readOnly: Server;

const wire = JSON.parse(readFileSync('test/fixtures/web/articles.jsonl', 'utf8').split('\n').find((l) => l.includes('"kyiv-wire-briefing"'))!) as { id: string; text: string; date: string; title: string; url: string; source: string };
const auth = { authorization: `Bearer ${TOKEN}` };
const post = (path: string, body: unknown, headers: Record<string, string> = auth, base = server.url) =>
  fetch(new URL(path, base), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
const getJson = async <T>(path: string, schema: { parse(x: unknown): T }) => {
  const res = await fetch(new URL(path, server.url));
  expect(res.status).toBe(200);
  return schema.parse(await res.json());
};
type ArticleJson = ReturnType<typeof S.Article.parse>;
type Marked = { id: string; text: string; start: number; correction?: { kind: string; author: string; created: string; was?: string | null; note: string | null }; verdict?: { rating: string; author: string; note: string | null } };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'claimgraph-corrections-api-'));
  store = openSqliteStore(join(dir, 'ledger.db'), { identities: identityRules });
  server = await startServer({ store, token: TOKEN, webRoot: null, port: 0, org: 'Kyiv Fact Desk' });
  readOnly = await startServer({ store, token: null, webRoot: null, port: 0 });
  expect((await post('/api/articles', wire)).status).toBe(200);
}, 120_000);

afterAll(async () => {
  await Promise.all([server?.close(), readOnly?.close()]);
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('corrections and verdicts over HTTP', () => {
  it('refuses every correction and verdict without the token (401), with the wrong one, and on a server without one', async () => {
    const reject = { kind: 'reject', article: wire.id, layer: 'quotes', item: 'q1', author: 'Maria' };
    const verdict = { article: wire.id, item: 'c1', rating: 'false', author: 'Maria' };
    for (const [path, body] of [['/api/corrections', reject], ['/api/verdicts', verdict]] as const) {
      expect((await post(path, body, {})).status).toBe(401);
      expect((await post(path, body, { authorization: 'Bearer not-the-token' })).status).toBe(401);
      expect((await post(path, body, auth, readOnly.url)).status).toBe(401);
    }
    expect((await getJson('/api/corrections', S.CorrectionList)).total).toBe(0);
  });

  it('answers a bad correction with 400 and an unknown item with 404', async () => {
    expect((await post('/api/verdicts', { article: wire.id, item: 'c1', rating: 'pants on fire', author: 'Maria' })).status).toBe(400);
    expect((await post('/api/corrections', { kind: 'reject', article: wire.id, layer: 'quotes', item: 'q1' })).status).toBe(400);
    expect((await post('/api/corrections', { kind: 'reject', article: wire.id, layer: 'quotes', item: 'q99', author: 'Maria' })).status).toBe(404);
    expect((await post('/api/verdicts', { article: 'no-such', item: 'c1', rating: 'false', author: 'Maria' })).status).toBe(404);
  });

  it('reject, speaker and verdict are shown in the article with who and when, and survive re-ingesting the changed article', async () => {
    const before = await getJson(`/api/articles/${wire.id}`, S.Article);
    const quotes = before.extraction.quotes as Marked[];
    const byIhnat = before.extraction.quotes.filter((q) => q.speaker?.name === 'Yurii Ihnat');
    expect(byIhnat.length).toBeGreaterThan(1);
    const [first, second] = byIhnat;
    const claim = before.extraction.claims[0]!;

    const r = await post('/api/corrections', { kind: 'reject', article: wire.id, layer: 'quotes', item: first!.id, author: 'Maria', note: 'a paraphrase, not his words' });
    expect(r.status).toBe(200);
    expect(S.Correction.parse(await r.json())).toMatchObject({ kind: 'reject', author: 'Maria', item: first!.id, target: { start: first!.start, end: first!.end, text: first!.text } });
    expect((await post('/api/corrections', { kind: 'speaker', article: wire.id, item: second!.id, name: 'Mykola Oleshchuk', author: 'Maria' })).status).toBe(200);
    expect((await post('/api/verdicts', { article: wire.id, item: claim.id, rating: 'misleading', note: 'the strikes hit homes', author: 'Ivan' })).status).toBe(200);

    const check = async (a: ArticleJson) => {
      const q = a.extraction.quotes as Marked[];
      const rejected = q.find((x) => x.text === first!.text)!;
      expect(rejected.correction).toMatchObject({ kind: 'reject', author: 'Maria', note: 'a paraphrase, not his words' });
      expect(Date.parse(rejected.correction!.created)).not.toBeNaN();
      const moved = q.find((x) => x.text === second!.text)! as Marked & { speaker: { name: string } };
      expect(moved.speaker.name).toBe('Mykola Oleshchuk');
      expect(moved.correction).toMatchObject({ kind: 'speaker', was: 'Yurii Ihnat' });
      const rated = (a.extraction.claims as Marked[]).find((c) => c.text === claim.text)!;
      expect(rated.verdict).toMatchObject({ rating: 'misleading', author: 'Ivan', note: 'the strikes hit homes' });
      expect(a.corrections.map((c) => c.kind)).toEqual(['reject', 'speaker', 'rating']);
      for (const c of a.corrections) expect(c.item).not.toBeNull();
      for (const x of q) expect(a.article.text.slice(x.start, x.start + x.text.length)).toBe(x.text);
    };
    await check(await getJson(`/api/articles/${wire.id}`, S.Article));
    expect(quotes.length).toBe(before.extraction.quotes.length);

    // Lists: the rejected quotation is gone from Ihnat's, the moved one is Oleshchuk's; the claim carries its verdict.
    const ihnat = await getJson('/api/quotes?speaker=Yurii%20Ihnat', S.QuoteList);
    expect(ihnat.items.map((l) => l.item.text)).not.toContain(first!.text);
    expect(ihnat.items.map((l) => l.item.text)).not.toContain(second!.text);
    const oleshchuk = await getJson('/api/quotes?speaker=Mykola%20Oleshchuk', S.QuoteList);
    expect(oleshchuk.items.map((l) => l.item.text)).toEqual([second!.text]);
    const claims = await getJson('/api/claims?limit=200', S.ClaimList);
    expect((claims.items.find((c) => c.item.text === claim.text)!.item as Marked).verdict?.rating).toBe('misleading');

    // The same article again: unchanged. Then a new version with a correction note on top: every offset moves.
    expect((await (await post('/api/articles', wire)).json() as { unchanged: number }).unchanged).toBe(1);
    const changed = { ...wire, text: `Correction appended 19 Nov: an earlier version misnamed the unit.\n\n${wire.text}` };
    expect((await (await post('/api/articles', changed)).json() as { replaced: number }).replaced).toBe(1);
    const after = await getJson(`/api/articles/${wire.id}`, S.Article);
    expect(after.article.text).toBe(changed.text);
    await check(after);

    const log = await getJson(`/api/corrections?article=${wire.id}`, S.CorrectionList);
    expect(log.items.map((c) => [c.kind, c.author])).toEqual([['rating', 'Ivan'], ['speaker', 'Maria'], ['reject', 'Maria']]);
  });

  it('merge and split identities', async () => {
    expect((await post('/api/corrections', { kind: 'merge', name: 'Mykola Oleshchuk', into: 'Yurii Ihnat', author: 'Maria', note: 'test' })).status).toBe(200);
    const speakers = await getJson('/api/speakers?name=Yurii%20Ihnat', S.SpeakerList);
    expect(speakers.items).toHaveLength(1);
    const quotes = await getJson('/api/quotes?speaker=Yurii%20Ihnat', S.QuoteList);
    expect(quotes.items.some((l) => l.item.speaker?.name === 'Mykola Oleshchuk')).toBe(true);
    expect((await post('/api/corrections', { kind: 'split', name: 'Ihnat', from: 'Yurii Ihnat', author: 'Maria' })).status).toBe(200);
    expect((await getJson('/api/corrections', S.CorrectionList)).items[0]).toMatchObject({ kind: 'split', name: 'Ihnat', from: 'Yurii Ihnat', target: null });
  });

  it('stats name the organization that signs verdicts; figures carry the side of their claimant', async () => {
    expect((await getJson('/api/stats', S.Stats)).org).toBe('Kyiv Fact Desk');
    const text = "Ukraine's General Staff said on Monday that 1,130 Russian soldiers had been killed in the past day. Russia's Defence Ministry said 400 Ukrainian soldiers were killed near Pokrovsk.";
    expect((await post('/api/articles', { id: 'two-sides', text, date: '2025-11-17' })).status).toBe(200);
    const figures = await getJson('/api/figures?category=military-casualties&limit=200', S.FigureList);
    const sides = new Map(figures.items.filter((f) => f.article === 'two-sides').map((f) => [f.item.claimant, f.side]));
    expect(sides).toEqual(new Map([["Ukraine's General Staff", 'Ukraine'], ["Russia's Defence Ministry", 'Russia']]));
  });
});
