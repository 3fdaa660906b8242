/**
 * `npm run fuzz`: a longer fast-check campaign than `npm test`'s, on demand. Random files (JSON Lines
 * with random Unicode, lone surrogates and control characters; HTML nested at random depths; RSS
 * with entities and escaped HTML; raw bytes as text; now and then one document up to the size cap)
 * go through ingest, the store and the JSONL export (check.ts: nothing but bad-input errors, stored
 * text well-formed and equal to the text extracted, every span slicing the stored text).
 *
 * Any case that fails is shrunk and appended to test/fuzz/found.jsonl, which found.test.ts replays
 * in every `npm test`. Environment: FUZZ_RUNS (default 400), FUZZ_SEED, FUZZ_MAX_BYTES (the largest
 * generated document; default the 10 MB cap).
 */
import { appendFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { DEFAULT_MAX_BYTES } from '../../src/ingest/index.ts';
import { roundTrip, type FuzzCase } from './check.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 400);
const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 31;
const MAX_BYTES = Number(process.env.FUZZ_MAX_BYTES ?? DEFAULT_MAX_BYTES);
const found = join(dirname(fileURLToPath(import.meta.url)), 'found.jsonl');

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const control = fc.integer({ min: 0, max: 0x9f }).filter((c) => c < 0x20 || c >= 0x7f).map((c) => String.fromCharCode(c));
const pieces = ['"', '“', '”', '«', '»', "'", ' said ', ', she said, ', 'according to ', '\n\n', '. ', ', ', ' ', 'Andrii Hnatov', 'the ministry',
  'He', 'more than 40 drones', '300 to 400', '12%', 'Pokrovsk', 'Moscow', 'F-16', ' on Wednesday', 'Київ', '😀', '\u202e', '\ufeff', '\x1b[2J',
  '&amp;', '&#xD800;', '<b>', '</b>', '<div>', '</div>', '\\ud800'];
const unit = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 6 },
  { arbitrary: fc.constantFrom(...pieces), weight: 6 },
  { arbitrary: loneSurrogate, weight: 1 },
  { arbitrary: control, weight: 1 },
);
const text = fc.string({ unit, maxLength: 300 });
/** Now and then a document near the cap: a random stretch repeated up to FUZZ_MAX_BYTES. */
const big = fc.tuple(fc.string({ unit, minLength: 20, maxLength: 200 }), fc.integer({ min: 1, max: MAX_BYTES })).map(([s, bytes]) => {
  const one = Math.max(Buffer.byteLength(s), 1);
  return s.repeat(Math.max(1, Math.floor(bytes / one)));
});

const jsonl = fc.array(fc.record({
  id: fc.oneof(fc.string({ unit, maxLength: 12 }), fc.nat()),
  text: fc.oneof({ arbitrary: text, weight: 20 }, { arbitrary: big, weight: 1 }),
  date: fc.constantFrom(null, '2025-11-12', '2025-99-99', 'yesterday'),
  title: fc.option(text, { nil: undefined }),
}), { minLength: 1, maxLength: 5 }).chain((docs) => fc.tuple(fc.constant(docs), fc.option(fc.string({ unit, maxLength: 40 }), { nil: undefined })))
  .map(([docs, garbage]): FuzzCase => ({
    name: 'in.jsonl',
    content: docs.map((d) => JSON.stringify(d)).join('\n') + (garbage === undefined ? '' : '\n' + garbage) + '\n',
  }));

const nested = fc.tuple(fc.array(fc.constantFrom('div', 'span', 'p', 'b', 'section', 'li', 'table', 'td', 'script', 'br'), { maxLength: 8 }), fc.integer({ min: 0, max: 600 }), text)
  .map(([tags, depth, t]) => {
    const names = tags.length ? tags : ['div'];
    let open = '';
    let close = '';
    for (let i = 0; i < depth; i++) {
      const tag = names[i % names.length]!;
      open += `<${tag}>`;
      close = `</${tag}>` + close;
    }
    return `${open}<p>${t}</p>${close}`;
  });

const html = fc.tuple(nested, text).map(([body, title]): FuzzCase => ({
  name: 'page.html',
  content: `<!doctype html><html><head><title>${title}</title></head><body><article>${body}</article></body></html>`,
}));

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const feed = fc.tuple(fc.array(nested, { minLength: 1, maxLength: 3 }), fc.constantFrom('', '<!DOCTYPE rss [<!ENTITY x "entity text">]>', '<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>'), fc.boolean())
  .map(([items, doctype, useEntity]): FuzzCase => ({
    name: 'feed.rss',
    content: `<?xml version="1.0"?>\n${doctype}<rss version="2.0"><channel><title>T</title>${items.map((b, i) => `<item><guid>g${i}</guid><description>${escape(b)}${useEntity && doctype ? '&x;' : ''}</description></item>`).join('')}</channel></rss>\n`,
  }));

const bytes = fc.uint8Array({ minLength: 1, maxLength: 400 }).map((b): FuzzCase => ({ name: 'raw.txt', content: b }));

const anyCase = fc.oneof({ arbitrary: jsonl, weight: 5 }, { arbitrary: html, weight: 2 }, { arbitrary: feed, weight: 2 }, { arbitrary: bytes, weight: 1 });

const started = Date.now();
let runs = 0;
const result = await fc.check(fc.asyncProperty(anyCase, async (c) => {
  runs++;
  const problems = await roundTrip(c);
  if (problems.length) throw new Error(problems.slice(0, 5).join('\n'));
}), { numRuns: RUNS, seed: SEED, endOnFailure: false });

const seconds = ((Date.now() - started) / 1000).toFixed(0);
if (result.failed && result.counterexample) {
  const [c] = result.counterexample;
  const content = typeof c.content === 'string' ? { content: c.content } : { base64: Buffer.from(c.content).toString('base64') };
  const size = typeof c.content === 'string' ? c.content.length : c.content.length;
  if (size <= 200_000) appendFileSync(found, JSON.stringify({ name: c.name, ...content, found: new Date().toISOString().slice(0, 10), seed: SEED, why: String(result.errorInstance).slice(0, 300) }) + '\n');
  console.log(`fuzz: FAILED after ${runs} runs in ${seconds} s (seed ${SEED}); the case ${size <= 200_000 ? 'is kept in test/fuzz/found.jsonl' : `is ${size} characters, too large to keep`}:`);
  console.log(String(result.errorInstance));
  process.exit(1);
}
console.log(`fuzz: ${result.numRuns} cases passed in ${seconds} s (seed ${SEED}, documents up to ${MAX_BYTES} bytes)`);
