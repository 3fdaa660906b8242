/**
 * Words that make the number after them a label, not a count: "No. 10", "page 5", "Resolution
 * 2231", "Route 66". Lowercased.
 */
export const LABEL_BEFORE: ReadonlySet<string> = new Set([
  'number', 'num', 'num.', '#', 'page', 'pages', 'p.', 'pp.', 'para', 'paragraph',
  'section', 'sections', 'sec.', 'article', 'articles', 'art.', 'chapter', 'ch.', 'clause', 'vol', 'vol.', 'volume',
  'resolution', 'route', 'highway', 'flight', 'room', 'gate', 'apt', 'apt.', 'seat', 'platform', 'episode',
  'exhibit', 'fig.', 'tel', 'tel.', 'phone', 'fax', 'ext', 'ext.', 'psalm', 'psalms', 'iphone', 'ios', 'covid',
  'amendment', 'minsk', 'mk', 'mk.', 'mark', 'version', 'v.', 'sp', 's&p', 'aged', 'ages', 'age', 'fig', 'figs',
  'figs.', 'eq', 'eq.', 'eqs', 'eqs.', 'ref', 'ref.', 'refs', 'refs.', 'appendix', 'annex', 'footnote',
  'figure', 'figures', 'table', 'tables', 'equation', 'equations', 'phase', 'phases', 'stage', 'stages',
]);

/**
 * The same when capitalized mid-sentence: "Division 3", "Euro 2024", "Brigade 47". Any other
 * capitalized proper noun right before a bare number makes it a label too (see 01-find-numbers).
 */
export const LABEL_BEFORE_CAPITALIZED: ReadonlySet<string> = new Set([
  'no', 'no.', 'nos', 'nos.',
  'division', 'brigade', 'battalion', 'regiment', 'corps', 'squadron', 'district', 'ward', 'zone', 'sector',
  'region', 'block', 'building', 'unit', 'line', 'bus', 'channel', 'season', 'game', 'week', 'stage', 'round',
  'phase', 'grade', 'class', 'type', 'model', 'series', 'item', 'table', 'figure', 'step', 'level', 'floor', 'row',
  'street', 'road', 'lot', 'pier', 'terminal', 'hangar', 'title', 'part', 'form', 'rule', 'act', 'bill', 'list',
  'figure', 'figures', 'tables', 'axis', 'articles', 'sections', 'chapters', 'pages',
]);

/** Words after a number that make it a clock time or a date part: "11 a.m.", "0401 GMT". */
export const CLOCK_AFTER: ReadonlySet<string> = new Set([
  'a.m.', 'p.m.', 'am', 'pm', 'a.m', 'p.m', 'gmt', 'utc', 'bst', 'cet', 'cest', 'eet', 'eest', 'edt', 'est', 'pdt',
  'pst', 'cdt', 'cst', 'msk', "o'clock", 'o’clock',
]);

/** Suffixes that make a digit token an ordinal: "5th", "22nd". */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

/** Ordinal words are never counts: "the second day", "third brigade". */
export const ORDINAL_WORDS: ReadonlySet<string> = new Set([
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
  'twelfth', 'twentieth', 'hundredth', 'thousandth', 'millionth',
]);
