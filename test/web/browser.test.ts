import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import type { Server } from '../../src/api/server.ts';
import { textFileDocument } from '../../src/ingest/text-file.ts';
import { buildLedger, megabyteLine, serveLedger, TOKEN, type Ledger } from './ledger.ts';

/** A scraped wire story with an ad line, a photo credit and a `Related:` teaser between its paragraphs. */
const SCRAPED = 'test/fixtures/scraped/01-wire-dam.txt';

/**
 * The web UI in a real Chromium (Debian's, driven by playwright-core) against a real server on a
 * ledger of our own articles: each view opened and checked, the click path article -> speaker ->
 * provenance, an accessibility check per view (axe: no serious or critical violation), a
 * screenshot per view into docs/screenshots/, and hostile articles that must not run or change
 * anything. Skipped, saying so, only where /usr/bin/chromium is absent (.ci/run installs it).
 */
const CHROMIUM = '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
// In CI (.ci/run installs it) a missing browser is a failure, never a silent skip.
if (!HAVE_CHROMIUM && process.env.CI === 'true') throw new Error(`${CHROMIUM} is absent in CI: .ci/run must apt-get install chromium`);
if (!HAVE_CHROMIUM) process.stderr.write(`browser tests SKIPPED: ${CHROMIUM} is absent (apt-get install chromium; .ci/run installs it)\n`);

const SHOTS = 'docs/screenshots';

let ledger: Ledger;
let server: Server;
let context: BrowserContext;
let page: Page;
let webRoot: string;
let profile: string;
const pageErrors: string[] = [];
const cspViolations: string[] = [];

async function open(path: string, timeout = 30_000): Promise<void> {
  await page.goto(new URL(path, server.url).href);
  await page.waitForSelector('main[data-ready]', { timeout });
}

async function axe(view: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${view}: ${v.id} (${v.impact}): ${v.nodes.length} nodes, e.g. ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

const waitReady = () => page.waitForSelector('main[data-ready]');

/** Clicks an export button and returns the file the browser saved. */
async function exported(button: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

describe.skipIf(!HAVE_CHROMIUM)('web UI in Chromium', () => {
  beforeAll(async () => {
    // The UI as the source is now, built into a temp folder (dist/web may be older).
    webRoot = mkdtempSync(join(tmpdir(), 'claimgraph-webroot-'));
    execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', webRoot, '--emptyOutDir', '--logLevel', 'error'], { stdio: 'inherit' });
    ledger = await buildLedger([megabyteLine(), textFileDocument(readFileSync(SCRAPED), SCRAPED, 'scraped-wire-dam')]);
    server = await serveLedger(ledger, { webRoot, org: 'Kyiv Fact Desk' });
    profile = mkdtempSync(join(tmpdir(), 'claimgraph-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      viewport: { width: 1280, height: 860 },
    });
    page = context.pages()[0] ?? await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });
    await page.exposeFunction('__cspViolation', (s: string) => cspViolations.push(s));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __cspViolation: (s: string) => void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI}`));
    });
    mkdirSync(SHOTS, { recursive: true });
  }, 240_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    await ledger?.dispose();
    if (profile) rmSync(profile, { recursive: true, force: true });
    if (webRoot) rmSync(webRoot, { recursive: true, force: true });
  });

  it('lists the articles with their count', async () => {
    await open('/');
    await expect(page.locator('main h1').textContent()).resolves.toBe('Articles');
    await expect(page.locator('main .count').textContent()).resolves.toBe('19 articles in the ledger');
    expect(await page.locator('main tbody tr').count()).toBe(19);
    const csv = await exported('CSV');
    expect(csv.text.split('\r\n')).toHaveLength(1 + 19 + 1);
    await shot('articles');
    await axe('articles');
  });

  it('article: every item highlighted, overlapping items reachable, click shows details; -> speaker -> provenance', async () => {
    await open('/');
    await page.getByRole('link', { name: 'Air defence chief says drone attacks doubled' }).click();
    await waitReady();
    expect(new URL(page.url()).pathname).toBe('/article/kyiv-wire-briefing');
    const kinds = await page.locator('.article-text mark').evaluateAll((ms) => [...new Set(ms.flatMap((m) => (m.getAttribute('data-kinds') ?? '').split(' ')))].sort());
    expect(kinds).toEqual(expect.arrayContaining(['claim', 'date', 'entity', 'figure', 'place', 'quote']));
    // The text shown is the article's, character for character.
    const api = await (await fetch(new URL('/api/articles/kyiv-wire-briefing', server.url))).json() as { article: { text: string }; extraction: { quotes: { id: string; text: string; start: number; speaker: { name: string | null } | null }[] } };
    await expect(page.locator('.article-text').textContent()).resolves.toBe(api.article.text);
    // A stretch inside a quotation and a figure: both items are listed.
    const nested = page.locator('.article-text mark[data-kinds~="figure"].in-quote').first();
    await nested.click();
    const listed = await page.locator('.details section.item h3').allTextContents();
    expect(listed.some((t) => t.startsWith('Figure'))).toBe(true);
    expect(listed.some((t) => t.startsWith('Quotation'))).toBe(true);
    // Keyboard reaches it too.
    await page.locator('.article-text mark[data-kinds~="place"]').first().focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('.details section.item h3').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^Place/)]));
    // A quotation of Ihnat's: its speaker, then his page.
    const q1 = api.extraction.quotes.find((q) => q.speaker?.name === 'Yurii Ihnat')!;
    await page.locator(`.article-text mark[data-start="${q1.start}"]`).click();
    const quote = page.locator(`.details section.item[data-item="${q1.id}"]`);
    await expect(quote.locator('blockquote').textContent()).resolves.toBe(q1.text);
    await shot('article');
    await axe('article');

    await quote.getByRole('link', { name: 'Yurii Ihnat' }).click();
    await waitReady();
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe('/speaker/Yurii Ihnat');
    await expect(page.locator('main h1').textContent()).resolves.toBe('Yurii Ihnat');
    const quotes = await page.locator('ol.quotes blockquote mark.quoted').allTextContents();
    // The sentence around it, and the outlet.
    const li = page.locator('ol.quotes li').filter({ hasText: q1.text });
    await expect(li.locator('blockquote').textContent()).resolves.toBe(`${q1.text} Colonel Yurii Ihnat, the air force spokesman, told reporters in Kyiv.`);
    await expect(li.locator('.meta').textContent()).resolves.toContain('Kyiv Wire');
    expect(quotes).toContain(q1.text);
    // Export what is on screen.
    const jsonl = await exported('JSON Lines');
    expect(jsonl.name).toBe('quotes-Yurii-Ihnat.jsonl');
    const records = jsonl.text.trimEnd().split('\n').map((l) => JSON.parse(l) as { item: { text: string } });
    expect(records.map((r) => r.item.text)).toEqual(quotes);
    const csv = await exported('CSV');
    expect(csv.text.split('\r\n')[0]).toBe('article,date,id,kind,start,end,text,speaker,role,cue,confidence');
    expect(csv.text).toContain(`"${q1.text.replace(/"/g, '""')}"`);
    await shot('speaker');
    await axe('speaker');

    const item = page.locator('ol.quotes li').filter({ hasText: q1.text });
    await item.getByRole('link', { name: 'provenance' }).click();
    await waitReady();
    expect(new URL(page.url()).pathname).toBe(`/provenance/kyiv-wire-briefing/quotes/${q1.id}`);
    await expect(page.locator('#target').textContent()).resolves.toBe(q1.text);
    await expect(page.locator('.provenance a[href="https://example.org/news/2025/11/18/air-defence-briefing"]').count()).resolves.toBe(1);
    await expect(page.locator('.provenance code.hash').textContent()).resolves.toMatch(/^[0-9a-f]{32}$/);
    expect(Date.parse((await page.locator('.provenance .retrieved').textContent())!)).not.toBeNaN();
    await expect(page.locator('.article-text').textContent()).resolves.toBe(api.article.text);
    await shot('provenance');
    await axe('provenance');
  });

  it('speakers: most quoted first, each a link to its page', async () => {
    await open('/speakers');
    const rows = page.locator('main tbody tr');
    expect(await rows.count()).toBeGreaterThan(5);
    const counts = (await rows.locator('td:nth-child(2)').allTextContents()).map(Number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await shot('speakers');
    await axe('speakers');
    await rows.first().locator('a').click();
    await waitReady();
    expect(new URL(page.url()).pathname).toMatch(/^\/speaker\//);
    expect(await page.locator('ol.quotes li').count()).toBe(Math.min(counts[0]!, 50));
  });

  it('search: filters, result count, highlighted snippets; the URL reproduces the view', async () => {
    await open('/search');
    await page.getByLabel('Words').fill('encircled');
    await page.getByLabel('In').selectOption('claims');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForSelector('main[data-ready] .count');
    const url = new URL(page.url());
    expect(url.searchParams.get('q')).toBe('encircled');
    expect(url.searchParams.get('scope')).toBe('claims');
    const api = await (await fetch(new URL('/api/search?q=encircled&scope=claims', server.url))).json() as { total: number };
    const count = await page.locator('main .count').textContent();
    expect(count).toBe(`${api.total} results`);
    expect(await page.locator('ol.hits .snippet mark').first().textContent()).toMatch(/^encircl/i);
    await shot('search');
    await axe('search');
    // The same URL, opened afresh, shows the same view; a filter narrows it.
    await open(url.pathname + url.search);
    await expect(page.locator('main .count').textContent()).resolves.toBe(count);
    await expect(page.getByLabel('Words').inputValue()).resolves.toBe('encircled');
    await open('/search?q=encircled&scope=claims&from=2025-11-01&to=2025-11-30');
    const narrowed = Number((await page.locator('main .count').textContent())!.split(' ')[0]);
    expect(narrowed).toBeLessThan(api.total);
    for (const meta of await page.locator('ol.hits .meta').allTextContents()) expect(meta).toMatch(/^2025-11-/);
  });

  it('contested claims: claim, claimant, rebuttal, rebutter, each with its provenance', async () => {
    await open('/claims');
    const items = page.locator('ol.claims > li');
    expect(await items.count()).toBeGreaterThan(0);
    for (const li of await items.all()) {
      expect(await li.locator('strong', { hasText: 'Rebuttal' }).count()).toBeGreaterThan(0);
    }
    await shot('claims');
    await axe('claims');
    await items.first().getByRole('link', { name: 'provenance' }).first().click();
    await waitReady();
    expect(new URL(page.url()).pathname).toMatch(/^\/provenance\/[^/]+\/claims\/c\d+$/);
    expect((await page.locator('#target').textContent())!.length).toBeGreaterThan(0);
  });

  it('figures over time: a chart with a series per claimant, every point listed with a link to its sentence', async () => {
    const api = await (await fetch(new URL('/api/figures?category=military-casualties&limit=200', server.url))).json() as { items: { article: string; item: { id: string; text: string; claimant: string | null } }[] };
    expect(api.items.length).toBeGreaterThan(3);
    await open('/figures?category=military-casualties');
    expect(await page.locator('.chart canvas').count()).toBe(1);
    const claimants = new Set(api.items.map((f) => f.item.claimant ?? 'unattributed'));
    expect(await page.locator('.chart .u-legend .u-series').count()).toBe(claimants.size + 1);
    const rows = page.locator('table.figures tbody tr');
    expect(await rows.count()).toBe(api.items.length);
    await shot('figures');
    await axe('figures');
    await page.getByLabel('Category').selectOption('equipment');
    await waitReady();
    expect(new URL(page.url()).searchParams.get('category')).toBe('equipment');
    await open('/figures?category=military-casualties');
    const first = api.items[0]!;
    await rows.first().locator('a.provenance-link').click();
    await waitReady();
    expect(new URL(page.url()).pathname).toBe(`/provenance/${first.article}/figures/${first.item.id}`);
    await expect(page.locator('#target').textContent()).resolves.toBe(first.item.text);
  });

  it('map: places drawn offline from world-atlas, sized by mentions, filtered by outlet in the URL', async () => {
    const all = await (await fetch(new URL('/api/places?limit=200', server.url))).json() as { items: { name: string; mentions: number }[] };
    await open('/map');
    expect(await page.locator('svg.map .land path').count()).toBeGreaterThan(100);
    expect(await page.locator('svg.map .places circle').count()).toBe(all.items.length);
    const radii = await page.locator('svg.map .places circle').evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('r'))));
    expect(Math.max(...radii)).toBeGreaterThan(Math.min(...radii));
    const geo = JSON.parse((await exported('GeoJSON')).text) as { type: string; features: { geometry: { coordinates: number[] }; properties: { name: string } }[] };
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.map((f) => f.properties.name)).toEqual(all.items.map((p) => p.name));
    await shot('map');
    await axe('map');
    await page.getByLabel('Outlet').fill('Kyiv Wire');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForFunction(() => location.search.includes('source='));
    await waitReady();
    const some = await (await fetch(new URL('/api/places?source=Kyiv%20Wire', server.url))).json() as { items: unknown[] };
    expect(some.items.length).toBeLessThan(all.items.length);
    expect(await page.locator('svg.map .places circle').count()).toBe(some.items.length);
  });

  it('figures: one series per side as well as per claimant; the chart data exports as CSV', async () => {
    const api = await (await fetch(new URL('/api/figures?category=military-casualties&limit=200', server.url))).json() as { items: { date: string | null; side: string | null; item: { value: number | null; low: number | null; high: number | null } }[] };
    const dated = api.items.filter((f) => f.date && (f.item.value ?? f.item.low ?? f.item.high) !== null);
    const sides = new Set(dated.map((f) => f.side ?? 'no known side'));
    expect(sides.size).toBeGreaterThan(1);
    await open('/figures?category=military-casualties');
    await page.getByLabel('One series per', { exact: true }).selectOption('side');
    await page.waitForFunction(() => location.search.includes('by=side'));
    await waitReady();
    expect(await page.locator('.chart .u-legend .u-series').count()).toBe(sides.size + 1);
    const legend = (await page.locator('.chart .u-legend .u-series .u-label').allTextContents()).slice(1).map((t) => t.trim());
    expect([...legend].sort()).toEqual([...sides].sort());
    // Claimants on no known side are one series, listed last.
    if (sides.has('no known side')) expect(legend.at(-1)).toBe('no known side');
    const chart = await exported('Chart data (CSV)');
    expect(chart.name).toBe('figures-military-casualties-by-side-chart.csv');
    const rows = chart.text.trimEnd().split('\r\n');
    expect(rows[0]!.split(',').slice(1).sort()).toEqual([...sides].sort());
    expect(rows.length - 1).toBe(new Set(dated.map((f) => f.date)).size);
    await shot('figures-by-side');
    await axe('figures by side');
  });

  it('article: page furniture is shown dimmed, and no item is made of it', async () => {
    const api = await (await fetch(new URL('/api/articles/scraped-wire-dam', server.url))).json() as { article: { text: string }; furniture: { start: number; end: number; text: string; kind: string }[] };
    const regions = api.furniture.filter((f) => f.kind !== 'dateline');
    expect(regions.map((f) => f.kind)).toEqual(expect.arrayContaining(['advertisement', 'credit', 'teaser']));
    await open('/article/scraped-wire-dam');
    const shown = await page.locator('.article-text .furniture').evaluateAll((els) => els.map((e) => [e.getAttribute('data-furniture'), e.textContent]));
    expect(shown).toEqual(regions.map((f) => [f.kind, f.text]));
    expect(await page.locator('.article-text .furniture mark, .article-text mark .furniture').count()).toBe(0);
    expect(await page.locator('.article-text .furniture').first().evaluate((e) => getComputedStyle(e).fontStyle)).toBe('italic');
    await expect(page.locator('.article-text').textContent()).resolves.toBe(api.article.text);
    await page.locator('.article-text .furniture').first().scrollIntoViewIfNeeded();
    await shot('furniture');
    await axe('article with furniture');
  });

  describe('corrections and verdicts', () => {
    type Api = { article: { text: string }; extraction: { quotes: { id: string; text: string; start: number; speaker: { name: string | null } | null }[]; claims: { id: string; text: string; start: number }[] } };
    const article = async () => await (await fetch(new URL('/api/articles/kyiv-wire-briefing', server.url))).json() as Api;
    const card = (id: string) => page.locator(`.details section.item[data-item="${id}"]`);

    it('signing in asks for a name and the write token; the log starts empty', async () => {
      await open('/corrections');
      await expect(page.locator('main .count').textContent()).resolves.toBe('0 corrections');
      await axe('corrections, signed out');
      await page.getByLabel('Your name').fill('Maria Test');
      await page.getByLabel('Write token').fill(TOKEN);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForSelector('main[data-ready] .signed-in');
      await expect(page.locator('.signed-in').textContent()).resolves.toContain('Correcting as Maria Test for Kyiv Fact Desk');
    });

    it('reject a quotation, correct a speaker, rate a claim; re-ingest the changed article; the corrections are still shown', async () => {
      const before = await article();
      const [rejected, moved] = before.extraction.quotes.filter((q) => q.speaker?.name === 'Yurii Ihnat');
      const claim = before.extraction.claims[0]!;
      await open('/article/kyiv-wire-briefing');

      await page.locator(`.article-text mark[data-start="${rejected!.start}"]`).click();
      await card(rejected!.id).locator('summary', { hasText: 'Correct this item' }).click();
      await card(rejected!.id).getByLabel('Reason for rejecting').fill('the colonel was quoted by another outlet');
      await card(rejected!.id).getByRole('button', { name: 'Reject this item' }).click();
      await card(rejected!.id).locator('.correction.c-reject').waitFor();
      await expect(card(rejected!.id).locator('.correction').textContent()).resolves.toMatch(/^Rejected by Maria Test, \d{4}-\d\d-\d\d \d\d:\d\d UTC: the colonel was quoted by another outlet$/);

      await page.locator(`.article-text mark[data-start="${moved!.start}"]`).click();
      await card(moved!.id).locator('summary', { hasText: 'Correct this item' }).click();
      await card(moved!.id).getByLabel('Speaker is').fill('Mykola Oleshchuk');
      await card(moved!.id).getByRole('button', { name: 'Correct speaker' }).click();
      await card(moved!.id).locator('.correction.c-speaker').waitFor();
      await expect(card(moved!.id).locator('.correction').textContent()).resolves.toContain('Speaker corrected (was Yurii Ihnat) by Maria Test');
      await expect(card(moved!.id).getByRole('link', { name: 'Mykola Oleshchuk' }).count()).resolves.toBe(1);

      await page.locator(`.article-text mark[data-start="${claim.start}"]`).first().click();
      await card(claim.id).locator('summary', { hasText: 'Correct this item' }).click();
      await card(claim.id).getByLabel('Verdict', { exact: true }).selectOption('false');
      await card(claim.id).getByLabel('Verdict note').fill('the strikes hit apartment blocks');
      await card(claim.id).getByRole('button', { name: 'Save verdict' }).click();
      await card(claim.id).locator('.verdict').waitFor();
      await expect(card(claim.id).locator('.verdict').textContent()).resolves.toMatch(/^Rated false by Maria Test, .*: the strikes hit apartment blocks$/);
      await card(claim.id).locator('summary', { hasText: 'Correct this item' }).click();
      await shot('correction');
      await axe('article with corrections');

      // The article again, changed: a correction note on top moves every offset.
      const changed = `Correction, 19 Nov: an earlier version of this story gave the wrong date.\n\n${before.article.text}`;
      const res = await fetch(new URL('/api/articles', server.url), {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({ id: 'kyiv-wire-briefing', text: changed, date: '2025-11-18', title: 'Air defence chief says drone attacks doubled', source: 'Kyiv Wire', url: 'https://example.org/news/2025/11/18/air-defence-briefing' }),
      });
      expect((await res.json() as { replaced: number }).replaced).toBe(1);
      const after = await article();
      expect(after.article.text).toBe(changed);
      const shift = changed.length - before.article.text.length;
      const again = after.extraction.quotes.find((q) => q.text === rejected!.text)!;
      expect(again.start).toBe(rejected!.start + shift);

      await open('/article/kyiv-wire-briefing');
      await expect(page.locator('.article-text').textContent()).resolves.toBe(changed);
      await expect(page.locator('main .corrections-summary').textContent()).resolves.toMatch(/^3 corrections by people/);
      const mark = page.locator(`.article-text mark[data-start="${again.start}"]`);
      // Struck through where the rejected quotation is all there is; else marked as corrected.
      expect(await mark.getAttribute('class')).toMatch(/\b(rejected|corrected)\b/);
      await mark.click();
      await expect(card(again.id).locator('.correction').textContent()).resolves.toContain('Rejected by Maria Test');
      const movedAgain = after.extraction.quotes.find((q) => q.text === moved!.text)!;
      expect(movedAgain.speaker?.name).toBe('Mykola Oleshchuk');
      await page.locator(`.article-text mark[data-start="${movedAgain.start}"]`).click();
      await expect(card(movedAgain.id).locator('.correction').textContent()).resolves.toContain('was Yurii Ihnat');
      const claimAgain = after.extraction.claims.find((c) => c.text === claim.text)!;
      await page.locator(`.article-text mark[data-start="${claimAgain.start}"]`).first().click();
      await expect(card(claimAgain.id).locator('.verdict').textContent()).resolves.toContain('Rated false by Maria Test');

      // The speaker's page lists the quotation under its corrected speaker; the contested claims show the verdict.
      await open('/speaker/Mykola%20Oleshchuk');
      expect(await page.locator('ol.quotes mark.quoted').allTextContents()).toEqual([moved!.text]);
      await open('/speaker/Yurii%20Ihnat');
      const ihnat = await page.locator('ol.quotes mark.quoted').allTextContents();
      expect(ihnat).not.toContain(rejected!.text);
      expect(ihnat).not.toContain(moved!.text);
    });

    it('the log lists every correction with who and when, and exports it', async () => {
      await open('/corrections');
      await expect(page.locator('main .count').textContent()).resolves.toBe('3 corrections');
      expect(await page.locator('table.corrections tbody tr').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-kind')))).toEqual(['rating', 'speaker', 'reject']);
      for (const who of await page.locator('table.corrections tbody td:nth-child(2)').allTextContents()) expect(who).toBe('Maria Test');
      const jsonl = await exported('JSON Lines');
      expect(jsonl.text.trimEnd().split('\n').map((l) => (JSON.parse(l) as { kind: string }).kind)).toEqual(['rating', 'speaker', 'reject']);
      await shot('corrections');
      await axe('corrections');
    });

    it('merge two identities from a speaker page', async () => {
      const kravets = await (await fetch(new URL('/api/quotes?speaker=Olena%20Kravets&limit=1', server.url))).json() as { items: { item: { text: string } }[] };
      await open('/speaker/Yurii%20Ihnat');
      await page.locator('summary', { hasText: 'Merge or split this identity' }).click();
      await page.getByLabel('Same person as').fill('Olena Kravets');
      await page.getByLabel('Merge note').fill('a test of merging');
      await page.getByRole('button', { name: 'Merge', exact: true }).click();
      await page.locator('main .correction.c-merge').waitFor();
      await expect(page.locator('main .correction.c-merge').textContent()).resolves.toMatch(/^Identities merged by Maria Test, .*: a test of merging$/);
      // Her quotations are now on his page, and his on hers.
      expect(await page.locator('ol.quotes mark.quoted').allTextContents()).toContain(kravets.items[0]!.item.text);
      await axe('speaker with a merge');
      await open('/speakers');
      const names = await page.locator('main tbody td:first-child').allTextContents();
      expect(names).toContain('Olena Kravets');
      expect(names).not.toContain('Yurii Ihnat');
    });
  });

  describe('hostile articles', () => {
    const hostile = async () => {
      const pwned = await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
      expect(pwned).toBeUndefined();
      // Only our own script element; nothing from the article became an element.
      expect(await page.locator('script').count()).toBe(1);
      expect(await page.locator('main img, main svg, main style, main script, main b, main i, main iframe').count()).toBe(0);
      expect(await page.locator('a[href^="javascript"], [onerror], [onload], [onclick], [onmouseover]').count()).toBe(0);
      expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('block');
    };

    it('markup, attributes, javascript: URLs, entities and RTL overrides stay text', async () => {
      const api = await (await fetch(new URL('/api/articles/hostile-markup', server.url))).json() as { article: { text: string; title: string; source: string }; extraction: { quotes: { id: string; text: string }[] } };
      await open('/article/hostile-markup');
      await hostile();
      await expect(page.locator('main h1').textContent()).resolves.toBe(api.article.title);
      await expect(page.locator('.article-text').textContent()).resolves.toBe(api.article.text);
      await expect(page.locator('main .meta').textContent()).resolves.toContain(api.article.source);
      for (const mark of (await page.locator('.article-text mark').all()).slice(0, 12)) await mark.click();
      await hostile();
      await shot('hostile-article');
      await open(`/provenance/hostile-markup/quotes/${api.extraction.quotes[0]!.id}`);
      await hostile();
      await expect(page.locator('#target').textContent()).resolves.toBe(api.extraction.quotes[0]!.text);
      await expect(page.locator('.provenance dd').nth(1).textContent()).resolves.toBe("javascript:window.__pwned='url'");
      await open('/search?q=pwned&scope=articles');
      await hostile();
      expect(await page.locator('ol.hits li').count()).toBeGreaterThan(0);
      await open('/');
      await hostile();
    });

    it('a 1 MB line renders whole, and nothing in it runs', { timeout: 240_000 }, async () => {
      const api = await (await fetch(new URL('/api/articles/hostile-long-line', server.url))).json() as { article: { text: string } };
      expect(api.article.text.length).toBeGreaterThanOrEqual(1_000_000);
      // About 35,000 marks on one line: 40 s in Chromium on this 2-core machine under load (as before corrections).
      await open('/article/hostile-long-line', 150_000);
      await hostile();
      expect(await page.locator('.article-text').evaluate((el) => el.textContent!.length)).toBe(api.article.text.length);
      expect(await page.locator('.article-text').evaluate((el, t) => el.textContent === t, api.article.text)).toBe(true);
    });

    it('raised no page error and no Content-Security-Policy violation', () => {
      expect(pageErrors).toEqual([]);
      expect(cspViolations).toEqual([]);
    });
  });
});
