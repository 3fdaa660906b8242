/**
 * Number words, as data. Looked up by lowercased token; nothing here is a pattern.
 * Vague plurals follow NewsQuant's gold convention: "dozens" is 12 to 120, "thousands" 1,000 to
 * 10,000, "tens of thousands" 10,000 to 100,000 (the next order of magnitude is the upper bound).
 */

/** Words that are a number on their own and combine additively: "twenty" "five". */
export const UNIT_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['dozen', 12],
]);

/** Words that multiply what stands before them: "three hundred", "1.2 million", "a thousand". */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['mln', 1e6], ['bln', 1e9], ['mn', 1e6], ['bn', 1e9], ['tn', 1e12], ['trn', 1e12], ['mil', 1e6],
  ['lakh', 1e5], ['lakhs', 1e5], ['crore', 1e7], ['crores', 1e7],
]);

/** Abbreviated scales written against digits: "3bn", "1.2m", "25k", "$4.2b". Case-sensitive keys. */
export const SCALE_SUFFIXES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['K', 1e3], ['m', 1e6], ['M', 1e6], ['mn', 1e6], ['mln', 1e6], ['bn', 1e9], ['b', 1e9], ['B', 1e9],
  ['bln', 1e9], ['tn', 1e12], ['trn', 1e12], ['T', 1e12], ['mil', 1e6],
]);

/** Vague plurals: [low, high]. "tens of thousands" multiplies: tens (10-100) x thousand. */
export const VAGUE_PLURALS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['dozens', [12, 120]], ['scores', [20, 200]], ['tens', [10, 100]], ['hundreds', [100, 1000]],
  ['thousands', [1e3, 1e4]], ['millions', [1e6, 1e7]], ['billions', [1e9, 1e10]], ['trillions', [1e12, 1e13]],
]);

/** Fraction words and their value; plural forms for "two-thirds", singular after "a"/"one". */
export const FRACTION_WORDS: ReadonlyMap<string, number> = new Map([
  ['half', 1 / 2], ['halves', 1 / 2], ['third', 1 / 3], ['thirds', 1 / 3], ['quarter', 1 / 4], ['quarters', 1 / 4],
  ['fourth', 1 / 4], ['fourths', 1 / 4], ['fifth', 1 / 5], ['fifths', 1 / 5], ['sixth', 1 / 6], ['sixths', 1 / 6],
  ['eighth', 1 / 8], ['eighths', 1 / 8], ['tenth', 1 / 10], ['tenths', 1 / 10],
]);

/** Words before a scale or vague plural that make a rough count: "several hundred", "a few thousand". */
export const FEW_WORDS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['several', [3, 9]], ['few', [2, 9]], ['some', [2, 9]], ['many', [2, 9]],
]);

/** Words that read "-1 x": "minus 5", "minus-130". */
export const NEGATIVE_WORDS: ReadonlySet<string> = new Set(['minus', 'negative']);

/** "one" is a pronoun after these ("no one", "each one", "the one"), not a count. */
export const ONE_PRONOUN_BEFORE: ReadonlySet<string> = new Set([
  'no', 'each', 'the', 'this', 'that', 'any', 'every', 'someone', 'which', 'anyone', 'little', 'new', 'old', 'last',
  'only', 'right', 'wrong', 'big', 'small', 'other', 'another', 'such', 'latter', 'former', 'same', 'on',
]);
/** ...and before these: "one another", "one day" (idioms). */
export const ONE_PRONOUN_AFTER: ReadonlySet<string> = new Set(['another', 'hell', 'heck', "'s", '’s', 'who', 'that', 'which', 'does', 'can', 'could', 'would', 'should', 'must', 'might', 'will', 'may']);

/** Single-character fractions: "½", "2½", "⅓ cup". */
export const VULGAR_FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['½', 1 / 2], ['⅓', 1 / 3], ['⅔', 2 / 3], ['¼', 1 / 4], ['¾', 3 / 4], ['⅕', 1 / 5], ['⅖', 2 / 5], ['⅗', 3 / 5],
  ['⅘', 4 / 5], ['⅙', 1 / 6], ['⅚', 5 / 6], ['⅛', 1 / 8], ['⅜', 3 / 8], ['⅝', 5 / 8], ['⅞', 7 / 8],
]);

/**
 * Units that make "a"/"an" before them a count of one: "a gallon of beer", "a kilometre away",
 * "a penny". Units of time are left out ("a day" is a rate, "a year ago" a date), and so are
 * idioms ("a ton of", "a foot in the door", "a point").
 */
export const A_UNIT_WORDS: ReadonlySet<string> = new Set([
  'mile', 'kilometre', 'kilometer', 'metre', 'meter', 'centimetre', 'centimeter', 'millimetre', 'millimeter',
  'inch', 'yard', 'acre', 'hectare', 'kilogram', 'kilo', 'gram', 'tonne', 'litre', 'liter', 'gallon', 'barrel',
  'pint', 'quart', 'teaspoon', 'tablespoon', 'penny', 'dollar', 'euro', 'cent', 'byte', 'kilobyte', 'kibibyte',
  'megabyte', 'gigabyte', 'terabyte', 'kilowatt', 'megawatt', 'gigawatt', 'kilowatt-hour', 'square',
]);

/**
 * "one of" + these is membership ("one of the most powerful levers", "one of its brigades"), not a
 * count. NewsQuant annotates such phrases as the value 1; issue 3 lists them as a trap, and we follow
 * the issue. "one of four" (a ratio) is unaffected.
 */
export const ONE_OF_DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'these', 'those', 'them', 'us', 'many', 'several',
]);
