import { describe, expect, it } from 'vitest';
import { extractDocument } from '../pipeline.ts';
import { makeDocument } from '../../model/document.ts';

// Sentences of our own in the shape of a scraped Kremlin transcript, whose labels repeat the name
// reversed and glued to the role (the site's tooltip).
const speakersOf = (text: string) => extractDocument(makeDocument({ id: 't', text, date: '2022-04-21' })).extraction.quotes
  .map((q) => [q.speaker?.name ?? null, q.speaker?.role?.text ?? null, q.speaker?.mention.text ?? null]);

describe('a scraped label that repeats the name reversed', () => {
  it.each([
    ['Vladimir Putin: Please go ahead.\n\nDefence Minister Sergei Shoigu Shoigu SergeiDefence Minister: Mr President, the troops have completed the task.',
      ['Sergei Shoigu', 'Defence Minister', 'Sergei Shoigu']],
    ['Vladimir Putin: Please go ahead.\n\nRoscosmos General Director Dmitry Rogozin Rogozin Dmitry: My pleasure, Mr President. The launch will take place in the third quarter.',
      ['Dmitry Rogozin', 'Roscosmos General Director', 'Dmitry Rogozin']],
  ])('%s', (text, expected) => {
    expect(speakersOf(text)[1]).toEqual(expected);
  });

  it('keeps the repetition out of the people the article names', () => {
    const text = 'Vladimir Putin: Please go ahead.\n\nHuman Rights Commissioner Tatyana Moskalkova Moskalkova TatyanaHuman Rights Commissioner in Russian Federation: Mr President, we received 1,200 complaints.';
    const people = extractDocument(makeDocument({ id: 't', text, date: '2022-04-21' })).extraction.entities.filter((e) => e.kind === 'person').map((e) => e.name);
    expect(people).toContain('Tatyana Moskalkova');
    expect(people.filter((n) => /Moskalkova Moskalkova|TatyanaHuman/.test(n))).toEqual([]);
  });

  it('leaves a name whose word comes twice alone when no first name follows (`Boutros Boutros-Ghali`, `Sirhan Sirhan`)', () => {
    expect(speakersOf('"The talks will go on," said Boutros Boutros-Ghali.')[0]?.[0]).toBe('Boutros Boutros-Ghali');
    expect(speakersOf('"I did it alone," Sirhan Sirhan told the court.')[0]?.[0]).toBe('Sirhan Sirhan');
  });
});
