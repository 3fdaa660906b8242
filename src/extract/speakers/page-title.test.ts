import { describe, expect, it } from 'vitest';
import { extractDocument } from '../pipeline.ts';
import { makeDocument } from '../../model/document.ts';

// A transcript whose text never names the President: the page title does. Sentences of our own.
const speakerOf = (title: string | null, label = 'THE PRESIDENT') => extractDocument(makeDocument({
  id: 't', title, date: '2022-03-16', text: `${label}:  Good afternoon. We have sent 2,000 Javelins to Ukraine this week.`,
})).extraction.quotes.map((q) => [q.speaker?.name ?? null, q.speaker?.mention.text ?? null, q.speaker?.rule ?? null])[0];

describe('a bare title the text never resolves, read from the page title', () => {
  it.each([
    ['Remarks by President Biden on the Assistance the United States is Providing to Ukraine', 'THE PRESIDENT', 'Biden'],
    ['Remarks by President Biden Ahead of the Summit', 'THE PRESIDENT', 'Biden'],
    ['Remarks by President Joe Biden Urging Congress to Act', 'THE PRESIDENT', 'Joe Biden'],
    ['Remarks by President Joseph R. Biden Jr. on Ukraine', 'THE PRESIDENT', 'Joseph R. Biden'],
    ['Statement from President Biden: On Ukraine', 'THE PRESIDENT', 'Biden'],
    ['Remarks by President Biden and Prime Minister Starmer Before Bilateral Meeting', 'THE PRIME MINISTER', 'Starmer'],
    ['Remarks by President Biden and Prime Minister Starmer Before Bilateral Meeting', 'THE PRESIDENT', 'Biden'],
  ])('%s: %s is %s', (title, label, name) => {
    const [speaker, mention, rule] = speakerOf(title, label)!;
    expect(speaker).toBe(name);
    expect(mention).toBe(label);
    expect(rule).toMatch(/\+page-title$/);
  });

  it.each([
    ['Remarks by Vice President Harris at the Munich Security Conference'],
    ['Meeting with President of Belarus Alexander Lukashenko'],
    ['Executive Order on additional social guarantees'],
    [null],
  ])('no one: %s', (title) => expect(speakerOf(title)![0]).toBeNull());
});
