/**
 * `npx tsx bench/charset.ts`: what deciding and decoding a page's charset costs, in CPU ms (user +
 * system, best of BENCH_RUNS, default 5), on our windows-1251 test page (test/charset-pages.ts)
 * repeated to about 10 MB of text: as UTF-8 through the strict decoder alone (what every page cost
 * before), and through `decodeMarkup` (sniffing, the UTF-16 / binary checks, the check that a
 * legacy declaration does not hide UTF-8, the decoding) as UTF-8, windows-1251 and windows-1252.
 */
import { decodeUtf8 } from '../src/ingest/bytes.ts';
import { decodeMarkup, htmlCharset } from '../src/ingest/charset.ts';
import { encodeSingleByte, LEGACY_PAGES, legacyPageHtml } from '../test/charset-pages.ts';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const unit = legacyPageHtml(LEGACY_PAGES.cyrillic, '<meta charset="windows-1251">');
const html = unit.repeat(Math.ceil((10 * 1024 * 1024) / (unit.length * 1.3)));
const asUtf8 = new TextEncoder().encode(html.replace('windows-1251', 'utf-8'));
const latin = html.replace(/[^\x00-\x7f]/g, 'é').replace('windows-1251', 'windows-1252');

const cases: [string, Uint8Array, (b: Uint8Array) => string][] = [
  ['UTF-8, strict decoder alone (before)', asUtf8, (b) => decodeUtf8(b, { file: 'x' })],
  ['UTF-8 through decodeMarkup', asUtf8, (b) => decodeMarkup(b, htmlCharset(b), { file: 'x' }, 'HTML')],
  ['windows-1251 through decodeMarkup', encodeSingleByte(html, 'windows-1251'), (b) => decodeMarkup(b, htmlCharset(b), { file: 'x' }, 'HTML')],
  ['windows-1252 through decodeMarkup', encodeSingleByte(latin, 'windows-1252'), (b) => decodeMarkup(b, htmlCharset(b), { file: 'x' }, 'HTML')],
];
for (const [name, bytes, decode] of cases) {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = process.cpuUsage();
    const text = decode(bytes);
    const d = process.cpuUsage(t);
    best = Math.min(best, (d.user + d.system) / 1000);
    if (!text.includes('Сирський') && !text.includes('é')) throw new Error(`${name}: the text lost its letters`);
  }
  console.log(`${name}: ${(bytes.length / 1048576).toFixed(1)} MB, ${best.toFixed(0)} ms CPU (best of ${runs})`);
}
