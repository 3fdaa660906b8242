import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from '@hono/zod-openapi';
import * as S from '../../src/api/schemas.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/api/security.ts';
import type { Server } from '../../src/api/server.ts';
import { buildLedger, serveLedger, TOKEN, type Ledger } from './ledger.ts';

// A real ledger, a real server on a port the system picks, real HTTP requests.
let ledger: Ledger;
let server: Server;
let readOnly: Server;
let small: Server;

beforeAll(async () => {
  ledger = await buildLedger();
  server = await serveLedger(ledger);
  readOnly = await serveLedger(ledger, { token: null });
  small = await serveLedger(ledger, { maxBody: 2000 });
}, 120_000);

afterAll(async () => {
  await Promise.all([server?.close(), readOnly?.close(), small?.close()]);
  await ledger?.dispose();
});

async function getJson<T extends z.ZodType>(path: string, schema: T, base = server.url): Promise<z.infer<T>> {
  const res = await fetch(new URL(path, base));
  const body = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(200);
  return schema.parse(body);
}

async function failure(res: Response, status: number): Promise<string> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/application\/json/);
  const body = await res.json() as { error: string };
  expect(typeof body.error).toBe('string');
  // Never a stack trace.
  expect(body.error).not.toMatch(/\n\s+at |\.ts:\d+|node_modules/);
  return body.error;
}

const post = (path: string, body: unknown, headers: Record<string, string> = {}, base = server.url) =>
  fetch(new URL(path, base), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('serve: reads', () => {
  it('binds to 127.0.0.1 by default', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('counts what the store holds', async () => {
    const stats = await getJson('/api/stats', S.Stats);
    expect(stats.articles).toBe(17);
    expect(stats.items.quotes).toBeGreaterThan(50);
    expect(stats.writable).toBe(true);
    expect((await getJson('/api/stats', S.Stats, readOnly.url)).writable).toBe(false);
  });

  it('pages articles, with the total, and refuses a page over the cap', async () => {
    const first = await getJson('/api/articles?limit=5', S.ArticleList);
    expect(first.total).toBe(17);
    expect(first.items).toHaveLength(5);
    const last = await getJson('/api/articles?limit=5&offset=15', S.ArticleList);
    expect(last.items).toHaveLength(2);
    expect(new Set([...first.items, ...last.items].map((a) => a.id)).size).toBe(7);
    expect(await failure(await fetch(new URL(`/api/articles?limit=${S.MAX_PAGE + 1}`, server.url)), 400)).toMatch(/limit/);
    expect(await failure(await fetch(new URL('/api/articles?offset=-1', server.url)), 400)).toMatch(/offset/);
  });

  it('gives an article with provenance, and every item slices its own text', async () => {
    const a = await getJson('/api/articles/kyiv-wire-briefing', S.Article);
    expect(a.article.url).toBe('https://example.org/news/2025/11/18/air-defence-briefing');
    expect(a.article.source).toBe('Kyiv Wire');
    expect(a.article.hash).toMatch(/^[0-9a-f]{32}$/);
    expect(Date.parse(a.article.ingested)).not.toBeNaN();
    const items = [...a.extraction.quotes, ...a.extraction.figures, ...a.extraction.places, ...a.extraction.dates, ...a.extraction.claims, ...a.extraction.rebuttals];
    expect(items.length).toBeGreaterThan(5);
    for (const item of items) expect(a.article.text.slice(item.start, item.end)).toBe(item.text);
    expect(await failure(await fetch(new URL('/api/articles/no-such-article', server.url)), 404)).toMatch(/no-such-article/);
  });

  it('filters quotations by speaker, figures by category, claims by contest', async () => {
    const quotes = await getJson('/api/quotes?speaker=olena%20kravets&limit=5', S.QuoteList);
    expect(quotes.items).toHaveLength(5);
    for (const q of quotes.items) expect(q.item.speaker?.name).toBe('Olena Kravets');
    const inContext = await getJson('/api/quotes?speaker=Yurii%20Ihnat&context=true', S.QuoteList);
    const text = (await getJson('/api/articles/kyiv-wire-briefing', S.Article)).article.text;
    expect(inContext.items.length).toBeGreaterThan(1);
    for (const q of inContext.items) {
      expect(q.source).toBe('Kyiv Wire');
      expect(text.slice(q.item.start - q.before!.length, q.item.end + q.after!.length)).toBe(q.before + q.item.text + q.after);
      expect(q.after).toMatch(/[.!?]["”]?$|^$/);
    }
    expect(inContext.items.find((q) => q.item.text.startsWith('"The attacks'))!.after).toBe(' Colonel Yurii Ihnat, the air force spokesman, told reporters in Kyiv.');
    const speakers = await getJson('/api/speakers?limit=10', S.SpeakerList);
    const counts = speakers.items.map((s) => s.quotes);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const figures = await getJson('/api/figures?category=military-casualties&from=2025-10&to=2025-11', S.FigureList);
    expect(figures.items.length).toBeGreaterThan(0);
    for (const f of figures.items) expect(f.item.category).toBe('military-casualties');
    expect(await failure(await fetch(new URL('/api/figures?category=bananas', server.url)), 400)).toMatch(/category/);
    const contested = await getJson('/api/claims?contested=true', S.ClaimList);
    expect(contested.items.length).toBeGreaterThan(0);
    for (const c of contested.items) expect(c.rebuttals.length).toBeGreaterThan(0);
    const map = await getJson('/api/places?limit=5', S.PlaceList);
    expect(map.items).toHaveLength(5);
    const places = await getJson('/api/mentions?kind=place&name=Pokrovsk', S.MentionList);
    expect(places.items.length).toBeGreaterThan(3);
    for (const m of places.items) for (const s of m.spans) expect(s.text).toMatch(/Pokrovsk/);
  });

  it('gives quotations from several articles each in its own article\'s sentence, title and outlet', async () => {
    const speaker = (await getJson('/api/speakers?limit=50', S.SpeakerList)).items.find((s) => s.articles > 1)!;
    const page = await getJson(`/api/quotes?speaker=${encodeURIComponent(speaker.name)}&limit=50&context=true`, S.QuoteList);
    const ids = new Set(page.items.map((q) => q.article));
    expect(ids.size).toBeGreaterThan(1);
    const articles = new Map(await Promise.all([...ids].map(async (id) => [id, (await getJson(`/api/articles/${encodeURIComponent(id)}`, S.Article)).article] as const)));
    for (const q of page.items) {
      const a = articles.get(q.article)!;
      expect([q.title, q.source]).toEqual([a.title, a.source]);
      expect(a.text.slice(q.item.start - q.before!.length, q.item.end + q.after!.length)).toBe(q.before + q.item.text + q.after);
    }
  });

  it('searches with filters, the total count and offsets into the article', async () => {
    const all = await getJson('/api/search?q=encircled&scope=claims&limit=2', S.SearchResult);
    expect(all.total).toBeGreaterThan(2);
    expect(all.items).toHaveLength(2);
    const texts = new Map<string, string>();
    for (const hit of all.items) {
      const text = texts.get(hit.article) ?? (await getJson(`/api/articles/${hit.article}`, S.Article)).article.text;
      texts.set(hit.article, text);
      expect(text.slice(hit.start, hit.end)).toBe(hit.text);
      for (const m of hit.matches) expect(text.slice(m.start, m.end).toLowerCase()).toMatch(/^encircl/);
    }
    const narrow = await getJson('/api/search?q=encircled&scope=claims&from=2025-11-01&to=2025-11-30', S.SearchResult);
    expect(narrow.total).toBeLessThan(all.total);
    for (const hit of narrow.items) expect(hit.date! >= '2025-11-01' && hit.date! <= '2025-11-30').toBe(true);
    const bySpeaker = await getJson('/api/search?q=drones&scope=quotes&speaker=Yurii%20Ihnat', S.SearchResult);
    expect(bySpeaker.total).toBeGreaterThan(0);
    for (const hit of bySpeaker.items) expect(hit.article).toBe('kyiv-wire-briefing');
    const byOutlet = await getJson('/api/search?q=drones&source=kyiv%20wire', S.SearchResult);
    expect(byOutlet.items.map((h) => h.article)).toEqual(['kyiv-wire-briefing']);
    expect(await failure(await fetch(new URL('/api/search?q=%21%21%21', server.url)), 400)).toMatch(/no words/);
  });

  it('documents every endpoint in /api/openapi.json, generated from the schemas', async () => {
    const doc = await (await fetch(new URL('/api/openapi.json', server.url))).json() as { openapi: string; paths: Record<string, object>; components: { schemas: Record<string, object> } };
    expect(doc.openapi).toBe('3.1.0');
    for (const path of ['/api/stats', '/api/places', '/api/articles', '/api/articles/{id}', '/api/quotes', '/api/speakers', '/api/figures', '/api/claims', '/api/mentions', '/api/search', '/api/extract', '/api/corrections', '/api/verdicts']) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
    expect(Object.keys(doc.paths['/api/articles']!).sort()).toEqual(['get', 'post']);
    expect(Object.keys(doc.paths['/api/corrections']!).sort()).toEqual(['get', 'post']);
    for (const name of ['Quotation', 'Figure', 'Claim', 'Rebuttal', 'ArticleInfo', 'SearchHit', 'Error']) expect(doc.components.schemas).toHaveProperty([name]);
  });

  it('answers only to loopback host names (no DNS rebinding)', async () => {
    const status = (host: string) => new Promise<number>((resolve, reject) => {
      const req = request(new URL('/api/stats', server.url), { headers: { host } }, (res) => { res.resume(); resolve(res.statusCode!); });
      req.on('error', reject);
      req.end();
    });
    const port = new URL(server.url).port;
    expect(await status(`127.0.0.1:${port}`)).toBe(200);
    expect(await status(`localhost:${port}`)).toBe(200);
    expect(await status(`evil.example:${port}`)).toBe(403);
    expect(await status('127.0.0.1.evil.example')).toBe(403);
  });

  it('sends the strict Content-Security-Policy and other guards on every response', async () => {
    for (const path of ['/api/stats', '/api/nothing-here']) {
      const res = await fetch(new URL(path, server.url));
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe|\*|http/);
    await failure(await fetch(new URL('/api/nothing-here', server.url)), 404);
  });
});

describe('store queries the UI reads', () => {
  it('article(id): the stored facts with the retrieval time, null when absent', async () => {
    const info = await ledger.store.article('kyiv-wire-briefing');
    expect(info).toMatchObject({ id: 'kyiv-wire-briefing', source: 'Kyiv Wire', date: '2025-11-18', url: 'https://example.org/news/2025/11/18/air-defence-briefing' });
    expect(info!.chars).toBe((await ledger.store.get('kyiv-wire-briefing'))!.document.text.length);
    expect(Date.now() - Date.parse(info!.ingested)).toBeLessThan(10 * 60_000);
    expect(await ledger.store.article('nope')).toBeNull();
  });

  it('searchPage: the total counts every hit; pages tile; filters narrow', async () => {
    const every = await ledger.store.searchPage('Pokrovsk', { scope: 'articles', limit: 200 });
    expect(every.hits).toHaveLength(every.total);
    expect(every.total).toBe((await ledger.store.search('Pokrovsk', { scope: 'articles', limit: 200 })).length);
    const pages = [0, 3, 6, 9, 12].map((offset) => ledger.store.searchPage('Pokrovsk', { scope: 'articles', limit: 3, offset }));
    const ids = (await Promise.all(pages)).flatMap((p) => p.hits.map((h) => h.article));
    expect(ids).toEqual(every.hits.map((h) => h.article).slice(0, 15));
    const october = await ledger.store.searchPage('Pokrovsk', { scope: 'articles', to: '2025-10-31', limit: 200 });
    expect(october.total).toBeGreaterThan(0);
    expect(october.total).toBeLessThan(every.total);
    for (const h of october.hits) expect(h.date! <= '2025-10-31').toBe(true);
    const quoting = await ledger.store.searchPage('Pokrovsk', { scope: 'articles', speaker: 'olena kravets', limit: 200 });
    for (const h of quoting.hits) expect((await ledger.store.quotes({ article: h.article, speaker: 'Olena Kravets', limit: 1 })).length).toBe(1);
  });

  it('places: mentions and articles per place, counted from the stored extractions', async () => {
    const places = await ledger.store.places({ limit: 200 });
    const mentions = new Map<number, number>();
    for await (const l of ledger.store.ledgers()) for (const p of l.extraction.places) if (p.lat !== null && p.geonameId !== null) mentions.set(p.geonameId, (mentions.get(p.geonameId) ?? 0) + 1);
    for (const p of places.filter((x) => x.geonameId !== null)) expect(p.mentions, p.name).toBe(mentions.get(p.geonameId!));
    const counts = places.map((p) => p.mentions);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const pokrovsk = places.find((p) => p.geonameId === 704422)!;
    expect(pokrovsk.lat).toBeCloseTo(48.28, 1);
    const kyivWire = await ledger.store.places({ source: 'KYIV WIRE', limit: 200 });
    expect(kyivWire.map((p) => p.name).sort()).toEqual(expect.arrayContaining(['Kharkiv', 'Kyiv']));
    expect(kyivWire.every((p) => p.articles === 1)).toBe(true);
    const late = await ledger.store.places({ from: '2025-11-15', limit: 200 });
    expect(late.reduce((n, p) => n + p.mentions, 0)).toBeLessThan(places.reduce((n, p) => n + p.mentions, 0));
  });
});

describe('serve: writes', () => {
  const article = { id: 'posted-1', date: '2025-11-21', title: 'Posted', source: 'Test Desk', url: 'https://example.org/posted',
    text: '"The bridge is still standing," said Maria Lysenko, the mayor of Kherson, on Friday.' };

  it('refuses a write without the token, with the wrong token, and on a server started without one', async () => {
    expect(await failure(await post('/api/articles', article), 401)).toMatch(/token/i);
    expect(await failure(await post('/api/articles', article, { authorization: 'Bearer wrong-token-000' }), 401)).toMatch(/token/i);
    expect(await failure(await post('/api/articles', article, { authorization: `Bearer ${TOKEN}` }, readOnly.url), 401)).toMatch(/no writes/);
    expect((await getJson('/api/articles/posted-1', S.Article).catch(() => null))).toBeNull();
  });

  it('stores an article with the token; the same again changes nothing; new text replaces', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const first = S.PutResult.parse(await (await post('/api/articles', article, auth)).json());
    expect(first).toMatchObject({ id: 'posted-1', added: 1, replaced: 0, unchanged: 0 });
    const stored = await getJson('/api/articles/posted-1', S.Article);
    expect(stored.article.text).toBe(article.text);
    expect(stored.extraction.quotes[0]?.speaker?.name).toBe('Maria Lysenko');
    expect(S.PutResult.parse(await (await post('/api/articles', article, auth)).json())).toMatchObject({ unchanged: 1, added: 0 });
    const changed = S.PutResult.parse(await (await post('/api/articles', { ...article, text: article.text.replace('Friday', 'Saturday') }, auth)).json());
    expect(changed).toMatchObject({ replaced: 1 });
  });

  it('extracts without storing', async () => {
    const res = await post('/api/extract', { id: 'never-stored', text: '"We are ready," said Olena Kravets on Monday.' });
    const x = S.Extraction.parse(await res.json());
    expect(x.quotes[0]?.speaker?.name).toBe('Olena Kravets');
    expect(await failure(await fetch(new URL('/api/articles/never-stored', server.url)), 404)).toMatch(/never-stored/);
  });

  it('answers a bad body with 400 and an over-limit body with 413, as JSON without a stack', async () => {
    expect(await failure(await post('/api/extract', '{"text": "unclosed'), 400)).toMatch(/JSON/i);
    expect(await failure(await post('/api/extract', { text: '' }), 400)).toMatch(/text/);
    expect(await failure(await post('/api/extract', { text: 42 }), 400)).toMatch(/text/);
    const big = { text: 'x'.repeat(5000) };
    expect(await failure(await post('/api/extract', big, {}, small.url), 413)).toMatch(/limit/);
    expect(await failure(await post('/api/articles', big, { authorization: `Bearer ${TOKEN}` }, small.url), 413)).toMatch(/limit/);
  });
});

describe('serve: hostile articles through the API', () => {
  it('returns hostile text exactly as stored, as JSON data', async () => {
    const line = readFileSync('test/fixtures/web/articles.jsonl', 'utf8').split('\n').find((l) => l.includes('"hostile-markup"'))!;
    const input = JSON.parse(line) as { text: string; title: string; url: string };
    const res = await fetch(new URL('/api/articles/hostile-markup', server.url));
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const a = S.Article.parse(await res.json());
    expect(a.article.text).toBe(input.text);
    expect(a.article.title).toBe(input.title);
    expect(a.article.url).toBe(input.url);
  });
});
