// Turns the annotators' drafts (eval/gold/drafts/<id>.json, items located by their text) into
// eval/gold/realtext.jsonl: the same items with UTF-16 start/end into the document text, checked so
// that text.slice(start, end) === item text for every span. Document texts stay in
// ../shared/data/realtext/dev.jsonl (the repo keeps annotations only); `goldWithText` joins them.
//
// Draft format, one document per file:
// {"id": "pgu-0441", "annotator": "A", "reviewed_by": "B" | null, "notes": "...",
//  "quotes": [{"text": "exact characters of the content", "nth": 0,
//              "speaker": "fullest name" | null, "mention": "he" | null, "mention_nth": 2 (optional), "cue": "said" | null,
//              "kind": "direct" | "mixed" | "indirect"}],
//  "quantities": [{"text": "almost 1.2 million", "nth": 0, "value": 1200000, "low": null, "high": 1200000,
//                  "unit": "people", "qualifier": "almost", "rate": null, "claimant": "Name" | null}],
//  "claims": [{"claim": "text", "claim_nth": 0, "claimant": "Name" | null,
//              "rebuttal": "text" | null, "rebuttal_nth": 0, "rebutter": "Name" | null, "when": "YYYY-MM[-DD]" | null}]}
// `nth` picks among several occurrences of the same text (0-based, default 0). A mention and a cue are
// the occurrences nearest to their quotation (a mention may be before or after it), unless
// `mention_nth` picks the mention's occurrence (0-based, whole words) where the nearest is another one.
//
// Usage: node eval/gold/build.mjs [realtext dev.jsonl]   (exit 1 and a line per problem when a text is not found)
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const defaultRealtext = join(here, '..', '..', '..', 'shared', 'data', 'realtext', 'dev.jsonl');

export function loadTexts(file = defaultRealtext) {
  return new Map(readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => { const r = JSON.parse(l); return [r.id, r]; }));
}

function occurrences(text, needle) {
  const out = [];
  if (!needle) return out;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

function locate(text, needle, nth, where, problems) {
  const occ = occurrences(text, needle);
  if (!occ.length) { problems.push(`${where}: text not found: ${JSON.stringify(needle.slice(0, 80))}`); return null; }
  const i = nth ?? 0;
  if (i >= occ.length) { problems.push(`${where}: nth ${i} but only ${occ.length} occurrences of ${JSON.stringify(needle.slice(0, 60))}`); return null; }
  return { start: occ[i], end: occ[i] + needle.length };
}

// A mention or cue is whole words: `he` never matches inside `The`.
const WORD = /[\p{L}\p{N}]/u;
function wordOccurrences(text, needle) {
  return occurrences(text, needle).filter((s) => !(WORD.test(needle[0]) && s > 0 && WORD.test(text[s - 1]))
    && !(WORD.test(needle[needle.length - 1]) && WORD.test(text[s + needle.length] ?? '')));
}

function nearest(text, needle, span, where, problems) {
  const occ = wordOccurrences(text, needle);
  if (!occ.length) { problems.push(`${where}: not found: ${JSON.stringify(needle)}`); return null; }
  const dist = (s) => (s + needle.length <= span.start ? span.start - (s + needle.length) : s >= span.end ? s - span.end : 0);
  // Inside the content only when nothing outside it is as near (a label before a turn, a cue after a quote).
  const outside = occ.filter((s) => s + needle.length <= span.start || s >= span.end);
  const pool = outside.length ? outside : occ;
  const best = pool.reduce((a, b) => (dist(b) < dist(a) ? b : a));
  return { start: best, end: best + needle.length };
}

function nth(text, needle, i, where, problems) {
  const occ = wordOccurrences(text, needle);
  if (i >= occ.length) { problems.push(`${where}: mention_nth ${i} but only ${occ.length} occurrences of ${JSON.stringify(needle)}`); return null; }
  return { start: occ[i], end: occ[i] + needle.length };
}

function labelBefore(text, label, span) {
  const before = wordOccurrences(text, label).filter((s) => s + label.length <= span.start && /^\s*:|^\s{2,}|^\s*\n/.test(text.slice(s + label.length, s + label.length + 6)));
  if (!before.length) return null;
  const s = before[before.length - 1];
  return { start: s, end: s + label.length };
}

export function buildDoc(draft, doc) {
  const problems = [];
  const text = doc.text;
  const quotes = (draft.quotes ?? []).map((q, k) => {
    const where = `${draft.id} quote ${k}`;
    const span = locate(text, q.text, q.nth, where, problems);
    if (!span) return null;
    // A transcript turn (cue `:`) belongs to the label that opens it: the last one before the item.
    const label = q.cue === ':' && q.mention ? labelBefore(text, q.mention, span) : null;
    const m = label ?? (q.mention ? (q.mention_nth !== undefined ? nth(text, q.mention, q.mention_nth, `${where} mention`, problems) : nearest(text, q.mention, span, `${where} mention`, problems)) : null);
    // A label's colon, when it has one (a `Q` label may stand alone on its line: its cue is where it ends).
    const colon = label ? /^\s*:/.exec(text.slice(label.end)) : null;
    const c = label ? { start: colon ? label.end + colon[0].length - 1 : label.end } : q.cue ? nearest(text, q.cue, span, `${where} cue`, problems) : null;
    return {
      start: span.start, end: span.end, text: q.text, kind: q.kind ?? null,
      speaker: q.speaker ?? null, speaker_start: m?.start ?? null, speaker_end: m?.end ?? null,
      speaker_mention: q.mention ?? null, cue: q.cue ?? null, cue_start: c?.start ?? null,
    };
  }).filter(Boolean);
  const quantities = (draft.quantities ?? []).map((q, k) => {
    const span = locate(text, q.text, q.nth, `${draft.id} quantity ${k}`, problems);
    if (!span) return null;
    return { start: span.start, end: span.end, text: q.text, value: q.value ?? null, low: q.low ?? null, high: q.high ?? null,
      unit: q.unit ?? null, qualifier: q.qualifier ?? null, rate: q.rate ?? null, claimant: q.claimant ?? null };
  }).filter(Boolean);
  const claims = (draft.claims ?? []).map((c, k) => {
    const span = locate(text, c.claim, c.claim_nth, `${draft.id} claim ${k}`, problems);
    if (!span) return null;
    const r = c.rebuttal ? locate(text, c.rebuttal, c.rebuttal_nth, `${draft.id} claim ${k} rebuttal`, problems) : null;
    return { claim: { ...span, text: c.claim }, claimant: c.claimant ?? null,
      rebuttal: r ? { ...r, text: c.rebuttal } : null, rebutter: c.rebutter ?? null, when: c.when ?? null };
  }).filter(Boolean);
  for (const q of quotes) if (text.slice(q.start, q.end) !== q.text) problems.push(`${draft.id}: offsets do not slice to text`);
  return { record: { id: draft.id, source: doc.source, date: doc.date, annotator: draft.annotator ?? null,
    reviewed_by: draft.reviewed_by ?? null, quotes, quantities, claims }, problems };
}

/** The scorer's gold: annotations joined with their document text. */
export function goldWithText(annotations, texts) {
  return annotations.map((a) => ({ ...a, text: texts.get(a.id).text }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const texts = loadTexts(process.argv[2]);
  const dir = join(here, 'drafts');
  const records = []; const problems = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    let draft;
    try { draft = JSON.parse(readFileSync(join(dir, f), 'utf8')); } catch (e) { problems.push(`${f}: not JSON: ${e.message}`); continue; }
    const doc = texts.get(draft.id);
    if (!doc) { problems.push(`${f}: no document ${draft.id} in realtext`); continue; }
    const { record, problems: p } = buildDoc(draft, doc);
    problems.push(...p); records.push(record);
  }
  for (const p of problems) console.error(p);
  writeFileSync(join(here, 'realtext.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  console.error(`${records.length} documents, ${records.reduce((n, r) => n + r.quotes.length, 0)} quotations, ` +
    `${records.reduce((n, r) => n + r.quantities.length, 0)} figures, ${records.reduce((n, r) => n + r.claims.length, 0)} claims; ${problems.length} problems`);
  process.exit(problems.length ? 1 : 0);
}
