/**
 * The month table: every month word the stages read, with the month's number, listed here only.
 */

/** Month names and their abbreviations (the date stage counts only capitalized tokens: `may`, `march` are verbs). */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['jan.', 1], ['february', 2], ['feb', 2], ['feb.', 2], ['march', 3], ['mar.', 3],
  ['april', 4], ['apr', 4], ['apr.', 4], ['may', 5], ['june', 6], ['jun.', 6], ['july', 7], ['jul.', 7],
  ['august', 8], ['aug', 8], ['aug.', 8], ['september', 9], ['sept', 9], ['sept.', 9], ['sep.', 9],
  ['october', 10], ['oct', 10], ['oct.', 10], ['november', 11], ['nov', 11], ['nov.', 11], ['december', 12], ['dec', 12], ['dec.', 12],
]);

/**
 * Abbreviations without their dot that are also words or names (`mar`, `Jun`, `Jul`, `Sep`): the
 * date stage does not read them as months, nor does the entity stage refuse them as names; the
 * figure and claim rules, which only ask whether a word may name a month, count them.
 */
export const BARE_MONTH_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([['mar', 3], ['jun', 6], ['jul', 7], ['sep', 9]]);

/** Every word that may name a month where one is expected (`since Feb`, `a strike in Sep`): MONTHS and the bare abbreviations. */
export const MONTH_WORDS: ReadonlySet<string> = new Set([...MONTHS.keys(), ...BARE_MONTH_ABBREVIATIONS.keys()]);
