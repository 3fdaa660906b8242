import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze/index.ts';
import { makeDocument } from '../../model/document.ts';
import { extractDates } from './index.ts';

/**
 * A month or season without a year (issue 14): forward after a predictive or future verb, backward
 * after a past one. Article of Thursday 2025-11-13. [sentence, expression, value]
 */
describe('dates: a month without a year resolves by the verb before it', () => {
  it.each([
    ['The analyst predicts a Russian collapse by mid-May.', 'mid-May', '2026-05'],
    ['The analyst predicts Russia will run out of tanks by mid-May.', 'mid-May', '2026-05'],
    ['Kyiv expects the counteroffensive to begin in March.', 'March', '2026-03'],
    ['The general forecast that the front would stabilise by June.', 'June', '2026-06'],
    ['Officials warned that fighting could intensify in the spring.', 'the spring', '2026-SP'],
    ['Elections will be held in March.', 'March', '2026-03'],
    ['The minister said the talks collapsed in March.', 'March', '2025-03'],
    ['Officials who will meet next week said the talks collapsed in March.', 'March', '2025-03'],
    ['He predicted in October that Kyiv would hold out.', 'October', '2025-10'],
    ['Russia launched the offensive in June.', 'June', '2025-06'],
    ['The city fell in May.', 'May', '2025-05'],
  ])('%s', (sentence, expression, value) => {
    const dates = extractDates(analyze(makeDocument({ id: 't', text: sentence, date: '2025-11-13' })));
    const d = dates.find((x) => x.text.endsWith(expression.replace(/^the /, '')) || x.text === expression);
    expect(d, JSON.stringify(dates.map((x) => x.text))).toBeDefined();
    expect(d!.value).toBe(value);
  });
});
