/** Periods for rates, as data: "a day", "per week", "daily", "since February 2022". */

/** Words that open a rate before a period noun: "a day", "per week", "every month". */
export const RATE_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'per', 'each', 'every', '/']);

/** Period nouns, singular as written after "a"/"per". */
export const PERIOD_NOUNS: ReadonlySet<string> = new Set([
  'second', 'minute', 'hour', 'day', 'night', 'week', 'fortnight', 'month', 'year', 'decade', 'quarter',
  'sec', 'min', 'hr', 'yr', 'annum', 'capita', 'head', 'person', 'soldier',
]);

/** One-word rates: "daily", "annually". */
export const RATE_ADVERBS: ReadonlySet<string> = new Set([
  'daily', 'nightly', 'weekly', 'monthly', 'yearly', 'annually', 'hourly', 'quarterly',
]);

/** Words that open a period over which a total was counted: "since ...", "in three days". */
export const SPAN_OPENERS: ReadonlySet<string> = new Set(['since', 'in', 'over', 'within', 'during', 'throughout']);

/** What may follow "in"/"over" in a counted period: "in the past 24 hours", "over the last week". */
export const SPAN_DETERMINERS: ReadonlySet<string> = new Set(['the', 'past', 'last', 'previous', 'first', 'recent', 'a', 'one', 'just', 'only']);

/** Plural and singular period nouns that close a counted period: "in three days", "over the past week". */
export const PERIOD_PLURALS: ReadonlySet<string> = new Set([
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'night', 'nights', 'week', 'weeks',
  'fortnight', 'month', 'months', 'year', 'years', 'decade', 'decades', 'weekend',
]);

/** Words after "since" that start a point in time: "since the invasion", "since Monday". */
export const SINCE_STARTERS: ReadonlySet<string> = new Set([
  'the', 'its', 'their', 'last', 'early', 'late', 'mid', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'then', 'spring', 'summer', 'autumn', 'fall', 'winter',
]);
