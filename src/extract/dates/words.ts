/** Time words, as data: looked up by lowercased token. */

/** ISO weekday numbers (Monday 1). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6], ['sunday', 7],
]);

/** Words chrono resolves on its own once they are in its window. */
export const CASUAL_DAYS: ReadonlySet<string> = new Set(['yesterday', 'today', 'tomorrow', 'tonight', 'ago']);

/** `last`, `next`, `this` ... before a unit make a relative date chrono reads (`last week`, `next month`). */
export const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['last', 'next', 'this', 'past', 'coming', 'previous']);

/** Calendar units and the TIMEX3 duration letter for each; `T` marks the time part (PT5H). */
export const UNITS: ReadonlyMap<string, { letter: string; time: boolean; unit: 'day' | 'week' | 'month' | 'year' | 'decade' | 'hour' | 'minute' }> = new Map([
  ['minute', { letter: 'M', time: true, unit: 'minute' }], ['minutes', { letter: 'M', time: true, unit: 'minute' }],
  ['hour', { letter: 'H', time: true, unit: 'hour' }], ['hours', { letter: 'H', time: true, unit: 'hour' }],
  ['day', { letter: 'D', time: false, unit: 'day' }], ['days', { letter: 'D', time: false, unit: 'day' }],
  ['week', { letter: 'W', time: false, unit: 'week' }], ['weeks', { letter: 'W', time: false, unit: 'week' }],
  ['month', { letter: 'M', time: false, unit: 'month' }], ['months', { letter: 'M', time: false, unit: 'month' }],
  ['year', { letter: 'Y', time: false, unit: 'year' }], ['years', { letter: 'Y', time: false, unit: 'year' }],
  ['decade', { letter: 'DE', time: false, unit: 'decade' }], ['decades', { letter: 'DE', time: false, unit: 'decade' }],
]);

export const SEASONS: ReadonlyMap<string, 'SP' | 'SU' | 'FA' | 'WI'> = new Map([
  ['spring', 'SP'], ['summer', 'SU'], ['autumn', 'FA'], ['fall', 'FA'], ['winter', 'WI'],
]);

/** Words that make a season word a time expression (`fall` alone is mostly a verb). */
export const SEASON_OPENERS: ReadonlySet<string> = new Set(['last', 'next', 'this', 'the', 'in', 'during', 'since', 'until', 'early', 'late', 'mid', 'mid-', 'past', 'coming', 'by', 'through', 'of']);

/** Words that mean the time of writing: TIMEX3 PRESENT_REF. */
export const PRESENT_WORDS: ReadonlySet<string> = new Set(['now', 'currently', 'nowadays', 'presently']);

/** `every day`, `each week`, `per month`: a SET. */
export const SET_OPENERS: ReadonlySet<string> = new Set(['every', 'each', 'per']);

/** Vague counts before a unit: `a few days` is P XD in TIMEX3 (X = unknown number). */
export const VAGUE_COUNTS: ReadonlySet<string> = new Set(['several', 'few', 'many', 'some', 'couple']);

/** After a count and a unit these make a date, not a duration (`two days ago`, `a year earlier`). */
export const DATE_AFTER_DURATION: ReadonlySet<string> = new Set(['ago', 'earlier', 'later', 'before', 'after', 'old', 'from', 'since', 'hence']);

/** Before a unit these make `a day` a length of time (`in a day`); after a noun it is a rate (`a thousand soldiers a day`). */
export const DURATION_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'for', 'within', 'over', 'than', 'about', 'nearly', 'almost', 'around', 'under', 'after', 'lasting', 'spent', 'took', 'takes', 'half']);

/** Words that put a period's part first: `the end of October`, `early 2024`. */
export const PART_WORDS: ReadonlyMap<string, 'START' | 'MID' | 'END'> = new Map([
  ['early', 'START'], ['beginning', 'START'], ['start', 'START'], ['mid', 'MID'], ['mid-', 'MID'], ['middle', 'MID'],
  ['late', 'END'], ['end', 'END'], ['close', 'END'],
]);

/** Range signals: `since 2022` runs to the article's date; `until March` from it. */
export const SINCE_WORDS: ReadonlySet<string> = new Set(['since']);
export const UNTIL_WORDS: ReadonlySet<string> = new Set(['until', 'till', 'through']);

/** Words that put a clause in the future; without one, news speaks of the past. */
export const FUTURE_MARKERS: ReadonlySet<string> = new Set([
  'will', "'ll", '’ll', 'shall', 'wo', 'going', 'scheduled', 'expected', 'due', 'upcoming', 'plans', 'planned', 'planning',
  'intends', 'aims', 'next', 'coming', 'tomorrow',
  // Predictions and expectations look forward even in the present or past tense: `predicts ... by mid-May`.
  'predicts', 'predict', 'predicted', 'predicting', 'forecast', 'forecasts', 'forecasting', 'expects', 'expect', 'expecting',
  'anticipates', 'anticipate', 'anticipated', 'projects', 'projected', 'envisages', 'envisaged', 'would', 'could', 'might',
  'intend', 'intended', 'plan', 'aim', 'aimed', 'hopes', 'hope', 'hoped', 'promises', 'promised', 'pledges', 'pledged', 'vowed', 'vows',
]);

/** Past forms that are not `-ed`: the nearest finite verb before a date decides its direction. */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'took', 'met', 'fell', 'began', 'saw', 'went', 'came', 'left', 'held',
  'struck', 'fought', 'lost', 'won', 'brought', 'sent', 'made', 'gave', 'got', 'ran', 'shot', 'flew', 'drove', 'knew',
  'thought', 'became', 'broke', 'spoke', 'wrote', 'rose', 'stood', 'led', 'withdrew', 'overran', 'ago',
]);

/** Words before a year that make a bare four-digit number a year (`in 2022`, `since 2014`). */
export const YEAR_OPENERS: ReadonlySet<string> = new Set([
  'in', 'since', 'until', 'till', 'by', 'of', 'from', 'to', 'between', 'and', 'before', 'after', 'early', 'late', 'mid', 'mid-',
  'during', 'through', 'throughout', 'spring', 'summer', 'autumn', 'fall', 'winter', 'year', 'end', 'start', 'beginning', 'middle', 'as', 'around', 'circa', 'c.',
]);
