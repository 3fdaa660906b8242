/**
 * Issue 16: every stage linear up to the 10 MB cap. At the cap one name can be said 200,000 times
 * (`"We will hold," said Andrii Hnatov.` repeated); what the entities stage does per mention must
 * stay constant work. These pin what the fixes rely on, by counting, never by timing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze/index.ts';
import { makeDocument } from '../../model/document.ts';
import { pairMarks } from '../quotes/01-pair-marks.ts';
import { tokenMaskOf } from '../quotes/02-find-attribution.ts';
import { collectPeople } from '../speakers/people.ts';
import { fromSeed } from './03-link.ts';
import { findPeople, linkEntities, peopleOf } from './index.ts';

const docOf = (text: string) => analyze(makeDocument({ id: 't', text, date: '2025-11-13' }));

const SENTENCES = [
  '"We will hold," said Andrii Hnatov.',
  'Hnatov, commander of the brigade, spoke on Tuesday.',
  'The General Staff of the Armed Forces of Ukraine said the bridge was gone.',
  'President Donald Trump met Ursula von der Leyen in Brussels.',
  'Gen. Hnatov told Shelby Wilder, a Newsmax correspondent, that "nothing changed".',
  'Olena Kravets of the State Emergency Service said fires were out.',
  'A \ufffd b. Jean-Pierre Dubois said: "Not yet."',
];

describe('step 0 (collectPeople): the index of tokens to entities', () => {
  it('gives each token of each mention its entity, and none to tokens before or after the text, on random articles', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 30 }), (parts) => {
      const doc = docOf(parts.join(' '));
      const people = collectPeople(doc, tokenMaskOf(doc, pairMarks(doc)));
      const owner: (string | undefined)[] = [];
      for (const e of people.entities) {
        for (const [s, en] of e.mentionToks) for (let k = s; k < en; k++) owner[k] = e.id;
        // What fromSeed and the linking rely on: one entity's mentions come in text order, no two at one start.
        for (let k = 1; k < e.mentions.length; k++) expect(e.mentions[k]!.start).toBeGreaterThan(e.mentions[k - 1]!.start);
      }
      for (let k = -1; k <= doc.tokens.length; k++) {
        // A title kept before a surname (`Gen.` of `Gen. Hnatov`) is in the run but not the mention: only agreement where a mention is.
        if (owner[k] !== undefined) expect(people.entityAtToken.get(k)?.id).toBe(owner[k]);
      }
      expect(people.entityAtToken.get(-1)).toBeUndefined();
      expect(people.entityAtToken.get(doc.tokens.length)).toBeUndefined();
    }), { numRuns: 40 });
  });
});

describe('step 3 (fromSeed): a seed said N times', () => {
  it('reads its mentions where they are, copying none (work per seed, not per mention)', () => {
    const doc = docOf('"We will hold," said Andrii Hnatov. '.repeat(300));
    const seeds = peopleOf(findPeople(doc));
    const hnatov = seeds.find((e) => e.name === 'Andrii Hnatov')!;
    expect(hnatov.mentions).toHaveLength(300);
    const built = fromSeed(hnatov);
    expect(built.seedMentions).toBe(hnatov.mentions);
    expect(built.mentions).toHaveLength(0);
  });

  it('links every one of the doubled mentions to the seed all the same', () => {
    for (const n of [150, 300]) {
      const doc = docOf('"We will hold," said Andrii Hnatov. '.repeat(n));
      const people = findPeople(doc);
      const { entities } = linkEntities(doc, people);
      const hnatov = entities.find((e) => e.name === 'Andrii Hnatov')!;
      expect(hnatov.mentions).toHaveLength(n);
      expect(people.entities.find((p) => p.name === 'Andrii Hnatov')!.entityId).toBe(hnatov.id);
    }
  });
});
