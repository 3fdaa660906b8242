/**
 * Hedges and bounds written before a number, as data. `low`: the number is a floor ("more than
 * N": value = low = N); `high`: a ceiling ("almost N": value = high = N); `approx`: an estimate
 * ("around N"). Phrases are lowercased token sequences, matched right to left against the tokens
 * just before the number, longest first.
 */
export type Bound = 'low' | 'high' | 'approx';

const q = (bound: Bound, ...phrases: string[]): [string, Bound][] => phrases.map((p) => [p, bound]);

export const QUALIFIERS_BEFORE: ReadonlyMap<string, Bound> = new Map([
  ...q('low', 'more than', 'over', 'at least', 'upwards of', 'in excess of', 'above', 'exceeding', 'no fewer than',
    'no less than', 'not less than', 'just over', 'well over', 'well above', 'more then', 'over than', 'just above',
    'a minimum of', 'a little over', 'a little more than', 'slightly more than', 'slightly over',
    'nearly over', 'greater than', 'north of', 'beyond', 'some more than', 'almost more than', '>', '≥', '>='),
  ...q('high', 'almost', 'nearly', 'up to', 'as many as', 'as much as', 'fewer than', 'less than', 'under', 'below', 'just under', 'just below',
    'at most', 'no more than', 'not more than', 'a maximum of', 'as few as', 'close to', 'shy of', 'just shy of',
    'short of', 'just short of', 'a little under', 'a little less than', 'slightly less than', 'slightly under',
    'well under', 'well below', 'lower than', 'sub', 'nearly up to', '<', '≤', '<='),
  ...q('approx', 'around', 'about', 'some', 'roughly', 'approximately', 'approx.', 'approx', 'an estimated',
    'estimated', 'circa', 'ca.', 'c.', 'about some', 'nearly about', 'an approximate', 'approximate', 'reportedly',
    'more or less', 'or so', 'give or take', '~', 'almost exactly', 'somewhere around', 'in the region of',
    'on the order of', 'in the order of', 'of the order of', 'an average of', 'on average', 'average', 'averaging'),
]);

/** Longest qualifier in tokens, to bound the backward look. */
export const QUALIFIER_MAX_TOKENS = 4;

/** Written after the number and its unit: "100 or more", "300 or so". */
export const QUALIFIERS_AFTER: ReadonlyMap<string, Bound> = new Map([
  ...q('low', 'or more', 'plus', '+', 'and more', 'and up', 'or above', 'or higher'),
  ...q('high', 'or less', 'or fewer', 'or under', 'or below', 'at most'),
  ...q('approx', 'or so', 'odd', 'or thereabouts'),
]);

/** Words that join two numbers into a range: "300 to 400", "300-400", "between 5 and 7". */
export const RANGE_JOINERS: ReadonlySet<string> = new Set(['to', '-', '–', '—', 'and', 'up to', 'through', 'or']);
