import { describe, expect, it } from 'vitest';
import { extractDocument } from '../pipeline.ts';
import { makeDocument } from '../../model/document.ts';
import type { Entity } from '../../model/items.ts';
import type { Place } from '../../model/context.ts';
import { span } from '../../model/span.ts';
import { analyze } from '../../analyze/index.ts';
import { extractEntities, findPeople } from './index.ts';

function entitiesOf(text: string): readonly Entity[] {
  return extractDocument(makeDocument({ id: 't', text, date: '2025-11-13' })).extraction.entities;
}
const byName = (es: readonly Entity[], name: string) => es.find((e) => e.name === name);
const mentionTexts = (e: Entity | undefined) => e?.mentions.map((m) => m.text) ?? [];

describe('people: titles before and after names', () => {
  it.each([
    ['Andrii Hnatov, chief of the General Staff of the Armed Forces of Ukraine, tells Newsmax the city holds.', 'Andrii Hnatov', 'chief of the General Staff of the Armed Forces of Ukraine'],
    ['The talks were welcomed by President Donald Trump on Monday.', 'Donald Trump', 'President'],
    ['"We hold," Hnatov told Newsmax foreign correspondent Shelby Wilder.', 'Shelby Wilder', 'Newsmax foreign correspondent'],
    ['Kremlin spokesman Dmitry Peskov denied the report.', 'Dmitry Peskov', 'Kremlin spokesman'],
    ['NATO Secretary General Mark Rutte arrived in Kyiv.', 'Mark Rutte', 'NATO Secretary General'],
    ['Oksana Marchenko, a spokeswoman for the regional administration, said shelling continued.', 'Oksana Marchenko', 'a spokeswoman for the regional administration'],
    ['Defense Minister Rustem Umerov visited the front.', 'Rustem Umerov', 'Defense Minister'],
  ])('%s', (text, name, role) => {
    const e = byName(entitiesOf(text), name);
    expect(e?.kind, `entities: ${entitiesOf(text).map((x) => x.name).join(' | ')}`).toBe('person');
    expect(e?.role?.text).toBe(role);
    expect(e?.titles?.map((t) => t.text)).toContain(role);
  });
});

describe('names with particles and apostrophes', () => {
  it.each([
    ['European Commission President Ursula von der Leyen spoke in Brussels.', 'Ursula von der Leyen'],
    ['Beto O\'Rourke said the vote mattered.', 'Beto O\'Rourke'],
    ['The regime of Bashar al-Assad collapsed, analyst Jean-Pierre Dumont said.', 'Bashar al-Assad'],
    ['The regime of Bashar al-Assad collapsed, analyst Jean-Pierre Dumont said.', 'Jean-Pierre Dumont'],
    ['Officer Liam O’Neill said the road was closed.', 'Liam O’Neill'],
  ])('%s -> %s', (text, name) => {
    const es = entitiesOf(text);
    expect(byName(es, name)?.kind, `entities: ${es.map((x) => x.name).join(' | ')}`).toBe('person');
  });
});

describe('all mentions of one person are linked', () => {
  const text = 'Andrii Hnatov, chief of the General Staff, spoke on Wednesday. Hnatov said the city holds.\n\n'
    + 'He added that reinforcements had arrived. The general said the line would not break.\n\n'
    + '"We will not yield," he told reporters.';
  it('links the short name, the pronouns and the description to the full name', () => {
    const es = entitiesOf(text);
    const e = byName(es, 'Andrii Hnatov');
    expect(mentionTexts(e)).toEqual(['Andrii Hnatov', 'Hnatov', 'He', 'The general', 'he']);
    expect(e?.mentions.map((m) => m.kind)).toEqual(['name', 'short-name', 'pronoun', 'description', 'pronoun']);
    expect(es.filter((x) => x.kind === 'person')).toHaveLength(1);
  });

  it('keeps a pronoun with the person it fits, and a speaker\'s own quotation does not call him "he"', () => {
    const es = entitiesOf('Olena Kravets met Mr. Pavlo Shevchuk on Monday. She said he was tired.\n\n'
      + '"He has not slept for days," Kravets said.');
    expect(mentionTexts(byName(es, 'Olena Kravets'))).toEqual(['Olena Kravets', 'She', 'Kravets']);
    expect(mentionTexts(byName(es, 'Pavlo Shevchuk'))).toEqual(['Pavlo Shevchuk', 'he', 'He']);
  });

  it('keeps the ids quotations reference', () => {
    const { extraction } = extractDocument(makeDocument({ id: 't', text, date: '2025-11-13' }));
    for (const q of extraction.quotes) {
      if (!q.speaker?.entity) continue;
      const e = extraction.entities.find((x) => x.id === q.speaker!.entity);
      expect(e?.name).toBe(q.speaker.name);
      expect(e?.mentions.some((m) => m.start === q.speaker!.mention.start)).toBe(true);
    }
    expect(extraction.quotes.some((q) => q.speaker?.entity)).toBe(true);
  });
});

describe('organizations', () => {
  it.each([
    ['Hnatov told Newsmax the front holds.', 'Newsmax'],
    ['The Kremlin said the talks were over.', 'Kremlin'],
    ['NATO said the alliance would respond.', 'NATO'],
    ['Andrii Hnatov, chief of the General Staff of the Armed Forces of Ukraine, spoke.', 'Armed Forces of Ukraine'],
    ['Andrii Hnatov, chief of the General Staff of the Armed Forces of Ukraine, spoke.', 'General Staff'],
    ['Russia\'s Defense Ministry claimed the village.', 'Defense Ministry'],
  ])('%s -> %s', (text, name) => {
    const es = entitiesOf(text);
    expect(byName(es, name)?.kind, `entities: ${es.map((x) => `${x.name}/${x.kind}`).join(' | ')}`).toBe('organization');
  });

  it('links an acronym to its expansion and a description to the organization', () => {
    const es = entitiesOf('The North Atlantic Treaty Organization met in Brussels. NATO said the alliance would respond.');
    const nato = byName(es, 'North Atlantic Treaty Organization');
    expect(mentionTexts(nato)).toEqual(['North Atlantic Treaty Organization', 'NATO', 'the alliance']);
    expect(nato?.mentions.map((m) => m.kind)).toEqual(['name', 'acronym', 'description']);
  });

  it('does not take countries, capitals, demonyms or places for people', () => {
    const es = entitiesOf('Russian troops advanced near Kryvyi Rih and in Donetsk Oblast. Moscow said Russia would go on. The Russian Federation denied it.');
    expect(es.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual([]);
    expect(es.map((e) => e.name)).not.toContain('Russia');
  });

  it('leaves out what the places stage geocoded', () => {
    const text = 'Russian troops shelled Kryvyi Rih overnight.';
    const doc = analyze(makeDocument({ id: 't', text, date: null }));
    const start = text.indexOf('Kryvyi Rih');
    const place: Place = { ...span(text, start, start + 'Kryvyi Rih'.length), id: 'p1', kind: 'city', name: 'Kryvyi Rih', geonameId: 703845, lat: 47.9, lon: 33.4, country: 'UA', admin1: null, alternatives: [], metonymy: false, key: 'geonames:703845', confidence: 0.9, rule: 'test' };
    expect(extractEntities(doc, findPeople(doc), []).map((e) => e.name)).toContain('Kryvyi Rih');
    expect(extractEntities(doc, findPeople(doc), [place]).map((e) => e.name)).not.toContain('Kryvyi Rih');
  });
});
