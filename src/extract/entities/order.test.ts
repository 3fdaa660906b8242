/**
 * Issue 12: entities are found before quotations, and a speaker is decided once. The speaker stage
 * resolves against the entities stage's people, each carrying its final entity id; nothing after
 * it changes a speaker.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze/index.ts';
import { makeDocument } from '../../model/document.ts';
import { extractDocument } from '../pipeline.ts';
import { extractPlaces } from '../places/index.ts';
import { extractQuotes } from '../quotes/index.ts';
import { corefer, findPeople, linkEntities, peopleOf } from './index.ts';

const docOf = (text: string) => analyze(makeDocument({ id: 't', text, date: '2025-11-13' }));

/** The pipeline's order, stage by stage, keeping what the speaker stage returned. */
function stages(text: string) {
  const doc = docOf(text);
  const people = findPeople(doc);
  const places = extractPlaces(doc, peopleOf(people));
  const linked = linkEntities(doc, people, places);
  const decided = structuredClone(extractQuotes(doc, people));
  const entities = corefer(doc, linked, decided);
  return { doc, people, decided, entities };
}

describe('entities before quotations', () => {
  // Step 0 cuts these names in two (`State Service` | `Special Communications`, `Institute` | `Study of War`); the linking makes each one.
  const merged = 'The State Service for Special Communications said the attack had failed. "We saw nothing new," Special Communications said.';
  const institute = 'The Institute for the Study of War said Russian forces had advanced near the town.';
  const pronoun = 'European Commission President Ursula von der Leyen spoke in Brussels on Monday. '
    + '"Europe will stand with Ukraine," Von der Leyen said.\n\n"We will not waver," she added.';

  it('gives a speaker the id of the entity its person merged into, when the speaker stage decides it', () => {
    const { people, decided, entities } = stages(merged);
    expect(people.entities.map((p) => p.name)).toEqual(['State Service', 'Special Communications']);
    const service = entities.find((e) => e.name === 'State Service for Special Communications');
    expect(service?.kind).toBe('organization');
    expect(decided.map((q) => q.speaker?.entity)).toEqual([service!.id, service!.id]);
    const isw = stages(institute);
    expect(isw.decided.map((q) => isw.entities.find((e) => e.id === q.speaker?.entity)?.name)).toEqual(['Institute for the Study of War']);
  });

  it('returns the speaker stage\'s quotations unchanged: no later stage re-points a speaker', () => {
    for (const text of [merged, institute, pronoun, 'Andrii Hnatov, chief of the General Staff, spoke on Wednesday. "The city holds," Gen. Hnatov told Newsmax. "They are lying," he said.']) {
      const { decided } = stages(text);
      const { extraction } = extractDocument(makeDocument({ id: 't', text, date: '2025-11-13' }));
      expect(extraction.quotes).toEqual(decided);
    }
  });

  it('resolves a pronoun speaker in the speaker stage, with its rule; the entities stage then lists that pronoun as the speaker\'s mention', () => {
    const { decided, entities } = stages(pronoun);
    const she = decided.find((q) => q.speaker?.mention.text === 'she')!;
    expect(she.speaker?.pronoun).toBe(true);
    expect(she.speaker?.rule).toMatch(/\+pronoun$/);
    const ursula = entities.find((e) => e.id === she.speaker!.entity)!;
    expect(ursula.name).toBe('Ursula von der Leyen');
    expect(ursula.mentions.find((m) => m.start === she.speaker!.mention.start)?.kind).toBe('pronoun');
  });

  it('leaves a country taken for a person to the places stage, even when it speaks: the speaker keeps its name, with no entity', () => {
    const { extraction } = extractDocument(makeDocument({ id: 't', text: 'The Russian Federation said the talks had failed. "We will respond," the Russian Federation said.', date: '2025-11-13' }));
    expect(extraction.entities.map((e) => e.name)).not.toContain('Russian Federation');
    const spoken = extraction.quotes.filter((q) => q.speaker?.name === 'Russian Federation');
    expect(spoken.length).toBeGreaterThan(0);
    for (const q of spoken) expect(q.speaker?.entity).toBeNull();
  });

  it('tells each person found outside quotations which entity it became', () => {
    const { people, entities } = stages(institute);
    const isw = entities.find((e) => e.name === 'Institute for the Study of War')!;
    expect(people.entities.map((p) => [p.name, p.entityId])).toEqual([['Institute', isw.id], ['Study of War', isw.id]]);
  });
});
