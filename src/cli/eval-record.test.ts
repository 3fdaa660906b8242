import { describe, expect, it } from 'vitest';
import { makeDocument } from '../model/document.ts';
import type { Entity, Extraction, Figure, Quotation, Speaker } from '../model/items.ts';
import { span } from '../model/span.ts';
import { toEvalRecord } from './eval-record.ts';
import { extractDocument } from '../extract/pipeline.ts';

const text = '"We moved almost 1,200 people," Governor Lidia Marsh said. "It held," she added.';
const document = makeDocument({ id: 'crossing', text, date: '2024-06-03', title: 'Title', source: 'crossing.txt' });
const at = (s: string, from = 0) => span(text, text.indexOf(s, from), text.indexOf(s, from) + s.length);

const marsh: Speaker = {
  mention: at('Lidia Marsh'), name: 'Lidia Marsh', entity: 'e1', kind: 'person', pronoun: false,
  role: at('Governor'), antecedent: null, confidence: 0.9, rule: 'speakers/test',
};
const quote = (fields: Partial<Quotation> & Pick<Quotation, 'start' | 'end' | 'text'>): Quotation => ({
  id: 'q1', kind: 'direct', utterance: 'u1', speaker: null, cue: null, addressee: null, quoted: [],
  confidence: 0.9, rule: 'quotes/test', ...fields,
});
const first = quote({ ...at('"We moved almost 1,200 people,"'), speaker: marsh, cue: at('said') });
const second = quote({
  ...at('"It held,"'), id: 'q2', utterance: 'u2', cue: at('added'),
  speaker: { ...marsh, mention: at('she'), pronoun: true, antecedent: at('Lidia Marsh'), role: null },
});
const unattributed = quote({ ...at('It held'), id: 'q3', kind: 'partial' });
const figure: Figure = {
  ...at('almost 1,200 people'), id: 'f1', value: 1200, low: null, high: 1200, qualifier: 'almost', rate: null,
  unit: 'people', whose: null, category: 'displaced-people', claimant: 'Lidia Marsh', confidence: 0.8, rule: 'figures/test',
};
const entity: Entity = { id: 'e1', kind: 'person', name: 'Lidia Marsh', mentions: [at('Lidia Marsh'), at('she')], role: at('Governor') };
const extraction: Extraction = { quotes: [first, second, unattributed], entities: [entity], figures: [figure], places: [], equipment: [], dates: [], claims: [], rebuttals: [] };

describe('toEvalRecord', () => {
  const record = toEvalRecord(document, extraction);

  it('gives the fields the scorer reads: id, quote spans, speaker {name, start, end}, quantity values', () => {
    expect(record.id).toBe('crossing');
    expect(record.quotes.map((q) => [q.start, q.end, q.speaker && { name: q.speaker.name, start: q.speaker.start, end: q.speaker.end }])).toEqual([
      [first.start, first.end, { name: 'Lidia Marsh', start: text.indexOf('Lidia'), end: text.indexOf('Lidia') + 11 }],
      [second.start, second.end, { name: 'Lidia Marsh', start: text.indexOf('she'), end: text.indexOf('she') + 3 }],
      [unattributed.start, unattributed.end, null],
    ]);
    expect(record.quantities.map((q) => [q.start, q.end, q.value, q.low, q.high])).toEqual([[figure.start, figure.end, 1200, null, 1200]]);
  });

  it('flattens the speaker mention and keeps the rest of our fields', () => {
    expect(record.quotes[1]!.speaker).toEqual({
      name: 'Lidia Marsh', entity: 'e1', kind: 'person', pronoun: true, role: null, antecedent: at('Lidia Marsh'),
      confidence: 0.9, rule: 'speakers/test', start: text.indexOf('she'), end: text.indexOf('she') + 3, text: 'she',
    });
    expect(record.quotes[0]).toMatchObject({ id: 'q1', kind: 'direct', utterance: 'u1', text: first.text, cue: at('said'), quoted: [] });
    expect(record.quantities[0]).toEqual(figure);
    expect(record.entities).toEqual([entity]);
    expect(record.date).toBe('2024-06-03');
  });

  it('keeps every span exact: each object with start/end/text slices the article to its text', () => {
    const spans: { start: number; end: number; text: string }[] = [];
    (function walk(o: unknown): void {
      if (Array.isArray(o)) return o.forEach(walk);
      if (!o || typeof o !== 'object') return;
      const r = o as Record<string, unknown>;
      if (Number.isInteger(r.start) && Number.isInteger(r.end) && typeof r.text === 'string') spans.push(r as never);
      Object.values(r).forEach(walk);
    })(JSON.parse(JSON.stringify(record)));
    expect(spans.length).toBeGreaterThan(10);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('is pure: the extraction is not changed', () => {
    const before = JSON.stringify(extraction);
    toEvalRecord(document, extraction);
    expect(JSON.stringify(extraction)).toBe(before);
  });

  it('keeps the key order of the pipeline\'s quotations and speakers, speaker and mention span last (the CLI output is compared byte for byte)', () => {
    const article = makeDocument({ id: 'order', text: '"We held the bridge," said Colonel Ivan Petrenko, commander of the brigade. "They did not pass," he added.' });
    const { extraction: ex } = extractDocument(article);
    const q = ex.quotes.find((x) => x.speaker);
    expect(q).toBeDefined();
    const out = toEvalRecord(article, ex).quotes[ex.quotes.indexOf(q!)]!;
    expect(Object.keys(out)).toEqual([...Object.keys(q!).filter((k) => k !== 'speaker'), 'speaker']);
    expect(Object.keys(out.speaker!)).toEqual([...Object.keys(q!.speaker!).filter((k) => k !== 'mention'), 'start', 'end', 'text']);
    const plain = ex.quotes.map((x) => { const { speaker, ...rest } = x; return { ...rest, speaker: speaker && (({ mention, ...r }) => ({ ...r, start: mention.start, end: mention.end, text: mention.text }))(speaker) }; });
    expect(JSON.stringify(toEvalRecord(article, ex).quotes)).toBe(JSON.stringify(plain));
  });
});
